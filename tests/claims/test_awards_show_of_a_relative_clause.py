"""A show named only inside a clause that describes a noun of the sentence by a win there ("X,
who won at the Golden Globes, lost Best Actress to Y") is that clause's: the main clause, naming
no show, does not take it as the paragraph's (claims/awards/ `_beyond_description`).
Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if c.predicate in ("award_received", "nominated_for")]


def test_loss_is_not_read_at_the_show_of_the_relative_clause(default_kb):
    got = awards("Demi Moore, who had triumphed at the Golden Globes, lost best actress to "
                 "Mikey Madison in the end.", default_kb)
    assert not any(c.verdict == "refuted" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]
    # the relative clause's own win is still read at its show
    rel = [c for c in got if c.text.endswith("Golden Globes")]
    assert [c.verdict for c in rel] == ["supported"], [(c.text, c.verdict) for c in got]


def test_show_named_elsewhere_in_the_paragraph_still_counts(default_kb):
    # the paragraph names the Oscars in a sentence of its own: the loss is read there
    got = awards("The 97th Academy Awards were full of surprises. Demi Moore, who had "
                 "triumphed at the Golden Globes, lost best actress to Mikey Madison.",
                 default_kb)
    loss = [c for c in got if c.text.endswith("Mikey Madison")]
    assert loss and all(c.verdict == "supported" for c in loss), \
        [(c.text, c.verdict, c.explanation) for c in got]
