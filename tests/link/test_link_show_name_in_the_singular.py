"""A show's name said with its closing noun in the singular ("the Screen Actors Guild Award",
"the Directors Guild of America Award") names one of that show's prizes: it links to the show
as its plural name does, and the award claim is judged, not left with the organisation's name
and a stray "Award"."""
from __future__ import annotations

import reelcheck
from reelcheck.link import link_names
from reelcheck.link.variants import show_variants
from reelcheck.model import Document


def _verdicts(text, kb):
    return [(c.category, c.verdict) for c in reelcheck.check(text, kb=kb).claims]


def test_the_rule():
    assert show_variants("Screen Actors Guild Awards") == ["Screen Actors Guild Award"]
    assert show_variants("Gotham Awards") == ["Gotham Award"]
    assert show_variants("Palme d'Or") == []


def test_the_singular_links_to_the_show(default_kb):
    text = "Her co-star picked up a Screen Actors Guild Award nomination."
    got = {(m.text, m.entity.id) for m in link_names(Document(id="t", text=text), default_kb)}
    assert ("Screen Actors Guild Award", "sag-awards") in got


def test_a_guild_win_is_supported(default_kb):
    assert ("award", "supported") in _verdicts(
        "Sean Baker collected the Directors Guild of America Award for Anora.", default_kb)
    assert ("award", "supported") in _verdicts(
        "In February, Anora also won the Producers Guild of America Award.", default_kb)


def test_a_nomination_is_supported_and_a_loss_refuted(default_kb):
    assert ("award", "supported") in _verdicts(
        "Yura Borisov earned a nomination for a Screen Actors Guild Award.", default_kb)
    assert ("award", "refuted") in _verdicts(
        "Mikey Madison won the Screen Actors Guild Award for female actor in a leading role.",
        default_kb)


def test_a_win_the_kb_cannot_judge_stays_open(default_kb):
    vs = _verdicts("Brady Corbet won the Directors Guild of America Award for The Brutalist.",
                   default_kb)
    assert ("award", "refuted") not in vs and ("award", "supported") not in vs
