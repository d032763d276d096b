"""A jury named as the one a film's prize came from, the agent of a verb of awarding set on
the win ("went to Anora, chosen by a jury led by X") or the giver after "from" of a verb of
receiving ("won the Palme from a jury led by X"), is the jury of the edition where the KB
records the film's festival win, so its president is judged against that edition's."""
from __future__ import annotations

import reelcheck


def _jury(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "jury_president"]


def test_the_agent_of_a_participle_on_the_win(default_kb):
    assert _jury("In May the top prize went to Anora, picked by a jury led by Greta Gerwig.",
                 default_kb) == ["supported"]
    assert _jury("In May the top prize went to Anora, picked by a jury led by Cate Blanchett.",
                 default_kb) == ["refuted"]


def test_the_giver_of_a_win(default_kb):
    assert _jury("Anora took the Palme d'Or from a jury headed by Greta Gerwig.", default_kb) \
        == ["supported"]
    assert _jury("Anora took the Palme d'Or from a jury headed by Cate Blanchett.", default_kb) \
        == ["refuted"]


def test_a_jury_that_gave_nothing_names_no_edition(default_kb):
    assert "refuted" not in _jury("Anora was rejected by a jury led by Cate Blanchett.",
                                  default_kb)
