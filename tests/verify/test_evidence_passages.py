"""Trusted passages attached to claims the KB cannot decide, without changing the verdict."""
from __future__ import annotations

import shutil

import reelcheck
from reelcheck import CheckOptions
from reelcheck.sources import add_paths


def test_passages_for_undecided_claims(tmp_path, default_kb):
    kb_file = tmp_path / "kb.sqlite"
    shutil.copyfile(default_kb.path, kb_file)
    doc = tmp_path / "trusted" / "festival-notes.txt"
    doc.parent.mkdir()
    doc.write_text("Notes from our awards desk.\n\nWhen the BAFTA longlist came out, Anora "
                   "appeared in nine categories; by the final nominations in January it was "
                   "down to seven.\n", encoding="utf-8")
    res = add_paths([doc.parent], kb=kb_file)
    assert res.added == 1 and not res.failures
    text = "Anora received nine BAFTA nominations. Anora was directed by Sean Baker."
    r = reelcheck.check(text, kb=str(kb_file), options=CheckOptions(evidence_passages=2))
    nei = [c for c in r.claims if c.verdict == "not_enough_info"]
    assert nei and any("longlist" in e.statement for e in nei[0].evidence)
    assert any(e.source for e in nei[0].evidence if "longlist" in e.statement)
    assert nei[0].verdict == "not_enough_info"   # passages inform, they do not decide
    decided = [c for c in r.claims if c.predicate == "director"][0]
    assert decided.verdict == "supported"
    assert all("longlist" not in e.statement for e in decided.evidence)
