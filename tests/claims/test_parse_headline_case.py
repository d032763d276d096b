"""A sentence set in capitals is parsed in ordinary case (the linked names cased as the KB
writes them, the other words in lower case): the parser reads a run of capitals as one long
name, which dropped the edition, the year or the count a headline states and let the claim
be checked on the film and prize alone. The claim's text stays the headline's own."""
from __future__ import annotations

import reelcheck


def _claims(text, kb):
    return [(c.verdict, c.text) for c in reelcheck.check(text, kb=kb).claims]


def test_a_wrong_edition_in_capitals_is_refuted(default_kb):
    got = _claims("LAWRENCE OF ARABIA TAKES BEST PICTURE AT THE 34TH ACADEMY AWARDS",
                  default_kb)
    assert [v for v, _ in got] == ["refuted"], got


def test_the_right_edition_in_capitals_is_supported_in_its_own_words(default_kb):
    got = _claims("LAWRENCE OF ARABIA TAKES BEST PICTURE AT THE 35TH ACADEMY AWARDS",
                  default_kb)
    assert got == [("supported",
                    "LAWRENCE OF ARABIA TAKES BEST PICTURE AT THE 35TH ACADEMY AWARDS")], got


def test_a_wrong_count_in_capitals(default_kb):
    got = _claims("TITANIC TAKES HOME ELEVEN OSCARS AT THE 71ST ACADEMY AWARDS", default_kb)
    assert "refuted" in [v for v, _ in got], got


def test_a_word_linked_only_as_part_of_a_name_is_no_argument_in_capitals(default_kb):
    # "MAN" links to a KB person only as a part of a longer name; in capitals it is the word
    got = _claims("THE BRUTALIST, DIRECTED BY ONE MAN", default_kb)
    assert "refuted" not in [v for v, _ in got], got
