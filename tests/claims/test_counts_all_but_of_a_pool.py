""""All but N of its M nominations" counts the pool less the exception: M - N wins out of M
nominations (lexicon qualifiers `all_but`, claims/awards/ _all_but), whether the parser hangs
"all" over the exception or the exception over "all" ("all except one of ..."); the exception
is no count of its own (it was read as one win, refuting a true sentence). A pool someone else
owns ("all but one of Anora's six nominations", said of Baker) is not the subject's. Sentences
written for these tests; the facts are the default KB's 97th Academy Awards."""
from __future__ import annotations

import pytest

from tests.helpers.award_claims import awards


def counts(text, kb):
    return [c for c in awards(text, kb) if c.category == "count"]


@pytest.mark.parametrize("text, verdict", [
    ("Anora won all but one of its six Oscar nominations.", "supported"),
    ("Anora won all except one of its six Oscar nominations.", "supported"),
    ("Anora won all but two of its six Oscar nominations.", "refuted"),
    ("Anora won all except one of its seven Oscar nominations.", "refuted"),
])
def test_all_but_n_counts_the_pool_less_n(default_kb, text, verdict):
    assert [c.verdict for c in counts(text, default_kb)] == [verdict]


def test_the_wins_and_the_pool_are_both_read(default_kb):
    got = counts("Anora won all except one of its six Oscar nominations.", default_kb)
    assert "Anora won 5 Oscars" in got[0].explanation
    assert "Anora received 6 nominations" in got[0].explanation
    assert "not 1" not in got[0].explanation


def test_a_pool_another_owns_is_not_the_subject_s(default_kb):
    got = counts("Sean Baker won all but one of Anora's six nominations.", default_kb)
    assert all(c.subject.id != "sean-baker" or c.verdict != "supported" for c in got)
