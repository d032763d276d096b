"""The show a description of the winner names ("X, the 2019 Palme d'Or winner, later won Best
Picture") is the description's: the main clause, naming none, reads its category as the Oscars
(the usual sense; support only), and the win's words open at its verb. Winner nouns said otherwise ("victor", "champion") and
the Oscars' name with its noun spun ("Academy Accolades") are read too. Sentences are written
for these tests; the facts are the default KB's."""
from __future__ import annotations

import pytest
import reelcheck


def awards(text, kb):
    return [(c.text, c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category in ("award", "count")]


def test_the_main_clause_is_not_read_at_the_descriptions_show(default_kb):
    got = awards("Parasite, the 2019 Palme d'Or winner, went on to win Best Picture.",
                 default_kb)
    assert [v for _t, v, _e in got] == ["supported", "supported"], got
    assert "92nd Academy Awards" in got[1][2]


def test_a_false_main_clause_is_left_open_not_refuted(default_kb):
    got = awards("Parasite, the 2019 Palme d'Or winner, went on to win Best Actress.",
                 default_kb)
    assert [v for _t, v, _e in got] == ["supported", "not_enough_info"], got


@pytest.mark.parametrize("text,verdict", [
    ("Anora, the Palme d'Or victor of 2022, is back in cinemas.", "refuted"),
    ("Anora, the 2024 Palme d'Or champion, is back in cinemas.", "supported"),
    ("Anora, which took home six Academy Accolades, is back in cinemas.", "refuted"),
    ("Anora, which took home five Academy Honours, is back in cinemas.", "supported"),
])
def test_spun_winner_nouns_and_show_names(text, verdict, default_kb):
    got = awards(text, default_kb)
    assert [v for _t, v, _e in got] == [verdict], got
