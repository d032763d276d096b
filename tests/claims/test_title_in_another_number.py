"""A film title rewritten with one word in the other number ("Men" as "Man", an s dropped or
added) or with another article ("the" for "a"), as spun copy does: the title still, flagged as
misspelt, and the claims made through it are checked against that film, not against a film
whose one-word title the run happens to contain.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import pytest

import reelcheck
from reelcheck.link import link_names
from reelcheck.model import Document


def _flags(kb, text):
    return [(m.text, m.suggestion) for m in link_names(Document(id="t", text=text), kb)
            if m.issue == "misspelled"]


@pytest.mark.parametrize("text, wrong, right", [
    # a word of a long title in the other number, wherever the title stands
    ("No Country for Old Man gave Javier Bardem his Oscar for Best Supporting Actor.",
     "No Country for Old Man", "No Country for Old Men"),
    ("Before the ceremony, Peter Jackson said The Lord of the Ring: The Return of the King "
     "was his proudest work.", "The Lord of the Ring: The Return of the King",
     "The Lord of the Rings: The Return of the King"),
    # another article in a long title
    ("Justine Triet's script for Anatomy of the Fall was written with Arthur Harari.",
     "Anatomy of the Fall", "Anatomy of a Fall"),
    ("Anatomy of the Fall earned Justine Triet a nomination for Best Director.",
     "Anatomy of the Fall", "Anatomy of a Fall"),
    # a two-word title with its s left out, where a title goes
    ("Paul Giamatti was nominated for The Holdover, directed by Alexander Payne.",
     "The Holdover", "The Holdovers"),
])
def test_title_with_a_word_in_another_number_or_article_is_flagged(default_kb, text, wrong,
                                                                   right):
    assert (wrong, right) in _flags(default_kb, text)


def test_a_two_word_title_without_its_s_is_not_flagged_outside_a_titles_place(default_kb):
    # an ordinary phrase at a sentence's start may be another thing altogether
    assert _flags(default_kb, "The Holdover lasted a week, and Paul Giamatti waited it out.") == []


def test_a_count_said_of_a_title_in_another_number_is_checked_against_that_film(default_kb):
    text = ("The Coen brothers' chase thriller No Country for Old Man, with Javier Bardem as "
            "its killer, took home four Academy Awards.")
    got = [c for c in reelcheck.check(text, kb=default_kb).claims if c.category == "count"]
    assert [c.verdict for c in got] == ["supported"]
    assert "No Country for Old Men" in got[0].explanation
    text = text.replace("four", "six")
    got = [c for c in reelcheck.check(text, kb=default_kb).claims if c.category == "count"]
    assert [c.verdict for c in got] == ["refuted"]
    assert "No Country for Old Men" in got[0].explanation


def test_a_two_word_title_with_a_word_swapped_before_a_films_doing_at_a_sentence_start(
        default_kb):
    # a content word of a two-word title swapped, at a sentence's start, before a verb only a
    # work's subject takes: the title, altered (before, only a title's place counted)
    text = ("Walt Disney collected several prizes at the 26th Academy Awards. Bear Nation "
            "took home the prize for the best two-reel short.")
    assert ("Bear Nation", "Bear Country") in _flags(default_kb, text)
    # ... and not a person's name, nor a word ordinary in film writing
    assert _flags(default_kb, "Emilia Clarke was at the 97th Academy Awards. Emilia Clarke "
                              "won nothing that night.") == []
