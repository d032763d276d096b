"""An age softened by "only"/"just" in a copula with a when-clause ("she was only 24 when she
won Best Actress"): "only" on the number is no record word, so the win of the when-clause
stays a claim and the age is at that win (claims/frames.py _record). Sentences written for
these tests."""
from __future__ import annotations

import pytest

from age_claims import ages


@pytest.mark.parametrize("text, verdict", [
    ("Mikey Madison was only 24 when she took home Best Actress.", "refuted"),
    ("Brie Larson was only 26 when she won Best Actress for Room.", "supported"),
    ("Emma Stone was just 28 when she won Best Actress.", "supported"),
])
def test_a_softened_age_is_at_the_when_clause_s_win(default_kb, text, verdict):
    assert [c.verdict for c in ages(text, default_kb)] == [verdict]
