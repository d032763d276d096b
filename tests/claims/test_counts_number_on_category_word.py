"""A number the parser hangs on the category word before the counted prize noun ("won four
best actress Oscars") counts the prizes of that category. Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def wins(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "award_received"]


def test_a_count_before_a_lower_case_category_counts_its_prizes(default_kb):
    # Katharine Hepburn: four Best Actress Oscars
    got = wins("In the end Katharine Hepburn collected four best actress Oscars.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "four times" in got[0].explanation
    got = wins("In the end Katharine Hepburn collected three best actress Oscars.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
