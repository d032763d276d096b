"""The scorer on hand-made labels and a hand-made Report: no engine, so these numbers can only
change if the arithmetic does."""
from __future__ import annotations

import json

import pytest

from reelcheck.evaluation.labels import (Label, anchor, load_labels, load_manifest,
                                         parse_label)
from reelcheck.evaluation.scoring import match_spans, overlap, score_article, summarize
from reelcheck.evaluation.labels import ArticleInfo
from reelcheck.model import Claim, Document, EntityRef, Link, Mention, Quote, Report

TEXT = ("Anora won six Oscars. It was directed by Sean Baker. The film runs 95 minutes. "
        "Mikey Maddison stars. It premiered in 2023. Cannes loved it. Some say it cost $9M. "
        "Baker is a genius.")


def span_of(s: str, occ: int = 0) -> tuple[int, int]:
    pos = -1
    for _ in range(occ + 1):
        pos = TEXT.index(s, pos + 1)
    return pos, pos + len(s)


def lab(kind: str, text: str, label: str, **kw) -> Label:
    l = Label(article="a.txt", kind=kind, text=text, label=label, **kw)
    assert anchor(l, TEXT) is None
    return l


def claim(text: str, verdict: str, category: str = "award", hedged: bool = False,
          start: int | None = None, end: int | None = None) -> Claim:
    s, e = span_of(text) if start is None else (start, end)
    return Claim(id=f"c{s}", start=s, end=e, text=TEXT[s:e], category=category, verdict=verdict,
                 hedged=hedged)


def report(claims=(), names=(), quotes=(), links=()) -> Report:
    return Report(document=Document(id="a.txt", text=TEXT), claims=list(claims),
                  names=list(names), quotes=list(quotes), links=list(links))


# -- span matching ------------------------------------------------------------------------

def test_overlap_is_shared_code_points_and_zero_when_disjoint():
    assert overlap((0, 10), (5, 20)) == 5
    assert overlap((0, 5), (5, 9)) == 0  # end-exclusive: touching is not overlapping
    assert overlap((3, 4), (0, 10)) == 1


def test_match_is_one_to_one_and_greedy_by_overlap_size():
    # pred 0 overlaps gold 0 by 2 and gold 1 by 8; pred 1 overlaps gold 1 by 3.
    preds = [(8, 20), (17, 25)]
    golds = [(0, 10), (12, 30)]
    m = match_spans(preds, golds)
    assert m == {0: 1}  # the 8-overlap pair wins; pred 1 cannot reuse gold 1, gold 0 is
    # only reachable from pred 0, which is taken


def test_match_leaves_unoverlapping_predictions_unmatched():
    assert match_spans([(0, 3), (50, 60)], [(40, 55)]) == {1: 0}
    assert match_spans([], [(0, 1)]) == {}


# -- claims -------------------------------------------------------------------------------

def scenario():
    labels = [
        lab("claim", "Anora won six Oscars", "refuted", category="count"),            # A
        lab("claim", "It was directed by Sean Baker", "supported", category="crew"),  # B
        lab("claim", "The film runs 95 minutes", "refuted", category="runtime",
            certain=False),                                                            # C
        lab("claim", "It premiered in 2023", "not_enough_info", category="festival"),  # D
        lab("claim", "Some say it cost $9M", "refuted", category="money", hedged=True),  # E
        lab("claim", "Cannes loved it", "supported", category="festival"),            # F
    ]
    claims = [
        claim("Anora won six Oscars", "refuted", "award"),             # A: TP refuted
        claim("It was directed by Sean Baker", "refuted", "crew"),     # B: false refute
        claim("The film runs 95 minutes", "refuted", "runtime"),       # C: uncertain, excluded
        claim("It premiered in 2023", "supported", "date"),            # D: FP supported
        claim("Baker is a genius", "refuted", "other"),                # unlabeled false refute
        claim("Mikey Maddison stars", "supported", "cast"),            # unlabeled supported
        claim("Cannes loved it", "supported", "festival", hedged=True),  # F: TP, wrong hedge
    ]
    return labels, claims


