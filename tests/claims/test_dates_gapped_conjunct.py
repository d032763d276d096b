"""Two dated events in one sentence whose second clause leaves out its verb, or repeats it
after a subject the parser folded into the first clause: each date belongs to the film (or
market) of its own conjunct, never to the first clause's.

Sentences are written for these tests; the facts are the default KB's (The Social Network
premiered 2010-09-24, Hugo 2011-10-10; Arrival 2016-09-01, Hacksaw Ridge 2016-09-04; Anora
opened in Germany 2024-10-31 and in the UK 2024-11-01)."""
from __future__ import annotations

import reelcheck


def dated(text, kb, pred):
    return [(c.subject.label if c.subject else None, c.verdict, c.explanation)
            for c in reelcheck.check(text, kb=kb).claims if c.predicate == pred]


def test_a_film_in_a_gapped_conjunct_owns_the_date_after_it(default_kb):
    got = dated("That autumn the New York festival premiered The Social Network on September "
                "24, 2010, and Hugo on October 10, 2011.", default_kb, "premiere_date")
    assert [(s, v) for s, v, _ in got] == [("The Social Network", "supported"),
                                          ("Hugo", "supported")]
    got = dated("That autumn the New York festival premiered The Social Network on September "
                "24, 2010, and Hugo on October 10, 2010.", default_kb, "premiere_date")
    assert [(s, v) for s, v, _ in got] == [("The Social Network", "supported"),
                                          ("Hugo", "refuted")]
    assert "2011" in got[1][2]


def test_a_market_in_a_gapped_conjunct_owns_the_date_after_it(default_kb):
    got = dated("Anora came to German screens on October 31, 2024, and to British ones on "
                "November 1, 2024.", default_kb, "release_date")
    assert [v for _, v, _ in got] == ["supported", "supported"]
    got = dated("Anora came to German screens on October 31, 2024, and British ones on "
                "November 1, 2024.", default_kb, "release_date")
    assert [v for _, v, _ in got] == ["supported", "supported"]
    got = dated("Anora came to German screens on October 31, 2024, and British ones on "
                "November 9, 2024.", default_kb, "release_date")
    assert [v for _, v, _ in got] == ["supported", "refuted"]
    assert "United Kingdom" in got[1][2] and "Germany" not in got[1][2]


def test_a_repeated_verb_takes_the_subject_after_the_coordinator(default_kb):
    for text in ("Arrival, Denis Villeneuve's puzzle film, premiered at Venice on September 1, "
                 "2016, and Hacksaw Ridge premiered there on September 4, 2016.",
                 "Arrival — Denis Villeneuve's puzzle film premiered at Venice on September 1, "
                 "2016, and Hacksaw Ridge premiered there three days later, on September 4, "
                 "2016."):
        got = dated(text, default_kb, "premiere_date")
        assert ("Hacksaw Ridge", "supported") in [(s, v) for s, v, _ in got], text
        assert all(v == "supported" for _, v, _ in got), (text, got)
    got = dated("Arrival, Denis Villeneuve's puzzle film, premiered at Venice on September 1, "
                "2016, and Hacksaw Ridge premiered there on September 9, 2016.", default_kb,
                "premiere_date")
    assert ("Hacksaw Ridge", "refuted") in [(s, v) for s, v, _ in got]
    assert ("Arrival", "refuted") not in [(s, v) for s, v, _ in got]
