"""'won N of M' with the pool's noun left out ("Titanic, 1998: won 11 of 14", a row's
"(won 4 of 8)") counts N wins out of M nominations; a bracketed verb with no subject in a
list row ("7. Title (1993) - Director (won 3 of 8)") is said of the row's film; a year in
brackets right after a title is the title's ("Anatomy of a Fall (2023)"), not the count's;
and "8)" closing such a bracket is the number 8, not spaCy's emoticon. Before, these rows
were left unread (no holder, or the pool a number the count did not take), and the planted
wrong tallies stood.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck
from reelcheck.nlp import nlp


def _counts(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [(c.verdict, c.subject.label if c.subject else None)
            for c in r.claims if c.slots.get("kind") in ("award_count", "nomination_count")]


def test_a_lead_in_row_counts_wins_out_of_nominations(default_kb):
    text = ("Oscar champions, counted\n\n"
            "Gigi, 1959: won 9 of 9.\n\n"
            "Gandhi, 1983: won 8 of 12.\n")
    got = _counts(text, default_kb)
    assert ("supported", "Gigi") in got
    assert ("refuted", "Gandhi") in got and ("supported", "Gandhi") not in got


def test_a_bracketed_tally_in_a_ranked_row_is_the_row_film_s(default_kb):
    text = ("Festival winners and how they fared at the Oscars\n\n"
            "3. Taxi Driver (1976) - Martin Scorsese (won 1 of 4)\n\n"
            "4. The Pianist (2002) - Roman Polanski (won 3 of 7)\n\n"
            "5. Anatomy of a Fall (2023) - Justine Triet (won 2 of 5)\n")
    got = _counts(text, default_kb)
    assert ("refuted", "Taxi Driver") in got
    assert ("supported", "The Pianist") in got
    assert ("refuted", "Anatomy of a Fall") in got


def test_a_row_tally_ending_in_eight_is_read(default_kb):
    text = ("Festival winners and how they fared at the Oscars\n\n"
            "2. Apocalypse Now (1979) - Francis Ford Coppola (won 2 of 8)\n"
            "A troubled shoot, a triumphant result.\n")
    assert ("supported", "Apocalypse Now") in _counts(text, default_kb)


def test_a_number_before_a_closing_bracket_is_its_own_token():
    assert [t.text for t in nlp()("(won 4 of 8)")][-2:] == ["8", ")"]


def test_a_pool_with_its_own_noun_is_not_read_as_nominations(default_kb):
    # "of the last five" names no nominations: no nomination count is made of it
    text = "At the Oscars, Meryl Streep won three of the last five she entered.\n"
    r = reelcheck.check(text, kb=default_kb)
    assert not any(c.predicate == "nomination_count" for c in r.claims)


def test_a_person_s_bare_pool_is_not_read_as_the_person_s_nominations(default_kb):
    # "Baker won four of six": the six may be the film's nominations, not his own
    text = ("Anora won five Oscars at the 97th Academy Awards. Sean Baker won four of six.\n")
    r = reelcheck.check(text, kb=default_kb)
    assert not any(c.verdict == "refuted" for c in r.claims)
    assert not any(c.predicate == "nomination_count" and c.subject is not None
                   and c.subject.label == "Sean Baker" for c in r.claims)
