"""A date on a description of a ceremony ("the March 14 ceremony") with the edition's name
set beside it ("..., the 96th Academy Awards") dates that named edition: a wrong day is
refuted, a right one supported. Without a name beside it the description stays a reading of
the passage's edition (support only). Sentences written for these tests; facts from the
default KB (the 89th and 96th Academy Awards)."""
from __future__ import annotations

import reelcheck


def dates(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "ceremony_date"]


def test_a_wrong_day_on_the_described_ceremony_is_refuted(default_kb):
    got = dates("Poor Things collected four prizes at the March 14 gala, the 96th Academy "
                "Awards.", default_kb)
    assert [(c.subject.id, c.verdict) for c in got] == [("96th-academy-awards", "refuted")]


def test_the_right_day_is_supported(default_kb):
    got = dates("Nolan finally won at the March 10 ceremony, the 96th Academy Awards.",
                default_kb)
    assert [c.verdict for c in got] == ["supported"]


def test_a_description_with_no_name_beside_it_is_never_refuted(default_kb):
    text = ("Moonlight won best picture at the 89th Academy Awards.\n\n"
            "The March 3 ceremony ran long.")
    assert all(c.verdict != "refuted" for c in dates(text, default_kb))
