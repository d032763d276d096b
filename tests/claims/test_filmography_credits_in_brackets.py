"""A press note's brackets after a person's name that hold only works ("Director Jane Roe (X,
Y) returns with Z", "Cast: Jane Roe (X)") list credits of theirs: each a credit claim,
supported when the KB credits it and left open otherwise. A line about prizes ("Best Actress:
Jane Roe (X)") names a nominee's film instead. Sentences are written for these tests."""
from __future__ import annotations

from credit_claims import filmography_claims as films


def test_bracketed_works_after_a_name_are_credits(default_kb):
    got = films("Festival notes: Director Sean Baker (Starlet, Red Rocket) returns with a new "
                "comedy.", default_kb)
    assert len(got) == 2 and all(c.verdict == "supported" for c in got), got
    got = films("Cast: Yura Borisov (Compartment No. 6), Aleksei Serebryakov (Leviathan).",
                default_kb)
    assert len(got) == 2 and all(c.verdict == "supported" for c in got), got


def test_a_credit_the_kb_lacks_is_not_supported(default_kb):
    got = films("Cast: Mark Eydelshteyn (Compartment No. 6), Yura Borisov (Kalashnikov).",
                default_kb)
    verdicts = {c.text: c.verdict for c in got}
    assert verdicts.get("Mark Eydelshteyn (Compartment No. 6)") == "not_enough_info", got
    assert verdicts.get("Yura Borisov (Kalashnikov)") == "supported", got


def test_a_row_under_a_prize_heading_is_no_credit_line(default_kb):
    # the row names a nominee and the film she was up for: the award family judges it
    text = "Golden Globes recap\n\nBest Actress\nLily Gladstone (Anora)\n"
    got = films(text, default_kb)
    assert not [c for c in got if c.slots.get("work") == "anora-2024-film"
                and c.predicate == "notable_work"], got
