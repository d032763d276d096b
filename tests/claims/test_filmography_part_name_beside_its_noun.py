""""played the cab driver Razmik in Tangerine": the parser sets the part's name beside its
noun and hangs the work's phrase on the name; the phrase is the verb's, so the credit is read
with its part, also when another credit follows in the same sentence. Sentences written for
these tests; the facts are the default KB's (Karren Karagulian played Razmik in Tangerine and
Arash in Starlet)."""
from __future__ import annotations

import reelcheck


def credits(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "filmography"]


def test_the_part_named_beside_its_noun_is_a_credit(default_kb):
    got = credits("Long before Anora, Karren Karagulian played the cab driver "
                  "Razmik in Tangerine and also appeared in Starlet.", default_kb)
    tangerine = [c for c in got if c.slots.get("work") == "tangerine"]
    assert [c.verdict for c in tangerine] == ["supported"]
    assert "Razmik" in tangerine[0].explanation
    assert any(c.slots.get("work") == "starlet" and c.verdict == "supported" for c in got)
    # (another part beside the noun is not supported)
    got = credits("Karren Karagulian played the cab driver Arash in Tangerine.", default_kb)
    assert got and all(c.verdict != "supported" for c in got)
