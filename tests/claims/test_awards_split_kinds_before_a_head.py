""""Best musical or comedy film", "best musical or comedy actress": two kinds of film a show
splits a category by, followed by the category's head, are one category phrase (the Globes'
"Best Motion Picture - Musical or Comedy", "Best Actress in a Motion Picture - Musical or
Comedy"), not "best musical" left unread beside "comedy film". Sentences are written for these
tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "award"]


def test_kinds_before_the_picture_head_name_the_split_picture_prize(default_kb):
    got = awards("Emilia Perez won the Golden Globe for best musical or comedy film.", default_kb)
    assert [v for v, _ in got] == ["supported"], got
    got = awards("Anora was named best musical or comedy picture at the Globes.", default_kb)
    assert [v for v, _ in got] == ["refuted"], got
    assert "lost to Emilia Perez" in got[0][1]


def test_kinds_before_an_acting_head_name_the_split_acting_prize(default_kb):
    got = awards("Demi Moore won the Golden Globe for best musical or comedy actress.",
                 default_kb)
    assert [v for v, _ in got] == ["supported"], got
    got = awards("Mikey Madison won the Golden Globe for best musical or comedy actress.",
                 default_kb)
    assert [v for v, _ in got] == ["refuted"], got
