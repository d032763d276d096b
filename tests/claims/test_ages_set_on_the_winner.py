"""An age set on the subject of the win its verb states ("Mikey Madison, 21, won the Oscar
for Best Actress", "The 20-year-old X won ...") is said with that win: the sentence names the
event, so the age is checked there. Told as the age when the piece was written, it may be
older than at the win (open), never younger (refuted). A win whose show is only assumed
('won Best Actress') lends no event to refute with. Default KB facts: Mikey Madison was 25 at
the 97th Academy Awards; Sean Baker 54. Sentences written for these tests."""
from __future__ import annotations

import pytest
import reelcheck


def ages(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "age"]


@pytest.mark.parametrize("text,verdict", [
    ("Mikey Madison, 21, won the Oscar for Best Actress.", "refuted"),
    ("Mikey Madison, 21, won an Oscar for Anora.", "refuted"),
    ("The 20-year-old Mikey Madison won Best Actress for Anora at the Oscars.", "refuted"),
    ("Sean Baker, 48, won the Academy Award for Best Director.", "refuted"),
    ("Mikey Madison, 25, won the Oscar for Best Actress.", "supported"),
    ("Mikey Madison, 27, won the Oscar for Best Actress.", "not_enough_info"),
])
def test_an_age_on_the_winner_of_a_named_win(text, verdict, default_kb):
    got = ages(text, default_kb)
    assert [v for v, _e in got] == [verdict], got


def test_an_assumed_show_lends_no_event_to_refute(default_kb):
    got = ages("Mikey Madison, 21, won Best Actress.", default_kb)
    assert "refuted" not in [v for v, _e in got], got
