"""A numbered edition owned by the body that presents the show ("the Academy held its 97th
ceremony on ...", "the Motion Picture Academy's 97th ceremony") is that show's edition: the
body's `presented_by` fact names the show (kb/awards.py `show_of`, claims/dates.py). The body
is then judged by that claim, not left unchecked. Sentences are written for these tests; the
facts are the default KB's (the 97th Academy Awards were held on March 2, 2025; the Academy
of Motion Picture Arts and Sciences presents them)."""
from __future__ import annotations

import pytest

import reelcheck


def dates(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "date"]


@pytest.mark.parametrize("text,verdict", [
    ("The Academy held its 97th ceremony on March 2, 2025.", "supported"),
    ("The Academy held its 97th ceremony on March 9, 2025.", "refuted"),
    ("The Motion Picture Academy's 97th ceremony took place on March 2, 2025.", "supported"),
    ("The Motion Picture Academy's 97th ceremony took place on March 9, 2025.", "refuted"),
])
def test_the_body_s_numbered_ceremony(text, verdict, default_kb):
    got = dates(text, default_kb)
    assert [v for v, _ in got] == [verdict], got
    if verdict == "refuted":
        assert "March 2, 2025" in got[0][1]


def test_the_academy_is_linked_only_as_the_body(default_kb):
    from reelcheck.link import link_names
    from reelcheck.model import Document
    found = lambda t: [(m.text, m.entity.id) for m in link_names(Document(id="t", text=t), default_kb)]
    assert found("Members of the Academy voted early.") == [
        ("the Academy", "academy-of-motion-picture-arts-and-sciences")]
    assert found("The Academy Awards were handed out in March.") == [
        ("The Academy Awards", "academy-awards")]
    assert found("She trained at a drama academy in Moscow.") == [("Moscow", "moscow")]


def test_the_short_name_gives_way_to_a_long_name_with_a_slip(default_kb):
    from reelcheck.link import link_names
    from reelcheck.model import Document
    text = "The Academy of Motion Pictures Arts and Sciences voted in February."
    got = [(m.text, m.issue, m.suggestion) for m in link_names(Document(id="t", text=text), default_kb)]
    assert got == [("Academy of Motion Pictures Arts and Sciences", "misspelled",
                    "Academy of Motion Picture Arts and Sciences")]
