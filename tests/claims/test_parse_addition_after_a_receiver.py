"""An additive preposition after "won her the X" ("..., along with a BAFTA"): the parser hangs
the prize on the receiver "her" as its apposition, not as the verb's object; the added prize
is still one more of what was won, and checked (`claims/parse.py`, `_addition_as_conjunct`).
Sentences in the project's own words about facts the default KB holds."""
from award_claims import awards

LEAD = "Mikey Madison is the star of Anora. "


def test_the_added_prize_is_checked(default_kb):
    got = awards(LEAD + "Her turn won her the Academy Award for Best Actress, along with a BAFTA.",
                 default_kb)
    assert [(c.verdict, "BAFTA" in c.text) for c in got] == [("supported", False),
                                                             ("supported", True)], got


def test_an_added_prize_she_did_not_win_is_not_supported(default_kb):
    got = awards(LEAD + "Her turn won her the Academy Award for Best Actress, along with the "
                 "Golden Globe.", default_kb)
    assert not [c for c in got if "Golden Globe" in c.text and c.verdict == "supported"], \
        [(c.text, c.verdict) for c in got]
