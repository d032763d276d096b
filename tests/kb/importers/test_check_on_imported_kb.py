"""Linking and verification treat imported entities exactly like fact-sheet entities.

"The Lantern Keeper" (2019) exists only in the test dump. The same facts are also written by
hand, fact-sheet style (slug ids, no external ids), and both KBs must give the same verdicts.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import reelcheck
from reelcheck.kb.importers import import_wikidata
from reelcheck.kb.store import Fact, KBWriter

DUMP = Path(__file__).parent / "fixtures" / "wikidata-sample.json"

RIGHT = ("The Lantern Keeper, directed by Mara Velloso, runs 101 minutes. "
         "Tobias Lund stars in it as Edda Wren.")
WRONG = "The Lantern Keeper, directed by Mara Velloso, runs 120 minutes."


@pytest.fixture(scope="module")
def kbs(tmp_path_factory):
    d = tmp_path_factory.mktemp("check")
    imported = d / "imported.kb"
    import_wikidata(DUMP, imported, progress=False)
    sheet = d / "sheet.kb"
    w = KBWriter(sheet, name="sheet")
    w.add_entity("the-lantern-keeper-2019-film", "film", "The Lantern Keeper", "2019 film", 2019)
    w.add_entity("mara-velloso", "person", "Mara Velloso", "film director")
    w.add_entity("tobias-lund", "person", "Tobias Lund")
    w.add_entity("edda-wren", "character", "Edda Wren")
    film = "the-lantern-keeper-2019-film"
    w.add_fact(Fact("f1", film, "director", "mara-velloso", sources=["sheet"]))
    w.add_fact(Fact("f2", film, "runtime", 101.0, "quantity", unit="minute", sources=["sheet"]))
    w.add_fact(Fact("f3", film, "cast_member", "tobias-lund", qualifiers={"character": "edda-wren"},
                    sources=["sheet"]))
    w.commit()
    return {"imported": imported, "sheet": sheet}


def _verdicts(report, category: str) -> list[str]:
    return [c.verdict for c in report.claims if c.category == category]


def test_names_link_to_imported_entities(kbs):
    report = reelcheck.check(RIGHT, kb=kbs["imported"])
    linked = {m.text: m.entity.id for m in report.names}
    assert linked.get("The Lantern Keeper") == "wd:Q900001"
    assert linked.get("Mara Velloso") == "wd:Q900101"
    assert linked.get("Tobias Lund") == "wd:Q900102"


def test_runtime_and_director_verdicts_match_factsheet_entities(kbs):
    for which in ("imported", "sheet"):
        right = reelcheck.check(RIGHT, kb=kbs[which])
        wrong = reelcheck.check(WRONG, kb=kbs[which])
        assert _verdicts(right, "runtime") == ["supported"], which
        assert _verdicts(wrong, "runtime") == ["refuted"], which
        assert "supported" in _verdicts(right, "crew"), which
    for text in (RIGHT, WRONG):
        a = reelcheck.check(text, kb=kbs["imported"])
        b = reelcheck.check(text, kb=kbs["sheet"])
        assert [(c.category, c.verdict) for c in a.claims] == \
               [(c.category, c.verdict) for c in b.claims]
