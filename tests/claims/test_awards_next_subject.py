"""A name after "and" with a phrase set off by commas before its own verb ("X won A, and Y,
in her first try, won B") is that verb's subject, not a gapped repeat of the first clause.
Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.slots.get("kind") == "award"]


def test_a_name_before_a_set_off_phrase_is_the_next_verbs_subject(default_kb):
    # the parser joins Redford to the first "won": his claim took Best Actor from it
    text = ("Robert De Niro won Best Actor for Raging Bull, and Robert Redford, directing for "
            "the first time, won Best Director at the 53rd Academy Awards.")
    got = awards(text, default_kb)
    red = [c for c in got if c.slots.get("subject") == "robert-redford"]
    assert [(c.slots.get("award"), c.verdict) for c in red] == [
        ("academy-award-for-best-director", "supported")]
    # the wrong edition is refuted with the clause's own prize, never the first clause's
    got = awards(text.replace("53rd", "51st"), default_kb)
    red = [c for c in got if c.slots.get("subject") == "robert-redford"]
    assert [(c.slots.get("award"), c.verdict) for c in red] == [
        ("academy-award-for-best-director", "refuted")]
