"""The credits battery (tests/data/credits_battery.tsv): sentences written for reelcheck's tests,
in many registers (trade news, review, listicle, headline case, relative clauses, participles,
passives, noun phrases with the fact as a modifier, descriptions), each fact's true version and
mutants of one slot (other person, job, film or character), about the default KB's credits,
cast and filmography. Every row: a true (S) or undecidable (N) sentence is never refuted; a
true one is supported by a credit claim; a mutant of a complete credit (R) is refuted. Rows
the engine does not read yet are listed in `NOT_YET` (expected failures, not hidden)."""
from __future__ import annotations

from pathlib import Path

import pytest

import reelcheck

DATA = Path(__file__).resolve().parents[1] / "data" / "credits_battery.tsv"
CREDIT = {"crew", "cast", "filmography", "production"}
ROWS = [tuple(line.rstrip("\n").split("\t")) for line in DATA.read_text().splitlines()
        if line.strip() and not line.startswith("#")]
NOT_YET = {
    # a part handed over is only confirmed (it may have been recast): by design, not a gap
    'The role of Vanya went to Yura Borisov.',
    "The film's editor, Sean Baker, trimmed Anora to under two and a half hours.",
    'Producers Samantha Quan and Alex Coco joined Baker on stage to accept for Anora.',
    'Anora, a Neon release, opened in October.',
    'Mikey Madison, who stars as the title character, won an Oscar.',
    'Playing Ani, Mikey Madison is in almost every scene.',
    'Playing Lulu, Mikey Madison is in almost every scene.',
    'Mikey Madison had a small role as a Manson follower in Once Upon a Time in Hollywood.',
    'Baker cast Borisov after seeing him in Compartment No. 6.',
    "SEAN BAKER'S ANORA: DIRECTED, WRITTEN AND EDITED BY ONE MAN",
    'Anora (dir. Sean Baker) took the top prize.',
    'Sean Baker helmed Anora on a budget of about six million dollars.',
    'The movie was written and directed by Sean Baker, whose Anora screened in Cannes.',
    "Anora was Eydelshteyn's first American film.",
    'Madison is known to TV viewers as Max in Better Things.',
    'Mikey Madison made her screen debut in Better Things in 2016.',
    'Anora gave Mikey Madison her first lead role after years on Better Things.',
    'On television, Madison spent five seasons as Max Fox on Better Things.',
    'Playing Igor is Yura Borisov, who was nominated for an Oscar.',
    'Playing Igor is Mark Eydelshteyn, who was nominated for an Oscar.',
}


@pytest.mark.parametrize("family, expect, text", ROWS)
def test_battery_row(default_kb, family, expect, text):
    claims = reelcheck.check(text, kb=default_kb).claims
    if expect in ("S", "N"):   # a wrong refute is the worst error: never, even on rows not read
        assert not [c.text for c in claims if c.verdict == "refuted"]
    if text in NOT_YET:
        pytest.xfail("not read yet")
    mine = [c.verdict for c in claims if c.category in CREDIT]
    if expect == "S":
        assert "supported" in mine
    elif expect == "R":
        assert "refuted" in mine
