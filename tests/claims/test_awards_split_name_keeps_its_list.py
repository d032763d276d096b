"""'A and Da'Vine Joy Randolph won ...': the parser splits a name with an apostrophe, makes its
first word a conjunct of the name before it and its last the verb's subject, so the list
was lost and only the last winner read. The names before such a split name, of its kind,
fill the role too (claims/frames.py `_split_name_list`). Sentences are written for these
tests; the facts are the default KB's Oscar record."""
from __future__ import annotations

from tests.helpers.award_claims import awards


def test_the_name_before_a_split_name_is_a_winner_too(default_kb):
    got = awards("Cillian Murphy and Da'Vine Joy Randolph took the acting prizes at the 96th "
                 "Academy Awards.", default_kb)
    said = " ".join(c.explanation for c in got)
    assert "Cillian Murphy won" in said and "Randolph won" in said, said
    assert [c.verdict for c in got] == ["supported"], said


def test_a_wrong_name_in_the_list_is_not_supported(default_kb):
    got = awards("Ryan Gosling and Da'Vine Joy Randolph took the supporting prizes at the 96th "
                 "Academy Awards.", default_kb)
    said = " ".join(c.explanation for c in got)
    assert got and "supported" not in [c.verdict for c in got], said
