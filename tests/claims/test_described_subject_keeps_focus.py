"""A sentence whose subject is a plain "the film" is about the film in focus before it, even
when the subject's own relative clause names another film: a later "its" means the subject's
film. Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def counts(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "count"]


def test_its_after_a_relative_clause_naming_a_rival_is_the_subjects_film(default_kb):
    got = counts("Ben-Hur took home 11 Oscars at the 32nd Academy Awards. The film, which "
                 "outdid the mark that Gigi had reached a year before, dominated the night. "
                 "Its 11 wins equal the record Titanic later matched.", default_kb)
    its = [c for c in got if c.text.startswith("Its")]
    assert its and all(c.subject.id == "ben-hur-1959-film" for c in its)
    assert not [c for c in got if c.verdict == "refuted"]


def test_a_rival_named_as_the_subject_is_still_the_focus(default_kb):
    # (no plain "the film" subject: the last film the paragraph named stays the focus)
    got = counts("Ben-Hur took home 11 Oscars at the 32nd Academy Awards. Gigi had won "
                 "nine the year before. Its nine wins came in every category it contested.",
                 default_kb)
    its = [c for c in got if c.text.startswith("Its")]
    assert all(c.subject.id != "ben-hur-1959-film" for c in its)
