"""'X was nominated for A at the Nth Academy Awards but lost to Z': the loss is the
nomination's, that night. Z's win of A at another ceremony is no support for it. Sentences in
the project's own words about facts the default KB holds."""
import reelcheck


def _lost_to(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.text.startswith("lost to")]


def test_the_winner_that_night_supports_the_loss(default_kb):
    text = ("Harry Potter and the Goblet of Fire was nominated for Best Art Direction at the "
            "78th Academy Awards but lost to Memoirs of a Geisha.")
    assert [v for v, _e in _lost_to(text, default_kb)] == ["supported"]


def test_a_winner_of_the_category_at_another_night_does_not(default_kb):
    # Avatar's cinematography Oscar was the 82nd's; at the 78th it went to Memoirs of a Geisha
    # (and Goblet of Fire was not in that race: the loss is still that night's)
    text = ("Harry Potter and the Goblet of Fire was nominated for Best Cinematography at the "
            "78th Academy Awards but lost to Avatar.")
    assert "supported" not in [v for v, _e in _lost_to(text, default_kb)]
    # Dunkirk's editing Oscar was the 90th's; the 78th's went to Crash
    text = ("Munich was nominated for Best Film Editing at the 78th Academy Awards but lost "
            "to Dunkirk.")
    assert "supported" not in [v for v, _e in _lost_to(text, default_kb)]
