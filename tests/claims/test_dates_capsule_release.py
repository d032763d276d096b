"""A listing's or review's capsule after a title, "Anora (Neon, Oct. 18)": the distributor
and the day the film opened in that distributor's territory. Before, the bracket formed no
claim. A capsule may also give a re-release or streaming day, so the day only supports: the
release day supports, another stays open. Sentences are written for these tests; the facts
are the default KB's (Anora: Neon, US, October 18, 2024; Le Pacte, France, October 30)."""
from __future__ import annotations

import pytest

import reelcheck


def _release(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "release_date"]


@pytest.mark.parametrize("text, right, wrong", [
    ("Fall's best date-night pick, Anora (Neon, {}), is a screwball Cinderella story.",
     "Oct. 18", "Nov. 18"),
    ("Now showing in Paris: Anora (Le Pacte, {}), Sean Baker's Palme d'Or winner.",
     "Oct. 30", "Oct. 18"),
])
def test_the_capsule_day_is_the_distributors_release(default_kb, text, right, wrong):
    got = _release(text.format(right), default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]
    other = _release(text.format(wrong), default_kb)
    assert other and all(c.verdict == "not_enough_info" for c in other)

