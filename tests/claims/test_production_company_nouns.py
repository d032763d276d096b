"""A noun of a company's credit owned or modified by a KB company states the credit: "a Cre
Film production", "Anora, a Neon release", "Neon's acquisition of Anora" (lexicon
`crew.company_jobs`, and the one-word jobs of a company's role). The film is the one the noun
is set beside or said of by a copula, else the job's own film ("of Anora"); a company's
possessive names the holder, not the film. An acquisition noun that is the subject of a clause
ordered against another event ("came after its premiere") is the event the order is about.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _claims(text, kb, pred):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.predicate == pred]


def test_company_modified_nouns_state_the_credit(default_kb):
    assert _claims("Anora is a Cre Film production.", default_kb,
                   "production_company") == ["supported"]
    assert _claims("Anora, a Neon release, opened in six theaters.", default_kb,
                   "distributor") == ["supported"]
    # no market stated: another company's release is not refuted
    assert _claims("Anora, an A24 release, opened in six theaters.", default_kb,
                   "distributor") != ["refuted"]


def test_a_company_possessive_names_the_holder_not_the_film(default_kb):
    assert _claims("Neon's acquisition of Anora was the talk of the market.", default_kb,
                   "distributor") == ["supported"]


def test_an_acquisition_noun_is_ordered_against_the_premiere(default_kb):
    assert _claims("Neon's acquisition of Anora came before the film premiered at Cannes.",
                   default_kb, "interval") == ["supported"]
    assert _claims("Neon's acquisition of Anora came after the film premiered at Cannes.",
                   default_kb, "interval") == ["refuted"]


def test_a_film_possessive_hung_on_the_name_after_a_title(default_kb):
    # "Anora's distributor Neon": the parser hangs "Anora's" on the name, not the title
    assert _claims("Anora's distributor Neon spent heavily on the Oscar push.", default_kb,
                   "distributor") == ["supported"]
    assert _claims("Anora's US distributor Neon spent heavily.", default_kb,
                   "distributor") == ["supported"]


def test_a_counted_or_ranked_company_noun_is_no_bare_credit(default_kb):
    # the rank among the company's releases is a slot the credit does not judge
    assert _claims("Anora is the fifth Neon release to be up for the top prize.", default_kb,
                   "distributor") != ["supported"]
    assert _claims("Anora is the biggest Neon release of the year.", default_kb,
                   "distributor") != ["supported"]
