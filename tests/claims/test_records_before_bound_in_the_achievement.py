""""Only X had done it ... before Y": the bound that ends the record's count may hang, in the
parse, on a word of the achievement's own phrase ("... in a single night before Baker" puts
"before" under "night"), not on the verb or the holder. It still bounds the count
(claims/records.py `_before`), so the holders the KB lists before the one named are the ones
counted: the true sentence is not refuted as "not the only one". Sentences are written for
these tests; the facts are the default KB's record lists."""
from __future__ import annotations

from award_claims import record_verdicts


def test_a_trailing_before_bound_under_the_achievement_is_read(default_kb):
    for text in ("Only Walt Disney had won four Oscars in a single night before Sean Baker.",
                 "Only Walt Disney had taken home four Academy Awards on one evening before "
                 "Sean Baker came along."):
        assert record_verdicts(text, default_kb) == ["supported"], text


def test_a_holder_outside_the_list_before_the_bound_is_not_supported(default_kb):
    got = record_verdicts("Only Bong Joon-ho had won four Oscars in a single night before "
                          "Sean Baker.", default_kb)
    assert "supported" not in got and "refuted" not in got
