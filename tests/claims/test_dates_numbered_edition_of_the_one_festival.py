"""A numbered edition described by its kind alone ("the 77th festival") in a piece that names
one festival (here only by its dateline) is that festival's edition of the number, as "the
2024 festival" is its edition of that year: its dates are checked. With a festival the KB
lacks named, the number names no edition the KB can tell. Sentences are written for these tests; the facts
are the default KB's (the 76th Cannes Film Festival opened on 16 May 2023; the 77th ran from
14 to 25 May 2024)."""
from __future__ import annotations

import reelcheck

OPEN = "CANNES — The 76th edition of the festival began on May 16, 2023.\n\n"


def dated(text, kb):
    return [(c.subject.id if c.subject else None, c.predicate, c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.slots.get("kind") == "date"
            and c.subject is not None and "77th" in c.subject.id]


def test_the_numbered_festival_s_opening_day(default_kb):
    got = dated(OPEN + "A year on, the 77th festival opened on May 14, 2024.", default_kb)
    assert got == [("77th-cannes-film-festival", "start_date", "supported")], got
    got = dated(OPEN + "A year on, the 77th festival opened on May 17, 2024.", default_kb)
    assert got == [("77th-cannes-film-festival", "start_date", "refuted")], got


def test_the_numbered_edition_s_closing_day(default_kb):
    got = dated(OPEN + "The 77th edition wrapped up on May 22, 2024.", default_kb)
    assert got == [("77th-cannes-film-festival", "end_date", "refuted")], got


def test_a_festival_the_kb_lacks_leaves_the_number_unread(default_kb):
    text = ("The Kestrel Bay Film Festival opened on May 16, 2023.\n\n"
            "A year on, the 77th festival opened on May 17, 2024.")
    assert all(v != "refuted" for _s, _p, v in dated(text, default_kb))
