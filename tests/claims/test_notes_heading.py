"""A heading line (a line of its own, no verb, no closing stop) states nothing: the KB's
sourced notes never make it a claim, though its words may echo a note ("... Record Book"
over a piece on the night Sean Baker won four Oscars). Sentences are written for these tests;
facts are the default KB's (its note on Baker's four Oscars for Anora in one night)."""
from __future__ import annotations

import reelcheck

TEXT = ("{head}\n\nMikey Madison won Best Actress for Anora at the 97th Academy Awards.\n")


def test_a_verbless_heading_is_no_statement(default_kb):
    for head in ("The Oscar Night Record Book", "Oscar Night's Record Book"):
        got = [c for c in reelcheck.check(TEXT.format(head=head), kb=default_kb).claims
               if c.start < len(head)]
        assert got == [], [(c.text, c.verdict, c.explanation) for c in got]


def test_the_body_is_still_read(default_kb):
    got = reelcheck.check(TEXT.format(head="The Oscar Night Record Book"), kb=default_kb).claims
    assert any(c.verdict == "supported" and "Madison" in c.text for c in got)
