""""The only other film in the past 69 years to win both ...", "the second film in the past 69
years to ...": a span back from the writing narrows a complete record list to the holders
inside it (verify/records.py `_in_span`); a holder the span may or may not reach, or a count
or rank that does not fit, stays open, never refuted by the whole list. A span the parser
hangs on the copula ("In the past six decades, X and Y are the only films ...") is the
record's too. Sentences are written for these tests; the facts are the default KB's record
lists (The Lost Weekend, Marty, Parasite, Anora)."""
from __future__ import annotations

from award_claims import record_verdicts


def test_true_counts_and_ranks_inside_a_span_are_supported(default_kb):
    for text in (
            "Parasite is the only other film in the past 69 years to win both the Palme d'Or "
            "and Best Picture.",
            "Anora, which opened last May, is the second film in the past 50 years to win both "
            "the Palme d'Or and Best Picture.",
            "Only two films in the past 60 years have won both the Palme d'Or and Best "
            "Picture.",
            "In the past six decades, Parasite and Anora are the only films to have won both "
            "the Palme d'Or and Best Picture."):
        assert record_verdicts(text, default_kb) == ["supported"], text


def test_a_wrong_count_or_rank_inside_a_span_is_not_supported_nor_refuted(default_kb):
    for text in (
            "Parasite is the only other film in the past 75 years to win both the Palme d'Or "
            "and Best Picture.",
            "Anora is the third film in the past 69 years to win both the Palme d'Or and Best "
            "Picture.",
            "Anora is the only film in the past 69 years to win both the Palme d'Or and Best "
            "Picture.",
            "Only three films in the past 60 years have won both the Palme d'Or and Best "
            "Picture.",
            "Anora became the first film in 40 years to win both the Palme d'Or and Best "
            "Picture."):
        assert record_verdicts(text, default_kb) == ["not_enough_info"], text
