"""Verdicts against trusted sources, end to end: article -> `reelcheck sources add` -> verdicts."""
from __future__ import annotations

import json

import pytest

from typer.testing import CliRunner

from reelcheck.cli import app
from reelcheck.kb.store import KB
from reelcheck.model import Document
from reelcheck.pipeline import CheckOptions, check
from reelcheck.quotes import check_quotes

def cli(args):
    """Run a command as the `reelcheck` script would (exit code, stdout, stderr apart)."""
    return CliRunner().invoke(app, args)


ARTICLE = """\
Anora director Sean Baker has a habit of explaining his films with food metaphors, and this \
week was no different. "I wanted the audience to laugh for an hour and then feel the floor drop \
away," Baker said at a press day in Manhattan.

Mikey Madison, who plays Ani, described the preparation as relentless. \u201cLearning the Russian \
lines phonetically was the hardest homework I have ever had,\u201d she admitted.

Baker also praised the setting. "Brighton Beach gave us a neighbourhood that felt like its own \
little country," he said.

Asked about the awards talk, Madison was calm. "I never once thought about prizes while we were \
shooting," the actress told the room.
"""

INTERVIEW = """\
A long evening with the Anora team

Sean Baker talked for almost an hour before anyone could ask a question. "I wanted the audience \
to laugh for an hour and then feel the floor drop away," Baker told us, adding that the second \
half was written first.

Mikey Madison joined later. "Learning the Russian lines phonetically was the toughest homework I \
have ever been given," she said, and then changed the subject to her dog.
"""

TRANSCRIPT = ("We scouted every block near the boardwalk. Brighton Beach gave us a neighbourhood "
              "that felt like its own little country, and the locals were generous with us.")


@pytest.fixture
def source_files(tmp_path):
    d = tmp_path / "trusted"
    d.mkdir()
    (d / "evening.txt").write_text(INTERVIEW, encoding="utf-8")
    (d / "transcripts.jsonl").write_text(json.dumps({
        "url": "https://press.example/karagulian", "title": "Karagulian on location",
        "date": "2024-11-02", "speaker": "Karren Karagulian", "text": TRANSCRIPT}) + "\n",
        encoding="utf-8")
    return d


def verdicts(text, kb, **opts):
    qs = check_quotes(Document("a", text), [], kb, CheckOptions(extra=opts))
    return qs


def test_scenario_unsourced_then_verified_altered_misattributed(kb, source_files):
    before = verdicts(ARTICLE, kb)
    assert [q.speaker.id for q in before] == ["sean-baker", "mikey-madison", "sean-baker",
                                              "mikey-madison"]
    assert [q.verdict for q in before] == ["unsourced"] * 4

    r = cli(["sources", "add", str(source_files), "--kb", str(kb.path)])
    assert r.exit_code == 0
    assert "indexed 2 document(s)" in r.stdout and "0 failed" in r.stdout

    after = verdicts(ARTICLE, KB(kb.path))
    assert [q.verdict for q in after] == ["verified", "altered", "misattributed", "unsourced"]
    verified, altered, misattributed, unsourced = after
    assert verified.evidence[0].source.endswith("evening.txt")
    assert "Sean Baker" in verified.evidence[0].statement
    diff = altered.evidence[0].statement
    assert "What differs" in diff and '"hardest" instead of "toughest"' in diff
    assert "toughest homework" in diff
    assert misattributed.evidence[0].source == "https://press.example/karagulian"
    assert "Karren Karagulian" in misattributed.note
    assert unsourced.evidence == []


def test_full_pipeline_reports_the_same_verdicts(kb, source_files):
    assert cli(["sources", "add", str(source_files), "--kb", str(kb.path)]).exit_code == 0
    report = check(ARTICLE, kb=str(kb.path))
    assert [q.verdict for q in report.quotes] == ["verified", "altered", "misattributed",
                                                  "unsourced"]
    d = report.to_dict()
    assert d["quotes"][1]["verdict"] == "altered" and d["summary"]["unsourced_quotes"] == 1


def test_user_sources_file_is_used_when_no_kb_is_given(kb, source_files, tmp_path):
    assert cli(["sources", "add", str(source_files)]).exit_code == 0
    assert (tmp_path / "home" / "sources.sqlite").is_file()
    assert [q.verdict for q in verdicts(ARTICLE, kb)] == ["verified", "altered",
                                                          "misattributed", "unsourced"]


