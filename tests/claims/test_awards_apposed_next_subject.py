""""X did A, and Y, <phrase about Y>, was nominated for B": the parser joins Y to the first
verb and leaves the second with no subject, so the first clause's subject was read as the
nominee. Y, whose apposition is set off by commas right before the verb, is its subject.
Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_the_named_costar_is_the_nominee_not_the_first_subject(default_kb):
    got = awards("Back in 1955 Judy Garland earned a nomination for best actress, and James "
                 "Mason, her leading man, was nominated for best actor at the Oscars.",
                 default_kb)
    actor = [c for c in got if "best actor" in c.text]
    assert [(c.subject.id, c.verdict) for c in actor] == [("james-mason", "supported")]


def test_a_wrong_category_of_the_named_costar_is_his(default_kb):
    got = awards("At the Oscars Judy Garland earned a nomination for best actress, and James "
                 "Mason, her leading man, was nominated for best supporting actor.", default_kb)
    sup = [c for c in got if "supporting" in c.text]
    assert sup and all(c.subject.id == "james-mason" for c in sup)
