"""'Title, for which X won Best Y, ...': the relative pronoun a preposition takes stands for the
title its clause describes, wherever the parser hung "for which" inside the clause, so the
prize is checked for that work (a wrong title is no longer passed over as if unstated). Sentences
written for these tests; the facts are the default KB's (97th Academy Awards: Zoe Saldaña best
supporting actress for Emilia Pérez, Adrien Brody best actor for The Brutalist; Ralph Fiennes
nominated for best actor for Conclave)."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "award"]


def test_the_wrong_title_before_for_which_is_refuted_with_the_show_named(default_kb):
    got = awards("Wicked, for which Zoe Saldaña won the Oscar for Best Supporting Actress, "
                 "divided critics on release.", default_kb)
    assert [v for v, _ in got] == ["refuted"], got
    assert "Emilia Pérez" in got[0][1]
    got = awards("Emilia Pérez, for which Zoe Saldaña won the Oscar for Best Supporting "
                 "Actress, divided critics on release.", default_kb)
    assert [v for v, _ in got] == ["supported"], got


def test_the_wrong_title_is_not_supported_when_the_show_is_only_assumed(default_kb):
    got = awards("Anora, for which Adrien Brody won Best Actor, runs well over two hours.",
                 default_kb)
    assert [v for v, _ in got] == ["not_enough_info"], got
    got = awards("The Brutalist, for which Adrien Brody won Best Actor, runs well over three "
                 "hours.", default_kb)
    assert [v for v, _ in got] == ["supported"], got
    assert "97th" in got[0][1]
    # (guards: a nomination names its title the same way; a common noun leaves the work open)
    got = awards("Anora, for which Ralph Fiennes was nominated for Best Actor, streams now.",
                 default_kb)
    assert "supported" not in [v for v, _ in got], got
    got = awards("The film for which Kieran Culkin won an Oscar was a road movie.", default_kb)
    assert [v for v, _ in got] == ["supported"], got


def test_whose_win_is_the_win_of_the_name_before_it(default_kb):
    lead = "Anora dominated the 97th Academy Awards on Sunday. "
    got = awards(lead + "Mikey Madison, whose win for Anora stunned the room, skipped the "
                 "after-party.", default_kb)
    assert ("supported", "Mikey Madison won the Academy Award for Best Actress at the 97th "
            "Academy Awards.") in got, got
    got = awards(lead + "Adrien Brody, whose win for Anora stunned the room, skipped the "
                 "after-party.", default_kb)
    assert not any("Adrien Brody" in e and v == "supported" for v, e in got), got


def test_whose_nomination_names_its_nominee(default_kb):
    got = awards("Mikey Madison, whose Oscar nomination for Anora surprised few, later "
                 "won the category.", default_kb)
    assert ("supported", "Mikey Madison was nominated for the Academy Award for Best Actress "
            "at the 97th Academy Awards.") in [(v, e) for v, e in got], got
