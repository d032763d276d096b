"""In a piece about one person, a "she" the window reads as another woman named just before
("Her sister, X, acted too. She won ... for Y") may still be the piece's subject: both are
readings, so the pronoun may support but never refute as the nearer woman
(claims/context.py `Resolver.person`). Sentences are written for these tests; the facts are
the default KB's Oscar record."""
from __future__ import annotations

import reelcheck

PIECE = ("Olivia de Havilland, last star of a studio era, dies at 104\n\n"
         "Olivia de Havilland died at home in Paris. Olivia de Havilland had lived in France "
         "for decades.\n\n"
         "The funeral will be private.\n\n"
         "Her sister, Joan Fontaine, also acted, and took the best actress Oscar for Suspicion. "
         "{}")


def _claims(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(PIECE.format(text), kb=kb).claims
            if c.slots.get("kind") == "award"]


def test_the_nearer_woman_does_not_refute_the_subjects_win(default_kb):
    got = _claims("She won the Oscar for To Each His Own.", default_kb)
    assert not any(v == "refuted" for v, _ in got), got


def test_the_nearer_womans_own_win_by_name_is_still_supported(default_kb):
    got = _claims("Fontaine won the Oscar for Suspicion at the 14th Academy Awards.", default_kb)
    assert any(v == "supported" and "Joan Fontaine" in e for v, e in got), got
