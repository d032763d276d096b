"""'..., with Best Actress going to its lead, Mikey Madison': the name set off right after a
common noun that stands for the winner is who the noun is, also where the parser hung the
name in apposition to a noun earlier in the sentence (claims/frames.py `_through_light`).
Before, the noun ("its lead") was the winner and no claim was made. Sentences are written
for these tests; the facts are the default KB's Oscar record."""
from __future__ import annotations

from tests.helpers.award_claims import awards


def test_the_name_after_the_noun_is_the_winner(default_kb):
    got = awards("At the 97th Academy Awards, Anora added a fifth Oscar, with Best Actress "
                 "going to its lead, Mikey Madison.", default_kb)
    assert [(c.verdict, c.slots.get("subject")) for c in got] == [
        ("supported", "mikey-madison")], [(c.text, c.explanation) for c in got]


def test_a_wrong_name_after_the_noun_is_refuted(default_kb):
    got = awards("At the 97th Academy Awards, Anora added a fifth Oscar, with Best Actress "
                 "going to its lead, Demi Moore.", default_kb)
    assert [(c.verdict, c.slots.get("subject")) for c in got] == [
        ("refuted", "demi-moore")], [(c.text, c.explanation) for c in got]
