"""A word set in capitals for emphasis in a sentence that is not ("Titanic SHOCKINGLY won 11
Oscars", "won Best Actor FOUR times") is parsed as the English word it is, not as a name: the
clause keeps its subject and its count. Sentences written for these tests, in a content farm's
register; facts of the default KB's Oscar record (Titanic won 11 Oscars at the 70th Academy
Awards, Ben-Hur 11 at the 32nd; Day-Lewis won Best Actor three times)."""
from __future__ import annotations

from award_claims import all_verdicts


def test_a_shouted_adverb_before_the_verb(default_kb):
    assert "supported" in all_verdicts("Titanic SHOCKINGLY won 11 Academy Awards, the most "
                                       "ever by any film!", default_kb)
    assert "refuted" in all_verdicts("Titanic SHOCKINGLY won 13 Academy Awards, the most ever "
                                     "by any film!", default_kb)
    # (the count, and the win at the night "dominated" tells: lexicon `win` verbs)
    assert set(all_verdicts("Ben-Hur ABSOLUTELY dominated the 32nd Academy Awards, winning 11 "
                            "Oscars.", default_kb)) == {"supported"}


def test_a_shouted_count(default_kb):
    assert all_verdicts("Daniel Day-Lewis won the Oscar for Best Actor FOUR times.",
                        default_kb) == ["refuted"]
