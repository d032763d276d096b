"""The Python API as the package docstring shows it, and check() on Documents."""
from __future__ import annotations

import doctest

import reelcheck
from reelcheck import Document


def test_package_docstring_example_runs():
    failures, tried = doctest.testmod(reelcheck, verbose=False)
    assert tried >= 3 and failures == 0


def test_check_accepts_a_document_and_keeps_its_metadata(default_kb):
    doc = Document(id="a1", text="Anora was directed by Sean Baker.", url="https://example.org/a1",
                   title="A headline")
    d = reelcheck.check(doc, kb=default_kb).to_dict()
    assert d["document"]["url"] == "https://example.org/a1" and d["document"]["id"] == "a1"
    assert d["claims"][0]["verdict"] == "supported"
    assert d["summary"]["kb"].startswith("reelcheck default KB")


def test_check_accepts_a_kb_path(default_kb):
    r = reelcheck.check("Anora was directed by Sean Baker.", kb=str(default_kb.path))
    assert r.claims[0].verdict == "supported"
