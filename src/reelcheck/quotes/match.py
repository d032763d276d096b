"""Decide a quote's verdict against trusted sources: verified, altered, misattributed, unsourced.

Candidates come from FTS5 (rarest words first); each is aligned word by word with rapidfuzz, so
case, punctuation, ellipses and curly-vs-straight marks never count as a difference, while a
changed, added or dropped word does, and is named in the evidence.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq, Levenshtein

from ..model import EntityRef, Evidence
from ..sources.index import Candidate, SourceIndex
from ..sources.terms import words
from ..textutil import fold

CLOSE_RATIO = 70.0      # character similarity (0-100) of the quote and the aligned source words
CLOSE_RECALL = 0.55     # share of the quote's words found, in order, in the source...
SHORT_RECALL = 0.75     # ...and for quotes under SHORT_WORDS words, where chance overlap is high
SHORT_WORDS = 8
SLACK = 5               # source words tried on each side of the rough character alignment
MIN_FUZZY_WORDS = 4     # shorter quotes must match exactly: a few words are too easy to match


@dataclass(slots=True)
class Alignment:
    exact: bool
    score: float
    recall: float
    original: str            # the source's words that line up with the quote (folded)
    differs: str             # "" when exact
    words: int = 0           # length of the quote in words


def align(quote_tokens: list[str], source_text: str) -> Optional[Alignment]:
    """How the quote's words line up with the best window of `source_text`, or None."""
    ct = words(source_text)
    if not quote_tokens or not ct:
        return None
    q = " ".join(quote_tokens)
    c = " ".join(ct)
    if f" {q} " in f" {c} ":
        return Alignment(True, 100.0, 1.0, q, "")
    if len(quote_tokens) < MIN_FUZZY_WORDS:
        return None
    al = fuzz.partial_ratio_alignment(q, c)
    if al is None or al.score < CLOSE_RATIO - 15:
        return None
    # token window in the source around the aligned characters, with slack for insertions
    starts, pos = [], 0
    for t in ct:
        starts.append(pos)
        pos += len(t) + 1
    if len(c) <= len(q):
        lo, hi = 0, len(ct)
    else:
        lo = max(0, _token_at(starts, al.dest_start) - SLACK)
        hi = min(len(ct), _token_at(starts, max(al.dest_start, al.dest_end - 1)) + 1 + SLACK)
    lo, hi = _tightest(quote_tokens, ct, lo, hi)
    window = ct[lo:hi]
    blocks = Levenshtein.opcodes(quote_tokens, window)
    if not blocks:
        return None
    matched = sum(op.src_end - op.src_start for op in blocks if op.tag == "equal")
    recall = matched / len(quote_tokens)
    ws, we = blocks[0].dest_start, blocks[-1].dest_end
    original = " ".join(window[ws:we])
    score = fuzz.ratio(q, original)
    if matched == len(quote_tokens) and we - ws == len(quote_tokens):
        return Alignment(True, 100.0, 1.0, original, "")
    return Alignment(False, max(score, al.score), recall, original,
                     _describe(quote_tokens, window, blocks), len(quote_tokens))


def _tightest(qt: list[str], ct: list[str], lo: int, hi: int) -> tuple[int, int]:
    """The sub-window of ct[lo:hi] that best lines up with the quote: most words in common,
    fewest edits (2 per shared word, -1 per edit; the longer window on ties), so the source's
    words around the quote neither count as differences nor get cut from a changed ending."""
    best = None
    for a in range(lo, min(hi, lo + 2 * SLACK + 1)):
        for b in range(hi, max(a, hi - 2 * SLACK - 1), -1):
            w = ct[a:b]
            score = 2 * LCSseq.similarity(qt, w) - Levenshtein.distance(qt, w)
            if best is None or (score, b - a) > best[:2]:
                best = (score, b - a, a, b)
    return best[2], best[3]


