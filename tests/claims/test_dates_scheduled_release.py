"""A release said as a plan -- an event noun under "for" on a scheduling verb ("is set for an
October 18 release", "slated for a UK release on November 1"; lexicon `dates.schedule`) -- is
the subject's planned release: the day it happened supports it, another day leaves it open
(plans move), and the scheduling "set" says no place the story is set in. Sentences written for
these tests about Anora's releases (US October 18, UK November 1, 2024)."""
from __future__ import annotations

import reelcheck


def _claims(text, kb):
    return [(c.category, c.verdict) for c in reelcheck.check(text, kb=kb).claims]


def test_a_release_set_for_its_day_is_supported(default_kb):
    assert _claims("Anora is set for an October 18 release from Neon.",
                   default_kb) == [("date", "supported")]
    assert _claims("Anora is slated for a UK release on November 1.",
                   default_kb) == [("date", "supported")]


def test_a_planned_release_on_another_day_is_not_refuted(default_kb):
    got = _claims("Anora is slated for a UK release on November 11.", default_kb)
    assert got and all(v == "not_enough_info" for _c, v in got)


def test_set_for_release_in_a_country_is_no_story_setting(default_kb):
    got = _claims("Anora is set for release on November 1, 2024 in the UK.", default_kb)
    assert ("date", "supported") in got
    assert all(c != "location" for c, _v in got)
