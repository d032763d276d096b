"""The precursor-lists battery (tests/data/precursor_lists_battery.py): a show named only as a
whole after a prize with a category takes that category as the show names it (the Golden Globes'
Best Supporting Actor, the guild's Outstanding Male Actor in a Supporting Role, the Spirit
Awards' Best Lead Performance), among the ones the subject was up for there; a category a show
splits by the kind of film (Drama / Musical or Comedy) holds if one form does and is wrong only
if all are. A true row gives a supported claim and no refuted one; a mutant of one slot never
leaves every claim of it supported. Rows not read yet are in `NOT_YET` with the mechanism they
lack; a wrong refute fails on any row."""
from __future__ import annotations

import pytest
from battery import check_true_or_mutant, data_module

import reelcheck
from reelcheck.kb.awards import category_candidates

ROWS = data_module("precursor_lists_battery.py").BATTERY
NOT_YET = {
    # a verbless "haul" line after a colon: no clause states the wins
    "Her haul: the Oscar for Best Actress, plus the BAFTA and the Spirit Award, all for playing Ani.",
    "Culkin swept the season: the Oscar for Best Supporting Actor, plus the Golden Globe and the Spirit Award.",
    "Saldaña's haul for Emilia Pérez: the Academy Award for Best Supporting Actress, plus the Golden Globe and the BAFTA.",
}


@pytest.mark.parametrize("kind, text", ROWS)
def test_precursor_lists_row(default_kb, kind, text):
    got = [c.verdict for c in reelcheck.check(text, kb=default_kb).claims]
    check_true_or_mutant(got, kind, text, NOT_YET)


def test_every_listed_show_is_a_claim_of_the_first_prizes_category(default_kb):
    text = ("Kieran Culkin won the Oscar for Best Supporting Actor, along with the Golden Globe, "
            "the SAG Award and the BAFTA.")
    got = {c.text: (c.verdict, c.explanation) for c in reelcheck.check(text, kb=default_kb).claims}
    assert [v for v, _e in got.values()] == ["supported"] * 4, got
    assert "Outstanding Male Actor in a Supporting Role" in got["SAG Award"][1]
    assert "Best Actor in a Supporting Role" in got["BAFTA"][1]


def test_listed_show_is_read_among_the_subjects_own_categories(default_kb):
    # Madison was up for the Globes' Musical or Comedy form only: that form decides, not the
    # Globes' Best Director or Screenplay, nor the Drama form she was never up for
    text = "Mikey Madison won the Academy Award for Best Actress, along with the Golden Globe."
    glob = [c for c in reelcheck.check(text, kb=default_kb).claims if c.text == "Golden Globe"]
    assert [c.verdict for c in glob] == ["refuted"]
    assert "Musical or Comedy" in glob[0].explanation and "Demi Moore" in glob[0].explanation


def test_split_category_names_either_form(default_kb):
    both = category_candidates(default_kb, "golden-globe-awards", "Best Actress")
    assert both == ["golden-globe-for-best-actress-in-a-motion-picture-drama",
                    "golden-globe-for-best-actress-in-a-motion-picture-musical-or-comedy"]


def test_the_gotham_alone_names_the_gotham_awards(default_kb):
    names = reelcheck.check("Anora went home empty-handed from the Gotham.", kb=default_kb).names
    assert [m.entity.id for m in names if m.text.endswith("Gotham")] == ["gotham-awards"]
