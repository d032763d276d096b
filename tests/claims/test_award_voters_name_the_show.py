"""Who handed a prize out may be named by its voters: "the BAFTA jury", "Globes voters",
"members of the Academy" (lexicon `qualifiers.voter_nouns`, claims/awards `_giver`). The show
their modifier names is a slot of the claim: a prize of another show is not supported by its
own win alone, and the prize of the show they name is read at that show. Sentences are
written for these tests; facts are the default KB's (Anora's Palme d'Or, Mikey Madison's
Oscar and BAFTA wins and her Golden Globe loss to Demi Moore)."""
from __future__ import annotations

from award_claims import only_award


def test_a_jury_of_another_show_leaves_the_palme_open(default_kb):
    c = only_award("In a surprise, the BAFTA jury gave Anora the Palme d'Or.", default_kb)
    assert c.verdict == "not_enough_info", c.explanation
    assert "BAFTA jury" in c.explanation
    # the festival's own jury: the win holds as before
    ok = only_award("In a surprise, the Cannes jury gave Anora the Palme d'Or.", default_kb)
    assert ok.verdict == "supported", ok.explanation


def test_voters_of_an_awards_show_are_a_slot_of_a_festival_prize(default_kb):
    c = only_award("Golden Globe voters handed Mikey Madison the Palme d'Or.", default_kb)
    assert c.verdict != "supported", c.explanation
    c = only_award("Voters at the Golden Globes handed Anora the Palme d'Or.", default_kb)
    assert c.verdict == "not_enough_info", c.explanation
    # voters of the show the prize is a category of: read at that show, a win and a loss
    ok = only_award("Members of the Academy handed Mikey Madison the Best Actress award.",
                    default_kb)
    assert ok.verdict == "supported", ok.explanation
    assert "Academy Award for Best Actress" in ok.explanation
    wrong = only_award("Members of the Academy handed Mikey Madison the Best Supporting "
                       "Actress award.", default_kb)
    assert wrong.verdict == "refuted", wrong.explanation
    assert "Zoe Salda" in wrong.explanation


def test_a_jury_named_by_another_festival_city_leaves_the_palme_open(default_kb):
    c = only_award("That May, the Venice jury awarded Anora the Palme d'Or.", default_kb)
    assert c.verdict == "not_enough_info", c.explanation
    assert "Venice jury" in c.explanation
    ok = only_award("That May, the Cannes jury awarded Anora the Palme d'Or.", default_kb)
    assert ok.verdict == "supported", ok.explanation
