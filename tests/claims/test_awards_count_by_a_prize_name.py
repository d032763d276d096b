"""A number on the plural of a prize the KB knows by name ("won two Palmes") counts that prize,
as "twice" or "a two-time Palme d'Or winner" do. Sentences are written for these tests; the
facts are the default KB's complete record of the Palme d'Or (Östlund: 2017 and 2022; Bong
Joon Ho: 2019)."""
from __future__ import annotations

from award_claims import award_verdicts as verdicts


def test_a_count_on_a_prize_name(default_kb):
    assert verdicts("Ruben Östlund has won two Palmes.", default_kb) == ["supported"]
    assert verdicts("Ruben Östlund, who won two Palmes, returned to Cannes.", default_kb) == \
        ["supported"]
    assert verdicts("Ruben Östlund has won three Palmes.", default_kb) == ["refuted"]
    assert verdicts("Bong Joon Ho has won two Palmes.", default_kb) == ["refuted"]
