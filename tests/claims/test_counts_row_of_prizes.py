"""A "by the numbers" row that gives its label a count of prizes, not of a relation noun
("Anora: five Oscars at the 97th Academy Awards", "Anora: four Oscars from six nominations"),
holds the label's wins; a number right after the row's dash that the parser hangs on the label
("The Brutalist - 4 wins from 10 nominations") counts the noun after it. Before, the prizes were
never counted and the row's nominations alone were supported beside a wrong count of wins.
Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import pytest

from award_claims import all_verdicts as _verdicts, check_row


@pytest.mark.parametrize("text,want", [
    ("Anora: five Oscars at the 97th Academy Awards.", "supported"),
    ("Anora: four Oscars at the 97th Academy Awards.", "refuted"),
    ("Anora: five Oscars from six nominations at the 97th Academy Awards.", "supported"),
    ("Anora: four Oscars from six nominations at the 97th Academy Awards.", "refuted"),
    ("The Brutalist - 3 wins from 10 nominations at the 97th Academy Awards.", "supported"),
    ("The Brutalist - 4 wins from 10 nominations at the 97th Academy Awards.", "refuted"),
])
def test_a_row_s_prizes_are_its_label_s_wins(default_kb, text, want):
    got = _verdicts(text, default_kb)
    check_row(got, want)


def test_a_row_whose_label_is_no_name_counts_for_no_one(default_kb):
    got = _verdicts("Oscars 2025: five statuettes we will remember.", default_kb)
    assert "refuted" not in got
