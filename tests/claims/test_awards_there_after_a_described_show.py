"""A clause set "there" after a description that names a show speaks of that show: in "X,
which won A at the BAFTAs, also won B there" the B is BAFTA's, not the Oscars' the bare
category would otherwise be read as (claims/awards `_beyond_description`, lexicon
`qualifiers.place_anaphors`). Sentences are written for these tests; facts are the default
KB's (Anora's BAFTA and Spirit Award results)."""
from __future__ import annotations

from award_claims import awards


def _main_clause(text, kb):
    got = awards(text, kb)
    assert len(got) == 2, [(c.text, c.verdict, c.explanation) for c in got]
    return got[1]


def test_a_bafta_loss_there_is_refuted_not_read_as_the_oscar_win(default_kb):
    c = _main_clause("Anora, which collected Best Casting at the BAFTAs, also won Best "
                     "Director there.", default_kb)
    assert c.verdict == "refuted", c.explanation
    assert "BAFTA" in c.explanation and "Brady Corbet" in c.explanation
    # the true sentence, one slot changed back, holds at BAFTA
    true = _main_clause("Anora, which lost Best Director at the BAFTAs, nonetheless won Best "
                        "Casting there.", default_kb)
    assert true.verdict == "supported", true.explanation
    assert "BAFTA Award for Best Casting" in true.explanation
    # no place pro-form: the main clause's bare category keeps its usual reading (support
    # only), as before
    bare = _main_clause("Anora, which won Best Casting at the BAFTAs, also won Best Director.",
                        default_kb)
    assert bare.verdict != "refuted", bare.explanation


def test_a_spirit_award_category_there_is_the_spirit_awards(default_kb):
    c = _main_clause("Anora, which was crowned Best Feature at the Independent "
                     "Spirit Awards, also picked up Best Director there.", default_kb)
    assert c.verdict == "supported", c.explanation
    assert "Independent Spirit Award for Best Director" in c.explanation
    wrong = _main_clause("Anora, which was named Best Feature at the Independent Spirit "
                         "Awards, also took Best Supporting Actress there.", default_kb)
    assert wrong.verdict == "refuted", wrong.explanation
    assert "Independent Spirit" in wrong.explanation
