"""'Won seven Oscars, including Best Actress for Michelle Yeoh and Best Supporting Actor for Ke
Huy Quan': every category the list holds is an item wherever the parser hung it, and each
item's own "for" phrase names its winner, a slot its verdict must account for
(claims/awards/, _item_winner; verify/awards.py, _item_winner). Sentences are written for
these tests; the facts are the default KB's Oscar record."""
from __future__ import annotations

import reelcheck

HEAD = "Everything Everywhere All at Once won seven Oscars, including "


def _items(text, kb):
    return [(c.verdict, c.text, c.explanation) for c in reelcheck.check(HEAD + text,
                                                                        kb=kb).claims[1:]]


def test_both_items_and_their_winners_are_checked(default_kb):
    got = _items("Best Actress for Michelle Yeoh and Best Supporting Actor for Ke Huy Quan.",
                 default_kb)
    assert [(v, t) for v, t, _e in got] == [
        ("supported", "Best Actress for Michelle Yeoh"),
        ("supported", "Best Supporting Actor for Ke Huy Quan")], got


def test_an_item_credited_to_the_wrong_person_is_refuted(default_kb):
    got = _items("Best Actress for Jamie Lee Curtis.", default_kb)
    assert [v for v, _t, _e in got] == ["refuted"], got
    assert "Michelle Yeoh" in got[0][2]


def test_the_second_item_credited_to_the_wrong_person_is_refuted(default_kb):
    got = _items("Best Actress for Michelle Yeoh and Best Supporting Actor for Brendan Fraser.",
                 default_kb)
    assert [v for v, _t, _e in got] == ["supported", "refuted"], got


def test_one_included_prize_reads_its_own_for_person(default_kb):
    # a single prize under "including" is an item of the counted wins all the same: its own
    # "for" phrase names its winner, a slot of the item
    text = ("The Brutalist won three awards at the 97th Academy Awards, including Best "
            "Cinematography for {}.")
    got = [c for c in reelcheck.check(text.format("Lol Crawley"), kb=default_kb).claims
           if c.category == "award"]
    assert [(c.text, c.verdict) for c in got] == [
        ("Best Cinematography for Lol Crawley", "supported")], [(c.text, c.explanation) for c in got]
    got = [c for c in reelcheck.check(text.format("Roger Deakins"), kb=default_kb).claims
           if c.category == "award"]
    assert [c.verdict for c in got] == ["refuted"] and "Lol Crawley" in got[0].explanation, \
        [(c.text, c.explanation) for c in got]
