"""An event noun that is not the head of its phrase still dates its owner's event: compounded on
a noun of the date itself ("Anora's UK release date was ...", "the UK release date of Anora"),
it is owned, and placed, as that noun is; set in apposition to a name ("Anora, a December
2024 release in the UK"; "Anora (UK release: ...)"), it is the event of that name. Sentences
written for this test; Anora opened in the UK on 2024-11-01 and premiered on 2024-05-21."""
from __future__ import annotations

import reelcheck


def _dates(text, kb):
    return [(c.predicate, c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "date"]


def test_event_noun_compounded_on_date(default_kb):
    assert _dates("Anora's UK release date was November 8, 2024.", default_kb) == [
        ("release_date", "refuted")]
    assert _dates("The UK release date of Anora was November 1, 2024.", default_kb) == [
        ("release_date", "supported")]
    assert _dates("Anora's release date in the UK was November 15, 2024.", default_kb) == [
        ("release_date", "refuted")]
    assert _dates("Anora's world premiere date was May 23, 2024.", default_kb) == [
        ("premiere_date", "refuted")]


def test_event_noun_in_apposition(default_kb):
    assert _dates("Anora, a December 2024 release in the UK, found its audience.",
                  default_kb) == [("release_date", "refuted")]
    assert _dates("Anora, a November 2024 release in the UK, found its audience.",
                  default_kb) == [("release_date", "supported")]
    assert ("release_date", "refuted") in _dates(
        "Anora (UK release: 15 November 2024) runs 139 minutes.", default_kb)


def test_event_noun_after_a_date_noun_with_of(default_kb):
    # "date of birth", "date of release": the event noun is the date noun's "of" object
    assert _dates("Mikey Madison's date of birth is March 25, 1997.", default_kb) == [
        ("date_of_birth", "refuted")]
    assert _dates("The date of birth of Sean Baker is February 26, 1971.", default_kb) == [
        ("date_of_birth", "supported")]
    assert _dates("Anora's date of release in the UK was November 8, 2024.", default_kb) == [
        ("release_date", "refuted")]
