"""Festivals the KB holds Anora's 2024 screenings at, named by the festival rather than the
edition: San Sebastián (its Perlak section), the BFI London Film Festival and Camerimage are
festivals with their 2024 editions (edition_of), so a screening said at the festival is the
edition's; a month said with a Toronto screening is checked against the 2024 edition's run.
Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def got(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "festival_screening"]


def test_a_screening_at_the_london_film_festival(default_kb):
    assert got("Anora screened at the BFI London Film Festival.", default_kb) == ["supported"]


def test_a_screening_at_camerimage(default_kb):
    assert got("Anora screened at Camerimage in Torun.", default_kb) == ["supported"]


def test_a_screening_in_a_san_sebastian_section(default_kb):
    assert got("Anora screened in the Perlak section at San Sebastian.",
               default_kb) == ["supported"]
    assert got("Anora screened in the Zabaltegi section at San Sebastian.",
               default_kb) == ["not_enough_info"]


def test_a_month_within_the_toronto_run(default_kb):
    assert got("Anora screened at TIFF in September 2024.", default_kb) == ["supported"]
    assert got("Anora screened at TIFF in December 2024.", default_kb) == ["not_enough_info"]
