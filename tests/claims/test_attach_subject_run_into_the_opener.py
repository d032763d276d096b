"""An opening phrase with no comma after it ("At the 96th Academy Awards Emma Stone took ..."):
the parser runs the subject into the phrase's noun; the claim still has its subject, and the
ceremony the phrase names is the one the verdict is checked against."""
from __future__ import annotations

import pytest

from award_claims import readings, verdicts


@pytest.mark.parametrize("text, verdict", [
    ("At the 96th Academy Awards Emma Stone took Best Actress for Poor Things.", "supported"),
    ("At the 95th Academy Awards Emma Stone took Best Actress for Poor Things.", "refuted"),
    ("At the 96th Academy Awards Lily Gladstone took Best Actress for Killers of the Flower "
     "Moon.", "refuted"),
    ("At the 96th Academy Awards Emma Stone took Best Supporting Actress for Poor Things.",
     "refuted"),
    ("At Cannes Sean Baker won the Palme d'Or for Anora.", "supported"),
])
def test_the_swallowed_subject_makes_the_claim(text, verdict, default_kb):
    assert verdicts(text, default_kb) == [verdict]


def test_the_refute_names_the_opening_phrase_ceremony(default_kb):
    ((verdict, why),) = readings("At the 95th Academy Awards Emma Stone took Best Actress for "
                                 "Poor Things.", default_kb)
    assert verdict == "refuted" and "95th" in why and "Michelle Yeoh" in why


def test_a_comma_reads_the_same(default_kb):
    assert verdicts("At the 96th Academy Awards, Emma Stone took Best Actress for Poor Things.",
                    default_kb) == ["supported"]
