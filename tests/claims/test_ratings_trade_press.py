"""A film's rating in trade copy: "rated R." ends a sentence (the letter is the rating, not
a name's initial), and a rating said of another country's board ("rated PG-13 in Canada") is
not the MPA rating the KB holds.

Sentences are written for these tests; the facts are the default KB's (Anora is rated R)."""
from __future__ import annotations

import reelcheck


def ratings(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.predicate == "mpa_rating"]


def test_a_rating_letter_ends_its_sentence(default_kb):
    # the rating is read, and so is the sentence after it, which must not be swallowed
    got = [(c.predicate, c.verdict) for c in reelcheck.check(
        "Sean Baker's comedy is rated R. Anora runs 139 minutes.", kb=default_kb).claims]
    assert ("mpa_rating", "supported") in got and ("runtime", "supported") in got


def test_another_countrys_rating_is_not_the_mpas(default_kb):
    assert "refuted" not in ratings("In Canada, Anora was rated PG-13.", default_kb)
    assert "refuted" not in ratings("Anora was rated PG-13 in Canada.", default_kb)
    # the American rating is still checked
    assert ratings("Anora was rated PG-13 in the United States.", default_kb) == ["refuted"]
