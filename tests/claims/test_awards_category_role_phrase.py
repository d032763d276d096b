"""A category said with its role phrase ("Best Actor in a Supporting Role", the Academy's
own wording, and BAFTA's label) is the supporting or leading category: the run stopped at
"actor" and the nomination was refuted as Best Actor. Sentences are written for these tests;
the facts are the default KB's (97th Academy Awards, 78th BAFTA)."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_the_role_phrase_names_the_supporting_category(default_kb):
    got = awards("Yura Borisov earned his Oscar nomination as best actor in a supporting "
                 "role for Anora.", default_kb)
    got += awards("Borisov, Anora's Igor, was nominated for the Academy Award for actor in a "
                  "supporting role.", default_kb)
    assert got and all(c.verdict == "supported" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]
    assert all("Supporting Actor" in c.explanation for c in got)


def test_the_wrong_role_phrase_is_still_caught(default_kb):
    got = awards("Mikey Madison won the Oscar for best actress in a supporting role.",
                 default_kb)
    assert any(c.verdict == "refuted" and "Supporting Actress" in c.explanation for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]
