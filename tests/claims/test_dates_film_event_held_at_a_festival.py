""""The premiere of X was held at Cannes on May 20": what was held is the film's event (a noun
of an event whose subject is a film), and the festival in the clause is only where it was held,
so the date is the premiere's, not the festival's run.

Sentences are written for these tests; the facts are the default KB's (Anora premiered on
2024-05-21 at the 77th Cannes Film Festival, which ran 2024-05-14 to 2024-05-25)."""
from __future__ import annotations

import reelcheck


def dates(text, kb):
    return [(c.subject.id if c.subject else None, c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.category == "date"]


def test_a_wrong_premiere_day_inside_the_festival_run_is_refuted(default_kb):
    assert dates("The premiere of Sean Baker's Anora was held at Cannes on May 18, 2024.",
                 default_kb) == [("anora-2024-film", "refuted")]


def test_the_right_premiere_day_is_supported_as_the_films(default_kb):
    assert dates("Anora's world premiere took place at Cannes on May 21, 2024.",
                 default_kb) == [("anora-2024-film", "supported")]


def test_the_festival_itself_held_is_still_its_run(default_kb):
    got = dates("The 77th Cannes Film Festival was held from May 14 to May 25, 2024.",
                default_kb)
    assert got and all(s == "77th-cannes-film-festival" and v == "supported" for s, v in got)
