"""A word that stands for one holder of a plural crew title -- "one of Anora's producers" set
beside a name or after a copula, "among its producers" after a copula -- says the name holds
that title on the film the phrase names (lexicon crew `partitive_words`, `member_preps`;
claims/crew.py _stand_in): refuted outside a complete credit, denied with the copula. Praise
("one of the great producers") names no film and credits nothing. Sentences written for these
tests; the facts are the default KB's Anora credits (its producer credit is complete)."""
from __future__ import annotations

import pytest

import reelcheck


def producers(text, kb):
    return [(c.object.id if hasattr(c.object, "id") else c.object, c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.predicate == "producer"]


@pytest.mark.parametrize("text, who, verdict", [
    ("Alex Coco, one of Anora's producers, thanked the crew.", "alex-coco", "supported"),
    ("Drew Daniels, one of Anora's producers, thanked the crew.", "drew-daniels", "refuted"),
    ("Drew Daniels is one of the producers of Anora.", "drew-daniels", "refuted"),
    ("Samantha Quan was among the producers of Anora.", "samantha-quan", "supported"),
    ("Drew Daniels was not among Anora's producers.", "drew-daniels", "supported"),
    ("Anora opened in October. Alex Coco, one of its producers, thanked the crew.",
     "alex-coco", "supported"),
])
def test_one_holder_of_a_plural_title_holds_it(default_kb, text, who, verdict):
    assert producers(text, default_kb) == [(who, verdict)]


@pytest.mark.parametrize("text", [
    "Anora opened in October. Drew Daniels, one of the great producers, thanked the crew.",
    "Drew Daniels might be one of Anora's producers.",
])
def test_praise_or_a_guess_credits_nothing(default_kb, text):
    assert producers(text, default_kb) == []
