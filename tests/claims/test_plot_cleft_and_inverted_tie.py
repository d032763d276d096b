"""Who a story sentence says did it, when the name sits on the far side of a copula or of a
contrast: "It is Garnick, not Igor, who ..." parsed with the first name hung on the second as a
modifier (claims/frames.py `_contrast_modifier`); "Igor is the one who ...", "The man who ...
is Igor" (`cleft_head`, `qualifiers.cleft_nouns`); "Vanya's godfather is Toros", the tie noun
the copula's subject (claims/cast.py `_relations`). Sentences written for these tests; in the
KB's story Igor drives Ani home at the end, Toros is Vanya's godfather, Garnick Toros's brother
and Nikolai Zakharov Vanya's father."""
from __future__ import annotations

import pytest
import reelcheck
from story_claims import plot_readings, supported_texts


@pytest.mark.parametrize("text", [
    "It is Garnick, not Igor, who drives Ani home at the end.",
    "Garnick is the one who drives Ani home in the final scene.",
    "The one who drives Ani home in the end is Vanya (Mark Eydelshteyn).",
])
def test_the_wrong_driver_on_the_far_side_is_refuted(text, default_kb):
    got = plot_readings(text, default_kb)
    assert any(v == "refuted" for v, _t in got) and not supported_texts(got), got


@pytest.mark.parametrize("text", [
    "Igor is the one who drives Ani home in the final scene.",
    "The one who drives Ani home in the end is Igor (Yura Borisov).",
])
def test_the_true_driver_on_the_far_side_is_supported(text, default_kb):
    got = plot_readings(text, default_kb)
    assert supported_texts(got) and not any(v == "refuted" for v, _t in got), got
    assert any("Igor" in t and "drives" in t for t in supported_texts(got)), got


def ties(text, kb):
    r = reelcheck.check("Anora unfolds in Brooklyn. " + text, kb=kb)
    return [c.verdict for c in r.claims if c.slots.get("kind") == "relation"]


@pytest.mark.parametrize("text,verdicts", [
    ("In the story, Vanya's godfather is Toros.", ["supported"]),
    ("Vanya's godfather is Igor, the quiet one.", ["not_enough_info"]),
    ("Vanya's father is Toros (Karren Karagulian).", ["refuted"]),
    ("Toros's brother is Garnick, a hot-headed henchman.", ["supported"]),
])
def test_a_tie_noun_as_the_copulas_subject(text, verdicts, default_kb):
    assert ties(text, default_kb) == verdicts
