"""Run totals: per-document facts (`doc_stats`) and their sum (`Summary`) for stderr, JSON, HTML.

`doc_stats` is computed from the output row itself, so a resumed run rebuilds the totals of the
rows an earlier run wrote by reading them back, and both engines count the same way. Lists kept
for the HTML page (rows behind each chart) are capped so memory stays flat on huge runs.
"""
from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from typing import Optional
from urllib.parse import urlsplit

ROW_CAP = 200          # example rows kept per chart bar
TOP_DOCS = 50          # documents with the most refuted claims


def is_problem(d: dict) -> bool:
    """What --only-problems keeps: refuted claims, misspelled names, altered/misattributed or
    unsourced quotes, spam/piracy links (Report.has_problems() plus unsourced quotes), and error
    rows (a document that could not be checked is something the user has to look at)."""
    if "error" in d and "document" not in d:
        return True
    s = d.get("summary") or {}
    if s.get("refuted") or s.get("misspelled_names") or s.get("bad_links") \
            or s.get("unsourced_quotes"):
        return True
    return any(q.get("verdict") in ("altered", "misattributed") for q in d.get("quotes") or ())


def site_of(url: Optional[str]) -> Optional[str]:
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    if host and host.startswith("www."):
        host = host[4:]
    return host or None


def doc_stats(d: dict) -> dict:
    """The few facts about one output row that the run summary needs."""
    if "error" in d and "document" not in d:
        return {"id": d["id"], "error": d["error"]["kind"], "msg": d["error"]["message"],
                "problem": True}
    doc = d.get("document") or {}
    verdicts: Counter = Counter()
    cats: dict = defaultdict(Counter)
    for c in d.get("claims") or ():
        verdicts[c.get("verdict")] += 1
        cats[c.get("category") or "other"][c.get("verdict")] += 1
    misspelled = [[m.get("text"), (m.get("suggestion") or (m.get("entity") or {}).get("label"))]
                  for m in d.get("names") or () if m.get("issue") == "misspelled"]
    bad_links = [[l.get("verdict"), l.get("domain")] for l in d.get("links") or ()
                 if l.get("verdict") in ("spam", "piracy")]
    return {"id": doc.get("id"), "title": doc.get("title"), "site": site_of(doc.get("url")),
            "verdicts": dict(verdicts), "cats": {k: dict(v) for k, v in cats.items()},
            "misspelled": misspelled, "bad_links": bad_links,
            "unsourced": (d.get("summary") or {}).get("unsourced_quotes", 0),
            "problem": is_problem(d)}


