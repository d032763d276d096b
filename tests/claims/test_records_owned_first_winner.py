""""X was Nolan's first Best Picture winner": an ordinal on a holder noun its owner possesses
counts the owner's winners, not the category's editions; it is no claim that X won at the
category's first edition (which, with the show named elsewhere in the sentence, was refuted).
"The first Best Picture winner", with no owner, still is the first edition's.

Sentences written for these tests; the facts are the default KB's (Oppenheimer won Best
Picture at the 96th Academy Awards, seven Oscars in all; Wings won at the 1st)."""
from __future__ import annotations

import reelcheck


def _verdicts(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims]


def test_an_owners_first_winner_is_not_the_first_edition(default_kb):
    got = _verdicts("Oppenheimer, which won seven Academy Awards, was Christopher Nolan's "
                    "first Best Picture winner.", default_kb)
    assert "refuted" not in got, got
    assert "refuted" not in _verdicts("At the Oscars, Moonlight was A24's first Best Picture "
                                      "winner.", default_kb)


def test_the_first_winner_with_no_owner_is_the_first_editions(default_kb):
    assert _verdicts("Wings was the first Best Picture winner.", default_kb) == ["supported"]
