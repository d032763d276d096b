"""A release date said for the second of two markets, each in its own phrase, is that market's;
and a day said of several markets at once is supported only by one of theirs. Sentences are
written for these tests; the facts are the default KB's (Anora: France October 30, Germany
October 31, the United Kingdom November 1, 2024)."""
from __future__ import annotations

import reelcheck


def releases(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [c for c in r.claims if c.predicate == "release_date"]


def test_the_second_phrase_dates_its_own_market(default_kb):
    got = releases("Anora reached screens in Britain on November 1, 2024 and in Germany on "
                   "October 30, 2024.", default_kb)
    assert [(c.slots.get("country"), c.verdict) for c in got] == [
        ("united-kingdom", "supported"), ("germany", "refuted")]


def test_a_day_of_a_market_not_named_does_not_support(default_kb):
    got = releases("Anora reached screens in Britain and in Germany in the same week, the "
                   "first of them on October 30, 2024.", default_kb)
    assert not [c for c in got if c.verdict == "supported"]


def test_a_list_of_markets_still_supports_the_first_market_s_day(default_kb):
    # the US day is disputed between sources; the one most give still supports, as it does
    # for a market said alone
    got = releases("Anora reached screens in America on October 18, 2024, in France on "
                   "October 30, 2024 and in Britain on November 1, 2024.", default_kb)
    assert [c.verdict for c in got] == ["supported"] * 3
