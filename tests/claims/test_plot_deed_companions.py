"""The story's people a deed is done with ("is sent with Garnick and Igor") are its people too:
a companion the story's fact does not name leaves the deed unconfirmed. Sentences written for
these tests; facts of the default KB (Toros is sent with Garnick and Igor to end the
marriage; Diamond is a dancer at the club)."""
from __future__ import annotations

import reelcheck


def _plot(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "plot"]


def test_a_companion_the_story_does_not_send_is_not_supported(default_kb):
    got = _plot("In Anora, Toros is sent with Diamond.", default_kb)
    got += _plot("In Anora, Toros is sent with Garnick and Diamond.", default_kb)
    assert all(c.verdict != "supported" for c in got), [
        (c.text, c.verdict, c.explanation) for c in got]


def test_the_story_s_companions_hold(default_kb):
    got = _plot("In Anora, Toros is sent with Igor.", default_kb)
    assert got and all(c.verdict == "supported" for c in got), [
        (c.text, c.verdict, c.explanation) for c in got]
    # a thing it is done with is no companion
    got = _plot("In Anora, Toros is sent with a plan.", default_kb)
    assert got and all(c.verdict == "supported" for c in got), [
        (c.text, c.verdict, c.explanation) for c in got]
