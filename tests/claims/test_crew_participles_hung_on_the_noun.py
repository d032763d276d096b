"""Crew verbs in a list of participles after a noun ("a film written, edited and directed by
X"): the parser may hang the first two on the noun apart, a comma between, and only the last
two coordinated; every participle of the list takes the one agent (claims/crew.py `_group`).
Sentences written for this test; the default KB holds that Sean Baker wrote, edited and
directed Anora."""
from __future__ import annotations

from credit_claims import crew_claims


def _held(claims):
    return [c.explanation for c in claims]


def test_every_participle_of_the_list_is_a_credit(default_kb):
    got = crew_claims("Anora is a 2024 American comedy-drama movie written, edited and directed "
                      "by Sean Baker.", default_kb)
    assert [c.verdict for c in got] == ["supported"], _held(got)
    assert all(f"was {v} by Sean Baker" in got[0].explanation
               for v in ("written", "edited", "directed")), _held(got)


def test_a_wrong_maker_is_wrong_for_every_credit_of_the_list(default_kb):
    got = crew_claims("Anora is a film written, edited and directed by Brady Corbet.",
                      default_kb)
    assert [c.verdict for c in got] == ["refuted"], _held(got)
    assert "written by Sean Baker" in got[0].explanation
