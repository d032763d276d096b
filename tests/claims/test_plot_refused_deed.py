"""A deed of the story under a verb of wish or refusal (`plot.wish_verbs`: "refuses to pay",
"declines to marry") is not told as done: neither the plot deed (claims/plot.py) nor a note
(claims/notes.py, _unasserted) supports it, and the refusal is not a denial either, so nothing
is refuted (a refusal may come before the deed is done after all). Sentences are written for
these tests; the facts are the default KB's."""
from __future__ import annotations

from tests.helpers.story_claims import plot_readings as _plot


def _verdicts(got):
    return {v for v, _ in got}


def test_a_refused_payment_is_not_the_payment(default_kb):
    got = _plot("At first Vanya refuses to pay Ani the $15,000.", default_kb)
    assert not _verdicts(got) & {"supported", "refuted"}, got


def test_a_refused_quitting_is_not_the_notes_quitting(default_kb):
    got = _plot("Ani refuses to quit the club after the wedding.", default_kb)
    assert not _verdicts(got) & {"supported", "refuted"}, got


def test_a_declined_wedding_is_neither_told_nor_denied(default_kb):
    got = _plot("Vanya declines to marry Ani in Las Vegas.", default_kb)
    assert not _verdicts(got) & {"supported", "refuted"}, got


def test_an_agreed_payment_is_still_the_payment(default_kb):
    got = _plot("Vanya agrees to pay Ani $15,000 for a week as his girlfriend.", default_kb)
    assert "supported" in _verdicts(got), got
