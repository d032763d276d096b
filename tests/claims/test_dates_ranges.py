"""A festival's run written as a range of days: "May 14-25, 2024", "from 14 to 25 May 2024",
"14–25 May", "May 14 to May 25". The first day starts the run, the last ends it, each checked
against the edition's start and end dates; a range said of anything but a festival edition is
no claim. Sentences are written for these tests; the facts are the default KB's (the 77th Cannes
Film Festival ran May 14-25, 2024)."""
from __future__ import annotations

import reelcheck


def runs(text, kb):
    return sorted(((c.predicate, c.subject.id, c.verdict)
                   for c in reelcheck.check(text, kb=kb).claims
                   if c.predicate in ("start_date", "end_date")), key=lambda x: x[0] != "start_date")


ED = "77th-cannes-film-festival"


def test_a_hyphenated_range_with_the_year_after_it(default_kb):
    assert runs("The 77th Cannes Film Festival ran May 14-25, 2024.", default_kb) == [
        ("start_date", ED, "supported"), ("end_date", ED, "supported")]
    # one day off at each end: both refuted
    assert runs("The 77th Cannes Film Festival took place May 15-26, 2024.", default_kb) == [
        ("start_date", ED, "refuted"), ("end_date", ED, "refuted")]


def test_a_range_in_british_order_with_to_or_a_dash(default_kb):
    # the two days of one span of words are one claim: wrong at its start, right at its end
    got = [c for c in reelcheck.check("The 77th Cannes Film Festival ran from 13 to 25 May "
                                      "2024.", kb=default_kb).claims if c.category == "date"]
    assert [(c.subject.id, c.verdict) for c in got] == [(ED, "refuted")]
    assert "not May 13, 2024" in got[0].explanation and "ended on Saturday, May 25" in \
        got[0].explanation
    assert runs("The 77th Cannes Film Festival (14\u201325 May 2024) crowned Anora.",
                default_kb) == [("start_date", ED, "supported"), ("end_date", ED, "supported")]


def test_a_range_in_a_relative_clause_and_in_brackets_after_the_festival(default_kb):
    got = [c for c in reelcheck.check("The 77th Cannes Film Festival, which ran May 14-27, "
                                      "2024, handed Anora its top award.", kb=default_kb).claims
           if c.category == "date"]
    assert [(c.subject.id, c.verdict) for c in got] == [(ED, "refuted")]
    assert "not May 27, 2024" in got[0].explanation and "began on Tuesday, May 14" in \
        got[0].explanation
    got = runs("The 77th Cannes Film Festival (May 14\u201325, 2024) gave the Palme d'Or to "
               "Anora.", default_kb)
    assert got == [("start_date", ED, "supported"), ("end_date", ED, "supported")]


def test_a_range_that_dates_both_ends_leaves_the_award_claim_nothing_unchecked(default_kb):
    claims = reelcheck.check("Cannes 2024 (May 14-25) gave Anora its top prize.",
                             kb=default_kb).claims
    award = [c for c in claims if c.category == "award"]
    assert award and award[0].verdict == "supported", [(c.text, c.verdict) for c in award]


def test_a_range_of_something_else_is_no_run_of_a_festival(default_kb):
    # a shoot, a screening, a festival the KB lacks: no start or end date of an edition
    assert runs("Principal photography ran from 3 to 28 May 2023.", default_kb) == []
    assert runs("Anora screened for critics May 15-17, 2024.", default_kb) == []
    assert runs("The Harbourlight Film Festival ran May 15-26, 2024.", default_kb) == []
