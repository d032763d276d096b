"""A place set beside another and denied ("in Reno, not Las Vegas") is a correction, not the
place that holds it: the claim is the first place's alone, with no container said.

Sentences are written for these tests; the facts are the default KB's (Reno and Las Vegas lie
in Nevada; Anora's filming places are not declared complete)."""
from __future__ import annotations

import reelcheck

LEAD = "Anora opened in American cinemas in October 2024. "


def test_a_denied_apposition_is_no_container(default_kb):
    r = reelcheck.check(LEAD + "The chapel scenes were filmed in Reno, not Las Vegas.",
                        kb=default_kb)
    got = [c for c in r.claims if c.category == "location"]
    assert [(c.object.id, c.slots.get("within"), c.verdict) for c in got] == [
        ("reno", None, "not_enough_info")]
    assert "puts Reno in Las Vegas" not in got[0].explanation