def test_claim_precision_recall_and_false_refutes():
    labels, claims = scenario()
    sc = score_article("a.txt", TEXT, labels, report(claims))
    res = summarize([sc])
    ref = res["claims"]["overall"]["refuted"]
    sup = res["claims"]["overall"]["supported"]
    # refuted: TP A; FP B (label supported) + unlabeled genius; FN E (missed). C excluded.
    assert (ref["tp"], ref["fp"], ref["fn"]) == (1, 2, 1)
    assert ref["precision"] == pytest.approx(1 / 3, abs=1e-3)
    assert ref["recall"] == pytest.approx(0.5)
    # supported: TP F; FP D (label nei) + unlabeled Maddison; FN B (predicted refuted).
    assert (sup["tp"], sup["fp"], sup["fn"]) == (1, 2, 1)
    assert ref["found"] == 1 and sup["found"] == 1
    assert res["claims"]["false_refutes"] == 2
    assert res["claims"]["false_refutes_unlabeled"] == 1
    assert res["claims"]["uncertain_labels_excluded"] == 1
    # five certain claim labels, four hit by a prediction (E missed)
    assert res["claims"]["detected"] == {"correct": 4, "total": 5, "accuracy": 0.8}
    # exact verdicts among certain labels: A and F
    assert res["claims"]["verdict_accuracy"]["correct"] == 2
    # hedging: A, B, D right (unhedged); F predicted hedged but label is not
    assert res["claims"]["hedged_accuracy"]["correct"] == 3
    assert res["claims"]["hedged_accuracy"]["total"] == 4


def test_per_category_uses_the_label_category_then_the_prediction():
    labels, claims = scenario()
    res = summarize([score_article("a.txt", TEXT, labels, report(claims))])
    cats = res["claims"]["by_category"]
    assert cats["count"]["refuted"]["tp"] == 1        # label says count, claim said award
    assert "award" not in cats
    assert cats["crew"]["refuted"]["fp"] == 1
    assert cats["crew"]["supported"]["fn"] == 1
    assert cats["other"]["refuted"]["fp"] == 1        # unlabeled: the claim's own category
    assert cats["cast"]["supported"]["fp"] == 1
    assert cats["money"]["refuted"]["fn"] == 1
    assert "runtime" not in cats                      # only an uncertain label there


def test_misses_list_false_refutes_first():
    labels, claims = scenario()
    res = summarize([score_article("a.txt", TEXT, labels, report(claims))])
    kinds = [m["kind"] for m in res["misses"]]
    # B (label supported) and the unlabeled "genius" claim; C is refuted-labelled, so a refute
    # there is no false refute even though its label is uncertain
    assert kinds[:2] == ["false_refute"] * 2
    assert "false_refute" not in kinds[2:]
    # then the wrong supports: D (label not_enough_info) and the unlabeled "Maddison" claim
    assert kinds[2] == "false_support"
    assert "unlabeled_support" in kinds
    assert "missed_refute" in kinds                   # E
    assert kinds.index("false_support") < kinds.index("missed_refute")
    assert res["miss_counts"]["false_refute"] == 2
    assert res["miss_counts"]["false_support"] == 1
    assert res["miss_counts"]["unlabeled_support"] == 1


def test_one_prediction_matches_at_most_one_label():
    labels = [lab("claim", "Anora won six Oscars", "refuted", category="count"),
              lab("claim", "It was directed by Sean Baker", "refuted", category="crew")]
    a0, a1 = span_of("Anora won six Oscars")
    b0, b1 = span_of("It was directed by Sean Baker")
    big = claim("", "refuted", "award", start=a0, end=b1)  # covers both labels
    res = summarize([score_article("a.txt", TEXT, labels, report([big]))])
    ref = res["claims"]["overall"]["refuted"]
    assert (ref["tp"], ref["fp"], ref["fn"]) == (1, 0, 1)


def test_no_predictions_gives_zero_recall_and_undefined_precision():
    labels, _ = scenario()
    res = summarize([score_article("a.txt", TEXT, labels, report())])
    ref = res["claims"]["overall"]["refuted"]
    assert ref["precision"] is None and ref["recall"] == 0.0
    assert res["claims"]["false_refutes"] == 0


# -- names, quotes, links -----------------------------------------------------------------

def mention(text: str, issue: str, suggestion: str | None = None) -> Mention:
    s, e = span_of(text)
    return Mention(start=s, end=e, text=text, entity=EntityRef("x", suggestion or text),
                   issue=issue, suggestion=suggestion)


def test_misspelling_precision_recall_and_suggestions():
    labels = [lab("name", "Mikey Maddison", "misspelled", suggestion="Mikey Madison"),
              lab("name", "Sean Baker", "none"),
              lab("name", "Baker", "misspelled", occurrence=1, suggestion="Sean Baker",
                  certain=False)]
    names = [mention("Mikey Maddison", "misspelled", "Mikey  madison"),  # TP, same after fold
             mention("Sean Baker", "misspelled", "Sean Bakker"),        # FP: label says none
             mention("Cannes", "misspelled", "Cannes Film Festival"),   # FP: unlabeled
             mention("Anora", "none")]                                  # not a flag: ignored
    sc = score_article("a.txt", TEXT, labels, report(names=names))
    res = summarize([sc])
    m = res["names"]["misspelled"]
    assert (m["tp"], m["fp"], m["fn"]) == (1, 2, 0)
    assert res["names"]["suggestions"] == {"correct": 1, "total": 1, "accuracy": 1.0}


