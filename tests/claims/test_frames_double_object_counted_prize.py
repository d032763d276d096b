""""Anora earned Sean Baker four Oscars": the parser hangs the name before the count on the
counted prize as its modifier; the name is who received them (a double object) and the
subject is the work that brought them, so the count is the person's, not the film's.

Sentences written for these tests; the facts are the default KB's (Anora won five Oscars at the
97th Academy Awards, four of them Sean Baker's; Mikey Madison won one)."""
from __future__ import annotations

import reelcheck


def _verdicts(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims]


def test_the_persons_count_holds(default_kb):
    assert _verdicts("Anora earned Sean Baker four Oscars.", default_kb) == ["supported"]
    assert _verdicts("Anora earned Mikey Madison one Oscar.", default_kb) == ["supported"]


def test_a_wrong_count_for_the_person_is_refuted(default_kb):
    assert _verdicts("Anora earned Sean Baker five Oscars.", default_kb) == ["refuted"]
