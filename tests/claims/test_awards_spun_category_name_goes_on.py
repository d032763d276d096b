"""A content farm's spun category name ("Finest Documentary Brief", "Finest Brief Topic") is
read whole: a capitalised word after a "best"/"finest" phrase that the lexicon does not know
goes on with the name, so the phrase is never cut short to another category ("Finest
Documentary", the feature prize) and refuted with it. Sentences are written for these tests;
facts are the default KB's Oscar record (Walt Disney at the 26th Academy Awards: The Living
Desert, documentary feature; The Alaskan Eskimo, documentary short; Bear Country, two-reel
short)."""
from __future__ import annotations

from award_claims import readings as awards


def test_a_spun_short_is_not_read_as_the_feature_prize(default_kb):
    got = awards("At the 26th Academy Awards, Walt Disney took Finest Documentary Brief for "
                 "The Alaskan Eskimo.", default_kb)
    assert [v for v, _e in got] == ["supported"], got
    got = awards("At the 26th Academy Awards, Walt Disney took Finest Documentary Brief for "
                 "The Living Desert.", default_kb)
    assert [v for v, _e in got] == ["refuted"], got


def test_an_unknown_word_ends_no_category_early(default_kb):
    got = awards("Walt Disney won Finest Brief Topic for Bear Country at the 26th Academy "
                 "Awards.", default_kb)
    assert [v for v, _e in got] == ["supported"], got
    got = awards("Walt Disney won Finest Documentary Gizmo for The Alaskan Eskimo at the 26th "
                 "Academy Awards.", default_kb)
    assert not any(v == "refuted" for v, _e in got), got
