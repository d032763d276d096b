"""A cue verb of `qualifiers.parse_as` that the parser tagged as a verb but hung on the next name
as its modifier, with no verb at the root ("Ani, a ..., marries Vanya, the son of ...": "marries"
a compound of "Vanya") is reread as that table's common verb (claims/attach.py `_reread`), so
the clause is read. Sentences are written for these tests; in the default KB Ani and Vanya marry
in Las Vegas."""
from __future__ import annotations

import pytest
from story_claims import MAKER_LEAD, after_lead


def events(text, kb):
    return [c.verdict for c in after_lead(text, kb, lambda c: c.slots.get("kind") == "plot_event",
                                          MAKER_LEAD)]


def test_the_wedding_between_two_appositions_is_read(default_kb):
    text = "Ani, a Brooklyn stripper, marries Vanya, the son of a Russian oligarch, in Las Vegas."
    assert events(text, default_kb) == ["supported"]


@pytest.mark.parametrize("text", [
    "Ani, a Brooklyn stripper, marries Igor, the son of a Russian oligarch, in Las Vegas.",
    "Ani, a Brooklyn stripper, marries Vanya, the son of a Russian oligarch, in Reno.",
])
def test_a_changed_partner_or_place_is_not_supported(text, default_kb):
    got = events(text, default_kb)
    assert got and "supported" not in got, (text, got)
