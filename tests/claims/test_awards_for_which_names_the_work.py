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


def test_the_right_title_before_for_which_is_supported(default_kb):
    got = awards("Emilia Pérez, for which Zoe Saldaña won the Oscar for Best Supporting "
                 "Actress, divided critics on release.", default_kb)
    assert [v for v, _ in got] == ["supported"], got


def test_the_wrong_title_before_for_which_is_refuted_with_the_show_named(default_kb):
    got = awards("Wicked, for which Zoe Saldaña won the Oscar for Best Supporting Actress, "
                 "divided critics on release.", default_kb)
    assert [v for v, _ in got] == ["refuted"], got
    assert "Emilia Pérez" in got[0][1]


def test_the_wrong_title_is_not_supported_when_the_show_is_only_assumed(default_kb):
    got = awards("Anora, for which Adrien Brody won Best Actor, runs well over two hours.",
                 default_kb)
    assert [v for v, _ in got] == ["not_enough_info"], got
    got = awards("The Brutalist, for which Adrien Brody won Best Actor, runs well over three "
                 "hours.", default_kb)
    assert [v for v, _ in got] == ["supported"], got
    assert "97th" in got[0][1]


def test_a_nomination_for_which_checks_the_title_too(default_kb):
    got = awards("Anora, for which Ralph Fiennes was nominated for Best Actor, streams now.",
                 default_kb)
    assert "supported" not in [v for v, _ in got], got
    got = awards("Conclave, for which Ralph Fiennes was nominated for Best Actor, streams now.",
                 default_kb)
    assert [v for v, _ in got] == ["supported"], got


def test_a_common_noun_before_for_which_leaves_the_work_open(default_kb):
    got = awards("The film for which Kieran Culkin won an Oscar was a road movie.", default_kb)
    assert [v for v, _ in got] == ["supported"], got
