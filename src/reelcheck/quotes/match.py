"""Decide a quote's verdict against trusted sources: verified, altered, misattributed, unsourced.

Candidates come from FTS5 (rarest words first); each is aligned word by word with rapidfuzz, so
case, punctuation, ellipses and curly-vs-straight marks never count as a difference, while a
changed, added or dropped word does, and is named in the evidence.
"""
from __future__ import annotations

import functools
import re
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
GAP_PART_WORDS = 3      # words each side of an ellipsis must have to be looked for apart
MAX_GAP_WORDS = 60      # source words an ellipsis may stand for (a few sentences)
MIN_FUZZY_WORDS = 4     # shorter quotes must match exactly: a few words are too easy to match


@dataclass(slots=True)
class Alignment:
    exact: bool
    score: float
    recall: float
    original: str            # the source's words that line up with the quote (folded)
    differs: str             # "" when the words are the same (what changes the meaning)
    words: int = 0           # length of the quote in words
    minor: str = ""          # differences a transcript may have without changing the sense
    marked: str = ""         # the source's own wording, differences in ⟦ ⟧
    same_words: bool = False  # exact, or only minor/allowed differences

    @property
    def verified(self) -> bool:
        return self.exact or self.same_words


# Words two transcripts of the same speech may differ in without changing what was said:
# articles and fillers (any two of them), and one other little word a listener hears
# differently ("the movies"/"movies", "for me"/"from me"). Negations, pronouns, numbers and
# modal verbs are never among them.
FILLER_WORDS = frozenset("""
a an the um uh er ah oh like just really so well actually you know i mean kind sort of
""".split())
FUNCTION_WORDS = frozenset("""
and that of to for from with in on at by into about is are was s re m ve ll d have has had am
be been do did going want got very
""".split())
MINOR_WORDS = FILLER_WORDS | FUNCTION_WORDS
# The same word written out or contracted: "it's"/"it is", "gonna"/"going to", "can't"/"cannot".
_CONTRACT = {"isn": "is", "aren": "are", "wasn": "was", "weren": "were", "doesn": "does",
             "don": "do", "didn": "did", "hasn": "has", "haven": "have", "hadn": "had",
             "couldn": "could", "wouldn": "would", "shouldn": "should", "won": "will",
             "ca": "can", "mustn": "must", "needn": "need"}
_EXPAND = {"gonna": ("going", "to"), "wanna": ("want", "to"), "gotta": ("got", "to"),
           "cannot": ("can", "not"), "okay": ("ok",)}
_ELLIPSIS = re.compile(r"\.\s?\.\s?\.|\u2026")
_BRACKET = re.compile(r"\[[^\]]{0,80}\]")


def canon(tokens: list[str]) -> list[str]:
    """Tokens with contractions written out, so 'don't'/'do not' are the same words."""
    return canon_map(tokens)[0]


def canon_map(tokens: list[str]) -> tuple[list[str], list[int]]:
    """`canon(tokens)` and, for each of its tokens, the index of the token it came from."""
    out: list[str] = []
    src: list[int] = []
    for i, t in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if t == "t" and out and out[-1] in _CONTRACT.values() and i > 0 and \
                tokens[i - 1] in _CONTRACT:
            new = ["not"]
        elif t in _CONTRACT and nxt == "t":
            new = [_CONTRACT[t]]
        elif t == "n" and nxt == "t":          # "can't" split as "can", "t" is handled above
            new = []
        elif t in _EXPAND:
            new = list(_EXPAND[t])
        elif t == "t" and out and out[-1] in ("can", "ain"):
            new = ["not"]
        else:
            new = [t]
        out.extend(new)
        src.extend([i] * len(new))
    return out, src


@functools.lru_cache(maxsize=4096)
def _source_words(source_text: str) -> tuple[str, ...]:
    """`canon(words(source_text))`, once per passage: `judge` aligns every quote of an
    article with the same few candidate passages, and each alignment read them anew."""
    return tuple(canon(words(source_text)))


def quote_marks(text: str) -> tuple[list[str], set[int], set[int]]:
    """(tokens, gaps, bracketed) of a quote as written: `gaps` are token positions where an
    ellipsis leaves words out, `bracketed` the tokens inside [square brackets] (the writer's
    own words, standing in for or added to the speaker's)."""
    toks: list[str] = []
    gaps: set[int] = set()
    bracketed: set[int] = set()
    pos = 0
    marks = sorted([(m.start(), m.end(), "gap") for m in _ELLIPSIS.finditer(text)]
                   + [(m.start(), m.end(), "br") for m in _BRACKET.finditer(text)])
    for s, e, kind in marks:
        if s < pos:
            continue
        toks += canon(words(text[pos:s]))
        if kind == "gap":
            gaps.add(len(toks))
        else:
            inner = canon(words(text[s + 1:e - 1]))
            bracketed.update(range(len(toks), len(toks) + len(inner)))
            toks += inner
        pos = e
    toks += canon(words(text[pos:]))
    return toks, gaps, bracketed


