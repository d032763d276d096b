"""A shortlist comes before the nominations and holds films never nominated: "shortlisted for"
is read as a nomination, which supports it, but the list of nominees never refutes it.
Sentences written for these tests."""
from __future__ import annotations

from award_claims import readings


def test_a_nomination_supports_a_shortlisting(default_kb):
    assert [v for v, _ in readings("Anora was shortlisted for Best Picture at the 97th Academy "
                                   "Awards.", default_kb)] == ["supported"]


def test_the_nominees_list_does_not_refute_a_shortlisting(default_kb):
    for text in ("The Substance was shortlisted for Best Picture at the 96th Academy Awards.",
                 "Harrowgate Mill was shortlisted for Best Picture at the 92nd Academy Awards."):
        ((verdict, why),) = readings(text, default_kb)
        assert verdict == "not_enough_info" and "shortlist" in why, (text, why)


def test_a_nomination_is_still_refuted_by_the_list(default_kb):
    ((verdict, _),) = readings("The Substance was nominated for Best Picture at the 96th "
                               "Academy Awards.", default_kb)
    assert verdict == "refuted"
