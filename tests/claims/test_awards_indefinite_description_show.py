"""An indefinite description set off after a clause's prize (", a strong predictor of the Oscar
for best director") tells that prize's story: a show it names is not the prize the verb names
(claims/awards/ `_described`). Sentences are written for these tests; the facts are the
default KB's."""
from __future__ import annotations

import reelcheck


def test_a_show_named_in_an_indefinite_description_is_not_the_prize(default_kb):
    text = ("Anora's director Sean Baker had a long spring. Baker won the Directors Guild of "
            "America's top prize for feature film, a reliable guide to the Oscar for best "
            "director.")
    got = [c for c in reelcheck.check(text, kb=default_kb).claims if c.category == "award"]
    assert not [c for c in got if "Academy Award" in (c.explanation or "")
                and c.verdict == "supported"], [(c.text, c.explanation) for c in got]
