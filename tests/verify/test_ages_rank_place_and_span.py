"""Age ranks with a place or a span: "the second-youngest Best Actress winner", "the 4th
youngest woman to win the Oscar for Best Actress" (verify/ages.py `_nth_age_rank`: those surely
younger up to the win put the place after them; the place is decided where every winner's age
is known), and "the youngest Best Actress Oscar winner in over a decade" (`_span_age_rank`: no
one younger within the span, the last who was about that far back; a younger winner well
inside the span refutes it). Before, the place was left unread and the span ignored, so a
true "youngest in over a decade" was refuted as "youngest ever". Sentences are written for
these tests; the facts are the default KB's Oscar record and birth dates."""
from __future__ import annotations

import reelcheck


def _award(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_a_place_among_the_youngest_winners_is_checked(default_kb):
    ok = ("Jennifer Lawrence became the second-youngest woman to win the Oscar for Best "
          "Actress, edging out Janet Gaynor's mark by about a month.")
    assert _award(ok, default_kb) == ["supported"]
    for text in ("Jennifer Lawrence became the third-youngest woman to win the Oscar for Best "
                 "Actress.",
                 "Audrey Hepburn became the fourth youngest woman to win the Oscar for Best "
                 "Actress."):
        assert _award(text, default_kb) == ["refuted"], text


def test_a_place_the_birth_records_leave_open_is_not_decided(default_kb):
    # one earlier winner's birth year is disputed: ninth or tenth, the KB cannot say which
    for text in ("Mikey Madison became the tenth-youngest woman to win the Oscar for Best "
                 "Actress.",
                 "Mikey Madison became the ninth-youngest woman to win the Oscar for Best "
                 "Actress."):
        assert _award(text, default_kb) == ["not_enough_info"], text


def test_youngest_in_a_span_of_years(default_kb):
    for text in ("Mikey Madison became the youngest Best Actress Oscar winner in over a decade.",
                 "Jennifer Lawrence became the youngest Best Actress Oscar winner in over two "
                 "decades.",
                 "Mikey Madison became the youngest Best Actress Oscar winner in more than a "
                 "decade."):
        assert _award(text, default_kb) == ["supported"], text
    for text in ("Mikey Madison became the youngest Best Actress Oscar winner in over two "
                 "decades.",
                 "Brie Larson became the youngest Best Actress Oscar winner in over a decade."):
        assert _award(text, default_kb) == ["refuted"], text
    # a span that does not fit the last younger winner stays open
    assert _award("Mikey Madison became the youngest Best Actress Oscar winner in five years.",
                  default_kb) == ["not_enough_info"]
