""""X won A and Y was named B": the parser may join Y to the first verb's object ("won A and
Y") and hang the later verb on the first as a clausal subject, a complement or a conjunct with
no subject of its own; the second clause then formed no claim. Y is the later verb's subject.
Sentences written for these tests; the facts are the default KB's (78th BAFTAs: Conclave Best
Film, Mikey Madison leading actress, Brady Corbet director; 82nd Golden Globes: Demi Moore
actress in a musical or comedy)."""
from __future__ import annotations

import reelcheck


def claims(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.slots.get("kind") == "award"]


def test_a_passive_second_clause_read_as_the_first_one_s_subject(default_kb):
    got = claims("At the BAFTAs in London, Conclave took Best Film and Mikey Madison was "
                 "named Best Actress.", default_kb)
    by = {c.text.split()[0]: c for c in got}
    assert by["Conclave"].verdict == "supported"
    assert "Mikey" in by and by["Mikey"].verdict == "supported"
    assert "BAFTA" in by["Mikey"].explanation


def test_the_second_clause_s_planted_winner_is_refuted_at_the_same_show(default_kb):
    got = claims("At the BAFTAs, Conclave took Best Film and Sean Baker was named Best "
                 "Director.", default_kb)
    baker = [c for c in got if c.text.startswith("Sean Baker")]
    assert [c.verdict for c in baker] == ["refuted"]
    assert "Corbet" in baker[0].explanation


def test_a_second_clause_after_a_category_with_its_own_or(default_kb):
    got = claims("At the Golden Globes, Emilia Pérez claimed Best Motion Picture - Musical or "
                 "Comedy and Demi Moore was crowned Best Actress in a Musical or Comedy.",
                 default_kb)
    moore = [c for c in got if c.text.startswith("Demi Moore")]
    assert [c.verdict for c in moore] == ["supported"]
