"""A person's prize the KB keeps as the film's win naming them among its recipients (Mikey
Madison's BAFTA is Anora's fact) still tells which edition "the ceremony" of the paragraph is:
a wrong day for it is refuted, the right one supported. Sentences written for this test; the
default KB holds the 78th BAFTAs on February 16, 2025."""
from __future__ import annotations

import reelcheck


def _dates(text, kb):
    return [(c.verdict, c.subject.id) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "ceremony_date"]


def test_the_recipients_win_names_the_ceremony(default_kb):
    ed = "78th-british-academy-film-awards"
    assert _dates("Mikey Madison won the BAFTA for leading actress. The ceremony took place "
                  "on February 16.", default_kb) == [("supported", ed)]
    assert _dates("Mikey Madison won the BAFTA for leading actress. The ceremony took place "
                  "on February 23.", default_kb) == [("refuted", ed)]
