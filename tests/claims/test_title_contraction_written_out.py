"""A film title whose contraction a rewrite spells out ("I'm" as "I Am"): the title still,
flagged as altered, and a prize said of it is checked against that film; unlinked, the clause
borrowed the film of the clause before it and refuted the prize with that film's record.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck
from reelcheck.link import link_names
from reelcheck.model import Document


def _flags(kb, text):
    return [(m.text, m.suggestion) for m in link_names(Document(id="t", text=text), kb)
            if m.issue == "misspelled"]


def test_a_written_out_contraction_in_a_tied_title_is_flagged(default_kb):
    text = ("Fernanda Torres carried I Am Still Here, the Brazilian drama nominated for Best "
            "Picture at the 97th Academy Awards.")
    assert ("I Am Still Here", "I'm Still Here") in _flags(default_kb, text)


def test_a_prize_of_the_written_out_title_is_that_films(default_kb):
    text = ("Latvia's Flow was named Best Animated Feature at the 97th Academy Awards, and "
            "I Am Still Here of Brazil was named Best International Feature.")
    got = [c for c in reelcheck.check(text, kb=default_kb).claims if c.category == "award"]
    assert "refuted" not in [c.verdict for c in got]
    assert any(c.verdict == "supported" and "I'm Still Here" in c.explanation for c in got)


def test_a_one_word_title_split_in_two_is_flagged_and_its_prize_checked(default_kb):
    # "Nomadland" written as two words: the title, altered; the prize said of it is that film's
    text = "Chloé Zhao's Nomad Land took Best Picture at the 93rd Academy Awards."
    assert ("Nomad Land", "Nomadland") in _flags(default_kb, text)
    got = [c for c in reelcheck.check(text, kb=default_kb).claims if c.category == "award"]
    assert [c.verdict for c in got] == ["supported"]
    text = "At the 93rd Academy Awards, Nomad Land took Best Animated Feature."
    got = [c for c in reelcheck.check(text, kb=default_kb).claims if c.category == "award"]
    assert [c.verdict for c in got] == ["refuted"]
    assert "Nomadland" in got[0].explanation
