"""A category phrase naming no show, in a paragraph that names more than one: when the show
the passage leads with has no such category and one other show the paragraph names alone
has, the prize is that show's ("Parasite took the Palme d'Or ... at the Oscars ... the film
won Best Picture": the Oscars' Best Picture, not a Cannes category) -- a festival only, and the
show named last: the KB holds only some of an awards show's categories. The show is the
passage's reading, not the clause's: it may support, never refute.

Sentences are written for these tests; facts are the default KB's (Parasite won the Palme
d'Or at the 72nd Cannes Film Festival and Best Picture and Best Director, for Bong Joon Ho, at
the 92nd Academy Awards; it won no acting Oscar)."""
from __future__ import annotations

from award_claims import awards

LEAD = ("Parasite took the Palme d'Or in 2019. Months later Bong Joon Ho was named best "
        "director at the Oscars. ")


def _last(text, kb):
    cut = text.rindex(". ", 0, len(text) - 1) + 2
    return [c for c in awards(text, kb) if c.start >= cut]


def test_the_one_show_of_the_paragraph_with_the_category(default_kb):
    got = _last(LEAD + "The film won best picture the same night.", default_kb)
    assert [(c.slots.get("subject"), c.slots.get("family"), c.verdict) for c in got] == [
        ("parasite-2019-film", "academy-awards", "supported")], [c.explanation for c in got]
    # a reading of the show is never refuted
    got = _last(LEAD + "The film won best actress the same night.", default_kb)
    assert got and all(c.verdict == "not_enough_info" for c in got), \
        [(c.verdict, c.explanation) for c in got]
    # an awards show the passage leads with may have a category the KB lacks: its own
    text = ("Anora took best picture at the Critics Choice Awards. Its Oscar nominations came "
            "later. Zoe Saldana, who won the supporting actress trophy, was there.")
    assert not any(c.verdict == "supported" and c.slots.get("family") == "academy-awards"
                   for c in _last(text, default_kb))
