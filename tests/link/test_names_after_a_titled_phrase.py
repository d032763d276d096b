"""A name a letter off a KB film person's, set after a title of several words that tells a
trade outside film-making ("the defence lawyer, X", "the chain's chief financial officer,
X", "Landlord X"), is someone else: the title says who they are. Texts written for these
tests, on the default KB."""
from __future__ import annotations

from reelcheck.link import link_names
from reelcheck.model import Document


def _flagged(kb, text):
    return {(m.text, m.suggestion) for m in link_names(Document(id="t", text=text), kb)
            if m.issue == "misspelled"}


def test_a_title_of_several_words_before_a_comma_says_who_this_is(default_kb):
    for text in ("The defence lawyer, Anna Pinnick, asked the judge for a short recess.",
                 "The cinema chain's chief financial officer, Daniel Lupo, warned of a soft "
                 "summer.",
                 "Our studio's head of marketing, Daniel Kwon, moved the release to March."):
        assert not _flagged(default_kb, text), text


def test_a_trade_word_set_right_before_the_name(default_kb):
    for text in ("Chief financial officer Daniel Lupo told analysts the quarter was soft.",
                 "Landlord Frank Sinatro doubled the rent on the old picture house."):
        assert not _flagged(default_kb, text), text


def test_a_film_title_or_an_opening_phrase_leaves_the_slip_flagged(default_kb):
    got = _flagged(default_kb, "The film's longtime production designer, Anna Pinnick, "
                               "dressed Gosford Park.")
    assert ("Anna Pinnick", "Anna Pinnock") in got
    got = _flagged(default_kb, "Among the lawyers at the gala, Anna Pinnick stood out; she "
                               "dressed Gosford Park.")
    assert ("Anna Pinnick", "Anna Pinnock") in got
