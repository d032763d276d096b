"""'X returned as cinematographer on Y' (claims/crew.py `_award_verb`): a verb counts as a
prize's ("won as director": a category, no credit) only by a cue the sentence completes, so
"return" and "come back", which start only the cue "return/come away empty-handed", leave the
'as' title a credit."""
from __future__ import annotations

import reelcheck


def _crew(kb, text):
    return [(c.predicate, c.slots.get("person"), c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.category == "crew"]


def test_returned_as_a_title(default_kb):
    assert _crew(default_kb, "After Red Rocket, Drew Daniels returned as cinematographer on "
                             "Anora.") == [("director_of_photography", "drew-daniels",
                                            "supported")]
    assert ("director_of_photography", "stephen-phelps", "refuted") in _crew(
        default_kb, "After Red Rocket, Stephen Phelps returned as cinematographer on Anora.")


def test_came_back_as_a_title(default_kb):
    assert _crew(default_kb, "Drew Daniels came back as director of photography for "
                             "Anora.") == [("director_of_photography", "drew-daniels",
                                            "supported")]
