"""A side clause whose verb takes another, earlier event as its object ("..., avenging her
Golden Globe loss", "..., repeating his Globe win") names that event's show, not the win's:
the win is read at the passage's show. Sentences written for these tests; the facts are the
default KB's (78th BAFTAs: Mikey Madison Best Actress in a Leading Role, Kieran Culkin
supporting actor; 82nd Golden Globes: Madison lost Best Actress to Demi Moore, Culkin won)."""
from __future__ import annotations

import reelcheck

LEDE = "Conclave took Best Film at the 78th British Academy Film Awards in London. "


def wins(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.slots.get("kind") == "award"
            and ("Madison" in c.text or "Culkin" in c.text)]


def test_a_loss_the_side_clause_avenges_is_not_the_win_s_show(default_kb):
    got = wins(LEDE + "Mikey Madison picked up Best Actress, avenging her Golden Globe defeat "
               "by Demi Moore.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "BAFTA" in got[0].explanation


def test_a_win_the_side_clause_repeats_is_not_the_win_s_show(default_kb):
    got = wins(LEDE + "Kieran Culkin collected the supporting actor prize, repeating his "
               "Golden Globe triumph.", default_kb)
    main = [c for c in got if c.text.startswith("Kieran")]
    assert main and all(c.verdict == "supported" for c in main)
    assert all("BAFTA" in c.explanation for c in main)


def test_a_result_clause_still_names_the_win_s_own_show(default_kb):
    # "earning ..." tells what the win itself brought: its show stays the clause's
    got = [c for c in reelcheck.check("Mikey Madison won Best Actress, earning her first Oscar.",
                                      kb=default_kb).claims if c.slots.get("kind") == "award"]
    assert got and got[0].verdict == "supported" and "Academy" in got[0].explanation
