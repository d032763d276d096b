"""'Backed by FilmNation', 'Cre Film financed Anora': money put into the making is a company's
production credit (lexicon crew.roles.production_company verbs), held by a company only: a
person said to back the film holds no producer's credit by it, and a company the KB does not
list is left open (its list of production companies is not complete). Sentences are written
for these tests."""
from __future__ import annotations

import reelcheck


def _verdicts(text, kb):
    return [(c.verdict, c.category) for c in reelcheck.check(text, kb=kb).claims]


def test_a_company_s_backing_is_its_production_credit(default_kb):
    for text in ("Anora was backed by FilmNation Entertainment.", "Cre Film financed Anora.",
                 "Backed by FilmNation and Cre Film, Anora cost $6 million."):
        assert ("supported", "production") in _verdicts(text, default_kb), text


def test_a_company_the_kb_does_not_list_is_open(default_kb):
    assert _verdicts("Anora was backed by A24.", default_kb) == [
        ("not_enough_info", "production")]


def test_a_person_who_backs_a_film_holds_no_credit_by_it(default_kb):
    got = _verdicts("Anora was backed by Drew Daniels.", default_kb)
    assert "refuted" not in [v for v, _c in got] and "supported" not in [v for v, _c in got], got
