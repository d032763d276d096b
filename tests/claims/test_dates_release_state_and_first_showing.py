"""Two more ways of dating a film's first days. Being in a venue from a day ("Anora is in UK
cinemas from 15 November 2024"; lexicon `state_verbs`/`state_preps` of release_date) is the
release there, checked against that country's release; a release said again or back ("is
again in UK cinemas from ...") is a later run, which may support but never refute. "Shown"
is a festival showing like "screened": with "first" the world premiere, without it one of
the festival's showings (a later day is no refute). Sentences written for this test; Anora
opened in the UK on 2024-11-01 and premiered at Cannes on 2024-05-21."""
from __future__ import annotations

import reelcheck


def _dates(text, kb):
    return [(c.predicate, c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "date"]


def test_in_cinemas_from_a_day_is_the_release(default_kb):
    assert _dates("Anora is in cinemas in the UK from 15 November 2024.", default_kb) == [
        ("release_date", "refuted")]
    assert _dates("Anora is out in UK cinemas from November 1, 2024.", default_kb) == [
        ("release_date", "supported")]
    assert all(v != "refuted" for _p, v in _dates(
        "Anora is again in UK cinemas from 7 March 2025.", default_kb))
    assert all(v != "refuted" for _p, v in _dates(
        "Anora opened again in UK cinemas on 7 March 2025.", default_kb))


def test_first_shown_is_the_premiere(default_kb):
    assert _dates("Anora was first shown at Cannes on May 23, 2024.", default_kb) == [
        ("premiere_date", "refuted")]
    assert all(v != "refuted" for _p, v in _dates(
        "Anora was shown at Cannes on May 23, 2024.", default_kb))
