"""The careers battery (tests/data/careers_battery.tsv): sentences written for reelcheck's
tests in many registers, each fact's true version and one-slot mutants, about a film's place
among its maker's features, first features, successions ("follow-up to", "first film since",
"followed A with B"), credit years, whose film a title is ("X's Anora", "the new film by X")
and titled crew ("DP X shot it"). A true or open row is never refuted. Rows the engine does not
read yet are listed in `NOT_YET` (expected failures, not hidden)."""
from __future__ import annotations

import pytest

import reelcheck
from tests.helpers.battery import credit_passes, family_rows

CREDIT = {"crew", "cast", "filmography", "production"}
ROWS = family_rows("careers_battery.tsv")
NOT_YET = {   # mostly: a credit year that differs from the KB's (left open), a headline in capitals,
    # a pronoun before its antecedent, a place among films no source counts
    'With Anora, his sixth feature, Baker finally reached the Oscars.',
    "The Florida Project was Sean Baker's fourth feature.",
    'Sean Baker made his feature debut with Four Letter Words in 2004.',
    "Baker's debut feature, Four Letter Words, came out in 2003.",
    "Sean Baker's previous films include Tangerine (2013) and The Florida Project (2017).",
    "Red Rocket, Baker's follow-up to The Florida Project, premiered at Cannes in 2019.",
    'Sean Baker directed Tangerine in 2017.',
    'Sean Baker broke out with Tangerine in 2012.',
    'A filmography that spans Take Out, Starlet and Tangerine made Baker a festival favourite.',
    "The Florida Project, Baker's sixth film, came out in 2015.",
    "Baker's 2015 film The Florida Project starred Willem Dafoe.",
    'Mikey Madison, who played Ani in Anora, appeared in Scream in 2019.',
    "Starlet, Baker's fifth feature, premiered at SXSW in 2012.",
    "Anora, his first film since Tangerine, won the Palme d'Or.",
    "SEAN BAKER'S EIGHTH FEATURE ANORA WINS PALME D'OR",
    "SEAN BAKER'S NINTH FEATURE ANORA WINS PALME D'OR",
    'Baker returned to Cannes in 2024 with Anora, three years after Red Rocket.',
    "Quentin Tarantino's Once Upon a Time in Hollywood features Mikey Madison.",
    'Sean Baker made his feature debut in 2004.',
}


def passes(claims, expect: str) -> bool:
    return credit_passes(claims, expect, CREDIT)


@pytest.mark.parametrize("family, expect, text", ROWS)
def test_battery_row(default_kb, family, expect, text):
    claims = reelcheck.check(text, kb=default_kb).claims
    if expect in ("S", "T", "O", "N"):   # a wrong refute is the worst error: never
        assert "refuted" not in [c.verdict for c in claims]
    if text in NOT_YET:
        pytest.xfail("not read yet")
    assert passes(claims, expect)
