"""A list of crew verbs the parser breaks at a comma, hanging the second item on the first as
its clausal complement ("which he wrote, directed, edited and produced"; "X wrote, directed and
edited Anora"), is still one list: each item and its conjuncts take the first verb's subject
and the shared object (claims/crew.py `_listed`, `_subject`). Sentences written for these
tests; the facts are the default KB's Anora credits."""
from __future__ import annotations

import pytest

import reelcheck


def explained(text, kb):
    return " ".join(c.explanation for c in reelcheck.check(text, kb=kb).claims
                    if c.category == "crew")


def test_every_item_of_a_relative_list_is_read(default_kb):
    text = "Sean Baker took Best Director for Anora, which he wrote, directed, edited and produced."
    got = explained(text, default_kb)
    for role in ("written", "directed", "edited", "produced"):
        assert f"Anora was {role} by Sean Baker" in got


@pytest.mark.parametrize("text, verdict", [
    ("Baker wrote, directed and edited Anora.", "supported"),
    ("Brady Corbet wrote, directed and edited Anora.", "refuted"),
])
def test_a_main_clause_list_broken_at_a_comma(default_kb, text, verdict):
    got = explained(text, default_kb)
    assert "edited by Sean Baker" in got and "directed by Sean Baker" in got
    assert [c.verdict for c in reelcheck.check(text, kb=default_kb).claims
            if c.category == "crew"] == [verdict]
