"""A date in a sentence that names a film of its own is not a restatement of the date the
sentence before gave, even where the parser hangs it on no verb. Sentences are written for
these tests; the facts are the default KB's (Maestro first showed at Venice on September 2,
2023; the KB dates the Poor Things premiere only by its year)."""
from __future__ import annotations

import reelcheck


def test_the_next_film_s_day_is_not_the_previous_film_s(default_kb):
    text = ("Bradley Cooper's Maestro premiered at Venice on September 2, 2023. Poor Things "
            "premiered on the Lido the previous day, on September 1, 2023.")
    r = reelcheck.check(text, kb=default_kb)
    assert not [c for c in r.claims if c.verdict == "refuted"]
    assert not [c for c in r.claims if c.slots.get("subject") == "maestro-2023-film"
                and "September 1" in c.text]
