"""The factsheet compiler: typed values, memory facts left out, errors that point to file:line."""
from __future__ import annotations

import textwrap

import pytest

from reelcheck.kb.factsheet import FactsheetError, compile_factsheets, parse_date, parse_quantity
from reelcheck.kb.store import KB

GOOD = """\
factsheet: test
entities:
  - {id: film-b, label: Film B, type: film, year: 2019, aliases: [The B Film]}
  - {label: Bea Person, type: person, birth_name: Beatrice Person}
  - {id: us, label: United States, type: place, aliases: [US]}
facts:
  - {subject: film-b, predicate: director, object: Bea Person, sources: [https://example.org/1]}
  - {subject: Film B, predicate: runtime, object: 1h 41 min, sources: [https://example.org/2]}
  - {subject: film-b, predicate: budget, object: $2.5 million, sources: [https://example.org/3]}
  - {subject: film-b, predicate: release_date, object: 2019-10, qualifiers: {country: US},
     sources: [https://example.org/4]}
  - {subject: film-b, predicate: shooting_days, object: 30 days, confidence: memory, sources: []}
  - subject: film-b
    predicate: ovation_length
    object: 7
    confidence: disputed
    disputed_values: [{value: 7, sources: [https://a.example]}, {value: 9, sources: [https://b.example]}]
    sources: [https://a.example]
complete:
  - {predicate: director, subject: film-b, note: sole director}
"""


def write(tmp_path, text, name="sheet.yaml"):
    p = tmp_path / name
    p.write_text(textwrap.dedent(text), encoding="utf-8")
    return p


def test_compiles_typed_values(tmp_path):
    write(tmp_path, GOOD)
    stats = compile_factsheets([tmp_path], tmp_path / "out.sqlite")
    assert stats.facts == 5 and stats.skipped_memory == 1 and stats.complete == 1
    kb = KB(tmp_path / "out.sqlite")
    assert kb.facts(subject="film-b", predicate="director")[0].value == "bea-person"
    assert kb.facts(subject="film-b", predicate="runtime")[0].value == 101.0
    assert kb.facts(subject="film-b", predicate="budget")[0].value == 2_500_000
    rd = kb.facts(subject="film-b", predicate="release_date")[0]
    assert (rd.value, rd.precision) == ("2019-10", "month")
    assert kb.facts(subject="film-b", predicate="shooting_days") == []  # memory: left out
    ov = kb.facts(subject="film-b", predicate="ovation_length")[0]
    assert ov.disputed and [d["value"] for d in ov.disputed_values] == [7, 9]
    assert [e.id for e in kb.entities_by_name("Beatrice Person")] == ["bea-person"]


@pytest.mark.parametrize("bad, message", [
    ("  - {subject: film-b, predicate: directed, object: Bea Person, sources: [u]}",
     "unknown predicate 'directed'"),
    ("  - {subject: film-b, predicate: director, object: Nobody Known, sources: [u]}",
     "unknown entity 'Nobody Known'"),
    ("  - {subject: film-b, predicate: director, object: Bea Person}",
     "needs at least one source"),
    ("  - {subject: film-b, predicate: release_date, object: 18 Oct, sources: [u]}",
     "not a date"),
    ("  - {subject: film-b, predicate: runtime, object: 12 parsecs, sources: [u]}",
     "unknown unit"),
])
def test_errors_point_to_file_and_line(tmp_path, bad, message):
    text = GOOD.replace("complete:\n", bad + "\ncomplete:\n")
    p = write(tmp_path, text)
    line = text.splitlines().index(bad) + 1
    with pytest.raises(FactsheetError) as e:
        compile_factsheets([p], tmp_path / "out.sqlite")
    assert message in str(e.value)
    assert f"{p}:{line}:" in str(e.value)
    assert not (tmp_path / "out.sqlite").exists()


def test_invalid_yaml_and_duplicate_ids(tmp_path):
    p = write(tmp_path, "entities:\n  - {label: [unclosed\n")
    with pytest.raises(FactsheetError, match=rf"{p}:\d+: invalid YAML"):
        compile_factsheets([p], tmp_path / "o.sqlite")
    a = write(tmp_path, "entities:\n  - {id: x, label: X, type: film}\n", "a.yaml")
    b = write(tmp_path, "entities:\n  - {id: x, label: X2, type: film}\n", "b.yaml")
    with pytest.raises(FactsheetError, match="duplicate entity id 'x'"):
        compile_factsheets([a, b], tmp_path / "o.sqlite")


def test_value_parsers():
    assert parse_date("2024") == ("2024", "year")
    assert parse_date("2024-05-21") == ("2024-05-21", "day")
    assert parse_quantity("$6 million", "USD") == (6_000_000, "USD")
    assert parse_quantity("2 h", "minute") == (120, "minute")
    with pytest.raises(ValueError):
        parse_quantity("37 days", "minute")


def test_kb_build_cli_reports_errors_in_one_line(tmp_path):
    from reelcheck.cli import main
    p = write(tmp_path, GOOD.replace("predicate: budget", "predicate: budgett"))
    assert main(["kb", "build", str(p), "-o", str(tmp_path / "o.sqlite")]) == 2
    assert main(["kb", "build", str(write(tmp_path, GOOD, "ok.yaml")), "-o",
                 str(tmp_path / "o2.sqlite")]) == 0


def test_documented_example_compiles(tmp_path):
    """The example in docs/factsheets.md is a working factsheet."""
    from pathlib import Path
    doc = (Path(__file__).resolve().parents[2] / "docs" / "factsheets.md").read_text()
    block = doc.split("```yaml\n", 1)[1].split("```", 1)[0]
    p = write(tmp_path, block)
    stats = compile_factsheets([p], tmp_path / "doc.sqlite")
    kb = KB(tmp_path / "doc.sqlite")
    assert stats.facts == 6 and stats.disputed == 1
    assert kb.facts("nora-hale", "played_by")[0].value == "ilse-varga"
    import reelcheck
    r = reelcheck.check("The Lantern Keeper runs 120 minutes and was directed by Ilse Varga.",
                        kb=kb)
    got = {c.predicate: c.verdict for c in r.claims}
    assert got == {"runtime": "refuted", "director": "supported"}


def test_documented_prose_note_supports_and_never_refutes(tmp_path):
    """The `statement` note of docs/factsheets.md, added to its example factsheet."""
    from pathlib import Path
    doc = (Path(__file__).resolve().parents[2] / "docs" / "factsheets.md").read_text()
    block = doc.split("```yaml\n", 1)[1].split("```", 1)[0]
    note = doc.split("```yaml\n", 2)[2].split("```", 1)[0]
    sheet = block.replace("complete:\n", note + "complete:\n")
    stats = compile_factsheets([write(tmp_path, sheet)], tmp_path / "doc.sqlite")
    kb = KB(tmp_path / "doc.sqlite")
    assert stats.facts == 7
    import reelcheck
    ok = reelcheck.check("The Lantern Keeper is quiet. Its lighthouse scenes were shot in one "
                         "night on 16mm.", kb=kb)
    assert [c.verdict for c in ok.claims if c.slots.get("kind") == "statement"] == ["supported"]
    off = reelcheck.check("The Lantern Keeper is quiet. Its lighthouse scenes were shot in one "
                          "night on 35mm.", kb=kb)
    assert not [c for c in off.claims if c.verdict in ("supported", "refuted")]