def test_missed_misspelling_and_wrong_suggestion():
    labels = [lab("name", "Mikey Maddison", "misspelled", suggestion="Mikey Madison"),
              lab("name", "Sean Baker", "misspelled", suggestion="Shaun Baker")]
    names = [mention("Mikey Maddison", "misspelled", "Mickey Rourke")]
    res = summarize([score_article("a.txt", TEXT, labels, report(names=names))])
    m = res["names"]["misspelled"]
    assert (m["tp"], m["fp"], m["fn"]) == (1, 0, 1)
    assert res["names"]["suggestions"]["correct"] == 0
    assert {"missed_misspelling", "wrong_suggestion"} <= set(res["miss_counts"])


def test_quote_and_link_accuracy_count_unfound_items_as_wrong():
    labels = [lab("quote", "Baker is a genius", "unsourced"),
              lab("quote", "Cannes loved it", "verified"),
              lab("link", "Some say it cost $9M", "piracy"),
              lab("link", "Mikey Maddison", "spam", certain=False)]
    q0, q1 = span_of("Baker is a genius")
    l0, l1 = span_of("Some say it cost $9M")
    quotes = [Quote(start=q0 + 2, end=q1, text="ker is a genius", verdict="unsourced")]
    links = [Link(start=l0, end=l1, text="x", domain="x.example", verdict="unknown")]
    res = summarize([score_article("a.txt", TEXT, labels, report(quotes=quotes, links=links))])
    assert res["quotes"] == {"correct": 1, "total": 2, "accuracy": 0.5}
    assert res["links"] == {"correct": 0, "total": 1, "accuracy": 0.0}


def test_kb_lacks_film_articles_must_have_zero_refutes():
    labels = [lab("claim", "It premiered in 2023", "not_enough_info", category="festival")]
    clean = score_article("a.txt", TEXT, labels, report([claim("It premiered in 2023",
                                                               "not_enough_info")]),
                          ArticleInfo("a.txt", kb_has_film=False))
    dirty = score_article("b.txt", TEXT, labels, report([claim("Baker is a genius", "refuted")]),
                          ArticleInfo("b.txt", kb_has_film=False))
    assert summarize([clean])["kb_lacks_film"]["ok"] is True
    res = summarize([clean, dirty], per_article=True)
    assert res["kb_lacks_film"]["ok"] is False
    assert [a["refuted"] for a in res["kb_lacks_film"]["articles"]] == [0, 1]
    assert [a["article"] for a in res["per_article"]] == ["a.txt", "b.txt"]


def test_summary_is_json_serialisable():
    labels, claims = scenario()
    res = summarize([score_article("a.txt", TEXT, labels, report(claims))], per_article=True)
    assert json.loads(json.dumps(res)) == res


# -- labels and manifest ------------------------------------------------------------------

def test_anchor_uses_the_occurrence_index():
    l = Label(article="a", kind="name", text="Baker", label="none", occurrence=1)
    assert anchor(l, TEXT) is None
    assert (l.start, l.end) == span_of("Baker", 1)
    missing = Label(article="a", kind="name", text="Baker", label="none", occurrence=5)
    assert "occurrence 5" in anchor(missing, TEXT)
    absent = Label(article="a", kind="name", text="Kubrick", label="none")
    assert "not in the article" in anchor(absent, TEXT)


@pytest.mark.parametrize("obj, reason", [
    ([1, 2], "not a JSON object"),
    ({"article": "a", "kind": "claim", "text": "x"}, "label"),
    ({"article": "a", "kind": "essay", "text": "x", "label": "ok"}, "unknown kind"),
    ({"article": "a", "kind": "claim", "text": "x", "label": "true"}, "not one of"),
    ({"article": "a", "kind": "claim", "text": "x", "label": "refuted", "certain": "yes"},
     "certain"),
    ({"article": "a", "kind": "claim", "text": "x", "label": "refuted", "category": "vibes"},
     "category"),
    ({"article": "a", "kind": "name", "text": "x", "label": "none", "occurrence": -1},
     "occurrence"),
])
def test_parse_label_rejects_bad_objects_with_a_reason(obj, reason):
    with pytest.raises(ValueError, match=reason):
        parse_label(obj, "f:1")


