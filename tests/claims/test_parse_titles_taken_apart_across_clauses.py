"""Two clauses, two films: a title of several plain words the parser takes apart across the
clauses ("Everything" the subject of the second verb, "All" of the first), or a title that
ends in a question mark the parser hangs the title on, is read as one name, so each clause
keeps its own film and the second clause is never judged with the first clause's film.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

from award_claims import all_verdicts, awards


def test_a_title_split_across_two_clauses_keeps_each_clause_its_own_film(default_kb):
    got = awards("Everything Everywhere All at Once earned Jamie Lee Curtis the Oscar for Best "
                 "Supporting Actress in 2023, and The Whale did the same for Brendan Fraser in "
                 "Best Actor.", default_kb)
    assert [c.verdict for c in got] == ["supported", "supported"]
    # the second clause's winner is the person its "for" names, not the film
    assert got[1].slots.get("subject") == "brendan-fraser"


def test_a_title_ending_in_a_question_mark_is_its_clause_s_subject(default_kb):
    text = ("Network earned Faye Dunaway the Oscar for Best Actress in 1977, and Who's Afraid "
            "of Virginia Woolf? earned Sandy Dennis Best Supporting Actress in 1967.")
    assert all_verdicts(text, default_kb) == ["supported", "supported"]
