"""An age at a festival edition, which runs for days: the KB holds its first and last day, and
a birthday inside the run makes the age at its opening and at its close differ. The sentence
may mean any day of the run (a premiere, a prize night), so such an age is decided only where
every day of the run gives it. Sentences written for this test; the default KB holds Darya
Ekamasova's birth (May 20, 1984), Sean Baker's (February 26, 1971) and the 77th Cannes Film
Festival's run (May 14 to May 25, 2024)."""
from __future__ import annotations

import reelcheck


def _age(text, kb):
    got = [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "age"]
    assert len(got) == 1, got
    return got[0]


def test_a_birthday_inside_the_run_leaves_both_ages_open(default_kb):
    # she turned 40 the day before Anora's premiere there (May 21): true, never refuted
    assert _age("Darya Ekamasova was 40 when Anora premiered at Cannes.",
                default_kb).verdict == "not_enough_info"
    assert _age("Darya Ekamasova was 39 when Anora premiered at Cannes.",
                default_kb).verdict == "not_enough_info"
    assert _age("At 40, Darya Ekamasova walked the red carpet at the 77th Cannes Film "
                "Festival.", default_kb).verdict != "refuted"


def test_an_age_no_day_of_the_run_gives_is_refuted(default_kb):
    c = _age("Darya Ekamasova was 45 when Anora premiered at Cannes.", default_kb)
    assert c.verdict == "refuted"
    assert "39 or 40" in c.explanation and "May 25, 2024" in c.explanation


def test_an_age_the_whole_run_gives_is_decided(default_kb):
    assert _age("Sean Baker was 53 when Anora premiered at Cannes.",
                default_kb).verdict == "supported"
    assert _age("Sean Baker was 55 when Anora premiered at Cannes.",
                default_kb).verdict == "refuted"
