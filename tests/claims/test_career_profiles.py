"""Career profiles and obituaries: a person's wins and nominations told across a life, with
jobs, career counts and ceremonies in side clauses. Each test is a shape that once came out
wrong.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _claims(text, kb, needle, unless=None):
    r = reelcheck.check(text, kb=kb)
    return [c for c in r.claims if needle in c.text and not (unless and unless in c.text)]


def test_a_job_word_is_not_a_prize_the_passage_names(default_kb):
    # "a working actor" names her job; a later bare win of another woman must not be read as
    # Best Actor (and refuted with the man who won it)
    text = ("Mikey Madison took the statuette at the 97th Academy Awards. For years she had "
            "been a working actor on television.\n\n"
            "Emma Stone won for La La Land first and, seven years on, for Poor Things, where "
            "she played Bella Baxter.")
    got = _claims(text, default_kb, "")
    assert any(c.verdict == "supported" and "Mikey Madison" in c.text for c in got)
    assert not any(c.verdict == "refuted" for c in got), [(c.text, c.explanation) for c in got]
    assert not any("Best Actor " in c.explanation for c in got)


def test_a_win_that_names_only_the_show_counts_an_honorary_award(default_kb):
    # a career of nominations in one acting category, then an honorary award: "went home with
    # an Oscar" at that night is the honorary one, not a lost Best Actor race
    got = _claims("Cary Grant went home with an Oscar at the 42nd Academy Awards.", default_kb,
                  "Cary Grant")
    assert [c.verdict for c in got] == ["supported"], [c.explanation for c in got]
    assert "Honorary" in got[0].explanation
    # a night he won nothing at is still wrong
    got = _claims("Cary Grant went home with an Oscar at the 41st Academy Awards.", default_kb,
                  "Cary Grant")
    assert [c.verdict for c in got] == ["refuted"], [c.explanation for c in got]