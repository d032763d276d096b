""""the only three-time winner of Best Actor": "only" on a holder noun (winner, nominee) says
no one else holds it, a record's uniqueness, not a count of one ("its only win" is one). The
count the holder noun carries is still checked; the uniqueness is left open. Sentences written
for these tests; facts of the default KB's Oscar record (Day-Lewis won Best Actor three times,
Hepburn Best Actress four times, Nicholson Best Actor twice)."""
from __future__ import annotations

from award_claims import all_verdicts


def test_only_on_a_holder_is_no_count_of_one(default_kb):
    for text in ("Daniel Day-Lewis remains the only three-time winner of the Academy Award "
                 "for Best Actor.",
                 "Daniel Day-Lewis is the only three-time Best Actor Oscar winner.",
                 "Katharine Hepburn is the only four-time winner of the Oscar for Best Actress."):
        got = all_verdicts(text, default_kb)
        assert got and "refuted" not in got, (text, got)


def test_the_holder_s_count_is_still_checked(default_kb):
    for text in ("Jack Nicholson is the only three-time winner of the Academy Award for Best "
                 "Actor.",
                 "Daniel Day-Lewis remains the only four-time winner of the Academy Award for "
                 "Best Actor."):
        assert "refuted" in all_verdicts(text, default_kb), text
