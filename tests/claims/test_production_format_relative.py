"""A film format said in a relative clause is said of the noun the clause hangs on ("Tangerine,
which he shot on an iPhone", "Tangerine, the film he shot on an iPhone"), not of the film the
passage is about. Sentences are written for these tests; the facts are the default KB's
(Anora was shot on 35mm film; Tangerine on iPhone 5s smartphones)."""
from __future__ import annotations

import pytest
import reelcheck

LEAD = "Anora is a 2024 film by Sean Baker. "


def formats(text, kb):
    r = reelcheck.check(LEAD + text, kb=kb)
    return [c for c in r.claims if c.start >= len(LEAD) and c.slots.get("kind") == "format"]


@pytest.mark.parametrize("text", [
    "Baker broke through with Tangerine, which he famously shot on an iPhone.",
    "Tangerine, the film he shot on an iPhone, made his name.",
    "Baker made his name with Tangerine, a movie that he shot on iPhones.",
])
def test_the_relative_clauses_film_is_shot(text, default_kb):
    got = formats(text, default_kb)
    assert got and all(c.subject.id == "tangerine" for c in got), (text, [
        (c.subject.id, c.verdict) for c in got])
    assert "refuted" not in [c.verdict for c in got]


@pytest.mark.parametrize("text, verdict", [
    ("The film, which was shot on 16mm, stars Mikey Madison.", "refuted"),
    ("Drew Daniels, who shot Anora on 16mm, is American.", "refuted"),
    ("Anora, which Daniels shot on 35mm, won the Palme d'Or.", "supported"),
])
def test_the_film_in_focus_or_named_as_before(text, verdict, default_kb):
    got = formats(text, default_kb)
    assert [c.verdict for c in got] == [verdict], (text, [(c.subject.id, c.verdict) for c in got])