def align(quote_tokens: list[str], source_text: str, gaps: frozenset = frozenset(),
          bracketed: frozenset = frozenset()) -> Optional[Alignment]:
    """How the quote's words line up with the best window of `source_text`, or None."""
    ct = list(_source_words(source_text))
    quote_tokens = canon(quote_tokens) if not (gaps or bracketed) else quote_tokens
    if not quote_tokens or not ct:
        return None
    q = " ".join(quote_tokens)
    c = " ".join(ct)
    if f" {q} " in f" {c} ":
        k = f" {c} ".index(f" {q} ")
        lo = c[:k].count(" ")
        return Alignment(True, 100.0, 1.0, q, "", len(quote_tokens),
                         marked=_marked(source_text, lo, lo + len(quote_tokens), []),
                         same_words=True)
    if gaps:
        found = _in_order(quote_tokens, gaps, ct)
        if found is not None:        # every stretch between ellipses, in order
            lo, hi = found
            return Alignment(True, 100.0, 1.0, " ".join(ct[lo:hi]), "", len(quote_tokens),
                             marked=_marked(source_text, lo, hi, []), same_words=True)
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
    ws, we = blocks[0].dest_start, blocks[-1].dest_end
    # source words an ellipsis stands for, or a bracket replaces, count as the quote's own
    chunks = _chunks(blocks)
    allowed = [ch for ch in chunks if _allowed(ch, quote_tokens, window, gaps, bracketed)]
    matched += sum(ch[1] - ch[0] for ch in allowed)
    recall = min(1.0, matched / len(quote_tokens))
    original = " ".join(window[ws:we])
    score = fuzz.ratio(q, original)
    rest = [ch for ch in chunks if ch not in allowed]
    minor = [ch for ch in rest if _is_minor(ch, quote_tokens, window)]
    major = [ch for ch in rest if ch not in minor]
    n_minor_ok = 1 if len(quote_tokens) < SHORT_WORDS else 2
    n_function = sum(1 for ch in minor if not _is_filler(ch, quote_tokens, window))
    if not major and (len(minor) > n_minor_ok or n_function > 1):
        major, minor = minor, []
    marked = _marked(source_text, lo + ws, lo + we, [(lo + ch[2], lo + ch[3]) for ch in
                                                      major + minor], offset_base=lo + ws)
    if not rest:
        return Alignment(True, 100.0, 1.0, original, "", len(quote_tokens), marked=marked,
                         same_words=True)
    return Alignment(False, max(score, al.score), recall, original,
                     _describe_chunks(major, quote_tokens, window),
                     len(quote_tokens), minor=_describe_chunks(minor, quote_tokens, window),
                     marked=marked, same_words=not major)


def _in_order(qt: list[str], gaps, ct: list[str]) -> Optional[tuple[int, int]]:
    """(first, end) token positions in ct when each stretch of the quote between ellipses
    occurs there, in order, within a few hundred words."""
    cuts = sorted(g for g in gaps if 0 < g < len(qt))
    parts = [qt[a:b] for a, b in zip([0, *cuts], [*cuts, len(qt)]) if b > a]
    if len(parts) < 2 or min(len(p) for p in parts) < GAP_PART_WORDS:
        return None          # a word or two on each side of an ellipsis could come from anywhere
    c = " " + " ".join(ct) + " "
    starts: list[int] = []
    pos = 0
    for part in parts:
        k = c.find(" " + " ".join(part) + " ", pos)
        if k < 0 or (starts and c[pos:k].count(" ") > MAX_GAP_WORDS):
            return None
        starts.append(c[:k + 1].count(" ") - 1)
        pos = k + len(" ".join(part)) + 1
    first = starts[0]
    last = starts[-1] + len(parts[-1])
    return first, last


def _chunks(ops) -> list[list[int]]:
    """Neighbouring edits merged: [src_start, src_end, dest_start, dest_end]."""
    chunks: list[list[int]] = []
    for op in ops:
        if op.tag == "equal":
            continue
        if chunks and chunks[-1][1] == op.src_start and chunks[-1][3] == op.dest_start:
            chunks[-1][1], chunks[-1][3] = op.src_end, op.dest_end
        else:
            chunks.append([op.src_start, op.src_end, op.dest_start, op.dest_end])
    return chunks


