"""Batteries of one fact in many registers (tests/data/*_battery.tsv): each line is a mark,
a tab and a sentence written for reelcheck's tests. The mark says what `check()` must make of
the sentence: S supported (and nothing refuted), R refuted, N neither, X anything but refuted.
Some batteries read N as "not refuted" (a line the KB cannot decide either way): they pass
`open_n=True`."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import reelcheck

DATA = Path(__file__).resolve().parents[1] / "data"


def data_module(name: str):
    """The battery module `name` (a .py file in tests/data, which is no package), loaded."""
    spec = importlib.util.spec_from_file_location(Path(name).stem, DATA / name)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def benchmark_module(name: str):
    """The benchmark script `name` (benchmarks/<name>.py, which is no package), loaded: the
    generators whose fixed samples the tests run."""
    path = DATA.parents[1] / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def rows(name: str):
    """(mark, sentence) of each line of the battery file `name` in tests/data."""
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line[:1] in "SRNX" and "\t" in line:
            yield tuple(line.split("\t", 1))


def outcome(text: str, kb) -> str:
    """R when any claim of `text` is refuted, else S when any is supported, else N."""
    vs = [c.verdict for c in reelcheck.check(text, kb=kb).claims]
    return "R" if "refuted" in vs else "S" if "supported" in vs else "N"


def run(name: str, kb, open_n: bool = False) -> tuple[int, int, list]:
    """(lines passed, lines, sentences refuted that the battery says are not) of a battery."""
    passed, total, wrong_refutes = 0, 0, []
    for want, text in rows(name):
        got = outcome(text, kb)
        passed += got == want or (want == "X" or want == "N" and open_n) and got != "R"
        total += 1
        if got == "R" and want != "R":
            wrong_refutes.append(text)
    return passed, total, wrong_refutes


def family_rows(name: str) -> list[tuple]:
    """(family, mark, sentence) of each line of a three-field battery file `name` in
    tests/data (the credit batteries), leaving out blank and "#" lines."""
    lines = (DATA / name).read_text().splitlines()
    return [tuple(line.rstrip("\n").split("\t")) for line in lines
            if line.strip() and not line.startswith("#")]


def credit_passes(claims, expect: str, family: set) -> bool:
    """Whether a sentence's claims meet what a credit battery's row expects: S one of the
    family's claims supported, R one refuted, T any claim supported, O none supported, U none
    of the family's supported (a wrong slot beside another claim's fact); never a refute but
    under R."""
    every = [c.verdict for c in claims]
    mine = [c.verdict for c in claims if c.category in family]
    if expect == "S":
        return "supported" in mine and "refuted" not in every
    if expect == "R":
        return "refuted" in mine
    if expect == "T":
        return "supported" in every and "refuted" not in every
    if expect == "O":
        return "supported" not in every and "refuted" not in every
    if expect == "U":
        return "supported" not in mine and "refuted" not in every
    return "refuted" not in every


def check_true_or_mutant(got: list, kind: str, text: str, not_yet: set) -> None:
    """The row check of a battery whose rows are true ("T") or one-slot mutants: a true row
    gives no refuted claim (on any row, read yet or not) and a supported one; a mutant never
    leaves every claim of it supported. A row of `not_yet` is an expected failure once no
    wrong refute is made. `got`: the verdicts of the row's claims."""
    import pytest
    if kind == "T":
        assert "refuted" not in got, got
    if text in not_yet:
        pytest.xfail("not read yet")
    if kind == "T":
        assert "supported" in got, got
    else:
        assert set(got) != {"supported"}, got


def slot_rows(module, known_misses: dict) -> list:
    """pytest params (text, predicate, slot key, slot value, expected) of a slot battery
    module's BATTERY, a row the engine does not read yet a strict expected failure naming the
    mechanism it lacks (`known_misses`: text -> mechanism)."""
    import pytest
    return [pytest.param(text, pred, key, value, expected, marks=[
        pytest.mark.xfail(reason=known_misses[text], strict=True)] if text in known_misses else [])
        for text, pred, key, value, expected in module.BATTERY]


def check_slot_row(kb, text: str, pred: str, key: str, value, expected: str) -> None:
    """A slot battery row: the row's claim of that predicate (and slot value) has the expected
    verdict, or, for "open" rows, no such claim is supported or refuted."""
    got = [c.verdict for c in reelcheck.check(text, kb=kb).claims
           if c.predicate == pred and (not value or c.slots.get(key) == value)]
    if expected == "open":
        assert not {"supported", "refuted"} & set(got), got
    else:
        assert expected in got, got
