"""The quotes stage parses the paragraphs before a quote (read for their subjects, which only a
he/she speaker asks about) only when a he/she is resolved; what it attributes is the same."""
from __future__ import annotations

from reelcheck import nlp as N
from reelcheck.model import Document
from reelcheck.quotes import check_quotes


def _parsed_texts(monkeypatch) -> list[str]:
    seen: list[str] = []
    stock = N.parse

    def parse(texts, *a, **k):
        texts = list(texts)
        seen.extend(texts)
        return stock(texts, *a, **k)
    monkeypatch.setattr(N, "parse", parse)
    return seen


def test_paragraphs_before_a_quote_with_no_he_or_she_are_left_unparsed(kb, monkeypatch):
    first = "The crew spent a wet autumn scouting diners along the coast road."
    second = "Sean Baker and Mikey Madison rehearsed the wedding scene for weeks."
    quoted = ("Asked about the storm, the director was unapologetic. \u201cWe kept every "
              "take where the rain got into the microphones.\u201d")
    text = "\n\n".join([first, second, quoted]) + "\n"
    seen = _parsed_texts(monkeypatch)
    with N.document_parses():
        qs = check_quotes(Document("t", text), [], kb)
    assert [q.text for q in qs] == [
        "We kept every take where the rain got into the microphones."]
    assert any(t.startswith(quoted) for t in seen)   # its own paragraph: parsed for its verb
    assert first not in seen and second not in seen


def test_a_he_still_means_the_subject_of_the_paragraph_before(kb, monkeypatch):
    text = ("Sean Baker hired Yura Borisov and Mark Eydelshteyn in the spring.\n\n"
            "\u201cThe first read-through told me everything I needed,\u201d he said.\n")
    seen = _parsed_texts(monkeypatch)
    with N.document_parses():
        qs = check_quotes(Document("t", text), [], kb)
    # the nearest man is Eydelshteyn; the paragraph's subject, read from its parse, is Baker
    assert [q.speaker.id if q.speaker else None for q in qs] == ["sean-baker"]
    assert text.split("\n\n")[0] in seen
