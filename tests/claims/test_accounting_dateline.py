"""A wire story's dateline ("CITY (AGENCY) — ...") is a label, no slot of the clause after it
(claims/accounting.py, frames.leading_label_end). Sentences are written for these tests; the
facts are the default KB's."""
from __future__ import annotations

import reelcheck


def test_a_datelines_agency_is_no_slot(default_kb):
    got = [c for c in reelcheck.check(
        "NEW YORK (Newswire) — Cillian Murphy won best actor at the 96th Academy Awards on "
        "Sunday.", kb=default_kb).claims if c.category == "award"]
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]


def test_a_name_in_the_clause_itself_still_is_one(default_kb):
    got = [c for c in reelcheck.check(
        "NEW YORK (Newswire) — Cillian Murphy won best actor over Tom Smithers at the 96th "
        "Academy Awards.", kb=default_kb).claims if c.category == "award"]
    assert got and not [c for c in got if c.verdict == "supported"], [
        (c.text, c.explanation) for c in got]
