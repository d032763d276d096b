"""A festival's closing day said with no year takes a year the sentence states of that event,
never one inside a phrase on another noun ("..., the first American winner since The Tree of
Life in 2011" dates that film's win, not the closing)."""
import reelcheck


def _dates(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "date"]


def test_a_year_on_another_noun_is_not_the_closing_year(default_kb):
    text = ("The 77th Cannes Film Festival closed on May 25 with the Palme d'Or going to Anora, "
            "the first American winner since The Tree of Life in 2011.")
    assert _dates(text, default_kb) == ["supported"]


def test_the_events_own_years_still_count(default_kb):
    assert _dates("The 77th Cannes Film Festival opened on May 14 and closed on May 25, 2024.",
                  default_kb) == ["supported", "supported"]
    assert "refuted" in _dates("The 77th Cannes Film Festival opened on May 14, 2024 and "
                               "closed on May 26.", default_kb)
