"""A title that opens with a preposition ("Out of Africa", "In the Heat of the Night") said as
the subject of a coordinated or adverbial clause: the parser reads it as a fronted phrase, and
the clause used to take the main clause's subject instead. Sentences in the project's own
words about facts the default KB holds."""
import reelcheck


def _awards(text, kb):
    return [(c.verdict, c.text, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category in ("award", "date")]


def test_a_coordinated_clause_keeps_its_prepositional_title(default_kb):
    text = ("The English Patient took Best Film Editing in 1997, and Out of Africa won Best "
            "Cinematography in 1986.")
    got = _awards(text, default_kb)
    assert len(got) == 2 and all(v == "supported" for v, _t, _e in got), got
    assert "Out of Africa" in got[1][2]


def test_a_subordinate_clause_keeps_its_prepositional_title(default_kb):
    text = ("The English Patient won Best Picture in 1997, eleven years after Out of Africa "
            "won Best Cinematography.")
    got = _awards(text, default_kb)
    assert got and all(v == "supported" for v, _t, _e in got), got


def test_a_wrong_year_in_that_clause_is_still_refuted_for_the_title(default_kb):
    text = ("Crash won Best Picture, and In the Heat of the Night won Best Picture at the "
            "41st Academy Awards.")
    got = _awards(text, default_kb)
    assert [v for v, _t, _e in got] == ["supported", "refuted"], got
    assert "In the Heat of the Night" in got[1][2]


def test_a_title_opening_with_to_is_not_its_own_rival(default_kb):
    # "To the Shores of Tripoli" was read as both the loser and the one it lost to; it lost
    # the colour cinematography prize to The Black Swan that night
    text = "To the Shores of Tripoli lost the Oscar to The Black Swan."
    assert not [v for v, _t, _e in _awards(text, default_kb) if v == "refuted"]
