"""A count whose list a dash opens, "won three Oscars - A, B and C -": the parser reads the
prize noun as a modifier of the first item ("Oscars - Best Actor" one phrase), so the count had
no claim and the first item was left unchecked. The prize noun is the counted object and the
list its apposition, as after a colon. Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def _rows(text, kb):
    return [(c.slots.get("kind"), c.slots.get("count"), c.slots.get("award"), c.verdict)
            for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") in ("award", "award_count")]


def test_the_count_and_each_item_after_a_dash(default_kb):
    text = ("Mank won two Oscars - Best Cinematography and Best Production Design - from ten "
            "nominations.")
    got = _rows(text, default_kb)
    assert ("award_count", 2, None, "supported") in got or any(
        k == "award" and n == 2 and v == "supported" for k, n, _a, v in got)
    assert [(a, v) for k, n, a, v in got if k == "award" and n is None] == [
        ("academy-award-for-best-cinematography", "supported"),
        ("academy-award-for-best-production-design-art-direction", "supported")]


def test_a_wrong_first_item_is_its_own_refute(default_kb):
    text = "Mank won two Oscars - Best Film Editing and Best Cinematography - that night."
    got = _rows(text, default_kb)
    # (before: the first item was read as "Oscars - Best Film Editing" and its count unread)
    assert ("award", None, "academy-award-for-best-film-editing", "refuted") in got
    assert not [r for r in got if r[2] == "academy-award-for-best-cinematography"
                and r[3] == "refuted"]
