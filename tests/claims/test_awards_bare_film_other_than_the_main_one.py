"""A bare "the film" read as the film the paragraph named last, when the article is about
another film, is only a reading: it may support a claim, never refute one (the article's own
film may be meant). Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def _of(text, kb):
    return [(c.slots.get("subject"), c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "award" and "film" in c.text.split()[:2]]


def test_the_film_after_another_film_won_a_prize_is_not_refuted(default_kb):
    # before: refuted, read as Conclave ("went to Sean Baker (Anora), not Conclave")
    text = ("Anora's guild run hit a wall in late February. The SAG ensemble trophy went to "
            "Conclave, and Demi Moore beat Madison. Yura Borisov, for his part, earned a Spirit "
            "nomination for the role of Igor, and at the 40th Spirit Awards the film took Best "
            "Feature and Best Director.")
    assert [v for _s, v in _of(text, default_kb)] == ["not_enough_info"]
    # read as the nearest film, which did win: still supported
    text = ("Anora had a rough night at the SAG Awards, where the cast prize went to Conclave. "
            "A week later, at the 40th Spirit Awards, the film won Best Feature.")
    assert _of(text, default_kb) == [("anora-2024-film", "supported")]
