"""Where a character works, said by "employ" ("Ani is employed at a club in Manhattan"): the
passive's subject is the worker (lexicon plot.story `works_in`). Sentences are written for these
tests; the KB's Ani works at a club in Manhattan."""
from __future__ import annotations

from story_claims import plot_readings, supported_texts


def test_employed_in_the_kbs_place_is_supported(default_kb):
    got = plot_readings("Ani is employed at a strip club in Manhattan.", default_kb)
    assert supported_texts(got), got


def test_employed_elsewhere_is_not_supported(default_kb):
    got = plot_readings("Ani is employed at a strip club in Las Vegas.", default_kb)
    assert not supported_texts(got), got
