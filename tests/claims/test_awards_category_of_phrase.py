""""The Oscar of best director": a category phrase in the prize noun's own "of" phrase (the way
translated press names it) is the category the win is checked against, never dropped for a bare
"won an Oscar". Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def wins(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_a_category_after_of_is_checked(default_kb):
    # before: supported as a bare Oscar win (the director won two others)
    got = wins("Last night the Mexican filmmaker Alfonso Cuaron collected the Oscar of best "
               "cinematography for Gravity.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "Best Cinematography" in got[0].explanation
    got = wins("For Anora, the young Mikey Madison carried off the Oscar of best supporting "
               "actress.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]


def test_a_true_category_after_of_is_supported_by_that_category(default_kb):
    got = wins("For Anora, the young Mikey Madison carried off the Oscar of best actress.",
               default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "Best Actress" in got[0].explanation


def test_the_work_after_the_category_of_phrase_is_checked_too(default_kb):
    # Cuaron's cinematography Oscar was for Roma: "for Gravity", hung on the category inside
    # the "of" phrase, is the stated work and must not be dropped
    got = wins("That evening Alfonso Cuaron carried off the Oscar of best cinematography for "
               "Gravity.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "not Gravity" in got[0].explanation
    got = wins("That evening Alfonso Cuaron carried off the Oscar of best cinematography for "
               "Roma.", default_kb)
    assert [c.verdict for c in got] == ["supported"]


def test_a_common_prize_noun_takes_its_of_category_too(default_kb):
    for noun in ("statuette", "prize"):
        got = wins(f"Sean Baker went home with the {noun} of best cinematography at the 97th "
                   f"Academy Awards.", default_kb)
        assert [c.verdict for c in got] == ["refuted"], noun
        assert "Best Cinematography" in got[0].explanation
