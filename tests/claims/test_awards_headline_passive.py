"""A headline's passive with its "was" left out ("X Named Best Actor", "X crowned best
actress"): the name is the one given the prize, not the body naming someone (frames._passive
via _headline_passive). Said actively ("critics named Y best picture") the verb still names
a winner in its object.

Sentences are written for these tests; the facts are the default KB's (Cillian Murphy won
Best Actor at the 96th Academy Awards, Mikey Madison Best Actress at the 97th, Kieran Culkin
Best Supporting Actor at the 97th)."""
from __future__ import annotations

import pytest

from tests.helpers.award_claims import awards


def _read(text, kb):
    return [(c.subject.label if c.subject else None, c.verdict) for c in awards(text, kb)]


@pytest.mark.parametrize("text, who", [
    ("Cillian Murphy Named Best Actor", "Cillian Murphy"),
    ("Cillian Murphy named best actor at the Oscars", "Cillian Murphy"),
    ("MIKEY MADISON CROWNED BEST ACTRESS AT THE OSCARS", "Mikey Madison"),
    ("Kieran Culkin Named Best Supporting Actor For A Real Pain", "Kieran Culkin"),
])
def test_headline_passive_reads_the_winner(default_kb, text, who):
    assert (who, "supported") in _read(text, default_kb)


@pytest.mark.parametrize("text, who", [
    ("Cillian Murphy Named Best Actress At The Oscars", "Cillian Murphy"),
    ("Kieran Culkin Named Best Actor For A Real Pain", "Kieran Culkin"),
])
def test_headline_passive_mutants_not_supported(default_kb, text, who):
    assert (who, "supported") not in _read(text, default_kb)


def test_active_naming_keeps_its_object_the_winner(default_kb):
    got = _read("Critics named Cillian Murphy best actor of the year.", default_kb)
    assert not any(v == "supported" and w != "Cillian Murphy" for w, v in got)
