"""A title of several common words that the parser takes apart at the head of a sentence
("Everything Everywhere All at Once premiered on ...") is read as one name, so the clause's
verb has it for its subject. Sentences written for this test; default KB (the film's SXSW
world premiere on March 11, 2022)."""
from __future__ import annotations

import reelcheck


def test_a_title_of_common_words_opening_the_sentence_is_the_verb_s_subject(default_kb):
    got = [c for c in reelcheck.check(
        "Everything Everywhere All at Once premiered in Austin on March 14, 2022.",
        kb=default_kb).claims if c.predicate == "premiere_date"]
    assert got and got[0].verdict != "supported", [(c.text, c.verdict) for c in got]
    got = [c for c in reelcheck.check(
        "Everything Everywhere All at Once had its first screening on March 11, 2022.",
        kb=default_kb).claims if c.predicate == "premiere_date"]
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.verdict) for c in got]