class Summary:
    """Totals over a run (including rows a previous, interrupted run already wrote)."""

    def __init__(self) -> None:
        self.documents = 0
        self.resumed = 0
        self.checked = 0
        self.errors: Counter = Counter()
        self.error_rows: dict[str, list] = defaultdict(list)
        self.claims: Counter = Counter()
        self.by_category: dict[str, Counter] = defaultdict(Counter)
        self.category_docs: dict[str, list] = defaultdict(list)
        self.docs_with_refuted = 0
        self.docs_with_bad_links = 0
        self.docs_with_piracy = 0
        self.docs_with_problems = 0
        self.written = 0
        self.top_refuted: list = []   # min-heap of (refuted, -seq, id, title)
        self.misspelled: Counter = Counter()
        self.misspelled_docs: dict[str, list] = defaultdict(list)
        self.bad_sites: Counter = Counter()
        self.bad_site_rows: dict[str, list] = defaultdict(list)
        self.skipped: dict = {}
        self.elapsed = 0.0
        self.first_result_s: float | None = None   # start-up: seconds until the first result
        self.last_result_s = 0.0
        self.engine = ""
        self.workers = 0

    def add(self, s: dict, resumed: bool = False) -> None:
        seq = self.documents
        self.documents += 1
        if resumed:
            self.resumed += 1
        else:
            self.checked += 1
        if s.get("problem"):
            self.docs_with_problems += 1
        if s.get("error"):
            self.errors[s["error"]] += 1
            rows = self.error_rows[s["error"]]
            if len(rows) < ROW_CAP:
                rows.append([s["id"], s.get("msg", "")])
            return
        for v, n in (s.get("verdicts") or {}).items():
            self.claims[v] += n
        for cat, vs in (s.get("cats") or {}).items():
            for v, n in vs.items():
                self.by_category[cat][v] += n
            if len(self.category_docs[cat]) < ROW_CAP:
                self.category_docs[cat].append(s["id"])
        refuted = (s.get("verdicts") or {}).get("refuted", 0)
        if refuted:
            self.docs_with_refuted += 1
            entry = (refuted, -seq, s["id"], s.get("title") or "")
            if len(self.top_refuted) < TOP_DOCS:
                heapq.heappush(self.top_refuted, entry)
            else:
                heapq.heappushpop(self.top_refuted, entry)
        for text, suggestion in s.get("misspelled") or ():
            key = f"{text} \u2192 {suggestion}" if suggestion else str(text)
            self.misspelled[key] += 1
            if len(self.misspelled_docs[key]) < ROW_CAP:
                self.misspelled_docs[key].append(s["id"])
        bad = s.get("bad_links") or []
        if bad:
            self.docs_with_bad_links += 1
            if any(v == "piracy" for v, _ in bad):
                self.docs_with_piracy += 1
            site = s.get("site") or "(no url)"
            self.bad_sites[site] += len(bad)
            if len(self.bad_site_rows[site]) < ROW_CAP:
                self.bad_site_rows[site].append(
                    [s["id"], ", ".join(sorted({f"{v}: {dom}" for v, dom in bad}))])

    @property
    def rate(self) -> float:
        return self.checked / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def steady_rate(self) -> float:
        """docs/s after start-up (pool spawn, Ray init, KB open): first result to last."""
        if self.first_result_s is None or self.checked < 2:
            return self.rate
        span = self.last_result_s - self.first_result_s
        return (self.checked - 1) / span if span > 0 else self.rate

    def refuted_ranking(self) -> list[tuple[str, str, int]]:
        return [(i, t, n) for n, _, i, t in sorted(self.top_refuted, reverse=True)]

    def to_dict(self) -> dict:
        return {
            "documents": self.documents, "checked_this_run": self.checked,
            "resumed_from_earlier_run": self.resumed, "written": self.written,
            "errors": sum(self.errors.values()), "errors_by_kind": dict(self.errors),
            "claims_by_verdict": dict(self.claims),
            "claims_by_category": {k: dict(v) for k, v in sorted(self.by_category.items())},
            "documents_with_refuted_claims": self.docs_with_refuted,
            "documents_with_piracy_links": self.docs_with_piracy,
            "documents_with_spam_or_piracy_links": self.docs_with_bad_links,
            "documents_with_problems": self.docs_with_problems,
            "most_refuted_documents": [{"id": i, "title": t, "refuted": n}
                                       for i, t, n in self.refuted_ranking()],
            "misspelled_names": dict(self.misspelled.most_common(50)),
            "sites_with_bad_links": dict(self.bad_sites.most_common(50)),
            "skipped": dict(self.skipped),
            "engine": self.engine, "workers": self.workers,
            "elapsed_s": round(self.elapsed, 3), "docs_per_s": round(self.rate, 2),
            "startup_s": round(self.first_result_s or 0.0, 3),
            "docs_per_s_after_startup": round(self.steady_rate, 2),
        }

    def text(self) -> str:
        """The block printed on stderr at the end of a run."""
        lines = [f"reelcheck batch: {self.documents} documents"
                 + (f" ({self.resumed} already done by an earlier run)" if self.resumed else "")
                 + f", {self.written} lines in the output"]
        if self.errors:
            kinds = ", ".join(f"{k} {n}" for k, n in self.errors.most_common())
            lines.append(f"  errors: {sum(self.errors.values())} ({kinds})")
        else:
            lines.append("  errors: 0")
        claims = ", ".join(f"{v} {self.claims.get(v, 0)}"
                           for v in ("supported", "refuted", "not_enough_info"))
        lines.append(f"  claims: {sum(self.claims.values())} ({claims})")
        lines.append(f"  documents with refuted claims: {self.docs_with_refuted}; "
                     f"with piracy links: {self.docs_with_piracy}; "
                     f"with any problem: {self.docs_with_problems}")
        if self.skipped:
            lines.append("  skipped: " + ", ".join(f"{n} {k}" for k, n in self.skipped.items()))
        lines.append(f"  rate: {self.rate:.1f} docs/s ({self.checked} checked in "
                     f"{self.elapsed:.1f} s, engine {self.engine}, {self.workers} workers; "
                     f"{self.steady_rate:.1f} docs/s after {self.first_result_s or 0:.1f} s "
                     "start-up)")
        return "\n".join(lines)
