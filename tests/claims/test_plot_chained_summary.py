"""A plot summary that chains deeds in one sentence: each clause is matched on its own.

- A deed claim of the plot family over one clause does not silence a note that says another
  clause of the same sentence (claims/notes.py: the spans over a typed claim are set aside
  before the disjoint ones are chosen).
- "the last scene", "the final moments", "the finale" are the story's end as a note says it
  ("At the end ...", "Ending: ..."); "the opening scene" its start (claims/statements.py
  _moments, from `plot.ending_phrases`/`plot.opening_phrases`); a note labelled "Ending:" sets
  its deeds at the end, so a deed set at the start is not its (note_conflicts._labelled_moment).
- "dispatch" is the notes' "send", "discover" their "learn", "escape" their "run off"
  (`plot.paraphrases`).

Mutants (another doer, another thing, another moment) are never supported. Sentences are
written for these tests; the facts are the default KB's."""
from __future__ import annotations

from tests.helpers.story_claims import plot_readings, supported_texts


def _verdicts(got):
    return [v for v, _ in got]


def test_the_second_deed_of_a_chain_is_matched_on_its_own(default_kb):
    got = plot_readings("Igor drives Ani home in the snow and then hands back her ring.",
                        default_kb)
    texts = supported_texts(got)
    assert any("drives Ani home" in t for t in texts), got
    assert any("back her ring" in t and "drives" not in t for t in texts), got


def test_a_chained_deed_of_another_thing_or_doer_is_not_supported(default_kb):
    for text in ("Garnick drives Ani home in the snow and then hands back her ring.",
                 "Igor drives Ani home in the snow and then hands back her necklace.",
                 "Igor drives Ani home in the snow and then keeps her ring."):
        got = plot_readings(text, default_kb)
        assert not any("ring" in t or "necklace" in t for t in supported_texts(got)), (text, got)
        assert "refuted" not in _verdicts(got), (text, got)


def test_the_last_scene_is_the_notes_end(default_kb):
    got = plot_readings("Igor is one of the henchmen. In the last scene he returns her "
                        "wedding ring.", default_kb)
    assert any("returns her wedding ring" in t for t in supported_texts(got)), got


def test_the_first_scene_is_not_the_notes_end(default_kb):
    for text in ("In the first scene, Igor returns Ani's wedding ring.",
                 "In the opening scene, Igor hands back Ani's ring."):
        got = plot_readings(text, default_kb)
        assert "supported" not in _verdicts(got) and "refuted" not in _verdicts(got), (text, got)


def test_the_last_scene_keeps_the_doer_and_the_thing(default_kb):
    for text in ("In the last scene, Garnick returns Ani's wedding ring.",
                 "In the last scene, Igor returns Ani's necklace."):
        got = plot_readings(text, default_kb)
        assert "supported" not in _verdicts(got), (text, got)


def test_dispatch_and_discover_are_the_notes_send_and_learn(default_kb):
    got = plot_readings("Vanya marries Ani. When his parents discover the marriage, they "
                        "dispatch henchmen to have it annulled.", default_kb)
    assert any("dispatch henchmen" in t for t in supported_texts(got)), got


def test_escape_is_the_notes_run_off(default_kb):
    got = plot_readings("Vanya escapes from the mansion once the henchmen arrive.", default_kb)
    assert any("Vanya escapes" in t for t in supported_texts(got)), got
    got = plot_readings("Ani escapes from the mansion once the henchmen arrive.", default_kb)
    assert "supported" not in _verdicts(got), got
