"""A hosting noun with no event of its own ("host X") is bound by the event its clause is at
("At the 97th Academy Awards, host X kept things moving": claims/hosts.py `_clause_event`,
lexicon `plot.hosting.event_preps`), as any qualifier binds to its clause: the KB's one host
of that edition then decides it. Before, only the paragraph's edition was borrowed, which
may support but never refutes. Sentences are written for these tests; the facts are the
default KB's (Conan O'Brien hosted the 97th Academy Awards)."""
from __future__ import annotations

import pytest

import reelcheck


def hosts(text, kb):
    return [(c.verdict, c.text) for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "host"]


@pytest.mark.parametrize("text,verdict", [
    ("At the 97th Academy Awards, host Conan O'Brien opened with a song.", "supported"),
    ("At the 97th Academy Awards, host Seth Meyers opened with a song.", "refuted"),
])
def test_the_clauses_event_binds_the_host_noun(text, verdict, default_kb):
    got = hosts(text, default_kb)
    assert [v for v, _ in got] == [verdict], got
    assert "97th Academy Awards" in got[0][1]   # the claim's words hold the event


def test_an_event_in_another_clause_does_not_bind_it(default_kb):
    text = ("Anora won Best Picture at the 97th Academy Awards, and host Seth Meyers "
            "opened with a song.")
    assert "refuted" not in [v for v, _ in hosts(text, default_kb)]
