"""Names coordinated before a distributive "each" after a fronted phrase ("At the 89th
Academy Awards, A and B each won three"): the parser hangs the names on the phrase and makes
"each" the subject; the mend makes the names the subject again (claims/parse.py
`_each_after_its_subjects`), and the count is said of each. Sentences are written for these
tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def counts(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "award_count"]


def test_each_after_a_fronted_phrase_distributes_the_count(default_kb):
    got = counts("At the 2017 Oscars, Moonlight and La La Land each won three awards.",
                 default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]
    assert "La La Land won 6" in got[0].explanation


def test_each_holds_when_it_holds_of_every_name(default_kb):
    got = counts("At the 89th Academy Awards, Moonlight and Manchester by the Sea together "
                 "took five awards, and Hacksaw Ridge and Arrival each won at least one.",
                 default_kb)
    assert not [c for c in got if c.verdict == "refuted"], [(c.text, c.explanation) for c in got]
