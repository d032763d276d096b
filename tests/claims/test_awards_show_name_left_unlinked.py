"""A show's short name that the linker leaves unlinked as some other kind of name ("the
Globe", tagged an organisation) is, in the award slot of a win, loss or nomination, the show
the families list says it is: the clause is checked against that show, and neither borrows
the prize of the clause it hangs on nor goes unread. Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def _awards(text, kb):
    return [(c.slots.get("family"), c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "award"]


def test_a_globe_won_is_checked_at_the_globes(default_kb):
    # before: "who won the Globe" borrowed the main clause's Oscar and was supported by it
    got = _awards("Madison, who won the Globe, lost the Oscar.", default_kb)
    assert got[0] == ("golden-globe-awards", "refuted")
    # before: no claim at all
    assert _awards("Mikey Madison won the Globe.", default_kb) == [
        ("golden-globe-awards", "refuted")]
    assert _awards("Kieran Culkin won the Globe for supporting actor.", default_kb) == [
        ("golden-globe-awards", "supported")]


def test_a_globe_lost_in_a_relative_clause_keeps_its_show(default_kb):
    text = "Madison, who lost the Globe to Demi Moore, won the Oscar."
    assert _awards(text, default_kb) == [("golden-globe-awards", "supported"),
                                         ("academy-awards", "supported")]
    # before: supported (the Oscar read into the relative clause)
    text = "Madison, who won the Globe and lost the BAFTA to Demi Moore, went on to win the Oscar."
    assert ("golden-globe-awards", "refuted") in _awards(text, default_kb)


def test_the_name_outside_an_award_slot_is_no_prize(default_kb):
    assert _awards("The Globe reviewed Anora in 2024.", default_kb) == []
