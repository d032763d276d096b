"""An edition fronted before a main verb that tells no prize ("At the 70th Academy Awards,
Titanic tied a record and X won Best Actor") sets the scene for the award clause joined to
it: the win is checked at that edition, not supported by a win at another one (claims/awards/
times.py `_fronted_on_another_verb`). A joined clause that tells a time of its own ("and
eighteen years later X won", "X later won") keeps it. Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def verdicts(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [c.verdict for c in r.claims if c.slots.get("kind") == "award"]


def test_the_fronted_edition_is_the_joined_clauses(default_kb):
    assert verdicts("At the 70th Academy Awards, Titanic tied a record and Leonardo DiCaprio "
                    "won the Academy Award for Best Actor.", default_kb) == ["refuted"]
    assert verdicts("At the 70th Academy Awards, Titanic tied a record and Jack Nicholson won "
                    "the Academy Award for Best Actor.", default_kb) == ["supported"]
    assert verdicts("At the 97th Academy Awards, the show ran long and Demi Moore won the Oscar "
                    "for Best Actress.", default_kb) == ["refuted"]
    assert verdicts("At the 97th Academy Awards, the show ran long and Mikey Madison won the "
                    "Oscar for Best Actress.", default_kb) == ["supported"]


def test_a_joined_clause_with_a_time_of_its_own_keeps_it(default_kb):
    assert "refuted" not in verdicts(
        "At the 70th Academy Awards, Titanic tied a record, and eighteen years later Leonardo "
        "DiCaprio won the Academy Award for Best Actor.", default_kb)
    assert "refuted" not in verdicts(
        "At the 70th Academy Awards, Titanic tied a record, and Leonardo DiCaprio later won "
        "the Academy Award for Best Actor.", default_kb)


def test_an_earlier_win_in_a_relative_clause_is_not_of_the_fronted_edition(default_kb):
    # "who had won before": her earlier win, not the 96th's (she won Best Actress there for
    # Poor Things, and at the 89th for La La Land)
    assert "refuted" not in verdicts(
        "At the 96th Academy Awards, Oppenheimer dominated the night, and Emma Stone, who had "
        "won before for La La Land, won Best Actress.", default_kb)
