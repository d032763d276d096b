"""'..., his first Oscar in 17 years', '..., his first win since Milk', '... since 2003': an owner's
"first" bound by a span or a "since" phrase ends a gap; it does not say the prize was the
holder's first. Read as the career's first, a true sentence about a third Oscar was refuted. The
gap is measured back to the holder's prize before (records `spans`, `since`): a wrong span or a
bound with a prize after it is refuted where the holder's record of the show is complete.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _nth(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "nth_prize"]


def _verdicts(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims]


def test_first_oscar_in_a_span_is_no_career_first(default_kb):
    # Penn's supporting actor win in 2026 came 17 years after Milk (2009)
    text = ("Sean Penn collected best supporting actor at the 98th Academy Awards. "
            "That made it his first Oscar in 17 years.")
    assert "refuted" not in _verdicts(text, default_kb)
    assert [c.verdict for c in _nth(text, default_kb)] == ["supported"]


def test_a_wrong_span_is_refuted(default_kb):
    text = ("Sean Penn collected best supporting actor at the 98th Academy Awards. "
            "That made it his first Oscar in 11 years.")
    got = _nth(text, default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    # refuted for the span, with the prize before named, not as a career's first
    assert got[0].slots.get("gap") == {"years": 11, "how": None}
    assert "17 years after" in got[0].explanation and "Milk" in got[0].explanation


def test_a_span_said_as_more_than(default_kb):
    text = ("Adrien Brody picked up best actor for The Brutalist at the 97th Academy Awards, "
            "his first Oscar in more than two decades.")
    assert [c.verdict for c in _nth(text, default_kb)] == ["supported"]
    assert "refuted" not in _verdicts(text, default_kb)


def test_since_a_year_and_since_a_film(default_kb):
    ok = ("At the 97th Academy Awards Adrien Brody took best actor for The Brutalist, "
          "his first Oscar since 2003.")
    assert [c.verdict for c in _nth(ok, default_kb)] == ["supported"]
    assert "refuted" not in _verdicts(ok, default_kb)
    film = ("Sean Penn was named best supporting actor at the 98th Academy Awards, his first "
            "Oscar since Milk.")
    assert [c.verdict for c in _nth(film, default_kb)] == ["supported"]
    # Milk's win came after Mystic River's: not the first since Mystic River
    wrong = ("Sean Penn was named best supporting actor at the 98th Academy Awards, his first "
             "Oscar since Mystic River.")
    assert [c.verdict for c in _nth(wrong, default_kb)] == ["refuted"]
    # no bound: the career's first, refuted as before
    plain = "Sean Penn won best supporting actor at the 98th Academy Awards, his first Oscar."
    assert [c.verdict for c in _nth(plain, default_kb)] == ["refuted"]
    assert not _nth(plain, default_kb)[0].slots.get("gap")
