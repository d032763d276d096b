"""An "N-time winner of the Oscar for <category>" counts wins of that category: the linker
takes "Oscar for Best Actress" as one prize and the cue also holds its "for" phrase, which is
the same prize, not a second one (claims/awards/, _award_refs drops a category run inside a
prize name already held). Sentences are written for these tests; facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _claims(text, kb):
    return [(c.verdict, c.text, c.explanation) for c in reelcheck.check(text, kb=kb).claims]


def test_the_right_count_of_one_category_is_supported(default_kb):
    got = _claims("Tom Hanks is a two-time winner of the Oscar for Best Actor.", default_kb)
    assert any(v == "supported" and "twice" in e for v, _t, e in got), got


def test_a_wrong_count_of_one_category_is_refuted_with_that_category(default_kb):
    got = _claims("Cate Blanchett is a two-time winner of the Oscar for Best Actress.",
                  default_kb)
    assert any(v == "refuted" and "Best Actress once" in e for v, _t, e in got), got


def test_the_whole_show_count_is_not_read_for_a_stated_category(default_kb):
    # two Oscars in all, one of them for Best Actress: the count is never supported
    got = _claims("Cate Blanchett, the two-time winner of the Oscar for Best Actress, "
                  "flew in from Sydney.", default_kb)
    assert not any(v == "supported" for v, _t, _e in got), got
