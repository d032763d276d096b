"""A small real KB (SQLite via KBWriter) with the people and titles the quote tests need, and
an isolated $REELCHECK_HOME so no user sources file leaks into a test."""
from __future__ import annotations

import pytest

from reelcheck.kb.store import KB, Fact, KBWriter


def build_kb(path) -> KB:
    w = KBWriter(path, name="quotes test KB")
    for eid, label in (("sean-baker", "Sean Baker"), ("mikey-madison", "Mikey Madison"),
                       ("mark-eydelshteyn", "Mark Eydelshteyn"), ("yura-borisov", "Yura Borisov"),
                       ("karren-karagulian", "Karren Karagulian")):
        w.add_entity(eid, "person", label)
    w.add_entity("anora-2024-film", "film", "Anora", year=2024)
    w.add_entity("once-upon-a-time-in-hollywood", "film", "Once Upon a Time in Hollywood")
    w.add_entity("the-florida-project", "film", "The Florida Project")
    w.add_fact(Fact("", "anora-2024-film", "director", "sean-baker"))
    for actor in ("mikey-madison", "mark-eydelshteyn", "yura-borisov"):
        w.add_fact(Fact("", "anora-2024-film", "cast_member", actor))
    w.commit()
    return KB(path)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    monkeypatch.setenv("REELCHECK_HOME", str(tmp_path / "home"))


@pytest.fixture
def kb(tmp_path) -> KB:
    return build_kb(tmp_path / "kb.sqlite")