def test_explicit_sources_file_in_options(kb, source_files, tmp_path, monkeypatch):
    monkeypatch.setenv("REELCHECK_HOME", str(tmp_path / "elsewhere"))
    assert cli(["sources", "add", str(source_files)]).exit_code == 0
    explicit = tmp_path / "elsewhere" / "sources.sqlite"
    monkeypatch.setenv("REELCHECK_HOME", str(tmp_path / "empty"))
    assert [q.verdict for q in verdicts(ARTICLE, kb)] == ["unsourced"] * 4
    got = [q.verdict for q in verdicts(ARTICLE, kb, sources=str(explicit))]
    assert got == ["verified", "altered", "misattributed", "unsourced"]


def test_missing_explicit_sources_file_warns_and_leaves_quotes_unsourced(kb, tmp_path):
    doc = Document("a", ARTICLE)
    qs = check_quotes(doc, [], kb, CheckOptions(extra={"sources": str(tmp_path / "nope.db")}))
    assert [q.verdict for q in qs] == ["unsourced"] * 4
    assert any("sources" in w for w in doc.warnings)


def test_punctuation_case_ellipses_and_curly_marks_do_not_count(kb, source_files):
    cli(["sources", "add", str(source_files), "--kb", str(kb.path)])
    text = ("\u201cI WANTED the audience to laugh for an hour\u2026 and then feel the floor drop "
            "away!\u201d Sean Baker said.")
    (q,) = verdicts(text, KB(kb.path))
    assert q.verdict == "verified"


def test_a_fragment_of_a_real_quote_is_verified(kb, source_files):
    cli(["sources", "add", str(source_files), "--kb", str(kb.path)])
    text = 'Madison said learning the lines was "the toughest homework I have ever been given".'
    (q,) = verdicts(text, KB(kb.path))
    assert q.verdict == "verified" and q.speaker.id == "mikey-madison"


def test_words_said_by_someone_else_verbatim_are_misattributed(kb, source_files):
    cli(["sources", "add", str(source_files), "--kb", str(kb.path)])
    text = ('"I wanted the audience to laugh for an hour and then feel the floor drop away," '
            'Mikey Madison said.')
    (q,) = verdicts(text, KB(kb.path))
    assert q.verdict == "misattributed"
    assert "Sean Baker" in q.note


def test_removing_the_source_makes_quotes_unsourced_again(kb, source_files):
    cli(["sources", "add", str(source_files), "--kb", str(kb.path)])
    r = cli(["sources", "remove", "https://press.example/karagulian", "--kb", str(kb.path)])
    assert r.exit_code == 0 and "removed 1 document(s)" in r.stdout
    got = [q.verdict for q in verdicts(ARTICLE, KB(kb.path))]
    assert got == ["verified", "altered", "unsourced", "unsourced"]


def test_interview_transcript_lines_speak_for_their_name(kb, tmp_path):
    src = tmp_path / "qa.txt"
    src.write_text("Q: How did you find your Ani?\n\nSean Baker: We watched hundreds of audition "
                   "tapes, and then one of them simply would not leave my head.\n\n"
                   "Q: And the Russian dialogue?\n\nMikey Madison: A tutor, flash cards and a lot "
                   "of patience from everyone around me.\n", encoding="utf-8")
    assert cli(["sources", "add", str(src), "--kb", str(kb.path)]).exit_code == 0
    text = ('"We watched hundreds of audition tapes, and then one of them simply would not leave '
            'my head," Sean Baker said. "A tutor, flash cards and a lot of patience from everyone '
            'around me," Sean Baker joked.')
    got = [(q.verdict, q.evidence[0].source.endswith("qa.txt")) for q in verdicts(text, KB(kb.path))]
    assert got == [("verified", True), ("misattributed", True)]


def test_a_damaged_user_sources_file_is_a_warning_not_a_crash(kb, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "sources.sqlite").write_bytes(b"this is not a database at all" * 100)
    doc = Document("a", ARTICLE)
    qs = check_quotes(doc, [], kb)
    assert [q.verdict for q in qs] == ["unsourced"] * 4
    assert any("trusted sources not used" in w for w in doc.warnings)
