"""The project's own labelled quote cases (tests/quotes/data): every quote shape, every way a
speaker is named, every verdict, each checked against a small trusted corpus written for it
and indexed into a store in this test's temporary folder."""
from __future__ import annotations

import pytest

import reelcheck
from reelcheck.pipeline import CheckOptions
from quote_cases import load_cases, run_cases, setup

CASES = {c["id"]: c for c in load_cases()}


@pytest.fixture(scope="module")
def lantern(tmp_path_factory):
    return setup(tmp_path_factory.mktemp("lantern"))


def check(article, lantern):
    kb, store = lantern
    return reelcheck.check(article, kb=kb, options=CheckOptions(extra={"sources": str(store)}))


@pytest.mark.parametrize("cid", sorted(CASES))
def test_labelled_case(cid, lantern):
    case = CASES[cid]
    article = case["article"]
    report = check(article, lantern)
    got = {(q.start, q.end): q for q in report.quotes}
    for exp in case["expect"]:
        s = article.index(exp["quote"])
        q = got.pop((s, s + len(exp["quote"])), None)
        assert q is not None, f"{cid}: {exp['quote']!r} not found as a quote"
        assert (q.speaker.label if q.speaker else q.speaker_text) == exp["speaker"], cid
        assert q.verdict == exp["verdict"], (cid, q.note)
        assert q.note, "every verdict explains itself"
    assert not got, f"{cid}: reported as quotes but not expected: {[q.text for q in got.values()]}"


def test_every_shape_and_verdict_is_labelled():
    ids = set(CASES)
    for shape in ("full", "fragment", "split", "nested", "block", "qa", "scare", "title",
                  "previous-sentence", "description", "pronoun", "unknown", "variant",
                  "punctuation", "ellipsis", "bracket", "misattributed", "unsourced"):
        assert shape in ids
    verdicts = {e["verdict"] for c in CASES.values() for e in c["expect"]}
    assert verdicts == {"verified", "altered", "misattributed", "unsourced"}


def test_all_cases_score(tmp_path):
    score = run_cases(tmp_path)
    assert score.correct == score.total, [
        (o.case, o.speaker, o.verdict) for o in score.outcomes if not o.right] + score.extra


def test_altered_explanation_marks_the_changed_source_words(lantern):
    r = check(CASES["altered-number"]["article"], lantern)
    (q,) = r.quotes
    assert "\u27e6nineteen\u27e7" in q.note          # the source's word, marked
    assert '"twenty" instead of "nineteen"' in q.note
    assert "credits Maren Oduya" in q.note
    assert "https://example.org/harbour-days/lantern-keeper-press" in q.note
    assert q.evidence and q.evidence[0].source == \
        "https://example.org/harbour-days/lantern-keeper-press"
    assert "\u27e6nineteen\u27e7" in q.evidence[0].statement


def test_dropped_negation_is_named(lantern):
    (q,) = check(CASES["altered-negation"]["article"], lantern).quotes
    assert q.verdict == "altered" and 'leaves out "not"' in q.note


def test_misattributed_explanation_names_whom_the_source_credits(lantern):
    (q,) = check(CASES["misattributed"]["article"], lantern).quotes
    assert "credits these words to Jonah Pell, not Ilse Varga" in q.note
    assert "https://example.org/podcast/lantern-keeper-money" in q.note


def test_verified_variant_says_what_minor_difference_there_is(lantern):
    (q,) = check(CASES["variant"]["article"], lantern).quotes
    assert q.verdict == "verified"
    assert "credits Ilse Varga" in q.note
    assert "minor" in q.note and '"the"' in q.note


def test_unsourced_explanation_names_the_store_and_its_size(lantern):
    _kb, store = lantern
    (q,) = check(CASES["unsourced"]["article"], lantern).quotes
    assert q.note == f"Not found in the 3 trusted document(s) of {store}."


def test_quote_explanation_is_in_the_json_contract(lantern, schema):
    import jsonschema
    r = check(CASES["altered-word"]["article"], lantern)
    d = r.to_dict()
    jsonschema.validate(d, schema)
    (q,) = d["quotes"]
    assert q["verdict"] == "altered" and "\u27e6twice\u27e7" in q["explanation"]
