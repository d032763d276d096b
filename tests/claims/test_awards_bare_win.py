"""A bare win for a named film ("X won for Y") in a passage about one show: a prize of that
show for that work, which one left open (claims/awards/); a reading of the passage, so it may
support but never refute. Sentences written for these tests; "Jane Roe" and "Harbour Lights"
are invented."""
from __future__ import annotations

import pytest

import reelcheck


def awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


LEAD = "The Academy Awards have crowned plenty of surprising actors.\n\n"


@pytest.mark.parametrize("text, who", [
    ("Casey Affleck, who played a grieving janitor, won for Manchester by the Sea.", "casey-affleck"),
    ("Years later Olivia Colman won for The Favourite, playing a queen.", "olivia-colman"),
    ("Brad Pitt finally won for Once Upon a Time in Hollywood.", "brad-pitt"),
])
def test_a_bare_win_for_a_film_is_supported_in_a_passage_about_the_oscars(default_kb, text, who):
    got = awards(LEAD + text, default_kb)
    assert any(c.subject.id == who and c.verdict == "supported" for c in got)


@pytest.mark.parametrize("text", [
    "Leonardo DiCaprio won for The Wolf of Wall Street.",   # a nomination, no win
    "Jane Roe won for Harbour Lights.",
    "Casey Affleck won for Manchester by the Sea in 2009.",
])
def test_a_bare_win_is_never_refuted(default_kb, text):
    assert not any(c.verdict == "refuted" for c in awards(LEAD + text, default_kb))


@pytest.mark.parametrize("text", [
    "Katharine Hepburn won four times, for Morning Glory and three later films.",
    "Meryl Streep won for The Iron Lady, her third.",
])
def test_a_sentence_that_counts_reads_no_bare_win(default_kb, text):
    # the bare win may be one of the counted: the count's own reader decides the sentence
    assert not any(c.slots.get("context_family") and c.verdict == "supported"
                   and c.slots.get("kind") == "award" and not c.slots.get("award")
                   for c in awards(LEAD + text, default_kb))