def _allowed(ch, qt, window, gaps, bracketed) -> bool:
    ss, se, ds, de = ch
    if ss == se:                          # source words the quote leaves out...
        return ss in gaps and de - ds <= MAX_GAP_WORDS   # ...where an ellipsis says so
    if all(i in bracketed for i in range(ss, se)):
        return de - ds <= 6               # "[the film]" for "it"
    return False


def _is_minor(ch, qt, window) -> bool:
    ss, se, ds, de = ch
    a, b = qt[ss:se], window[ds:de]
    if all(w in FILLER_WORDS for w in a + b):
        return len(a) + len(b) <= 2
    return len(a) + len(b) <= 2 and max(len(a), len(b)) == 1 and \
        all(w in MINOR_WORDS for w in a + b)


def _is_filler(ch, qt, window) -> bool:
    ss, se, ds, de = ch
    return all(w in FILLER_WORDS for w in qt[ss:se] + window[ds:de])


def _describe_chunks(chunks, qt, window) -> str:
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


_TOKEN_AT = re.compile(r"[^\W_]+")


def _marked(source_text: str, lo: int, hi: int, spans: list[tuple[int, int]],
            offset_base: int = 0) -> str:
    """The source's own words for tokens lo..hi (canonical-token positions), with the token
    ranges in `spans` between ⟦ ⟧ (an empty range marks where the article adds words)."""
    toks = [(m.start(), m.end()) for m in _TOKEN_AT.finditer(source_text)]
    raw = words(source_text)
    if len(raw) != len(toks) or not toks:
        return ""
    _c, cmap = canon_map(raw)
    if not cmap or lo >= len(cmap):
        return ""
    hi = min(max(lo + 1, hi), len(cmap))

    def orig(k: int) -> int:              # canonical position -> original token position
        return cmap[k] if k < len(cmap) else len(toks)

    o_lo, o_hi = orig(lo), cmap[hi - 1] + 1
    out, pos = [], toks[o_lo][0]
    for s, e in sorted(spans):
        s, e = max(s, lo), min(e, hi)
        if s > hi or e < lo:
            continue
        os_ = orig(s)
        oe = cmap[e - 1] + 1 if e > s else os_
        cs = toks[os_][0] if os_ < len(toks) else toks[-1][1]
        out.append(source_text[pos:cs] if cs > pos else "")
        if oe > os_:
            ce = toks[oe - 1][1]
            out.append("\u27e6" + source_text[cs:ce] + "\u27e7")
            pos = ce
        else:
            out.append("\u27e6\u2038\u27e7 " if cs > pos or s == lo else " \u27e6\u2038\u27e7")
            pos = max(pos, cs)
    end = toks[o_hi - 1][1]
    out.append(source_text[pos:end] if end > pos else "")
    return " ".join("".join(out).split())


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


def is_close(a: Optional[Alignment]) -> bool:
    if a is None:
        return False
    need = SHORT_RECALL if a.words < SHORT_WORDS else CLOSE_RECALL
    return a.exact or (a.same_words and a.recall >= need) or (
        a.score >= CLOSE_RATIO and a.recall >= need)


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
    note: str = ""           # the explanation an editor reads: what the source says, who, where


