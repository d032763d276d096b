"""A group kin noun with a named owner as the part ("Vanya's parents are played by A and B")
stands for the story's members of the group (lexicon `plot.group_kin`): each listed actor is
read as playing the member the KB has them play, a reading that only confirms (the sentence
does not say which is whose); when one listed actor plays none of them the list is not read
(claims/cast.py `_group_member`). Sentences are written for these tests; in the default KB
Vanya's father Nikolai is played by Aleksei Serebryakov and his mother Galina by Darya
Ekamasova."""
from __future__ import annotations

import pytest
from story_claims import MAKER_LEAD, after_lead


def cast(text, kb):
    return [c.verdict for c in after_lead(text, kb, lambda c: c.category == "cast", MAKER_LEAD)]


@pytest.mark.parametrize("text", [
    "Vanya's parents are played by Aleksei Serebryakov and Darya Ekamasova.",
    "Darya Ekamasova and Aleksei Serebryakov play Vanya's parents.",
])
def test_the_group_s_players_are_supported(text, default_kb):
    assert cast(text, default_kb) == ["supported", "supported"], text


@pytest.mark.parametrize("text", [
    "Vanya's parents are played by Aleksei Serebryakov and Yura Borisov.",
    "Yura Borisov and Aleksei Serebryakov play Vanya's parents.",
    "Ani's parents are played by Aleksei Serebryakov and Darya Ekamasova.",
])
def test_a_list_with_another_player_or_owner_is_not_supported(text, default_kb):
    got = cast(text, default_kb)
    assert "supported" not in got and "refuted" not in got, (text, got)
