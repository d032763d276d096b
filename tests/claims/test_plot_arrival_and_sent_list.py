"""Every one a story sentence names in a journey or an errand is a slot the verdict accounts
for. Where one arrives is the journey's end ("arrive in New York from Russia": lexicon
`plot.story` origin roles); the names set beside a noun ("the henchmen Garnick and Igor") are
who arrive; "sends Toros, Garnick and Igor to annul it", parsed with the list the infinitive's
subject, sends them all (claims/attach.py `_objects_read_as_an_infinitive_s_subject`); and a
story's claim that covers only part of such a list leaves the rest a slot to judge
(claims/accounting.py: a character a story clause names is a slot). Sentences written for these
tests; in the KB's story Vanya's parents fly from Russia to New York, Garnick and Igor arrive at
the mansion, and Toros is sent with Garnick and Igor to end the marriage."""
from __future__ import annotations

from story_claims import plot_readings, supported_texts


def test_where_the_parents_arrive_is_judged(default_kb):
    got = plot_readings("Galina and Nikolai arrive in Miami from Russia to end the marriage.",
                        default_kb)
    assert any(v == "refuted" for v, _t in got) and not supported_texts(got), got


def test_the_true_arrival_is_supported(default_kb):
    got = plot_readings("Vanya's parents arrive in New York by private jet.", default_kb)
    assert supported_texts(got) and not any(v == "refuted" for v, _t in got), got


def test_an_arrival_the_story_tells_elsewhere_is_left_open(default_kb):
    got = plot_readings("The henchmen Garnick and Igor arrive at the mansion in Las Vegas.",
                        default_kb)
    assert got and all(v == "not_enough_info" for v, _t in got), got


def test_the_last_one_sent_is_one_of_those_sent(default_kb):
    got = plot_readings("After Vanya's parents learn of the wedding, they dispatch Toros, "
                        "Garnick and Lulu to annul it.", default_kb)
    assert not any("Toros" in t for t in supported_texts(got)), got
    got = plot_readings("Once his parents hear of the wedding, they dispatch Toros, Garnick and Lulu "
                        "to annul it.",
                        default_kb)
    assert not supported_texts(got), got
    good = plot_readings("Once his parents hear of the wedding, they dispatch Toros, Garnick and "
                         "Igor to annul it.",
                         default_kb)
    assert any("Igor" in t for t in supported_texts(good)), good
