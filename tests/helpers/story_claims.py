"""The claims `check()` makes of a sentence about Anora's story, read after a lead sentence that
names the film (so "Ani", "Vanya" are its characters); the lead's own claims are left out."""
from __future__ import annotations

import reelcheck

LEAD = "Anora is set in New York. "


def after_lead(text, kb, keep):
    """The claims of LEAD + text that start in `text` and that `keep(claim)` accepts."""
    r = reelcheck.check(LEAD + text, kb=kb)
    return [c for c in r.claims if c.start >= len(LEAD) and keep(c)]
