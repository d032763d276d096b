""""Shot on FORMAT" said of a film noun is said of the film that noun names, not of the film
in focus: its title in apposition ("his fifth feature, Tangerine"), a title the KB lacks
(nothing to decide), or another film by its words ("his new film") (claims/filmography.py,
_shot_film). Anora's 35mm is held, so reading these as Anora refuted true sentences.
Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck

LEAD = "Anora turned Mikey Madison into an Oscar winner. "


def _formats(text, kb):
    r = reelcheck.check(LEAD + text, kb=kb)
    return [(c.subject.label if c.subject else None, c.verdict) for c in r.claims
            if c.predicate == "filming_format" and c.start >= len(LEAD)]


def test_a_title_in_apposition_is_the_film_shot(default_kb):
    got = _formats("6. Baker's fifth feature, Tangerine, was filmed on iPhones.", default_kb)
    assert ("Tangerine", "supported") in got and all(s != "Anora" for s, _ in got), got


def test_a_title_the_kb_lacks_is_no_kb_film(default_kb):
    got = _formats("His fifth feature, Sunset Lane, was filmed on 16mm.", default_kb)
    assert all(v != "refuted" for _, v in got), got


def test_another_film_by_its_words_is_not_the_one_in_focus(default_kb):
    got = _formats("Baker's upcoming film will be filmed on 16mm.", default_kb)
    assert all(v != "refuted" for _, v in got), got
    got = _formats("His next feature was filmed on 16mm.", default_kb)
    assert all(v != "refuted" for _, v in got), got
