"""An undated box-office total is read as of the latest show the piece's other claims are
about, but never a show from before the film existed ("the first film since Parasite to ..."
names the 92nd Academy Awards in a piece about Anora). A listicle of our own."""
from __future__ import annotations

import reelcheck

LIST = ("Anora made Oscars history: it was the first film since Parasite to win both the "
        "Palme d'Or and Best Picture.\n\nIt was a box-office hit. Anora earned over $50 "
        "million worldwide.")


def test_no_older_show_dates_the_total(default_kb):
    money = [c for c in reelcheck.check(LIST, kb=default_kb).claims if c.category == "money"]
    assert len(money) == 1
    assert "92nd" not in money[0].explanation, money[0].explanation
    assert money[0].verdict != "refuted"
