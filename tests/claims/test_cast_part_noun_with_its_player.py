"""A noun of a played part ("turn", "performance") names its player with a "from"/"by" phrase
as a possessor does (lexicon `played_part.owner_preps`): "with a supporting turn from A as X"
says A plays X, so a part the KB gives to someone else is refuted. Sentences are written for
these tests; the facts are the default KB's Anora cast (Yura Borisov plays Igor, Karren
Karagulian plays Toros, Vache Tovmasyan plays Garnick)."""
from __future__ import annotations

from credit_claims import played_parts as parts


def test_a_turn_from_a_player_with_the_wrong_part_is_refuted(default_kb):
    text = "Anora stars Mikey Madison, with a supporting turn from Yura Borisov as Toros."
    assert parts(text, default_kb) == [("toros", "yura-borisov", "refuted")]
    # ... and with the right part it is supported
    assert parts(text.replace("Toros", "Igor"), default_kb) == [
        ("igor", "yura-borisov", "supported")]


def test_a_performance_by_a_player_reads_the_same(default_kb):
    good = ("The Anora cast includes Mikey Madison, with a scene-stealing performance by "
            "Karren Karagulian as Toros.")
    bad = good.replace("Toros", "Garnick")
    assert parts(good, default_kb) == [("toros", "karren-karagulian", "supported")]
    assert parts(bad, default_kb) == [("garnick", "karren-karagulian", "refuted")]
