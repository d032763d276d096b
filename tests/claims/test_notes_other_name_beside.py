"""A clause matched to a story note while the clause it is coordinated with does the note's
deed to someone else: the note does not speak for the sentence. Sentences are written for
these tests; the note is the default KB's Anora ending (Igor drives Ani home and returns her
wedding ring)."""
from __future__ import annotations

import reelcheck


def story(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [c for c in r.claims if c.category == "plot"]


def test_the_deed_done_to_another_character_keeps_the_note_out(default_kb):
    text = ("Anora unfolds in Brooklyn. On the last night Igor drives Garnick home and hands "
            "back his wedding ring.")
    assert not [c for c in story(text, default_kb) if c.verdict == "supported"]


def test_the_deed_done_to_the_note_character_is_still_supported(default_kb):
    text = ("Anora unfolds in Brooklyn. On the last night Igor drives Ani home and returns "
            "her wedding ring.")
    got = story(text, default_kb)
    assert got and all(c.verdict == "supported" for c in got)
