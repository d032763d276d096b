"""Every party a "beat" verb names is accounted for. A title whose words the parser read as the
verb's adverbs ("beat Inside Out 2 and The Wild Robot": "Inside", "Out" adverbs of "beat") is
parsed again as one name, so the rival is a rival and not the subject of a clause of its own
(`claims/parse.py`, `_title_read_as_a_name`); a party surpassed outside any race the KB can
find ("surpassing Walt Disney", the holder of a record) is said and not checked, so the win
alone does not stand for the sentence (`claims/awards/reader.py`). Sentences in the project's
own words about facts the default KB holds."""
from award_claims import readings


def test_rivals_after_a_title_read_as_adverbs_are_rivals(default_kb):
    text = "At the 97th Oscars, Flow beat Inside Out 2 and The Wild Robot for Animated Feature."
    got = readings(text, default_kb)
    assert got and all(v == "supported" for v, _e in got), got
    text = "At the 97th Oscars, Memoir of a Snail beat Inside Out 2 and The Wild Robot for Animated Feature."
    assert "refuted" in [v for v, _e in readings(text, default_kb)]


def test_a_surpassed_record_holder_is_not_checked_as_a_rival(default_kb):
    text = ("On Oscar night Baker won four Oscars in one evening, surpassing Walt Disney, "
            "whose record had stood for seventy years.")
    got = readings(text, default_kb, categories=("award", "count"))
    assert "supported" not in [v for v, _e in got], got
    assert any("Walt Disney" in e and "not" in e for _v, e in got), got


def test_a_rival_in_the_race_is_still_checked(default_kb):
    text = "Mikey Madison took Best Actress at the 97th Academy Awards, beating Demi Moore."
    assert [v for v, _e in readings(text, default_kb)] == ["supported", "supported"]
    text = "Mikey Madison took Best Actress at the 97th Academy Awards, beating Zoe Saldaña."
    assert "refuted" in [v for v, _e in readings(text, default_kb)]