def test_load_labels_keeps_good_lines_and_reports_bad_ones(tmp_path):
    p = tmp_path / "labels.jsonl"
    p.write_bytes(b'\xef\xbb\xbf{"article": "a", "kind": "claim", "text": "x", "label": "refuted"}\n'
                  b"\n# a comment\n"
                  b"{not json\n"
                  b'{"article": "a", "kind": "link", "text": "y", "label": "piracy", '
                  b'"certain": false}\n'
                  b'\xff\xfe{"broken": 1}\n')
    ls = load_labels(p)
    assert [(l.kind, l.line, l.certain) for l in ls.labels] == [("claim", 1, True),
                                                                  ("link", 5, False)]
    assert [str(x).split(":")[1] for x in ls.problems] == ["4", "6"]
    assert "invalid JSON" in str(ls.problems[0])


def test_manifest_missing_is_empty_and_broken_is_a_clear_error(tmp_path):
    assert load_manifest(tmp_path / "nope.json") == {}
    good = tmp_path / "m.json"
    good.write_text('{"articles": [{"file": "a.txt", "style": "review", '
                    '"kb_has_film": false}]}')
    info = load_manifest(good)["a.txt"]
    assert info.style == "review" and info.kb_has_film is False
    bad = tmp_path / "bad.json"
    bad.write_text('{"articles": [{"style": "x"}]}')
    with pytest.raises(ValueError, match="no 'file'"):
        load_manifest(bad)
    bad.write_text("{oops")
    with pytest.raises(ValueError, match="not valid JSON"):
        load_manifest(bad)


def test_refute_on_an_uncertain_non_refuted_label_is_still_a_false_refute():
    labels = [lab("claim", "The film runs 95 minutes", "not_enough_info", category="runtime",
                  certain=False)]
    res = summarize([score_article("a.txt", TEXT, labels,
                                   report([claim("The film runs 95 minutes", "refuted")]))])
    assert res["claims"]["false_refutes"] == 1
    assert res["claims"]["false_refutes_unlabeled"] == 0
    assert res["misses"][0]["certain"] is False
    # ... but it stays out of precision: uncertain labels never enter P/R
    assert res["claims"]["overall"]["refuted"]["fp"] == 0


def test_extra_claims_on_one_labelled_statement_are_judged_but_found_once():
    """An engine may split a labelled sentence into several claims: each is right or wrong for
    precision, the label is found once for recall, and none of them is 'unlabeled'."""
    s0, _ = span_of("It was directed by Sean Baker")
    _, e1 = span_of("The film runs 95 minutes")
    label = Label(article="a.txt", kind="claim", text=TEXT[s0:e1], label="supported",
                  category="crew")
    assert anchor(label, TEXT) is None
    claims = [claim("It was directed by Sean Baker", "supported", "crew"),
              claim("The film runs 95 minutes.", "supported", "runtime"),
              claim("The film runs", "refuted", "runtime")]
    res = summarize([score_article("a.txt", TEXT, [label], report(claims))])
    sup = res["claims"]["overall"]["supported"]
    ref = res["claims"]["overall"]["refuted"]
    assert (sup["tp"], sup["fp"], sup["found"], sup["fn"]) == (2, 0, 1, 0)
    assert sup["precision"] == 1.0 and sup["recall"] == 1.0
    assert (ref["tp"], ref["fp"], ref["found"], ref["fn"]) == (0, 1, 0, 0)
    assert res["claims"]["false_refutes"] == 1
    assert res["claims"]["false_refutes_unlabeled"] == 0
    assert res["claims"]["by_category"]["crew"]["refuted"]["fp"] == 1  # the label's category


def test_a_label_is_found_by_any_claim_judged_on_it():
    """The one-to-one match may pick an undecided sub-claim; a sibling claim on the same label
    that carries the right verdict still finds it."""
    s0, _ = span_of("It was directed by Sean Baker")
    _, e1 = span_of("The film runs 95 minutes")
    label = Label(article="a.txt", kind="claim", text=TEXT[s0:e1], label="refuted",
                  category="crew")
    assert anchor(label, TEXT) is None
    claims = [claim("It was directed by Sean Baker", "not_enough_info", "crew"),  # bigger
              claim("The film runs", "refuted", "runtime")]
    res = summarize([score_article("a.txt", TEXT, [label], report(claims))])
    ref = res["claims"]["overall"]["refuted"]
    assert (ref["tp"], ref["fp"], ref["found"], ref["fn"]) == (1, 0, 1, 0)
    assert res["claims"]["verdict_accuracy"]["correct"] == 0   # the matched claim said nei
    assert "missed_refute" not in res["miss_counts"]
