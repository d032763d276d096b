"""A record over a complete list: "the only two" is a count the list must match, and a "since"
bound the KB cannot place in time leaves an "only" open rather than refuted. Sentences are
written for these tests; the facts are the default KB's record list."""
from __future__ import annotations

import reelcheck


def records(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.slots.get("kind") == "record"]


def test_the_only_two_is_a_count_of_the_holders(default_kb):
    got = records("Sean Baker and Walt Disney are the only two people to win four Oscars in "
                  "one night.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    got = records("Sean Baker and Walt Disney are the only three people to win four Oscars in "
                  "one night.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "2, not 3" in got[0].explanation


def test_an_only_bounded_by_an_era_the_kb_cannot_date_is_left_open(default_kb):
    got = records("Since the studio era ended, Parasite is the only film to win both the Palme "
                  "d'Or and Best Picture.", default_kb)
    assert got and all(c.verdict == "not_enough_info" for c in got)
    got = records("Parasite is the only film to win both the Palme d'Or and Best Picture.",
                  default_kb)
    assert [c.verdict for c in got] == ["refuted"]


def test_the_only_people_counts_the_holders_the_sentence_names(default_kb):
    import reelcheck
    recs = [c for c in reelcheck.check(
        "Sean Baker joined Walt Disney as the only people to win four Oscars in one night.",
        kb=default_kb).claims if c.category == "record"]
    assert [c.verdict for c in recs] == ["supported"] and recs[0].slots["only_count"] == 2
    # one holder named, the other not one the KB can tell: no count, so no refute
    recs = [c for c in reelcheck.check(
        "Baker joined Walt Disney as the only people to win four Oscars in one night.",
        kb=default_kb).claims if c.category == "record"]
    assert all(c.verdict != "refuted" for c in recs)
