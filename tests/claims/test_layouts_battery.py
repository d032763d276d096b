"""The layouts battery (tests/data/layouts_battery.py, texts written for this project): facts
stated by page layouts (numbered entries, winners lists under headings, "Category: Winner"
rows, "Year - Film" rows, tables, captions, questions answered by a name, bullets, "Winner: ...
Nominees: ..." lines), each with one-slot mutants. A ratchet: the count of pieces read right
may grow, never fall (73 of 140 at 0224bbd, 129 after h39d's fixes); and no text whose pieces
are all true gets a refuted claim. Left: categories listed under a heading that names the film
that won them ("Anora's night: - Best Picture - Best Director (Sean Baker)"), a caption's "X
with his Oscar for Film", a ranked count row after a hyphenated title, and a prize named by a
description ("Cannes' top prize, 2021 edition: Titane")."""

import reelcheck

from battery import data_module

PASSING = 129


def _battery():
    return data_module("layouts_battery.py").BATTERY


def _piece_ok(text, claims, frag, expect):
    vs = [c.verdict for c in claims if frag.lower() in text[c.start:c.end].lower()]
    if expect == "S":
        return "supported" in vs and "refuted" not in vs
    if expect == "R":
        return "refuted" in vs and "supported" not in vs
    if expect == "X":
        return "supported" not in vs
    return "refuted" not in vs


def test_layouts_battery(default_kb):
    ok, wrong_refutes = 0, []
    for text, pieces in _battery():
        claims = reelcheck.check(text, kb=default_kb).claims
        all_true = all(e in "SO" for _, e in pieces)
        if all_true and any(c.verdict == "refuted" for c in claims):
            wrong_refutes.append(text)
            continue
        ok += sum(_piece_ok(text, claims, f, e) for f, e in pieces)
    assert wrong_refutes == []
    assert ok >= PASSING, ok
