"""A title that a noun of the story's people stands on ("the stripper Anora") is the film's
title character, not the film, when it is one who marries or travels (claims/plot.py
`_mover`): read as the film, the wedding was no one's and its place was left open. Sentences
are written for these tests; the facts are the default KB's (in Anora, Ani, the title
character, marries Vanya in Las Vegas)."""
from __future__ import annotations

import pytest

import reelcheck

LEDE = "Cheers went up for the Anora cast on Thursday.\n\n"


def plot(text, kb):
    r = reelcheck.check(LEDE + text, kb=kb)
    return [(c.text, c.verdict) for c in r.claims if c.category == "plot"]


@pytest.mark.parametrize("place,verdict", [("Atlantic City", "refuted"),
                                           ("Las Vegas", "supported")])
def test_the_title_with_a_character_noun_is_the_character(place, verdict, default_kb):
    text = (f"Borisov appears in Sean Baker's bent Cinderella fable about the stripper Anora "
            f"(Madison) who weds a rich boy in {place}.")
    assert [v for _t, v in plot(text, default_kb)] == [verdict], text


def test_the_title_alone_is_the_film(default_kb):
    # the film on its travels is not the story's journey
    assert "refuted" not in [v for _t, v in plot(
        "Critics adore Anora, which went to Toronto in September.", default_kb)]
