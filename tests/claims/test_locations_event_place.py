"""Where an event itself took place ("the 96th Academy Awards were held at the Dolby Theatre")
is a claim of its own about the event (`event_location`), judged against the venue the KB holds
for that edition: a place that holds the venue supports, a place outside it refutes, an edition
the KB has no venue for stays open. "The ceremony" borrows the edition the paragraph named and
never refutes. Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def placed(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "event_location"]


def verdicts(text, kb):
    return [c.verdict for c in placed(text, kb)]


def test_the_venue_and_the_places_that_hold_it_support(default_kb):
    for text in ("The 96th Academy Awards were held at the Dolby Theatre.",
                 "The 97th Academy Awards took place in Los Angeles.",
                 "The 95th Academy Awards were staged in Hollywood.",
                 "Everything Everywhere All at Once won Best Picture at the 95th Academy "
                 "Awards, which were held in California."):
        got = placed(text, default_kb)
        assert got and all(c.verdict == "supported" for c in got), (text, [
            (c.text, c.verdict, c.explanation) for c in got])
    # a film whose story takes place somewhere is no event
    got = reelcheck.check("Anora takes place in Las Vegas.", kb=default_kb).claims
    assert [c.predicate for c in got] == ["narrative_location"]


def test_a_place_outside_the_venue_refutes(default_kb):
    for text in ("The 96th Academy Awards were held in Beverly Hills.",
                 "The 97th Academy Awards took place in New York."):
        got = placed(text, default_kb)
        assert [c.verdict for c in got] == ["refuted"], (text, [
            (c.text, c.explanation) for c in got])
        assert "Dolby Theatre" in got[0].explanation


def test_an_edition_with_no_venue_in_the_kb_stays_open(default_kb):
    # (the 94th: the KB holds the venues of the 95th to the 98th only)
    assert verdicts("The 94th Academy Awards were held in Chicago.", default_kb) == [
        "not_enough_info"]


def test_the_ceremony_borrows_the_paragraphs_edition_and_only_supports(default_kb):
    won = "Oppenheimer won Best Picture at the 96th Academy Awards. "
    got = placed(won + "The ceremony was held in Los Angeles.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert got[0].subject.id == "96th-academy-awards"
    assert verdicts(won + "The ceremony was held in Chicago.", default_kb) == [
        "not_enough_info"]


def test_a_date_beside_a_refuted_place_is_not_supported(default_kb):
    got = reelcheck.check("The 96th Academy Awards were held in Chicago on March 10, 2024.",
                          kb=default_kb).claims
    by = {c.predicate: c.verdict for c in got}
    assert by == {"event_location": "refuted", "ceremony_date": "not_enough_info"}, [
        (c.text, c.verdict, c.explanation) for c in got]
    got = reelcheck.check("The 96th Academy Awards were held in Los Angeles on March 10, 2024.",
                          kb=default_kb).claims
    assert {c.predicate: c.verdict for c in got} == {"event_location": "supported",
                                                     "ceremony_date": "supported"}


def test_a_venue_after_the_date_of_a_take_place_cue_is_read(default_kb):
    # "take place" is the story-setting cue, which takes no "at"; for an event the venue after
    # the date is its place all the same
    got = placed("The 96th Academy Awards took place on March 10, 2024, at the Dolby Theatre.",
                 default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]
    got = placed("The 95th Academy Awards took place on March 12, 2023, in Beverly Hills.",
                 default_kb)
    assert [c.verdict for c in got] == ["refuted"]


def test_a_venue_the_kb_does_not_know_leaves_the_date_open(default_kb):
    for venue in ("the Shrine Auditorium", "the Beverly Hilton"):
        got = [c for c in reelcheck.check(f"The 96th Academy Awards were held at {venue} on "
                                          f"March 10, 2024.", kb=default_kb).claims
               if c.predicate == "ceremony_date"]
        assert [c.verdict for c in got] == ["not_enough_info"], (venue, [
            (c.text, c.explanation) for c in got])


def test_an_active_host_of_the_ceremony_says_where_it_was(default_kb):
    won = "Anora won five Oscars at the 97th Academy Awards. "
    got = placed(won + "Conan O'Brien hosted the ceremony at the Dolby Theatre.", default_kb)
    assert [(c.verdict, c.subject.id) for c in got] == [("supported", "97th-academy-awards")]


def test_a_place_on_the_name_of_an_edition_is_where_it_was(default_kb):
    got = placed("Everything Everywhere All at Once won Best Picture at the 95th Academy "
                 "Awards in Los Angeles.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    got = placed("Anora won the Palme d'Or at the 77th Cannes Film Festival in Italy.",
                 default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]
    # a place set on the verb only sets the scene of the win: no claim of where the show was
    assert placed("In New York, Anora won Best Picture at the 97th Academy Awards.",
                  default_kb) == []