def _token_at(starts: list[int], char: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= char:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _describe(qt: list[str], window: list[str], ops) -> str:
    """'"movie" instead of "film"; adds "really"; leaves out "the people"' (at most four);
    neighbouring edits are told as one."""
    chunks: list[list[int]] = []          # [src_start, src_end, dest_start, dest_end]
    for op in ops:
        if op.tag == "equal":
            continue
        if chunks and chunks[-1][1] == op.src_start and chunks[-1][3] == op.dest_start:
            chunks[-1][1], chunks[-1][3] = op.src_end, op.dest_end
        else:
            chunks.append([op.src_start, op.src_end, op.dest_start, op.dest_end])
    parts = []
    for ss, se, ds, de in chunks:
        a, b = " ".join(qt[ss:se]), " ".join(window[ds:de])
        if a and b:
            parts.append(f'"{a}" instead of "{b}"')
        elif a:
            parts.append(f'adds "{a}"')
        else:
            parts.append(f'leaves out "{b}"')
    more = len(parts) - 4
    text = "; ".join(parts[:4])
    return text + (f"; and {more} more change(s)" if more > 0 else "")


def is_close(a: Optional[Alignment]) -> bool:
    if a is None:
        return False
    need = SHORT_RECALL if a.words < SHORT_WORDS else CLOSE_RECALL
    return a.exact or (a.score >= CLOSE_RATIO and a.recall >= need)


def same_person(a_id: Optional[str], a_name: Optional[str], b_id: Optional[str],
                b_name: Optional[str]) -> Optional[bool]:
    """True/False when both sides name someone; None when either is unknown."""
    if not (a_id or a_name) or not (b_id or b_name):
        return None
    if a_id and b_id and a_id == b_id:
        return True
    fa, fb = fold(a_name or ""), fold(b_name or "")
    if fa and fb:
        if fa == fb:
            return True
        pa, pb = fa.split(), fb.split()
        if (len(pa) == 1 or len(pb) == 1) and pa[-1] == pb[-1]:
            return True
    if a_id and b_id:
        return False
    return False if (fa and fb) else None


def _named_in(name: Optional[str], text: str) -> bool:
    if not name:
        return False
    last = fold(name).split()[-1]
    return len(last) > 2 and f" {last} " in f" {' '.join(words(text))} "


@dataclass(slots=True)
class Verdict:
    verdict: str
    evidence: list[Evidence]
    note: str = ""


def judge(text: str, speaker: Optional[EntityRef], speaker_name: Optional[str],
          index: Optional[SourceIndex]) -> Verdict:
    """The verdict for one quote (with evidence) against the trusted sources."""
    if index is None:
        return Verdict("unsourced", [], "no trusted sources to check against")
    qt = words(text)
    scored = []
    seen = set()
    for c in index.candidates(text):
        key = (c.kind, c.rowid)
        if key in seen:
            continue
        seen.add(key)
        a = align(qt, c.text)
        if not is_close(a):
            continue
        c_id, c_name = c.speaker_id, c.speaker_name
        if c.kind == "passage" and not (c_id or c_name):
            c_id, c_name = _speaker_in_passage(index, c, qt)
        rel = same_person(speaker.id if speaker else None, speaker_name, c_id, c_name)
        if rel is None and c_name is None and speaker_name and _named_in(speaker_name, c.passage):
            rel = True           # an unattributed passage that names the speaker
        scored.append((a, c, rel, c_name))
    if not scored:
        return Verdict("unsourced", [], "not found in the trusted sources")

    def pick(exact: bool, rel):
        best = None
        for a, c, r, n in scored:
            if a.exact == exact and r is rel and (best is None or _better(a, c, best)):
                best = (a, c, r, n)
        return best

    if speaker_name is None:
        hit = pick(True, None) or pick(True, True) or pick(True, False)
        if hit is None:
            hit = pick(False, None) or pick(False, True) or pick(False, False)
            if hit is None:
                return Verdict("unsourced", [], "not found in the trusted sources")
            return Verdict("altered", [_evidence(hit, text)],
                           "the article names no speaker; the source's words differ")
        return Verdict("verified", [_evidence(hit, text)],
                       "the article names no speaker; the words are in a trusted source")
    for exact, rel, verdict in ((True, True, "verified"), (True, False, "misattributed"),
                                (False, True, "altered"), (False, False, "misattributed")):
        hit = pick(exact, rel)
        if hit is not None:
            note = ""
            if verdict == "misattributed":
                note = f"the source attributes these words to {hit[3]}"
                if not exact:
                    note += " (and the wording differs)"
            return Verdict(verdict, [_evidence(hit, text)], note)
    hit = pick(True, None) or pick(False, None)
    return Verdict("unsourced", [_evidence(hit, text)],
                   "the words are in a trusted source that does not say who said them")


def _better(a: Alignment, c: Candidate, best) -> bool:
    ba, bc = best[0], best[1]
    return (a.score, a.recall, c.kind == "quote") > (ba.score, ba.recall, bc.kind == "quote")


def _speaker_in_passage(index: SourceIndex, c: Candidate, qt: list[str]
                        ) -> tuple[Optional[str], Optional[str]]:
    """For a passage with no speaker of its own: the speaker of the stored quote in it that
    holds these words."""
    for qtext, name, sid in index.quotes_in_passage(c.rowid):
        if name and is_close(align(qt, qtext)):
            return sid, name
    return None, None


def _excerpt(passage: str, quote: str, width: int = 420) -> str:
    passage = " ".join(passage.split())
    if len(passage) <= width:
        return passage
    al = fuzz.partial_ratio_alignment(quote.lower(), passage.lower())
    mid = (al.dest_start + al.dest_end) // 2 if al else 0
    s = max(0, min(mid - width // 2, len(passage) - width))
    e = min(len(passage), s + width)
    return ("..." if s > 0 else "") + passage[s:e].strip() + ("..." if e < len(passage) else "")


def _evidence(hit, quote_text: str) -> Evidence:
    a, c, _rel, name = hit
    where = " ".join(x for x in (f'"{c.title}"' if c.title else "", f"({c.date})" if c.date
                                 else "") if x)
    who = name or "an unnamed speaker"
    parts = [f"{who}{', in ' + where if where else ''}: \u201c{_excerpt(c.passage, quote_text)}\u201d"]
    if not a.exact:
        parts.append(f"Original words: \u201c{a.original}\u201d. What differs: {a.differs}.")
    return Evidence(statement=" ".join(parts), source=c.url)
