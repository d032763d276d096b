"""A film said by a description ("the road movie", "his film") in a passage that names several
films: a description the KB cannot match means none of them for sure, and an owner pronoun
means the owner's film (claims/awards/; context.several_films). Sentences are written for
these tests; the facts are the default KB's Oscar record."""
from __future__ import annotations

import reelcheck


def _claims(text, kb):
    return [(c.verdict, c.text, c.explanation) for c in reelcheck.check(text, kb=kb).claims]


def test_a_described_film_is_not_the_last_one_named_when_several_were(default_kb):
    got = _claims("Green Book against Roma, 2019. Alfonso Cuarón won best director for Roma, "
                  "but the road movie took Best Picture at the 91st Academy Awards.", default_kb)
    assert not [c for c in got if c[0] == "refuted"], got


def test_an_owner_pronoun_means_the_owners_film(default_kb):
    got = _claims("Crash against Brokeback Mountain. Ang Lee won best director, but his film "
                  "lost Best Picture to Paul Haggis's drama at the 78th Academy Awards.",
                  default_kb)
    lost = [c for c in got if "lost" in c[1]]
    assert lost and "Brokeback Mountain" in lost[0][2], got


def test_one_film_in_the_passage_is_still_the_described_one(default_kb):
    got = _claims("Roma was Alfonso Cuarón's most personal film. The black-and-white drama "
                  "won best cinematography at the 91st Academy Awards.", default_kb)
    assert any(c[0] == "supported" and "cinematography" in c[1] for c in got), got
