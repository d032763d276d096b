"""Season coverage mixes many shows in one piece (Globes, guilds, BAFTA, festivals, the Oscars).
A show's result is never checked against another show's record: the show is a slot of the
claim, so a prize of a show the KB holds no category for stays not_enough_info rather than
being read as the Oscars' prize of the same name.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _award_claims(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_a_named_prize_the_kb_does_not_link_is_not_read_as_an_oscar(default_kb):
    # the clause names its own prize ("the Screen Actors Guild Award", a name the KB does not
    # link) while the sentence names a festival: the category is that prize's show's, never
    # the Oscars' Best Supporting Actress that the festival lacks
    got = _award_claims("Zoe Saldaña accepted the Screen Actors Guild Award for supporting "
                        "actress for \"Emilia Pérez,\" which premiered at the Cannes Film "
                        "Festival.", default_kb)
    win = [c for c in got if c.subject and c.subject.id == "zoe-saldana"]
    assert win
    assert all(c.verdict == "not_enough_info" for c in win)
    assert all("Academy" not in c.explanation for c in win)
