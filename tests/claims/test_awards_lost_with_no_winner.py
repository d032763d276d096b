""""X lost A" with no winner named says X did not win A (the nomination is its premise): a
winner of A is refuted, a nominee who lost is supported; "X lost A to Y" is read as before, and
"lose" with no prize ("loses her ring") is no award claim. Sentences written for these tests."""
from __future__ import annotations

from tests.helpers.award_claims import readings


def _verdicts(text, kb):
    return [v for v, _ in readings(text, kb)]


def test_a_winner_said_to_have_lost_is_refuted(default_kb):
    got = readings("Mikey Madison lost Best Actress at the 97th Academy Awards.", default_kb)
    assert [v for v, _ in got] == ["refuted"]
    assert got[0][1].startswith("It was won, not lost")


def test_a_nominee_who_lost_is_supported(default_kb):
    assert _verdicts("Yura Borisov lost Best Supporting Actor at the 97th Academy Awards.",
                     default_kb) == ["supported"]


def test_nominated_but_lost_checks_both(default_kb):
    assert _verdicts("Demi Moore was nominated for Best Actress at the 97th Academy Awards but "
                     "lost.", default_kb) == ["supported", "supported"]
    assert _verdicts("Mikey Madison was nominated for Best Actress at the 97th Academy Awards "
                     "but lost.", default_kb) == ["supported", "refuted"]


def test_lost_to_a_winner_is_read_as_before(default_kb):
    assert _verdicts("Conclave lost Best Picture to Anora at the 97th Academy Awards.",
                     default_kb) == ["supported"]


def test_losing_a_thing_is_no_award(default_kb):
    assert _verdicts("In the film, Ani loses her ring and her job.", default_kb) == []
