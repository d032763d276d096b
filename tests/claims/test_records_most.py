"""A superlative over one edition's nominations ("the most-nominated film of the 96th Academy
Awards"): the film's nominations there against every other film's, from the KB's complete
Oscar lists. Refuted only when the edition is named; never for a film the KB lacks, a part of
the top ("one of", "the second", "after X", a plural head) or a span beyond one edition ("in
Oscar history"). Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def records(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.slots.get("kind") == "record"]


def verdicts(text, kb):
    return [c.verdict for c in records(text, kb)]


def test_the_most_nominated_film_of_a_named_edition(default_kb):
    got = records("Oppenheimer was the most nominated picture at the 96th Academy Awards.",
                  default_kb)
    assert [(c.slots["achievement"], c.verdict) for c in got] == [
        ("most_nominations", "supported")]
    assert "13" in got[0].explanation
    assert verdicts("Emilia Pérez went into the night as the most-nominated movie at the 97th "
                    "Oscars.", default_kb) == ["supported"]


def test_a_film_outnumbered_at_the_named_edition_is_refuted(default_kb):
    got = records("The Brutalist was the most-nominated movie at the 97th Oscars.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "Emilia Pérez" in got[0].explanation
    assert verdicts("Anora, the most-nominated title of the 97th Academy Awards, won five "
                    "Oscars.", default_kb) == ["refuted"]


def test_no_edition_named_takes_the_films_own_and_only_supports(default_kb):
    assert verdicts("All About Eve, with 14 Oscar nominations, was the most-nominated film of "
                    "its year.", default_kb) == ["supported"]
    # the edition is named only in another clause: the film's own edition, which does not
    # hold, and no refute without the edition in the record's own words
    assert verdicts("Poor Things, which won four prizes at the 96th Academy Awards, was the "
                    "most-nominated film of its year.", default_kb) == ["not_enough_info"]


def test_a_part_of_the_top_or_a_span_beyond_one_edition_makes_no_record(default_kb):
    for text in ("Anora was one of the most-nominated films at the 97th Academy Awards.",
                 "The Brutalist and Emilia Pérez were the most-nominated films at the 97th "
                 "Academy Awards.",
                 "Poor Things was the second most-nominated film at the 96th Academy Awards.",
                 "Poor Things, the most nominated film of the 96th Oscars after Oppenheimer, "
                 "won four."):
        assert verdicts(text, default_kb) == [], text
    # "ever" is the whole record too: Titanic's 14 ties All About Eve's, no record of its own
    assert verdicts("Titanic remains the most nominated film ever.", default_kb) == [
        "not_enough_info"]
    # a span beyond one edition is judged over every edition up to the writing, which the
    # complete record holds (tests/verify/test_records_most_nominations_all_time.py)
    assert verdicts("Oppenheimer is the most-nominated film in Oscar history.",
                    default_kb) == ["refuted"]


def test_a_film_the_kb_lacks_is_never_refuted(default_kb):
    got = reelcheck.check("Glass Harbor, the most-nominated film at the 96th Academy Awards, "
                          "went home empty-handed.", kb=default_kb).claims
    assert all(c.verdict != "refuted" for c in got)
    assert not any(c.slots.get("achievement") == "most_nominations" for c in got)


def test_most_in_a_tied_records_phrase_says_the_records_count(default_kb):
    # "tied X's record for (the) most Oscars in one night": "most" stands for the four
    got = records("Sean Baker tied Walt Disney's record for most Oscars won in one night.",
                  default_kb)
    assert {(c.subject.id, c.slots["achievement"], c.verdict) for c in got} == {
        ("sean-baker", "four_oscars_one_night", "supported"),
        ("walt-disney", "four_oscars_one_night", "supported")}
    got = records("Martin Scorsese tied Walt Disney's record for the most Oscars in a single "
                  "night.", default_kb)
    assert [c.verdict for c in got if c.subject.id == "martin-scorsese"] == ["refuted"]
    # no night: another record, which the KB keeps no list of
    assert records("Sean Baker tied Walt Disney's record for most Oscars won in a career.",
                   default_kb) == []
    # a holder the KB lacks is never refuted
    assert all(c.verdict != "refuted" for c in records(
        "Kolya Brandt tied Walt Disney's record for most Oscars won in one night.", default_kb))


def test_most_on_a_counted_noun_is_the_editions_top(default_kb):
    # "received the most nominations (won the most Oscars) at <edition>": the verb's own
    # prepositional phrase names the edition
    assert verdicts("Oppenheimer received the most Oscar nominations at the 96th Academy "
                    "Awards.", default_kb) == ["supported"]
    assert verdicts("Poor Things collected the most nominations at the 96th Academy Awards.",
                    default_kb) == ["refuted"]
    # the edition named in a relative clause of the subject does not bind to the record
    assert verdicts("Poor Things, which lost Best Picture at the 96th Academy Awards, "
                    "collected the most nominations.", default_kb) == ["not_enough_info"]
    # a class or an owner narrows the top: no record of the edition
    for text in ("Flow was the most-nominated animated film at the 97th Academy Awards.",
                 "Flow collected the most nominations of any animated film at the 97th "
                 "Academy Awards.",
                 "Anora collected the most acting nominations at the 97th Academy Awards.",
                 "Poor Things collected the most nominations after Oppenheimer at the 96th "
                 "Academy Awards."):
        assert verdicts(text, default_kb) == [], text
    # the edition's own owner does not narrow it
    assert verdicts("Emilia Pérez was the night's most-nominated film at the 97th Academy "
                    "Awards.", default_kb) == ["supported"]


def test_the_record_for_most_is_not_one_editions_top(default_kb):
    # "the record for most nominations" is the all-time record (14), not the most at one
    # ceremony: Oppenheimer's 13 led its own night but tied no record (a tie is judged as the
    # all-time record's: refuted, never read as the night's top)
    got = [(c.verdict, c.slots.get("all_time")) for c in reelcheck.check(
        "Oppenheimer tied the record for most nominations with 13.", kb=default_kb).claims
        if c.slots.get("achievement") == "most_nominations"]
    assert got == [("refuted", True)], got
    text = "Oppenheimer broke the record for most nominations."
    assert all(c.slots.get("achievement") != "most_nominations"
               for c in reelcheck.check(text, kb=default_kb).claims), text
    # the night's top, said as such, is still read
    assert verdicts("Oppenheimer received the most Oscar nominations at the 96th Academy "
                    "Awards.", default_kb) == ["supported"]
