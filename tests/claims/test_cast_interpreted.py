""""Interprets Ani", "is interpreted by": the verb translated copy uses for playing a part is the
lexicon's `play` relation (claims/lexicon.yaml). Sentences in the project's own words."""
from __future__ import annotations

import pytest

from credit_claims import played_parts


@pytest.mark.parametrize("text, expect", [
    ("In the film, the young Mikey Madison interprets Ani with great energy.", "supported"),
    ("In the film, the young Mikey Madison interprets Galina with great energy.", "refuted"),
    ("The role of Igor is interpreted by Yura Borisov.", "supported"),
    ("Igor is interpreted by Mark Eydelshteyn, the son of the oligarch.", "refuted"),
])
def test_interpreting_a_part_is_playing_it(default_kb, text, expect):
    got = [v for _c, _a, v in played_parts(text, default_kb)]
    assert expect in got and ("refuted" if expect == "supported" else "supported") not in got


def test_interpreting_a_story_is_no_part(default_kb):
    assert played_parts("Many viewers interpret the ending of Anora as a tragedy.", default_kb) == []
