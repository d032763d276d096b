"""A plural crew title that is the subject of a list verb ("Anora's producers include Jane
Roe") says each name it lists holds the title on the film (lexicon crew `list_verbs`,
claims/crew.py _predicated): a name outside a complete credit is refuted, as with a copula.
Sentences written for these tests; the facts are the default KB's Anora credits (its producer
credit is complete)."""
from __future__ import annotations

import reelcheck


def producers(text, kb):
    return [(c.object.id if hasattr(c.object, "id") else None, c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.predicate == "producer"]


def test_a_named_producer_in_the_list_is_supported(default_kb):
    assert producers("Anora's producers include Samantha Quan, his longtime partner.",
                     default_kb) == [("samantha-quan", "supported")]


def test_each_listed_name_is_read_and_one_outside_the_credit_refuted(default_kb):
    text = "The producers of Anora included Alex Coco and Drew Daniels."
    assert producers(text, default_kb) == [("alex-coco", "supported"),
                                           ("drew-daniels", "refuted")]


def test_a_description_in_the_list_is_no_credit(default_kb):
    assert producers("Anora's producers include a former dancer.", default_kb) == []


def test_another_job_before_the_title_is_not_the_producer_credit(default_kb):
    assert producers("Anora's executive producers include Drew Daniels.", default_kb) == []
