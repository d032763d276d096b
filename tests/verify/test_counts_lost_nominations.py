"""A count of nominations said lost ("lost all five of its nominations") holds the
nominations, not denies them: it counts those that did not win at that edition, and a count
on the "of" phrase's noun is the pool they are taken from (h37c)."""
from tests.helpers.award_claims import awards


def _counts(text, kb):
    return [c.verdict for c in awards(text, kb) if c.slots.get("kind") == "award_count"]


def test_all_nominations_lost_at_a_show_with_no_win_holds(default_kb):
    # the Golden Globes gave Anora nothing from its five nominations
    assert _counts("Anora lost all five of its Golden Globe nominations.", default_kb) \
        == ["supported"]


def test_losing_all_after_a_shut_out_is_not_read_as_a_win(default_kb):
    got = awards("Anora was shut out at the Golden Globes, losing all five of its nominations.",
                 default_kb)
    assert "refuted" not in [c.verdict for c in got]


def test_the_one_lost_of_six_oscar_nominations(default_kb):
    assert _counts("Anora lost only one of its six Oscar nominations.", default_kb) \
        == ["supported"]


def test_a_wrong_number_lost_is_refuted_by_the_count_of_losses(default_kb):
    got = [c for c in awards("Anora lost three of its six Oscar nominations.", default_kb)
           if c.slots.get("kind") == "award_count"]
    assert [c.verdict for c in got] == ["refuted"]
    assert "lost 1 of 6" in got[0].explanation
