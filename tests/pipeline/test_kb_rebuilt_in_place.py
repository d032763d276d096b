"""A long-lived process (server, batch worker) that checks against a KB path sees the KB as it
is now: a KB rebuilt at the same path is opened again, and no cache keyed by the path serves the
old file's names or facts."""
from __future__ import annotations

import reelcheck
from reelcheck.kb.store import KBWriter
from reelcheck.pipeline import resolve_kb


def _build(path, people):
    w = KBWriter(path)
    for eid, name in people:
        w.add_entity(eid, "person", name)
    w.commit()


def _linked(text, path):
    return sorted(m.entity.id for m in reelcheck.check(text, kb=str(path)).names)


def test_a_kb_rebuilt_at_the_same_path_is_read_again(tmp_path):
    path = tmp_path / "user.sqlite"
    _build(path, [("jane-roe", "Jane Roe")])
    text = "Jane Roe and Ada Quist shared the stage."
    assert _linked(text, path) == ["jane-roe"]
    first = resolve_kb(str(path))
    _build(path, [("jane-roe", "Jane Roe"), ("ada-quist", "Ada Quist")])
    assert _linked(text, path) == ["ada-quist", "jane-roe"]
    assert resolve_kb(str(path)) is not first


def test_an_unchanged_kb_is_opened_once(tmp_path):
    path = tmp_path / "same.sqlite"
    _build(path, [("jane-roe", "Jane Roe")])
    assert resolve_kb(str(path)) is resolve_kb(str(path))
