"""A name right after a common noun that titles it ("the film Anora", 'the movie "Anora"') is
the film, even where "played by" follows: the part the phrase hangs on is the one played, never
the film's title character. Sentences written for these tests; facts of the default KB's Anora
sheet (Igor is played by Yura Borisov)."""
from __future__ import annotations

import reelcheck
from reelcheck.link import link_names
from reelcheck.model import Document


def link(kb, text):
    return link_names(Document(id="t", text=text), kb)


def _cast(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "cast"]


def test_the_film_named_after_its_noun_is_no_character(default_kb):
    for text in ("Igor in the film Anora is played by Yura Borisov.",
                 'The henchman Igor in the movie "Anora" was played by Yura Borisov.'):
        ms = [m for m in link(default_kb, text) if m.text == "Anora"]
        assert ms and all(m.entity_type == "film" for m in ms), [(m.text, m.entity_type)
                                                                 for m in ms]


def test_a_true_part_in_the_film_is_not_refuted_as_the_title_characters(default_kb):
    text = ("In our translation of the interview: the role of the henchman Igor in the film "
            "Anora was played by the artist Yura Borisov.")
    got = _cast(text, default_kb)
    assert got and all(c.verdict == "supported" for c in got), [
        (c.text, c.verdict, c.explanation) for c in got]
    # ... and the mutant is refuted for Igor's part, not for Ani's
    got = _cast(text.replace("Yura Borisov", "Mark Eydelshteyn"), default_kb)
    assert got and all(c.verdict == "refuted" and c.slots.get("subject") == "igor"
                       for c in got), [(c.text, c.verdict, c.explanation) for c in got]
