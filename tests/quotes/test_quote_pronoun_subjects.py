"""A he/she speaker means the person a recent sentence was about, even one the KB does not know:
the parser's PERSON subject is a candidate before anyone named only in an object position."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from reelcheck.cli import app
from reelcheck.kb.store import KB
from reelcheck.model import Document
from reelcheck.pipeline import CheckOptions
from reelcheck.quotes import check_quotes

ARTICLE = """\
Festival director Marta Lindqvist opened the press conference on Friday morning in Cannes.

Lindqvist praised this year's selection on stage, saying the jury had been moved by the lead of \
the winning film, Mikey Madison.

She called the decision easy: "We never argued once about the top prize," adding that the jury \
met only twice.
"""


def _quotes(text, kb):
    return check_quotes(Document("a", text), [], kb, CheckOptions())


def test_pronoun_goes_to_the_unknown_subject_not_the_known_object(kb):
    (q,) = _quotes(ARTICLE, kb)
    assert q.speaker_text == "Marta Lindqvist"     # the surname subject, said in full before
    assert q.speaker is None                       # nobody the KB knows


def test_the_subject_reading_turns_a_misattribution_into_a_verified_quote(kb, tmp_path):
    d = tmp_path / "trusted"
    d.mkdir()
    (d / "press.jsonl").write_text(json.dumps({
        "url": "https://festival.example/press/closing", "title": "Closing press conference",
        "date": "2024-05-24", "speaker": "Marta Lindqvist",
        "text": "We never argued once about the top prize. The jury met only twice."}) + "\n",
        encoding="utf-8")
    assert CliRunner().invoke(app, ["sources", "add", str(d), "--kb", str(kb.path)]).exit_code == 0
    (q,) = _quotes(ARTICLE, KB(kb.path))
    assert q.verdict == "verified"


def test_a_known_person_named_as_subject_still_wins(kb):
    text = ARTICLE.replace("Lindqvist praised", "Mikey Madison praised").replace(
        "the winning film, Mikey Madison", "the winning film, Marta Lindqvist")
    (q,) = _quotes(text, kb)
    assert q.speaker is not None and q.speaker.id == "mikey-madison"
