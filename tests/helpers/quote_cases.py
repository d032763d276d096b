"""The project's own labelled quote cases (tests/quotes/data/cases.jsonl) and the small trusted
corpus they are checked against (tests/quotes/data/trusted.jsonl), both written for reelcheck
about an invented film, *The Lantern Keeper*, so no real person is quoted.

`run_cases(tmp)` builds a small KB and a sources store under `tmp`, checks every case article
and scores each expected quote on three things: found with the same span, credited to the
expected speaker, given the expected verdict. A reported quote no case expects (a scare quote
or a title taken for a quote) counts as an error too. Used by tests/quotes/test_quote_cases.py
and benchmarks/bench_quote_cases.py.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "quotes" / "data"


def build_lantern_kb(path):
    from reelcheck.kb.store import KB, Fact, KBWriter

    w = KBWriter(path, name="Lantern Keeper test KB")
    people = {"ilse-varga": "Ilse Varga", "tomas-reyne": "Tomas Reyne",
              "maren-oduya": "Maren Oduya", "jonah-pell": "Jonah Pell"}
    for eid, label in people.items():
        w.add_entity(eid, "person", label)
    w.add_entity("lantern-keeper", "film", "The Lantern Keeper", year=2019)
    w.add_entity("arlo", "character", "Arlo", description="the keeper in The Lantern Keeper")
    w.add_entity("wren", "character", "Wren", description="the visitor in The Lantern Keeper")
    w.add_fact(Fact("", "lantern-keeper", "director", "ilse-varga"))
    w.add_fact(Fact("", "lantern-keeper", "producer", "jonah-pell"))
    for actor in ("tomas-reyne", "maren-oduya"):
        w.add_fact(Fact("", "lantern-keeper", "cast_member", actor))
    w.add_fact(Fact("", "arlo", "played_by", "tomas-reyne",
                    qualifiers={"film": "lantern-keeper"}))
    w.add_fact(Fact("", "wren", "played_by", "maren-oduya",
                    qualifiers={"film": "lantern-keeper"}))
    w.commit()
    return KB(path)


def load_cases() -> list[dict]:
    return [json.loads(line) for line in (DATA / "cases.jsonl").read_text().splitlines()
            if line.strip()]


@dataclass
class Outcome:
    case: str
    shape: str
    expected: dict
    found: bool = False
    speaker: object = None
    verdict: str = ""
    explanation: str = ""

    @property
    def right(self) -> bool:
        return self.found and self.speaker == self.expected["speaker"] and \
            self.verdict == self.expected["verdict"]


@dataclass
class Score:
    outcomes: list = field(default_factory=list)
    extra: list = field(default_factory=list)     # (case, quote text) reported but not expected

    @property
    def total(self) -> int:
        return len(self.outcomes) + len(self.extra)

    @property
    def correct(self) -> int:
        return sum(o.right for o in self.outcomes)


def setup(tmp: Path):
    """(kb, store path) built under tmp."""
    from reelcheck.sources import add_paths

    tmp = Path(tmp)
    kb = build_lantern_kb(tmp / "lantern-kb.sqlite")
    store = tmp / "lantern-sources.sqlite"
    res = add_paths([DATA / "trusted.jsonl"], kb=str(kb.path), store=store)
    assert res.added == 3 and not res.failures, res
    return kb, store


def run_cases(tmp: Path) -> Score:
    import reelcheck
    from reelcheck.pipeline import CheckOptions

    kb, store = setup(tmp)
    score = Score()
    for case in load_cases():
        report = reelcheck.check(case["article"], kb=kb,
                                 options=CheckOptions(extra={"sources": str(store)}))
        article = case["article"]
        seen = set()
        for exp in case["expect"]:
            o = Outcome(case["id"], case["shape"], exp)
            start = article.index(exp["quote"])
            for i, q in enumerate(report.quotes):
                if q.start == start and q.end == start + len(exp["quote"]):
                    seen.add(i)
                    o.found, o.verdict, o.explanation = True, q.verdict, q.note
                    # a name the KB does not know counts as the speaker given, as written
                    o.speaker = q.speaker.label if q.speaker else (q.speaker_text or None)
            score.outcomes.append(o)
        score.extra += [(case["id"], q.text) for i, q in enumerate(report.quotes)
                        if i not in seen]
    return score
