"""The Anora factsheet declares the one winner of each precursor category Anora won (BAFTA
Leading Actress and Casting, Critics Choice Best Picture, the DGA, PGA and WGA film prizes,
three Spirit Awards): a claim that gives that prize, that night, to another is refuted. One
category's winner known says nothing of the show's other categories: no one is refuted as
having "won nothing" at such a show. Sentences written for these tests."""
from __future__ import annotations

from award_claims import all_verdicts, award_verdicts


def test_a_precursor_prize_moved_to_another_is_refuted(default_kb):
    # before: not_enough_info for each
    for text in ("The Brutalist won Best Feature at the 2025 Spirit Awards.",
                 "Demi Moore won the BAFTA for Leading Actress in 2025.",
                 "Conclave won Best Picture at the 2025 Critics Choice Awards.",
                 "Demi Moore won Best Lead Performance at the 40th Independent Spirit Awards."):
        assert award_verdicts(text, default_kb) == ["refuted"], text
    # the true ones still hold
    for text in ("Mikey Madison won the BAFTA for Leading Actress in 2025.",
                 "Anora won Best Feature at the 2025 Spirit Awards.",
                 "Samantha Quan won the PGA Award in 2025."):
        assert award_verdicts(text, default_kb) == ["supported"], text
    # a win at the show in a category the KB does not hold is not refuted (Demi Moore won
    # the Critics Choice for Best Actress; the DGA gives more than its feature prize)
    for text in ("Demi Moore won a Critics Choice Award in 2025.",
                 "RaMell Ross won a DGA Award in 2025."):
        assert "refuted" not in award_verdicts(text, default_kb), text


def test_anora_s_spirit_and_sag_tallies(default_kb):
    # before: not_enough_info (the factsheet held the wins, not that they were all)
    assert award_verdicts("Anora won the SAG Award for ensemble.", default_kb) == ["refuted"]
    assert all_verdicts("Anora won three Independent Spirit Awards.", default_kb) == ["supported"]
    assert all_verdicts("Anora won four Independent Spirit Awards.", default_kb) == ["refuted"]
    assert all_verdicts("Anora was shut out at the SAG Awards.", default_kb) == ["supported"]
