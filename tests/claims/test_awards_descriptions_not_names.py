"""Two readings that had refuted true sentences: a description the tagger reads as an
organisation's name ("The New Zealander ... took Best Director") is no name of one of the
category's winners (verify/awards.py: a name the KB lacks, read as an organisation, is not
refuted by a people's category's winners); and "the first non-English-language Best
Picture winner" is no category's first winner, since a word between "first" and "Best"
narrows the winners (claims/records.py _first_winners). Sentences are written for these
tests; the facts are the default KB's Oscar record."""
from __future__ import annotations

import reelcheck

LEAD = "A short history of the Academy Awards. "


def _verdicts(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(LEAD + text, kb=kb).claims
            if c.category == "award"]


def test_a_demonym_subject_is_not_refuted_by_the_winners(default_kb):
    got = _verdicts("Jane Campion. The New Zealander, the first woman to win the Palme d'Or, "
                    "finally took Best Director for The Power of the Dog at the 94th ceremony.",
                    default_kb)
    assert got and all(v != "refuted" for v, _ in got), got


def test_a_narrowed_first_winner_is_not_the_categorys_first(default_kb):
    got = _verdicts("Parasite became the first non-English-language Best Picture winner.",
                    default_kb)
    assert all(v != "refuted" for v, _ in got), got


def test_the_categorys_first_winner_is_still_read(default_kb):
    got = _verdicts("The first Best Picture winner was Sunrise.", default_kb)
    assert got and got[0][0] == "refuted", got
