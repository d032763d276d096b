"""A bare win ("Y's three 2020 wins") takes the one prize its passage is about; a paragraph
that names another show of its own ("the Oscars") has moved on from an earlier paragraph's
prize (claims/awards/, _context_award), and a yes/no question ("Did Y win Oscars?") names the
show its answer speaks of (claims/__init__.py: the awards family sees the question). So the
bare win is never refuted with the earlier paragraph's festival prize. Sentences are written
for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck

CANNES = "Which film was given the Palme d'Or in 2019? Parasite, by Bong Joon Ho.\n\n"


def _wins(rep):
    return [(c.verdict, c.explanation) for c in rep.claims if "wins" in c.text]


def test_a_paragraph_naming_the_oscars_drops_the_earlier_palme(default_kb):
    rep = reelcheck.check(CANNES + "Bong then took his film to the Academy Awards. Bong's "
                          "three 2020 wins arrived within one evening.", kb=default_kb)
    got = _wins(rep)
    assert got and all(v != "refuted" for v, _ in got), got
    assert all("Palme" not in e for _, e in got), got


def test_a_yes_no_question_names_the_show_of_its_answer(default_kb):
    rep = reelcheck.check(CANNES + "Did Bong also collect Oscars? He certainly did. Bong's "
                          "three 2020 wins arrived within one evening.", kb=default_kb)
    got = _wins(rep)
    assert got and all(v != "refuted" for v, _ in got), got
    assert all("Palme" not in e for _, e in got), got


def test_a_paragraph_about_the_festival_alone_still_reads_its_prize(default_kb):
    rep = reelcheck.check(CANNES + "Five years later the jury met again. Titane's 2021 win "
                          "came from a jury led by Spike Lee.", kb=default_kb)
    got = [(c.verdict, c.explanation) for c in rep.claims if "win" in c.text]
    assert got and got[0][0] == "supported" and "Palme" in got[0][1], got
