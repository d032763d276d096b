"""Two readings of ranked-list copy: an owner and an ordinal the parser hangs on a word of the
category ("her third best actress Oscar", 'her' and 'third' on 'actress') still count the
subject's wins of that prize (claims/awards/ `_owned`); a film named by its credited owner
("Peter Farrelly's road movie") is the film in focus, which a later "it" means
(claims/context.py `see_owned_films`). Sentences are written for these tests; the facts are
the default KB's."""
from __future__ import annotations

import reelcheck


def award_claims(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_an_ordinal_on_a_category_word_counts_the_category_wins(default_kb):
    got = award_claims("At the Oscars, Jack Nicholson collected his second best actor Oscar.",
                       default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]
    assert "second win" in got[0].explanation and "70th" in got[0].explanation


def test_it_after_a_film_named_by_its_credited_owner_is_that_film(default_kb):
    text = ("Green Book (2018)\n\nPeter Farrelly's buddy picture edged out Roma at the 91st "
            "Academy Awards, and Mahershala Ali won a supporting actor Oscar for it.")
    got = [c for c in award_claims(text, default_kb) if "Ali" in c.text]
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]
