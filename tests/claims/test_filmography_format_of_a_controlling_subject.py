"""A shooting verb with no subject of its own in a phrase of another verb ("X made headlines
for being shot on ...") is said of that verb's subject, not of the film the article is about.
Passages of our own: a career profile whose main film is Anora."""
from __future__ import annotations

import reelcheck

PROFILE = ("Anora is Sean Baker's biggest success. Then came Anora's Oscar run.\n\n"
           "Tangerine (2015) made headlines for being shot entirely on iPhone 5s smartphones, "
           "and The Florida Project (2017) earned Willem Dafoe an Oscar nomination.")


def formats(text, kb):
    return [(c.subject.id if c.subject else None, c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.category == "production"]


def test_the_format_is_the_subjects_film(default_kb):
    got = formats(PROFILE, default_kb)
    assert got == [("tangerine", "supported")], got


def test_the_film_in_focus_still_takes_a_bare_phrase(default_kb):
    got = formats("Anora is known for being shot on 35mm film.", default_kb)
    assert got == [("anora-2024-film", "supported")]
