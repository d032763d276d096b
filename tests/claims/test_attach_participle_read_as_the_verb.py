""""Anora, shut out at the Golden Globes, went on to win Best Picture": the parser may take the
participle set off by commas after the subject for the sentence's verb and join the real verb
to it as a conjunct; the mend hangs the participle on the subject and makes the conjunct the
verb. The participle's show is then its own (a count of none there), not the main win's, which
had been read as a Golden Globe and refuted. A participle the tagger takes for a past verb, so
set off after a name ("Demi Moore, overlooked at the BAFTAs, ..."), states its own relation.

Sentences written for these tests; the facts are the default KB's (Anora won Best Picture at the
97th Academy Awards and nothing at the 82nd Golden Globes, where Conclave won Best Screenplay)."""
from __future__ import annotations

import reelcheck


def _claims(text, kb):
    return [(c.category, c.verdict) for c in reelcheck.check(text, kb=kb).claims]


def test_the_main_win_keeps_its_own_show(default_kb):
    got = _claims("Anora, shut out at the Golden Globes, went on to win Best Picture.", default_kb)
    assert ("award", "supported") in got and all(v != "refuted" for _c, v in got)
    assert ("count", "supported") in got


def test_the_set_off_participle_is_checked_on_its_own(default_kb):
    got = _claims("Conclave, shut out at the Golden Globes, went on to win Best Adapted "
                  "Screenplay.", default_kb)
    assert ("award", "supported") in got and ("count", "refuted") in got


def test_a_participle_tagged_as_a_past_verb_after_a_name(default_kb):
    got = _claims("Demi Moore, overlooked at the BAFTAs, still went into Oscar night as the "
                  "favourite.", default_kb)
    assert [c for c, _v in got] == ["count"] and all(v != "refuted" for _c, v in got)
