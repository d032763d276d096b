"""A part named by a role noun is said of the one who plays it when the clause says so: the
object of a verb of taking a part ("takes on the role of Igor", "plays the part of Vanya"), a
part handed over ("the role of Vanya went to X"), or "in the role of" on a verb with no object
("In the role of Igor, X is magnetic"). Those pairings can be refuted, as "X plays Igor" can;
a part landed, won, wanted or written for someone still only confirms (claims/cast.py `_roles`).
Sentences written for these tests; the players are the default KB's Anora cast."""
from __future__ import annotations

import pytest

import reelcheck


def cast(text, kb):
    return [(c.subject.id if c.subject else None, c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.category == "cast"]


@pytest.mark.parametrize("text, verdict", [
    ("Yura Borisov takes on the role of Igor.", "supported"),
    ("Yura Borisov takes on the role of Toros.", "refuted"),
    ("Mark Eydelshteyn assumes the part of Toros with relish.", "refuted"),
    ("In the role of Igor, Yura Borisov is quietly magnetic.", "supported"),
    ("In the role of Igor, Mark Eydelshteyn is quietly magnetic.", "refuted"),
])
def test_a_part_taken_or_handed_over_is_played(default_kb, text, verdict):
    assert [v for _, v in cast(text, default_kb)] == [verdict]


@pytest.mark.parametrize("text", [
    "Lindsey Normington landed the part of Ani before the film was recast.",
    "Madison wanted the role of Lulu.",
    "The role of Vanya went to Yura Borisov.",
    "Anora opened in May. Yura Borisov takes on the title role.",
    "Baker cast Borisov in the role of Toros before changing his mind.",
])
def test_a_part_landed_wanted_or_given_by_someone_never_refutes(default_kb, text):
    assert all(v != "refuted" for _, v in cast(text, default_kb))
