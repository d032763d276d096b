"""When in the story a deed happens is a slot: a deed the KB tells of the ending, said of the
story's start ("in the opening scene", `plot.opening_phrases`), is not supported by the ending's
fact or note (claims/plot.py at_start; claims/note_conflicts.py _other_moment), and "before"
a noun the note puts "after" is the contrary (`notes.contraries`). Sentences are written for
these tests; the facts are the default KB's."""
from __future__ import annotations

from tests.helpers.story_claims import plot_readings as _plot


def _verdicts(got):
    return [v for v, _ in got]


def test_the_endings_ride_home_set_at_the_start_is_not_supported(default_kb):
    got = _plot("Early on, in the opening scene, Igor drives Ani home.", default_kb)
    assert got and "supported" not in _verdicts(got) and "refuted" not in _verdicts(got), got


def test_a_coordinated_deed_keeps_its_clauses_moment(default_kb):
    got = _plot("At the very start, Igor drives Ani back home and returns her wedding ring.",
                default_kb)
    assert "supported" not in _verdicts(got), got


def test_the_endings_ride_home_at_the_close_is_supported(default_kb):
    got = _plot("In the film's last scene, Igor drives Ani home.", default_kb)
    assert "supported" in _verdicts(got), got


def test_before_is_not_the_notes_after(default_kb):
    got = _plot("Before the wedding, Ani quits the club for good.", default_kb)
    assert "supported" not in _verdicts(got), got
    got = _plot("Ani quits her job at the club once the wedding is over, after the wedding.",
                default_kb)
    assert "supported" in _verdicts(got), got
