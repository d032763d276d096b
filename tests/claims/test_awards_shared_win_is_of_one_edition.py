"""A prize said to be shared ("A shared the Best Actress Oscar with B", "an Oscar she shared
with B", "sharing the prize with B") is one prize of one edition: with no edition named, B's
win must be of the edition A's is, not any win of the category. Sentences written for these
tests; facts of the default KB's Oscar record (Hepburn and Streisand tied for Best Actress at
the 41st Academy Awards; Woodward won it at the 30th; March and Beery tied for Best Actor at
the 5th)."""
from __future__ import annotations

from award_claims import award_rows


def test_a_shared_prize_with_a_winner_of_another_year_is_not_supported(default_kb):
    got = award_rows("The Lion in Winter earned Katharine Hepburn a Best Actress Oscar she "
                     "shared with Joanne Woodward.", default_kb)
    shared = [v for t, v in got if "Woodward" in t]
    assert shared and "supported" not in shared, got


def test_sharing_the_prize_after_the_win(default_kb):
    got = award_rows("Katharine Hepburn won Best Actress for The Lion in Winter, sharing the "
                     "prize with Joanne Woodward.", default_kb)
    shared = [v for t, v in got if "Woodward" in t]
    assert shared and "supported" not in shared, got


def test_a_shared_oscar_of_two_editions_is_refuted(default_kb):
    got = award_rows("Katharine Hepburn shared the Best Actress Oscar with Joanne Woodward.",
                     default_kb)
    assert [v for _t, v in got] == ["refuted"], got


def test_a_true_tie_still_holds(default_kb):
    for text in ("Katharine Hepburn shared the Best Actress Oscar with Barbra Streisand.",
                 "Fredric March shared the Best Actor award with Wallace Beery.",
                 "Katharine Hepburn won Best Actress for The Lion in Winter, sharing the prize "
                 "with Barbra Streisand."):
        got = award_rows(text, default_kb)
        assert got and all(v == "supported" for _t, v in got), (text, got)
