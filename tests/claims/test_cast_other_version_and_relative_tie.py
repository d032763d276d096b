"""Two readings of story ties and parts. A clause said of another version of the work ("in an
early draft", "in the remake") is not the film's story or cast, so the film's facts do not judge
it. A tie said in a relative clause ("Igor, who is Garnick's son") is a tie claim about the name
the clause hangs on, so a note that merely names both men does not support it. Sentences are
written for these tests; the facts are the default KB's Anora story and cast."""
from __future__ import annotations

import reelcheck


def claims(text, kb):
    return reelcheck.check(text, kb=kb).claims


def test_a_tie_in_an_early_draft_is_not_refuted(default_kb):
    text = ("Anora unfolds in Brooklyn. In an early draft of the script, Garnick is Vanya's "
            "father.")
    assert not [c for c in claims(text, default_kb) if c.verdict == "refuted"]


def test_a_part_in_a_remake_is_not_refuted(default_kb):
    text = "Anora unfolds in Brooklyn. In the planned remake, Igor is played by Mark Eydelshteyn."
    assert not [c for c in claims(text, default_kb) if c.verdict == "refuted"]


def test_the_same_tie_with_no_version_is_still_refuted(default_kb):
    text = "Anora unfolds in Brooklyn. Garnick is Vanya's father."
    assert [c.verdict for c in claims(text, default_kb) if c.category == "plot"] == ["refuted"]


def test_an_untold_tie_in_a_relative_clause_is_not_supported(default_kb):
    text = "Anora unfolds in Brooklyn. The quiet Igor, who is Garnick's son, waits outside."
    got = [c for c in claims(text, default_kb) if c.category == "plot"]
    assert got and not [c for c in got if c.verdict == "supported"]


def test_a_told_tie_in_a_relative_clause_is_supported(default_kb):
    text = "Anora unfolds in Brooklyn. Garnick, who is Toros's brother, waits outside."
    got = [c for c in claims(text, default_kb) if c.slots.get("kind") == "relation"]
    assert [c.verdict for c in got] == ["supported"]
