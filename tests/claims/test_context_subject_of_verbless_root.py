"""A sentence the parser roots in no verb ("In all she was nominated ...", with "In" as the
root) still has its main clause's subject: the first verb with a subject of its own. A later
"her" goes on meaning her, not a man the sentence names in passing. Sentences written for
these tests."""
from __future__ import annotations

import reelcheck

TEXT = ("Maggie Smith has died.\n\n"
        "She won her first Academy Award for \"The Prime of Miss Jean Brodie.\"\n\n"
        "In all she was nominated six times by the Academy, a run that takes in \"Gosford "
        "Park\" (2001), Robert Altman's murder mystery.\n\n"
        "Her turn in \"A Room with a View,\" which earned her a supporting actress nomination "
        "in 1987, is her best.")


def test_her_after_a_verbless_root_is_still_the_subject(default_kb):
    got = [c for c in reelcheck.check(TEXT, kb=default_kb).claims
           if c.predicate == "nominated_for" and "1987" in c.text]
    assert [(c.slots.get("subject"), c.verdict) for c in got] == [("maggie-smith", "supported")]
