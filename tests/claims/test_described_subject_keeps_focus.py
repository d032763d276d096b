"""A sentence whose subject is a plain "the film" is about the film in focus before it, even
when the subject's own relative clause names another film: a later "its" means the subject's
film. Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def counts(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "count"]


def its_of(text, kb):
    """(the count claims said by "Its ...", every count claim) of the text."""
    got = counts(text, kb)
    return [c for c in got if c.text.startswith("Its")], got


def assert_its_is(text, kb, film):
    """Every "Its ..." count is said of `film`, and no count is refuted."""
    its, got = its_of(text, kb)
    assert its and all(c.subject.id == film for c in its)
    assert not [c for c in got if c.verdict == "refuted"]


def test_its_after_a_relative_clause_naming_a_rival_is_the_subjects_film(default_kb):
    assert_its_is("Ben-Hur took home 11 Oscars at the 32nd Academy Awards. The film, which "
                  "outdid the mark that Gigi had reached a year before, dominated the night. "
                  "Its 11 wins equal the record Titanic later matched.", default_kb,
                  "ben-hur-1959-film")


def test_a_rival_named_as_the_subject_is_still_the_focus(default_kb):
    # (no plain "the film" subject: the last film the paragraph named stays the focus)
    its, _ = its_of("Ben-Hur took home 11 Oscars at the 32nd Academy Awards. Gigi had won "
                    "nine the year before. Its nine wins came in every category it contested.",
                    default_kb)
    assert all(c.subject.id != "ben-hur-1959-film" for c in its)


def test_a_film_description_as_the_subject_keeps_the_focus_too(default_kb):
    assert_its_is("Titanic took home 11 Oscars at the 70th Academy Awards. The epic, whose run "
                  "had already drawn comparisons with Gigi, dominated the evening. Its 11 wins "
                  "equal the record Ben-Hur had set.", default_kb, "titanic-1997-film")


def test_a_sequel_as_the_subject_is_not_taken_for_the_focus(default_kb):
    from reelcheck.claims.parse import focus_subject_nouns
    assert "epic" in focus_subject_nouns() and "sequel" not in focus_subject_nouns()
