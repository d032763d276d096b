"""A count of nominations followed by "for <category>" that the parser hung on the verb
("earned 17 Oscar nominations for Best Actress") counts that category, not the career. Sentences
written for these tests."""
from __future__ import annotations

import reelcheck


def counts(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") in ("award", "award_count") and c.slots.get("count")]


def test_a_category_after_the_counted_nominations_is_theirs(default_kb):
    # Meryl Streep: 17 Best Actress nominations among 21 in all
    got = counts("To date Meryl Streep has earned 17 Oscar nominations for Best Actress.",
                 default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "Best Actress 17 times" in got[0].explanation
    got = counts("To date Meryl Streep has earned 19 Academy Award nominations for Best "
                 "Actress.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "not 19 times" in got[0].explanation
