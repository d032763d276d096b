"""A question that asks for a count and the bare number after it are one statement: "How many
Oscars did X win? Five." The number counts the question's noun (wins or nominations) for the
question's subject, whatever the parser made of the fronted noun; an answer that is no bare
number, or a question with no answer, states nothing.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _counts(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [(c.verdict, c.explanation) for c in r.claims if c.slots.get("kind") == "award_count"]


def test_a_count_question_is_answered_by_the_bare_number(default_kb):
    got = _counts("How many Academy Awards did Oppenheimer take? Seven.", default_kb)
    assert [v for v, _ in got] == ["supported"]
    got = _counts("How many Academy Awards did Oppenheimer take? Nine.", default_kb)
    assert [v for v, _ in got] == ["refuted"]
    assert "7" in got[0][1]


def test_the_answer_may_stand_in_its_own_paragraph_and_count_nominations(default_kb):
    got = _counts("How many Oscar nominations did Anora land?\n\nThree.\n", default_kb)
    assert [v for v, _ in got] == ["refuted"]
    assert "6 nominations" in got[0][1]


def test_a_title_of_several_words_is_the_subject(default_kb):
    # the parser takes "did" for the verb and the verb after the title for a noun
    got = _counts("How many Oscars did Anatomy of a Fall collect? Three.", default_kb)
    assert [v for v, _ in got] == ["refuted"]
    assert "1 Oscar" in got[0][1]


def test_no_bare_number_no_count(default_kb):
    assert _counts("How many Oscars did Oppenheimer take? More than anyone expected.",
                   default_kb) == []
    assert _counts("How many Oscars did Oppenheimer take?", default_kb) == []


def test_a_pronoun_subject_is_the_film_the_paragraph_is_about(default_kb):
    text = "Oppenheimer opened in July 2023.\n\nHow many Oscars did it win?\n\n{}.\n"
    got = _counts(text.format("Seven"), default_kb)
    assert [v for v, _ in got] == ["supported"], got
    got = _counts(text.format("Four"), default_kb)
    assert [v for v, _ in got] == ["refuted"], got
    assert "7" in got[0][1]
