"""`reelcheck eval` end to end on a tiny folder and a tiny real KB (SQLite via KBWriter).

Only the shape of the output is asserted: what the engine finds in these articles is its own
business, but the command must run, count the labels, and print a table or valid JSON.
"""
from __future__ import annotations

import json

import pytest

from reelcheck.cli import main
from reelcheck.kb.store import KBWriter

ARTICLE_A = ("Anora was directed by Sean Bakker and premiered at Cannes in May 2024. "
             "Mikey Madison plays Ani. The film cost $60 million.\n")
ARTICLE_B = "The Lantern Keeper, by Ilse Varga, runs 124 minutes and won an audience award.\n"


@pytest.fixture()
def evaldir(tmp_path):
    w = KBWriter(tmp_path / "tiny.sqlite", name="tiny eval KB")
    w.add_entity("anora-2024-film", "film", "Anora", "2024 film", 2024)
    w.add_entity("sean-baker", "person", "Sean Baker")
    w.add_entity("mikey-madison", "person", "Mikey Madison")
    w.commit()
    arts = tmp_path / "articles"
    arts.mkdir()
    (arts / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (arts / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    labels = [
        {"article": "a.txt", "kind": "claim", "text": "Anora was directed by Sean Bakker",
         "label": "supported", "category": "crew", "certain": True},
        {"article": "a.txt", "kind": "name", "text": "Sean Bakker", "label": "misspelled",
         "suggestion": "Sean Baker", "certain": True},
        {"article": "a.txt", "kind": "claim", "text": "The film cost $60 million",
         "label": "refuted", "category": "money", "certain": True},
        {"article": "b.txt", "kind": "claim", "text": "runs 124 minutes",
         "label": "not_enough_info", "category": "runtime", "certain": True},
    ]
    lines = [json.dumps(l) for l in labels]
    lines.insert(2, "{this is not json")
    lines.append(json.dumps({"article": "b.txt", "kind": "claim", "text": "not in the text",
                             "label": "supported"}))
    (tmp_path / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "manifest.json").write_text(json.dumps({"articles": [
        {"file": "a.txt", "style": "news", "kb_has_film": True},
        {"file": "b.txt", "style": "review", "kb_has_film": False}]}), encoding="utf-8")
    return tmp_path


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_eval_json_is_valid_and_counts_what_it_was_given(evaldir, capsys):
    code, out, err = run(capsys, "eval", str(evaldir / "labels.jsonl"), "--articles",
                         str(evaldir / "articles"), "--kb", str(evaldir / "tiny.sqlite"),
                         "--json", "--per-article")
    assert code == 0, err
    res = json.loads(out)
    assert res["schema"] == "reelcheck.eval/1"
    assert res["articles"] == 2
    assert res["labels"] == 4                                # the two bad lines are not labels
    assert len(res["label_problems"]) == 2
    assert any("invalid JSON" in p for p in res["label_problems"])
    assert any("not in the article" in p for p in res["label_problems"])
    assert res["kb"].startswith("tiny eval KB")
    assert [a["article"] for a in res["kb_lacks_film"]["articles"]] == ["b.txt"]
    assert {a["article"] for a in res["per_article"]} == {"a.txt", "b.txt"}
    # the certain refuted label is counted on the recall side whatever the engine said
    r = res["claims"]["overall"]["refuted"]
    assert r["tp"] + r["fn"] == 1
    assert res["names"]["misspelled"]["tp"] + res["names"]["misspelled"]["fn"] == 1


def test_eval_prints_a_table_by_default(evaldir, capsys):
    code, out, err = run(capsys, "eval", str(evaldir / "labels.jsonl"), "--articles",
                         str(evaldir / "articles"), "--kb", str(evaldir / "tiny.sqlite"))
    assert code == 0, err
    assert "reelcheck eval — 2 articles, 4 labels" in out
    assert "false refutes" in out
    assert "claims by category" in out
    assert "label problem:" in out
    with pytest.raises(json.JSONDecodeError):
        json.loads(out)


def test_missing_article_is_an_error_row_not_a_crash(evaldir, capsys):
    (evaldir / "articles" / "b.txt").unlink()
    code, out, err = run(capsys, "eval", str(evaldir / "labels.jsonl"), "--articles",
                         str(evaldir / "articles"), "--kb", str(evaldir / "tiny.sqlite"),
                         "--json")
    assert code == 0, err
    res = json.loads(out)
    assert res["articles"] == 1
    assert res["errors"][0]["article"] == "b.txt"
    assert "no such file" in res["errors"][0]["error"]


@pytest.mark.parametrize("setup, message", [
    (lambda d: (d / "labels.jsonl").unlink(), "no such labels file"),
    (lambda d: (d / "labels.jsonl").write_text("{bad\n"), "no labelled article"),
])
def test_unusable_input_is_a_one_line_error(evaldir, capsys, setup, message):
    setup(evaldir)
    code, out, err = run(capsys, "eval", str(evaldir / "labels.jsonl"), "--articles",
                         str(evaldir / "articles"), "--kb", str(evaldir / "tiny.sqlite"))
    assert code == 2
    assert err.startswith("reelcheck: error:") and message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_articles_must_be_a_directory(evaldir, capsys):
    code, _, err = run(capsys, "eval", str(evaldir / "labels.jsonl"), "--articles",
                       str(evaldir / "labels.jsonl"), "--kb", str(evaldir / "tiny.sqlite"))
    assert code == 2 and "not a directory" in err


def test_eval_runs_on_the_public_dev_set_with_the_default_kb(capsys):
    """Labels and engine agree on offsets: every dev-set label anchors in the text the engine
    checks (whatever the engine then finds)."""
    from pathlib import Path
    devset = Path(__file__).resolve().parents[2] / "devset"
    code, out, err = run(capsys, "eval", str(devset / "labels.jsonl"), "--articles",
                         str(devset / "articles"), "--json")
    assert code == 0, err
    res = json.loads(out)
    assert res["label_problems"] == [] and res["errors"] == []
    assert res["articles"] == len(list((devset / "articles").glob("*.txt")))
    assert res["labels"] == sum(1 for l in (devset / "labels.jsonl").open() if l.strip())
