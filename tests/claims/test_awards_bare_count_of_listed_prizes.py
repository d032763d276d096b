"""Bare counts and the subject an opening phrase's aside hides.

- "nominated for A, B and C ... and won three (all three)": with no counted noun before it, a
  bare count no larger than the prizes the sentence lists by name may count out of that list;
  read as the whole record's total, a true sentence was refuted. A larger count ("and took
  five in all") is still the total.
- "won all three": "all" before a bare count leaves it a count ("with just three nominations,
  won all three" had been left unchecked).
- "At the 94th Academy Awards, CODA, with ..., won ...": the parser hangs the name set off after
  the opening phrase on that phrase's noun and leaves the verb without a subject; no claim
  was made.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _claims(text, kb):
    return reelcheck.check(text, kb=kb).claims


def _counts(text, kb):
    return [c for c in _claims(text, kb) if c.category == "count"
            and c.slots.get("polarity") == "won"]


def test_a_bare_count_after_a_list_of_named_prizes_is_no_total(default_kb):
    for n in ("three", "all three", "two"):
        text = (f"Oppenheimer, up for best picture, best director and best actor at the 96th "
                f"Academy Awards, won {n}.")
        got = _claims(text, default_kb)
        assert "refuted" not in [c.verdict for c in got], (n, [(c.text, c.explanation)
                                                               for c in got])
    # a count beyond the list is the total, checked as before
    ok = "Anora took best picture and best director at the 97th Academy Awards, five in all."
    wrong = "Anora took best picture and best director at the 97th Academy Awards and won six."
    assert [c.verdict for c in _counts(wrong, default_kb)] == ["refuted"]
    assert "refuted" not in [c.verdict for c in _claims(ok, default_kb)]


def test_all_before_a_bare_count(default_kb):
    ok = "CODA came into the 94th Academy Awards with three nominations and won all three."
    assert [c.verdict for c in _counts(ok, default_kb)] == ["supported"]
    wrong = "Dune came into the 94th Academy Awards with ten nominations and won all ten."
    assert [c.verdict for c in _counts(wrong, default_kb)] == ["refuted"]


def test_the_name_set_off_after_an_opening_phrase_is_the_subject(default_kb):
    ok = "At the 94th Academy Awards, CODA, with a largely deaf cast, won best picture."
    got = [c for c in _claims(ok, default_kb) if c.category == "award"]
    assert [c.verdict for c in got] == ["supported"]
    wrong = "At the 94th Academy Awards, CODA, with a largely deaf cast, won best director."
    got = [c for c in _claims(wrong, default_kb) if c.category == "award"]
    assert [c.verdict for c in got] == ["refuted"]


def test_a_count_of_prizes_another_subject_took_home(default_kb):
    # "one of seven Oscars the movie took home": the movie's seven, not the directors'
    for text in ("The movie's two directors, Daniel Kwan and Daniel Scheinert, shared best "
                 "director, one of seven Oscars the movie took home that night.",
                 "Daniel Kwan and Daniel Scheinert shared best director at the 95th Academy "
                 "Awards, one of seven Oscars that Everything Everywhere All at Once won."):
        got = _claims(text, default_kb)
        assert "refuted" not in [c.verdict for c in got], [(c.text, c.explanation)
                                                           for c in got]
    # said with a pronoun, the count is the subject's own, and checked
    wrong = ("Parasite took best director at the 92nd Academy Awards, one of five Oscars it "
             "took home that night.")
    assert "refuted" in [c.verdict for c in _claims(wrong, default_kb)]


def test_the_pool_of_a_part_is_no_tally(default_kb):
    # "three of the four acting prizes": four is the night's set of acting categories
    text = ("Everything Everywhere All at Once dominated the 95th Academy Awards, winning "
            "seven, including best picture and three of the four acting prizes.")
    got = _claims(text, default_kb)
    assert "refuted" not in [c.verdict for c in got], [(c.text, c.explanation) for c in got]
    wrong = ("At the 95th Academy Awards, Everything Everywhere All at Once won seven, "
             "including two of the four acting prizes.")
    assert "refuted" in [c.verdict for c in _claims(wrong, default_kb)]
