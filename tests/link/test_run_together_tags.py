"""A page's tags, each a phrase run together on purpose ("AdrienBrody, TheBrutalist"), are not
names whose space a scraper lost (issue #12, false flags on scraped pages): a run-together
full name listed beside another run-together word is a tag and left alone; alone in prose it
is still the KB person's name written wrongly."""
from __future__ import annotations

import pytest

from reelcheck.link import link_names
from reelcheck.model import Document


def _flags(kb, text):
    return [(m.text, m.suggestion)
            for m in link_names(Document(id="t", text=text), kb) if m.issue == "misspelled"]


@pytest.mark.parametrize("text", [
    "Posted in Awards. Topics: KieranCulkin, ARealPain, JesseEisenberg, Oscars",
    "More on: MikeyMadison | BestActress | NeonFilms",
    "Keywords: RalphFiennes; PapalThriller; EdwardBerger",
])
def test_run_together_name_among_tags_is_left_alone(default_kb, text):
    assert _flags(default_kb, text) == []


def test_run_together_name_in_prose_is_still_flagged(default_kb):
    text = "Last night KieranCulkin, a first-time winner, thanked his wife twice."
    assert _flags(default_kb, text) == [("KieranCulkin", "Kieran Culkin")]
