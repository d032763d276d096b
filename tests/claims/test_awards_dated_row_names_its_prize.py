"""A row dated by its year that names its prize right after the colon ("Cannes 2024: Palme
d'Or, Anora") states that prize for the winner after it, with no heading above naming the
prize; a show's name alone in that place ("2025: Golden Globe, X") is no prize of its own and
the row is read as before."""
from __future__ import annotations

import reelcheck


def _award_verdicts(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_the_row_is_supported(default_kb):
    assert _award_verdicts("Cannes 2024: Palme d'Or, Anora", default_kb) == ["supported"]
    assert _award_verdicts("2019: Palme d'Or, Parasite (Bong Joon Ho)", default_kb) \
        == ["supported"]


def test_a_wrong_winner_or_year_is_refuted(default_kb):
    assert _award_verdicts("Cannes 2024: Palme d'Or, Emilia Pérez", default_kb) == ["refuted"]
    assert _award_verdicts("2022: Palme d'Or, Anora (Sean Baker)", default_kb) == ["refuted"]


def test_a_show_alone_states_no_prize(default_kb):
    assert _award_verdicts("2025: Golden Globe, Anora", default_kb) == []
