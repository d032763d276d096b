"""The person a story's event is done to, described rather than named ("marries the son of a
Russian oligarch"), is a slot of the event's claim: the KB's texts about the event's other
party must tell the description, and the nationality said with it ("a Ukrainian heir") too;
the event's facts alone do not support it. Sentences are written for these tests; the facts
are the default KB's (Anora: Vanya is the 21-year-old son of a Russian oligarch; Ani and
Vanya marry in Las Vegas)."""
from __future__ import annotations

import pytest
import reelcheck


def plot(text, kb):
    """The verdicts of the plot claims whose words hold the description's nationality."""
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "plot"
            and ("Russian" in c.text or "Ukrainian" in c.text)]


@pytest.mark.parametrize("text", [
    "In Anora, Ani marries the son of a Ukrainian billionaire on a whim.",
    "Anora sees its heroine wed a Ukrainian heir in Las Vegas.",
    "The film follows Ani, a dancer who marries the son of a Ukrainian oligarch.",
])
def test_a_nationality_the_kb_does_not_tell_leaves_the_event_open(text, default_kb):
    got = plot(text, default_kb)
    assert got and "supported" not in got and "refuted" not in got, (text, got)
    # the same sentence with the nationality the KB tells is supported
    got = plot(text.replace("Ukrainian", "Russian"), default_kb)
    assert "supported" in got and "refuted" not in got, (text, got)
