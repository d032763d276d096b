"""A cast noun labelling a list that opens its sentence ("Cast: A, B, C") states that each
name is in the cast of the film in focus; like any cast list it can confirm a member, never
refute one. Sentences are written for these tests; the facts are the default KB's Anora cast."""
from __future__ import annotations

import reelcheck


def members(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [(c.subject.id, c.verdict) for c in r.claims
            if c.category == "cast" and c.predicate == "notable_work"]


def test_a_labelled_cast_list_confirms_each_member(default_kb):
    text = ("Anora (2024) is back in cinemas. Cast: Mikey Madison, Mark Eydelshteyn, "
            "Yura Borisov.")
    assert members(text, default_kb) == [("mikey-madison", "supported"),
                                         ("mark-eydelshteyn", "supported"),
                                         ("yura-borisov", "supported")]
    # a label that is no cast noun names no cast
    text = "Anora opens on Friday. Forecast: sun in Brooklyn, says Mikey Madison."
    assert members(text, default_kb) == []


def test_the_label_with_its_article(default_kb):
    text = "Anora opens on Friday. The cast: Karren Karagulian and Vache Tovmasyan."
    assert members(text, default_kb) == [("karren-karagulian", "supported"),
                                         ("vache-tovmasyan", "supported")]
