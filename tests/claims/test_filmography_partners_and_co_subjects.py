"""A credit verb's partners and co-subjects are credited too. "A stars opposite B in X": the
parser hangs "in X" on the partner B; the phrase is the verb's, so A is credited with X, and B
(after a partner preposition of the lexicon's cast section) is in X's cast as well. "A, B and
C appear in X": each coordinated subject is credited with X, each its own claim, so a name the
KB does not place in X is never carried by the first one's support. Sentences written for
these tests; facts from the default KB (Anora's cast: Mikey Madison, Yura Borisov, Mark
Eydelshteyn; Kieran Culkin is not in it)."""
from __future__ import annotations

from credit_claims import credits


def test_the_work_after_a_partner_is_the_verb_s(default_kb):
    got = credits("Yura Borisov stars opposite Mikey Madison in Anora.", default_kb)
    assert ("yura-borisov", "anora-2024-film", "supported") in got
    assert ("mikey-madison", "anora-2024-film", "supported") in got


def test_every_partner_of_a_list_is_credited(default_kb):
    got = credits("Mark Eydelshteyn appears alongside Mikey Madison and Kieran Culkin in Anora.",
                  default_kb)
    assert ("mark-eydelshteyn", "anora-2024-film", "supported") in got
    assert ("mikey-madison", "anora-2024-film", "supported") in got
    assert ("kieran-culkin", "anora-2024-film", "supported") not in got
    assert any(s == "kieran-culkin" for s, _, _ in got)


def test_each_coordinated_subject_is_credited(default_kb):
    got = credits("Mikey Madison, Yura Borisov and Mark Eydelshteyn all appear in Anora.",
                  default_kb)
    for who in ("mikey-madison", "yura-borisov", "mark-eydelshteyn"):
        assert (who, "anora-2024-film", "supported") in got


def test_a_co_subject_outside_the_cast_is_its_own_claim(default_kb):
    got = credits("Mikey Madison and Kieran Culkin starred in Anora.", default_kb)
    assert ("mikey-madison", "anora-2024-film", "supported") in got
    assert any(s == "kieran-culkin" and v != "supported" for s, _, v in got)