def judge(text: str, speaker: Optional[EntityRef], speaker_name: Optional[str],
          index: Optional[SourceIndex]) -> Verdict:
    """The verdict for one quote (with evidence and an explanation) against the trusted
    sources."""
    if index is None:
        return Verdict("unsourced", [], "no trusted sources to check against")
    qt, gaps, bracketed = quote_marks(text)
    gaps, bracketed = frozenset(gaps), frozenset(bracketed)
    scored = []
    seen = set()
    for c in index.candidates(text):
        key = (c.kind, c.rowid)
        if key in seen:
            continue
        seen.add(key)
        a = align(qt, c.text, gaps, bracketed)
        c_id, c_name = c.speaker_id, c.speaker_name
        if c.kind == "passage" and not (a is not None and a.verified):
            # a quote the source splits with its attribution ('"…," Varga said. "…"') is
            # compared with what is inside the source's quotation marks alone
            sp = _speech(index, c)
            if sp is not None:
                b = align(qt, sp[0], gaps, bracketed)
                if b is not None and b.verified:
                    a, c_id, c_name = b, sp[2], sp[1]
        if not is_close(a):
            continue
        if c.kind == "passage" and not (c_id or c_name):
            c_id, c_name = _speaker_in_passage(index, c, qt)
        rel = same_person(speaker.id if speaker else None, speaker_name, c_id, c_name)
        if rel is None and c_name is None and speaker_name and _named_in(speaker_name, c.passage):
            rel = True           # an unattributed passage that names the speaker
            c_name = _named_as(speaker_name, c.passage)
        scored.append((a, c, rel, c_name))
    if not scored:
        return Verdict("unsourced", [], _not_found(index))

    def pick(same: bool, rel):
        best = None
        for a, c, r, n in scored:
            if a.verified == same and r is rel and (best is None or _better(a, c, best)):
                best = (a, c, r, n)
        return best

    if speaker_name is None:
        hit = pick(True, None) or pick(True, True) or pick(True, False)
        verdict = "verified"
        if hit is None:
            hit = pick(False, None) or pick(False, True) or pick(False, False)
            verdict = "altered"
        return Verdict(verdict, [_evidence(hit, text)],
                       "The article names no speaker. " + _explain(verdict, hit, None))
    for same, rel, verdict in ((True, True, "verified"), (True, False, "misattributed"),
                               (False, True, "altered"), (False, False, "misattributed")):
        hit = pick(same, rel)
        if hit is not None:
            return Verdict(verdict, [_evidence(hit, text)], _explain(verdict, hit, speaker_name))
    hit = pick(True, None) or pick(False, None)
    return Verdict("unsourced", [_evidence(hit, text)], _explain("unsourced", hit, speaker_name))


def _not_found(index: SourceIndex) -> str:
    try:
        n = index.document_count()
    except Exception:  # a store without the expected tables says nothing more
        return "Not found in the trusted sources."
    return f"Not found in the {n} trusted document(s) of {index.path}."


def _where(c: Candidate) -> str:
    bits = [f"\u201c{c.title}\u201d" if c.title else "", c.date or "", c.url or ""]
    return ", ".join(b for b in bits if b)


def _explain(verdict: str, hit, speaker_name: Optional[str]) -> str:
    """One or two sentences: the source's wording with differences in ⟦ ⟧, whom it credits,
    where it is."""
    a, c, _rel, name = hit
    words_ = a.marked or a.original
    credit = f"credits {name}" if name else "does not say who said it"
    where = _where(c)
    if verdict == "verified":
        out = f"The trusted source ({where}) {credit}: \u201c{words_}\u201d."
        if a.minor:
            out += f" Only minor transcript differences: {a.minor}."
        return out
    if verdict == "altered":
        return (f"The trusted source ({where}) {credit} with other words: \u201c{words_}\u201d. "
                f"What differs: {a.differs or a.minor}.")
    if verdict == "misattributed":
        out = (f"The trusted source ({where}) credits these words to {name}, not "
               f"{speaker_name}: \u201c{words_}\u201d.")
        if not a.verified:
            out += f" The wording differs too: {a.differs}."
        return out
    return (f"The words are in a trusted source ({where}) that does not say who said them: "
            f"\u201c{words_}\u201d.")


def _named_as(name: str, passage: str) -> str:
    """The speaker's name as a passage that names them spells it (for the explanation)."""
    return name


def _better(a: Alignment, c: Candidate, best) -> bool:
    ba, bc = best[0], best[1]
    return (a.score, a.recall, c.kind == "quote") > (ba.score, ba.recall, bc.kind == "quote")


def _speech(index: SourceIndex, c: Candidate) -> Optional[tuple[str, Optional[str],
                                                                   Optional[str]]]:
    """(the words inside quotation marks in a passage, joined; their speaker name and id) when
    one person says them all, else None."""
    rows = index.quotes_in_passage(c.rowid)
    who = {(sid, name) for _t, name, sid in rows}
    if len(rows) < 2 or len(who) != 1:
        return None
    sid, name = who.pop()
    return " ".join(t for t, _n, _s in rows), name, sid


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
    """The source passage (credited, titled, dated) and, when the words differ, the source's
    wording with the differences in ⟦ ⟧."""
    a, c, _rel, name = hit
    where = " ".join(x for x in (f'"{c.title}"' if c.title else "", f"({c.date})" if c.date
                                 else "") if x)
    who = name or "an unnamed speaker"
    parts = [f"{who}{', in ' + where if where else ''}: \u201c{_excerpt(c.passage, quote_text)}\u201d"]
    if not a.exact:
        what = a.differs or a.minor
        parts.append(f"Original words: \u201c{a.marked or a.original}\u201d. What differs: {what}.")
    return Evidence(statement=" ".join(parts), source=c.url)
