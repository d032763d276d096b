""""X tied a record set by Y in 1954": a date right after a participle's agent dates the
participle's event (when Y set it), not the clause's verb (when X tied it), though the parser
may hang it on the verb. Sentences written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def test_the_date_of_the_setting_is_not_the_tie_s(default_kb):
    rep = reelcheck.check("In March 2025 Sean Baker tied a record set by Walt Disney in 1954 "
                          "when he collected four Oscars in a single night.", kb=default_kb)
    assert rep.claims and not [(c.text, c.explanation) for c in rep.claims
                               if c.verdict == "refuted"]
    assert any(c.verdict == "supported" and "4 Oscars" in c.explanation for c in rep.claims)
