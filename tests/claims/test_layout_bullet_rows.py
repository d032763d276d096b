"""A list item's bullet mark ("• ", "- ") is no word of its sentence: the sentence starts after
it, so the parser reads the row itself ("• Anora: 6 nominations, 5 wins" had the "•" as its
verb, and neither the counts' holder nor a dashed winners row was found). A row's label the
parser tags as another word than a noun ("Wicked", an adjective) still holds the row's counts
when it is a title.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck
from reelcheck.claims.text import split_sentences


def _claims(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [(text[c.start:c.end], c.verdict, c.subject.label if c.subject else None)
            for c in r.claims]


def test_a_bulleted_row_is_read_without_its_bullet(default_kb):
    text = ("Tallies from the 97th Academy Awards\n\n"
            "• Anora: 6 nominations, 5 wins\n"
            "• Conclave: 8 nominations, 1 win\n")
    got = _claims(text, default_kb)
    assert any("5 wins" in t and v == "supported" and who == "Anora" for t, v, who in got)
    assert not any(t.startswith("•") for t, _, _ in got)
    text = ("Acting winners at the 96th Academy Awards\n\n"
            "- Best Actor: Cillian Murphy, Oppenheimer\n"
            "- Best Supporting Actress: Da'Vine Joy Randolph, Past Lives\n")
    got = _claims(text, default_kb)
    assert [(v, who) for _, v, who in got] == [("supported", "Cillian Murphy"),
                                              ("refuted", "Da'Vine Joy Randolph")]


def test_a_title_tagged_as_an_adjective_holds_its_row_counts(default_kb):
    text = ("Tallies from the 97th Academy Awards\n\n"
            "Wicked: 10 nominations, 4 wins\n")
    got = _claims(text, default_kb)
    assert any("4 wins" in t and v == "refuted" and who == "Wicked" for t, v, who in got)


def test_the_sentence_starts_after_the_bullet():
    text = "- Anora swept the top prizes\n- Flow won the animated prize\n"
    assert [s.text for s in split_sentences(text)] == ["Anora swept the top prizes",
                                                       "Flow won the animated prize"]
    # a dash inside a line, or a number that opens a ranked row, is kept
    assert split_sentences("Best Actor - Adrien Brody\n")[0].text == "Best Actor - Adrien Brody"
