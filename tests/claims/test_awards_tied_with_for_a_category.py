""""A tied with B for Best Actress" is a shared win (lexicon relation `tie with`): both won the
category at one edition; "tied with B for the most Oscars" names no category and is no win
(a record's words). Sentences written for these tests; facts of the default KB's Oscar record
(Hepburn and Streisand tied for Best Actress at the 41st Academy Awards, March and Beery for
Best Actor at the 5th; Woodward won Best Actress at the 30th)."""
from __future__ import annotations

from award_claims import award_verdicts


def test_a_tie_for_a_category_holds(default_kb):
    for text in ("At the 41st Academy Awards, Katharine Hepburn tied with Barbra Streisand for "
                 "Best Actress.",
                 "Fredric March tied with Wallace Beery for Best Actor in 1932."):
        assert award_verdicts(text, default_kb) == ["supported"], text


def test_a_tie_with_a_winner_of_another_night_is_refuted(default_kb):
    assert award_verdicts("At the 41st Academy Awards, Katharine Hepburn tied with Joanne "
                          "Woodward for Best Actress.", default_kb) == ["refuted"]


def test_a_tie_for_a_record_is_no_shared_win(default_kb):
    assert award_verdicts("Titanic tied with Ben-Hur for the most Oscars won by a single film.",
                          default_kb) == []
