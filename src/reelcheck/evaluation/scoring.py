"""Scoring a `Report` against gold labels: span matching, counts, and the metrics built on them.

Everything here is a pure function of labels and reports (no KB, no engine), so the arithmetic
can be tested on hand-made inputs and the numbers mean the same whatever engine produced them.
Counting happens per article (`score_article`) and is summed afterwards (`summarize`), so a
per-article view and the overall view cannot disagree.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional, Sequence

from ..model import Report
from .labels import ArticleInfo, Label

VERDICTS_SCORED = ("refuted", "supported")


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Code points shared by two end-exclusive spans (0 when disjoint)."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_spans(preds: Sequence[tuple[int, int]], golds: Sequence[tuple[int, int]]
                ) -> dict[int, int]:
    """Pred index -> gold index, one-to-one, greedily by overlap size (largest first).

    Ties go to the earlier prediction then the earlier label, so results are deterministic.
    """
    pairs = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            ov = overlap(p, g)
            if ov > 0:
                pairs.append((-ov, i, j))
    pairs.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    out: dict[int, int] = {}
    for _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out[i] = j
    return out


@dataclass
class PR:
    """Counts behind precision and recall for one verdict.

    Precision is judged per prediction (`tp` right, `fp` wrong) and recall per label (`found`,
    `fn`), because several predicted claims may sit on one labelled statement: each of them is
    right or wrong, but the statement is found only once.
    """
    tp: int = 0
    fp: int = 0
    found: int = 0
    fn: int = 0

    def add(self, other: "PR") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.found += other.found
        self.fn += other.fn

    @property
    def precision(self) -> Optional[float]:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> Optional[float]:
        return self.found / (self.found + self.fn) if self.found + self.fn else None

    def to_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "found": self.found, "fn": self.fn,
                "precision": _r(self.precision), "recall": _r(self.recall)}


@dataclass
class Tally:
    """Correct out of total, for accuracy-style metrics."""
    correct: int = 0
    total: int = 0

    def add(self, other: "Tally") -> None:
        self.correct += other.correct
        self.total += other.total

    @property
    def accuracy(self) -> Optional[float]:
        return self.correct / self.total if self.total else None

    def to_dict(self) -> dict:
        return {"correct": self.correct, "total": self.total, "accuracy": _r(self.accuracy)}


@dataclass
class Miss:
    """One disagreement worth showing a developer, most harmful kinds first."""
    kind: str            # false_refute | missed_refute | wrong_verdict | undetected | ...
    article: str
    text: str
    expected: Optional[str]
    predicted: Optional[str]
    span: tuple[int, int]
    category: str = ""
    certain: bool = True
    detail: str = ""

    RANK = {"false_refute": 0, "false_support": 1, "false_misspelling": 1, "missed_refute": 2,
            "wrong_verdict": 3, "unlabeled_support": 4,
            "missed_misspelling": 4, "wrong_suggestion": 5, "quote": 6, "link": 7,
            "undetected": 8, "hedged": 9}

    def to_dict(self) -> dict:
        return {"kind": self.kind, "article": self.article, "text": self.text,
                "expected": self.expected, "predicted": self.predicted,
                "span": list(self.span), "category": self.category, "certain": self.certain,
                "detail": self.detail}


@dataclass
class ArticleScore:
    """All counts for one article; `summarize` adds these up."""
    article: str
    style: str = ""
    kb_has_film: bool = True
    labels: int = 0
    predicted_claims: int = 0
    predicted_refuted: int = 0
    claim_pr: dict[str, dict[str, PR]] = field(default_factory=dict)  # verdict -> cat -> PR
    false_refutes: int = 0
    false_refutes_unlabeled: int = 0
    detected: Tally = field(default_factory=Tally)      # certain claim labels hit by any claim
    verdict: Tally = field(default_factory=Tally)       # certain claim labels, exact verdict
    hedged: Tally = field(default_factory=Tally)
    uncertain_claim_labels: int = 0
    names: PR = field(default_factory=PR)
    suggestions: Tally = field(default_factory=Tally)
    quotes: Tally = field(default_factory=Tally)
    links: Tally = field(default_factory=Tally)
    misses: list[Miss] = field(default_factory=list)
    error: Optional[str] = None
    seconds: float = 0.0

    def pr(self, verdict: str, category: str) -> PR:
        return self.claim_pr.setdefault(verdict, {}).setdefault(category, PR())


def score_article(article: str, text: str, labels: Iterable[Label], report: Report,
                  info: Optional[ArticleInfo] = None) -> ArticleScore:
    """Count hits and misses of one report against the (already anchored) labels of its article.

    Uncertain labels take part in matching, so a prediction on an uncertain statement is neither
    credited nor blamed as unlabeled, but they never enter precision or recall. A predicted
    refute counts as a false refute whenever the label is not `refuted` (uncertain or not) or
    there is no label at all: those are the errors an editor would be misled by.
    """
    labels = [l for l in labels if l.start >= 0]
    sc = ArticleScore(article=article, style=info.style if info else "",
                      kb_has_film=info.kb_has_film if info else True, labels=len(labels))
    _score_claims(sc, [l for l in labels if l.kind == "claim"], report)
    _score_names(sc, [l for l in labels if l.kind == "name"], report)
    _score_verdicts(sc, [l for l in labels if l.kind == "quote"], report.quotes, sc.quotes,
                    "quote")
    _score_verdicts(sc, [l for l in labels if l.kind == "link"], report.links, sc.links, "link")
    return sc


def _score_claims(sc: ArticleScore, golds: list[Label], report: Report) -> None:
    """Every predicted claim is judged against the label it matched one-to-one (greedy by
    overlap) or, failing that, the label it overlaps most: an engine may split one labelled
    sentence into several claims. Precision counts each judged claim; a label is found (once)
    when any claim judged on it carries its verdict. Detection, exact-verdict and hedging
    accuracy use the one-to-one match; a claim overlapping no label at all is unlabeled."""
    claims = report.claims
    sc.predicted_claims = len(claims)
    sc.predicted_refuted = sum(1 for c in claims if c.verdict == "refuted")
    spans = [g.span for g in golds]
    m = match_spans([(c.start, c.end) for c in claims], spans)
    matched_gold = {j: i for i, j in m.items()}
    verdicts_on: dict[int, set[str]] = {}   # label -> verdicts of every claim judged on it
    for v in VERDICTS_SCORED:
        sc.claim_pr.setdefault(v, {})
    # predictions: precision side and false refutes
    for i, c in enumerate(claims):
        j = m.get(i, _best_overlap((c.start, c.end), spans))
        g = golds[j] if j is not None else None
        if j is not None:
            verdicts_on.setdefault(j, set()).add(c.verdict)
        cat = (g.category if g and g.category else c.category) or "other"
        if g is None:
            if c.verdict in VERDICTS_SCORED:
                sc.pr(c.verdict, cat).fp += 1
            if c.verdict == "supported":
                sc.misses.append(Miss("unlabeled_support", sc.article, c.text, None, "supported",
                                      (c.start, c.end), cat, True,
                                      "no label here: " + (c.explanation or "")[:200]))
            if c.verdict == "refuted":
                sc.false_refutes += 1
                sc.false_refutes_unlabeled += 1
                sc.misses.append(Miss("false_refute", sc.article, c.text, None, "refuted",
                                      (c.start, c.end), cat, True,
                                      "no label here: " + (c.explanation or "")[:200]))
            continue
        if c.verdict == "refuted" and g.label != "refuted":
            sc.false_refutes += 1
            sc.misses.append(Miss("false_refute", sc.article, g.text, g.label, "refuted",
                                  g.span, cat, g.certain,
                                  f"claim {c.text[:80]!r}: " + (c.explanation or "")[:200]))
        if not g.certain:
            continue
        if c.verdict in VERDICTS_SCORED:
            if c.verdict == g.label:
                sc.pr(c.verdict, cat).tp += 1
            else:
                sc.pr(c.verdict, cat).fp += 1
                if c.verdict == "supported":
                    sc.misses.append(Miss("false_support", sc.article, g.text, g.label,
                                          "supported", g.span, cat, g.certain,
                                          f"claim {c.text[:80]!r}: " + (c.explanation or "")[:200]))
    # labels: recall side, detection, verdict and hedging accuracy
    for j, g in enumerate(golds):
        if not g.certain:
            sc.uncertain_claim_labels += 1
            continue
        cat = g.category or "other"
        c = claims[matched_gold[j]] if j in matched_gold else None
        if c is not None and not g.category:
            cat = c.category or "other"
        sc.detected.total += 1
        sc.verdict.total += 1
        found = g.label in verdicts_on.get(j, ())
        if g.label in VERDICTS_SCORED:
            pr = sc.pr(g.label, cat)
            if found:
                pr.found += 1
            else:
                pr.fn += 1
        if c is None:
            sc.misses.append(Miss("missed_refute" if g.label == "refuted" else "undetected",
                                  sc.article, g.text, g.label, None, g.span, cat, True,
                                  "no claim extracted over this span"))
            continue
        sc.detected.correct += 1
        if c.verdict == g.label:
            sc.verdict.correct += 1
        elif c.verdict != "refuted" and not found:  # false refutes were recorded above
            sc.misses.append(Miss("missed_refute" if g.label == "refuted" else "wrong_verdict",
                                  sc.article, g.text, g.label, c.verdict, g.span, cat, True,
                                  f"claim {c.text[:80]!r}: " + (c.explanation or "")[:200]))
        want_hedged = bool(g.hedged)
        sc.hedged.total += 1
        if bool(c.hedged) == want_hedged:
            sc.hedged.correct += 1
        elif want_hedged:
            sc.misses.append(Miss("hedged", sc.article, g.text, "hedged", "not hedged",
                                  g.span, cat, True))


def _best_overlap(span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> Optional[int]:
    """Index of the span overlapping `span` most (the earliest on ties), or None."""
    best, best_ov = None, 0
    for j, g in enumerate(spans):
        ov = overlap(span, g)
        if ov > best_ov:
            best, best_ov = j, ov
    return best


def _score_names(sc: ArticleScore, golds: list[Label], report: Report) -> None:
    flagged = [n for n in report.names if n.issue == "misspelled"]
    m = match_spans([(n.start, n.end) for n in flagged], [g.span for g in golds])
    hit = set()
    for i, n in enumerate(flagged):
        g = golds[m[i]] if i in m else None
        if g is None or (g.label == "none" and g.certain):
            sc.names.fp += 1
            sc.misses.append(Miss("false_misspelling", sc.article, n.text,
                                  g.label if g else None, "misspelled", (n.start, n.end), "name",
                                  True, f"suggested {n.suggestion!r}"))
            continue
        if not g.certain:
            continue
        hit.add(m[i])
        sc.names.tp += 1
        sc.names.found += 1
        if g.suggestion:
            sc.suggestions.total += 1
            if _same_name(n.suggestion, g.suggestion):
                sc.suggestions.correct += 1
            else:
                sc.misses.append(Miss("wrong_suggestion", sc.article, g.text, g.suggestion,
                                      n.suggestion, g.span, "name", True))
    for j, g in enumerate(golds):
        if g.certain and g.label == "misspelled" and j not in hit:
            sc.names.fn += 1
            sc.misses.append(Miss("missed_misspelling", sc.article, g.text, "misspelled", None,
                                  g.span, "name", True, f"should be {g.suggestion!r}"))


def _score_verdicts(sc: ArticleScore, golds: list[Label], preds: Sequence[Any], tally: Tally,
                    kind: str) -> None:
    """Accuracy of quote or link verdicts: a certain label counts correct only when a
    prediction overlapping it carries the same verdict (an unfound item is wrong)."""
    m = match_spans([(p.start, p.end) for p in preds], [g.span for g in golds])
    by_gold = {j: preds[i] for i, j in m.items()}
    for j, g in enumerate(golds):
        if not g.certain:
            continue
        tally.total += 1
        p = by_gold.get(j)
        if p is not None and p.verdict == g.label:
            tally.correct += 1
        else:
            sc.misses.append(Miss(kind, sc.article, g.text, g.label,
                                  p.verdict if p is not None else None, g.span, kind, True,
                                  "" if p is not None else f"no {kind} found over this span"))


def _same_name(a: Optional[str], b: Optional[str]) -> bool:
    from ..textutil import fold
    return bool(a) and bool(b) and fold(a) == fold(b)


def _r(x: Optional[float]) -> Optional[float]:
    return None if x is None else round(x, 3)


def summarize(scores: Sequence[ArticleScore], *, per_article: bool = False,
              max_misses: int = 60) -> dict:
    """Add per-article counts into the `reelcheck.eval/1` result (JSON-ready)."""
    overall = {v: PR() for v in VERDICTS_SCORED}
    by_cat: dict[str, dict[str, PR]] = {}
    detected, verdict, hedged = Tally(), Tally(), Tally()
    names, sugg, quotes, links = PR(), Tally(), Tally(), Tally()
    false_refutes = unlabeled = uncertain = n_labels = n_claims = 0
    misses: list[Miss] = []
    lacks = []
    ok_scores = [s for s in scores if s.error is None]
    for s in ok_scores:
        for v, cats in s.claim_pr.items():
            for cat, pr in cats.items():
                overall[v].add(pr)
                by_cat.setdefault(cat, {x: PR() for x in VERDICTS_SCORED})[v].add(pr)
        detected.add(s.detected)
        verdict.add(s.verdict)
        hedged.add(s.hedged)
        names.add(s.names)
        sugg.add(s.suggestions)
        quotes.add(s.quotes)
        links.add(s.links)
        false_refutes += s.false_refutes
        unlabeled += s.false_refutes_unlabeled
        uncertain += s.uncertain_claim_labels
        n_labels += s.labels
        n_claims += s.predicted_claims
        misses.extend(s.misses)
        if not s.kb_has_film:
            lacks.append({"article": s.article, "refuted": s.predicted_refuted,
                          "ok": s.predicted_refuted == 0})
    misses.sort(key=lambda x: (Miss.RANK.get(x.kind, 99), not x.certain, x.article, x.span))
    kinds = Counter(x.kind for x in misses)
    out = {
        "schema": "reelcheck.eval/1",
        "articles": len(ok_scores),
        "labels": n_labels,
        "predicted_claims": n_claims,
        "claims": {
            "overall": {v: overall[v].to_dict() for v in VERDICTS_SCORED},
            "by_category": {cat: {v: prs[v].to_dict() for v in VERDICTS_SCORED}
                            for cat, prs in sorted(by_cat.items())},
            "false_refutes": false_refutes,
            "false_refutes_unlabeled": unlabeled,
            "detected": detected.to_dict(),
            "verdict_accuracy": verdict.to_dict(),
            "hedged_accuracy": hedged.to_dict(),
            "uncertain_labels_excluded": uncertain,
        },
        "names": {"misspelled": names.to_dict(), "suggestions": sugg.to_dict()},
        "quotes": quotes.to_dict(),
        "links": links.to_dict(),
        "kb_lacks_film": {"articles": lacks, "ok": all(x["ok"] for x in lacks)},
        "miss_counts": dict(sorted(kinds.items(), key=lambda kv: Miss.RANK.get(kv[0], 99))),
        "misses": [x.to_dict() for x in misses[:max_misses]],
        "errors": [{"article": s.article, "error": s.error} for s in scores if s.error],
        "seconds": round(sum(s.seconds for s in ok_scores), 3),
    }
    if per_article:
        out["per_article"] = [_article_row(s) for s in scores]
    return out


def _article_row(s: ArticleScore) -> dict:
    ref = PR()
    for pr in s.claim_pr.get("refuted", {}).values():
        ref.add(pr)
    return {"article": s.article, "style": s.style, "kb_has_film": s.kb_has_film,
            "labels": s.labels, "predicted_claims": s.predicted_claims,
            "predicted_refuted": s.predicted_refuted, "false_refutes": s.false_refutes,
            "refuted": ref.to_dict(), "detected": s.detected.to_dict(),
            "verdict_accuracy": s.verdict.to_dict(), "names": s.names.to_dict(),
            "quotes": s.quotes.to_dict(), "links": s.links.to_dict(),
            "seconds": round(s.seconds, 3), "error": s.error}
