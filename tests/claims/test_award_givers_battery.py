"""The award givers battery (tests/data/award_givers_battery.tsv, sentences written for
reelcheck's tests): bodies nominating and naming winners ("Academy members nominated ...",
"Voters at the Golden Globes named ...", "The Academy named Anora Best Picture"), surnames
and "X's film" as winners, in news, listicle, review and retrospective registers, each with a
one-slot mutant. No line may be refuted that the battery does not mark R; all 62 pass (25
at 53f1f5c1, where one mutant, "named Anora best animated feature", was supported).
Left: a count whose show only the giver names ("the Academy nominated Anora for nine
awards") is read as the passage's show, so it is never refuted."""
from __future__ import annotations

from battery import run


def test_award_givers_battery(default_kb):
    passed, total, wrong_refutes = run("award_givers_battery.tsv", default_kb)
    assert wrong_refutes == []
    assert total >= 62 and passed >= 62, (passed, total)
