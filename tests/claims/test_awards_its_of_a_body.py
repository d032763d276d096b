"""An owner pronoun whose clause's subject is a body named before it ("The Academy announced
its nominees", "the festival unveiled its lineup") stands for that body, not for the film the
passage is about. Before, "its nominees" was read as the passage's film's nominations and
supported (with the month the clause states ignored).

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _claims(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [(text[c.start:c.end], c.verdict) for c in r.claims]


def test_its_after_an_organisation_is_no_film(default_kb):
    text = ("Hamnet earned eight nominations at the 98th Academy Awards. The Academy "
            "announced its nominees in late January, weeks after the festival circuit ended.\n")
    got = _claims(text, default_kb)
    assert not any("nominees" in t for t, _ in got)
    # the film's own count in the sentence before is still read
    assert ("eight nominations at the 98th Academy Awards", "supported") in got


def test_its_after_a_film_is_still_the_film(default_kb):
    text = "At the 97th Academy Awards, Anora converted five of its six nominations into wins.\n"
    got = _claims(text, default_kb)
    assert any("six nominations" in t and v == "supported" for t, v in got)
