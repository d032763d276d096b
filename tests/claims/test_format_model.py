"""A model number said with a format ("an iPhone 6") is a slot of the format claim: it was
left out of the claim, and the KB's "iPhone 5s" supported any iPhone said. Sentences are
written for these tests; the fact is the default KB's (Tangerine, shot on iPhone 5s
smartphones)."""
from __future__ import annotations

import reelcheck


def formats(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "filming_format"]


def test_another_model_is_not_supported(default_kb):
    got = formats("Famously, Tangerine was filmed on an iPhone 7 with an anamorphic adapter.",
                  default_kb)
    assert got and all(c.verdict != "supported" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]


def test_the_model_the_kb_names_and_no_model_are_supported(default_kb):
    got = formats("Tangerine was filmed on the iPhone 5s.", default_kb)
    got += formats("Tangerine was filmed on an iPhone.", default_kb)
    assert len(got) == 2 and all(c.verdict == "supported" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]
