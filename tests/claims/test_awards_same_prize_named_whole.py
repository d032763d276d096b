""""The same prize" / "the same honour" pointing back to a prize named whole ("the Palme d'Or"),
not by a category phrase: it names that award, from its own sentence before the clause or
the latest sentence of the paragraph (or, in a paragraph that has named no prize yet, the one
before) that named one; never when that award belongs to another show than the clause names
(claims/awards/ `_same_prize`). Sentences are written for these tests; the facts are the
default KB's Cannes record (Palme d'Or 2018 Shoplifters, 2019 Parasite, 2022 Triangle of
Sadness, 2023 Anatomy of a Fall)."""
from __future__ import annotations

import reelcheck


def verdict_of(text, kb, words):
    got = [c for c in reelcheck.check(text, kb=kb).claims if words in c.text]
    assert got, [(c.text, c.verdict) for c in reelcheck.check(text, kb=kb).claims]
    return got[-1].verdict, got[-1].explanation


def test_the_same_honour_in_the_next_sentence(default_kb):
    v, why = verdict_of("The jury handed Shoplifters the Palme d'Or in 2018. In 2019 Parasite "
                        "collected the same honour.", default_kb, "Parasite")
    assert v == "supported", why


def test_the_same_prize_with_a_wrong_year_is_refuted(default_kb):
    v, why = verdict_of("The jury handed Shoplifters the Palme d'Or in 2018. In 2018 Parasite "
                        "collected the same prize as well.", default_kb, "Parasite")
    assert v == "refuted", why


def test_the_same_prize_inside_one_sentence(default_kb):
    v, why = verdict_of("Parasite took the Palme d'Or in 2019, and three years later Triangle "
                        "of Sadness won the identical prize.", default_kb, "Triangle")
    assert v == "supported", why


def test_a_new_paragraph_reads_on_from_the_one_before(default_kb):
    v, why = verdict_of("Anatomy of a Fall was handed the Palme d'Or in 2023.\n\nIn 2022, "
                        "Triangle of Sadness had collected the same honour.", default_kb,
                        "Triangle")
    assert v == "supported", why


def test_another_show_named_by_the_clause_takes_no_cannes_prize(default_kb):
    v, why = verdict_of("Shoplifters was handed the Palme d'Or in 2018. Roma then took the "
                        "same prize at the Oscars.", default_kb, "Roma")
    assert v != "refuted", why
    assert "Palme" not in (why or "").split("won:")[0], why
