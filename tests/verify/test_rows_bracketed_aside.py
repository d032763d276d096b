"""'Sean Baker (born 1973) won Best Director for Anora at the 97th': the bracket is an aside,
a statement of its own. Its claim sits inside the award claim's words, and the rows merge
(verify/__init__.py `_merge_groups`) folded the two into one refuted row whose true half
read as wrong; a claim whose words end with a bracket they open (`_bracketed_aside`) now
stays a row of its own. Sentences are written for these tests; the facts are the default
KB's."""
from __future__ import annotations

import reelcheck


def _rows(text, kb):
    return [(c.category, c.verdict) for c in reelcheck.check(text, kb=kb).claims]


def test_a_wrong_birth_year_in_brackets_leaves_the_win_standing(default_kb):
    assert _rows("Sean Baker (born 1973) won Best Director for Anora at the 97th Academy Awards.",
                 default_kb) == [("date", "refuted"), ("award", "supported")]


def test_a_wrong_edition_leaves_the_bracketed_birth_standing(default_kb):
    assert _rows("Sean Baker (born 1971) won Best Director for Anora at the 96th Academy Awards.",
                 default_kb) == [("date", "supported"), ("award", "refuted")]
