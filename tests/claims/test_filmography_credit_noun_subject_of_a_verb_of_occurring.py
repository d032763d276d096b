"""A credit noun that is the subject of a verb of occurring ("her breakout role came in X",
"his big break arrived in Y") takes the work's phrase the parser hangs on the verb (lexicon
filmography `noun_verbs`, claims/filmography.py _credit_cue); a title that opens with an
adverb ("in Once Upon a Time in Hollywood") is the object of the preposition left without one
(claims/parse.py _title_after_preposition). Sentences written for these tests; the facts are
the default KB's filmographies."""
from __future__ import annotations

import pytest

import reelcheck


def credits(text, kb):
    return [(c.subject.id if c.subject else None, c.object.id, c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.predicate == "notable_work"]


@pytest.mark.parametrize("text, who, work, verdict", [
    ("Yura Borisov's breakout turn came in Compartment No. 6, a train film.",
     "yura-borisov", "compartment-no-6", "supported"),
    ("Mikey Madison's big break arrived in Better Things.", "mikey-madison", "better-things",
     "supported"),
    ("Mikey Madison's breakout role came in Once Upon a Time in Hollywood.", "mikey-madison",
     "once-upon-a-time-in-hollywood", "supported"),
    # a year said beside it is accounted for: the KB dates Better Things 2016
    ("Mikey Madison's big break came in Better Things in 2011.", "mikey-madison",
     "better-things", "not_enough_info"),
])
def test_a_credit_noun_takes_the_work_of_its_verb_of_occurring(default_kb, text, who, work,
                                                                verdict):
    assert credits(text, default_kb) == [(who, work, verdict)]


def test_a_noun_that_is_no_credit_takes_nothing(default_kb):
    assert credits("Mikey Madison's big win came in Los Angeles.", default_kb) == []
