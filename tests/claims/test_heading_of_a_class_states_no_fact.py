"""A heading that describes the films of a list ("Best Picture winners that premiered at
Cannes") names a class, not one film: its relative clause is no premiere of the passage's
film (claims/festivals.py) and no note about one film stands for it (claims/notes.py
`_heading`). Its rows are read under it. Text written for these tests; facts of the default KB."""
from __future__ import annotations

import reelcheck

LIST = """Best Picture winners that premiered at Cannes

Parasite (2019)
Marty (1955)
"""


def test_the_heading_itself_makes_no_claim(default_kb):
    claims = reelcheck.check(LIST, kb=default_kb).claims
    heading = LIST.splitlines()[0]
    assert not [c for c in claims if c.start < len(heading)], [
        (c.verdict, c.text, c.explanation) for c in claims if c.start < len(heading)]
    # (its rows are still read, under the prize the heading's head noun names)
    assert [c.verdict for c in claims if c.category == "award"] == ["supported", "supported"]
    # (one film said to premiere at Cannes is still read)
    claims = reelcheck.check("Parasite premiered at Cannes in 2019, where it won the Palme "
                             "d'Or.", kb=default_kb).claims
    assert any(c.category == "festival" and c.verdict == "supported" for c in claims)
