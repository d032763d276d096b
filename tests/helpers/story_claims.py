"""The claims `check()` makes of a sentence about Anora's story, read after a lead sentence that
names the film (so "Ani", "Vanya" are its characters); the lead's own claims are left out."""
from __future__ import annotations

import reelcheck

LEAD = "Anora is set in New York. "


# a lead that names the film by its maker too (the plot-note tests read after it)
MAKER_LEAD = "Sean Baker's Anora is set in New York. "


def after_lead(text, kb, keep, lead=LEAD):
    """The claims of lead + text that start in `text` and that `keep(claim)` accepts."""
    r = reelcheck.check(lead + text, kb=kb)
    return [c for c in r.claims if c.start >= len(lead) and keep(c)]


def plot_readings(text, kb):
    """(verdict, text) of each plot claim of MAKER_LEAD + text made in `text`."""
    return [(c.verdict, c.text) for c in after_lead(text, kb, lambda c: c.category == "plot",
                                                    MAKER_LEAD)]


def supported_texts(got):
    """The texts of the supported ones among `plot_readings`."""
    return [t for v, t in got if v == "supported"]


def story_verdicts(text, kb):
    """The verdicts of the story claims (plot, location) of `text`, read after MAKER_LEAD."""
    r = reelcheck.check(MAKER_LEAD + text, kb=kb)
    return [c.verdict for c in r.claims if c.start >= len(MAKER_LEAD)
            and c.category in ("plot", "location")]
