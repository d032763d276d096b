"""A craft's crew title (lexicon crew `passing_titles`) on a name that a 'with' phrase hangs on
a verb of working together whose subject is the film ("Anora reunites Jane Roe with
cinematographer Ilse Varga", "Anora teams Jane Roe with editor X") is that film's credit: the
film is the work they did together, and a complete credit refutes another name. The claim is
the title and the name: the verb's other arguments are no slots of it.

Sentences written for these tests; the facts are the default KB's (Anora: shot by Drew Daniels,
edited by Sean Baker, both full credits; Stephen Phelps was its production designer)."""
from __future__ import annotations

import reelcheck


def _crew(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "crew"]


def test_another_name_is_refuted_by_the_full_credit(default_kb):
    for text, held in (("Anora reunites Sean Baker with cinematographer Stephen Phelps.",
                        "Drew Daniels"),
                       ("Anora reunites Sean Baker with editor Drew Daniels.", "Sean Baker")):
        got = _crew(text, default_kb)
        assert any(c.verdict == "refuted" and held in c.explanation for c in got), (text, [
            (c.text, c.verdict) for c in got])
    for text in ("Anora reunites Sean Baker with cinematographer Drew Daniels.",
                 "Anora reunited Baker with cinematographer Drew Daniels, to dazzling "
                 "effect."):
        got = _crew(text, default_kb)
        assert got and all(c.verdict == "supported" for c in got), (text, [
            (c.text, c.verdict, c.explanation) for c in got])
