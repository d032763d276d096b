"""'Setting' is the noun of the story's place: "the picture's setting is X" says where the
film is set (the place the copula's attribute), as "the picture is set in X" does.

Sentences are written for these tests; the facts are the default KB's (Anora is set, in full,
in Brighton Beach, Mill Basin, Brooklyn, Manhattan, New York City and Las Vegas)."""
from __future__ import annotations

import reelcheck

LEAD = "Anora opened in American cinemas in October 2024. "


def settings(text, kb):
    r = reelcheck.check(LEAD + text, kb=kb)
    return [(c.slots.get("place"), c.verdict) for c in r.claims
            if c.predicate == "narrative_location" and c.start >= len(LEAD)]


def test_the_setting_noun_states_where_the_film_is_set(default_kb):
    assert settings("The picture's main setting is Manhattan.", default_kb) == [
        ("manhattan", "supported")]
    assert settings("The setting of Anora is Denver.", default_kb) == [("denver", "refuted")]


def test_a_setting_of_another_film_or_of_no_film_is_no_claim(default_kb):
    assert settings("The setting of his previous picture was Florida.", default_kb) == []
    assert settings("In a relaxed setting in Toronto, the cast met reporters.",
                    default_kb) == []
