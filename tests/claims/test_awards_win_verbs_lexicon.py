"""Win cues are lexicon data: each reads as a win with its prize, and a wrong winner is
refuted where the KB holds the ceremony's complete winners. Sentences written for this test."""
from __future__ import annotations

import pytest

from award_claims import verdicts


@pytest.mark.parametrize("cue", ["snapped up", "emerged victorious in"])
@pytest.mark.parametrize("who, verdict", [("Mikey Madison", "supported"),
                                          ("Demi Moore", "refuted")])
def test_a_win_cue_states_the_win(cue, who, verdict, default_kb):
    assert verdicts(f"At the 97th Academy Awards, {who} {cue} Best Actress.",
                    default_kb) == [verdict]
