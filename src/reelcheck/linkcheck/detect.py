"""Finding link-like spans in text: URLs, bare and obfuscated domains, calls to action.

One compiled master pattern is searched left to right over the text once; each hit is checked
(public suffix, context) and either kept or skipped, so spans never overlap and come out sorted.
Nothing here decides whether a link is bad: that is `rules`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .domains import Host, raw_host, split_host
from .lists import allow_list, piracy_patterns

# ---- building blocks ---------------------------------------------------------------------------

_LABEL = r"[^\W_](?:[\w-]{0,61}[^\W_])?"
# Ways writers hide a dot from link filters: "site[.]to", "site (dot) net", "site dot com".
_OBF_SEP = (r"[ \t]*\[[ \t]*(?:\.|dot)[ \t]*\][ \t]*|[ \t]*\([ \t]*(?:\.|dot)[ \t]*\)[ \t]*"
            r"|[ \t]*\{[ \t]*(?:\.|dot)[ \t]*\}[ \t]*|[ \t]+dot[ \t]+")
_DOT = rf"(?:\.|{_OBF_SEP})"
_NOT_IN_WORD = r"(?<![\w@./\\-])"
_URL_CHARS = r"[^\s<>\"“”‘’`]"
_URL = rf"(?:\bhttps?://|{_NOT_IN_WORD}www\.){_URL_CHARS}+"
# At most 12 labels, so a long run of dotted text costs linear time, not quadratic.
_DOMAIN = rf"{_NOT_IN_WORD}{_LABEL}(?:{_DOT}{_LABEL}){{1,11}}(?:/{_URL_CHARS}*)?"

# Calls to action: an imperative streaming verb, a few words, then a free-streaming signal.
_WORD = r"[\w'’()+&-]+(?:\.[\w-]+)*"
_GAP = r",?[ \t]+"
_SIGNAL = (r"(?:for[ \t]+)?free\b(?![ \t-]*(?:trials?|speech|will|agents?|fall|kicks?|throws?"
           r"|popcorn|parking|entry|admission|tickets?|screenings?|events?|Q&A|panel))"
           r"|full[ \t-]+(?:length[ \t]+)?(?:movies?|films?)\b"
           r"|no[ \t-]+sign[ \t-]?ups?\b|no[ \t]+(?:registration|account)\b"
           r"|without[ \t]+(?:signing[ \t]+up|registration|an?[ \t]+account)\b")
_TAIL = (rf"(?:{_GAP}(?:online|now|today|tonight|in[ \t]+hd|hd|movies|films|streaming"
         r"|for[ \t]+free|free|online[ \t]+free)\b){0,4}")
_CTA_VERB = (rf"\b(?:watch|stream|download|torrent)(?:ing)?\b(?:[ \t]+{_WORD}){{0,8}}?"
             rf"{_GAP}(?:{_SIGNAL}){_TAIL}")
_CTA_FREE = (r"(?:\bfree[ \t]+(?:hd[ \t]+)?(?:movies|films|movie[ \t]+streaming|streaming"
             r"|streams)|\bfull[ \t]+(?:movie|film)[ \t]+(?:free|online)"
             rf"|\bfree[ \t]+full[ \t]+(?:movie|film))\b{_TAIL}")

_FLAGS = re.IGNORECASE
MASTER = re.compile(rf"(?P<url>{_URL})|(?P<dom>{_DOMAIN})|(?P<cta>{_CTA_VERB})"
                    rf"|(?P<ctafree>{_CTA_FREE})", _FLAGS)
_DOMAIN_RE = re.compile(_DOMAIN, _FLAGS)
_MORE_LABELS_RE = re.compile(rf"{_DOT}{_LABEL}", _FLAGS)
_HOST_TOKEN_RE = re.compile(rf"(?P<sep>{_OBF_SEP}|\.)|(?P<label>{_LABEL})", _FLAGS)
_SPELLED_DOT = re.compile(r"[ \t]+dot[ \t]+", _FLAGS)
_PATH_RE = re.compile(rf"/{_URL_CHARS}*")

_TRAIL = ".,;:!?'\"»›…*"
_MAX_LABELS = 12          # real host names in articles have a handful of labels
_MAX_HOST = 253           # the DNS limit on a host name
_CLOSERS = {")": "(", "]": "[", "}": "{"}

# Endings that are also common file extensions: "notes.md" and "clip.mov" are files, not sites.
_FILE_EXT_TLDS = frozenset({"mov", "zip", "py", "md", "sh", "rs", "ps", "so", "pm"})
# Words that read naturally before "dot" in prose ("the dot com boom", "each dot to the next").
_DOT_STOPWORDS = frozenset("""a an the one each every this that no any some single first last
    next big small tiny little red black white blue green yellow polka from to of in on at by
    with and or its his her their our your my""".split())
# Endings a spelled-out address ("site dot com") is believed to use.
_SPELLED_TLDS = frozenset("""com net org to io co tv cc me online xyz site live top info biz ru
    se is ws ag lol club link click app stream movie watch uk us""".split())
# Words before "to"/"and" that make a streaming verb an instruction to the reader.
_IMPERATIVE_BEFORE = frozenset("""and or now here please also then just simply easily free
    instantly today""".split())
_TO_AFTER = frozenset("how where here way place chance best easiest".split())
# The film's audience at large, to whom a "can watch" offer with a site is made.
_AUDIENCE = frozenset("""fans viewers readers audiences anyone everyone subscribers
    moviegoers cinephiles""".split())


@dataclass(slots=True)
class Candidate:
    """A span that looks like a link, with what the rules need to judge it."""
    start: int
    end: int
    kind: str                          # url | domain | cta | magnet
    host: Optional[Host] = None
    path: str = ""
    obfuscated: bool = False
    cta_signal: Optional[str] = None   # the call's own words ("Watch free movies"), for reasons
    brand: Optional[str] = None        # a site named without an ending ("free on 123movies")


# ---- helpers -----------------------------------------------------------------------------------

def trim_end(text: str, start: int, end: int) -> int:
    """Drop trailing punctuation and unbalanced closing brackets from a URL-ish span."""
    seg = text[start:end]
    if seg.endswith("'s") and len(seg) > 2:
        end -= 2                                      # "imdb.com's page": a possessive
        seg = seg[:-2]
    opens = {c: seg.count(o) for c, o in _CLOSERS.items()}
    closes = {c: seg.count(c) for c in _CLOSERS}
    while end > start:
        ch = text[end - 1]
        if ch in _TRAIL:
            end -= 1
        elif ch in _CLOSERS and closes[ch] > opens[ch]:
            closes[ch] -= 1
            end -= 1
        else:
            break
    return end


def _url_candidate(text: str, start: int, end: int) -> Optional[Candidate]:
    end = trim_end(text, start, end)
    s = text[start:end]
    rest = s.split("://", 1)[1] if "://" in s else s
    cut = len(rest)
    for sep in "/?#":
        i = rest.find(sep)
        if i != -1:
            cut = min(cut, i)
    authority, path = rest[:cut], rest[cut:]
    host_s = authority.rsplit("@", 1)[-1]
    if host_s.startswith("["):
        host_s = host_s.split("]", 1)[0] + "]"
    else:
        host_s = host_s.split(":", 1)[0]
    if not host_s.strip(".") or len(host_s) > _MAX_HOST:
        return None
    host = split_host(host_s)
    if host is None:
        if "://" not in s:
            return None          # "www.something" with no real ending is not a link
        host = raw_host(host_s)
    return Candidate(start, end, "url", host=host, path=path)


def url_candidate(url: str) -> Optional[Candidate]:
    """A whole URL (a hyperlink's target) as a candidate, or None when it names no host (a
    BitTorrent magnet link names none, and is a candidate of its own kind)."""
    if url[:7].lower() == "magnet:":
        return Candidate(0, len(url), "magnet")
    return _url_candidate(url, 0, len(url))


def _is_titlecase_word(label: str) -> bool:
    return label[:1].isupper() and any(c.islower() for c in label[1:])


def _domain_candidate(text: str, start: int, end: int, *, pointed: bool = False
                      ) -> Optional[Candidate]:
    """Validate a bare or obfuscated domain match; None if it is prose, a file name, etc.

    `pointed` means the text sends the reader there ("free at x.rs"), so an ending that is also
    a file extension is read as a site.
    """
    s = text[start:end]
    host_part, slash, _ = s.partition("/")
    if not slash and _MORE_LABELS_RE.match(text, end):
        return None                                   # a run of dotted text, not a host name
    labels: list[re.Match] = []
    seps: list[str] = []
    for tok in _HOST_TOKEN_RE.finditer(host_part):
        if tok.group("label") is not None:
            labels.append(tok)
        elif len(seps) < len(labels):
            seps.append(tok.group())
    seps = seps[:max(0, len(labels) - 1)]
    if len(labels) > _MAX_LABELS or len(host_part) > _MAX_HOST:
        return None                                   # a run of dotted text, not a host name
    with_path = bool(slash)
    while len(labels) >= 2:
        cand = _check_labels(text, start, labels, seps, with_path, pointed)
        if cand is not None:
            return cand
        labels, seps, with_path = labels[:-1], seps[:-1], False   # "myflixer.to.Then"
    return None


def _check_labels(text: str, start: int, labels: list, seps: list[str],
                  with_path: bool, pointed: bool) -> Optional[Candidate]:
    host_end = start + labels[-1].end()
    end = host_end
    if with_path:
        m = _PATH_RE.match(text, host_end)
        end = trim_end(text, start, m.end()) if m else host_end
    after = text[end:end + 1]
    if after == "@" or (after == "." and text[end + 1:end + 2] == "@"):
        return None                                   # an e-mail address, not a site
    words = [m.group() for m in labels]
    last = words[-1]
    if _is_titlecase_word(last):
        return None                                   # "St.Louis", "Dr.Strange", "ended.It"
    obfuscated = any(sep != "." for sep in seps)
    spelled = [i for i, sep in enumerate(seps) if _SPELLED_DOT.fullmatch(sep)]
    if spelled:
        if last.lower() not in _SPELLED_TLDS:
            return None
        if any(words[i].lower() in _DOT_STOPWORDS for i in spelled):
            return None                               # "the dot com boom"
    host = split_host(".".join(words))
    if host is None:
        return None
    if host.name.replace("-", "").isdigit():
        return None                                   # "1.5bn", "3.8mn"
    if (not obfuscated and not host.subdomain and not with_path and not pointed
            and host.suffix in _FILE_EXT_TLDS and not _piracy_named(host)):
        return None                                   # "notes.md", "clip.mov"
    path = text[host_end:end]
    return Candidate(start, end, "domain", host=host, path=path, obfuscated=obfuscated)


def _piracy_named(host: Host) -> bool:
    label = host.name.replace("-", "").lower()
    return any(p.matches(label) for p in piracy_patterns().names)


def _link_at(text: str, m: re.Match) -> Optional[Candidate]:
    if m.group("url") is not None:
        return _url_candidate(text, m.start(), m.end())
    return _domain_candidate(text, m.start(), m.end())


def _words_before(text: str, at: int) -> list[str]:
    """The lower-cased words in the 40 characters before `at`."""
    return re.findall(r"[\w']+", text[max(0, at - 40):at].lower())


def _is_instruction(text: str, start: int) -> bool:
    """True if the verb at `start` addresses the reader ("Watch ...", "how to watch ...")."""
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i == 0 or text[i - 1] in ".!?:;\n\r\"“'‘(—–-•*>|[#":
        return True
    words = _words_before(text, i)
    if not words:
        return False
    prev = words[-1]
    before = words[-2] if len(words) > 1 else ""
    if prev in _IMPERATIVE_BEFORE:
        return True
    if prev == "to":
        return before in _TO_AFTER
    if prev in ("can", "could"):
        return before == "you"
    return False


def _offered_to_audience(text: str, start: int) -> bool:
    """True if the verb at `start` is offered to the film's audience ("fans can stream ..."):
    a call to action only when it sends them to a site ("Fans could watch it free at the
    festival" is prose)."""
    words = _words_before(text, start)
    return len(words) >= 2 and words[-1] in ("can", "could") and words[-2] in _AUDIENCE


@lru_cache(maxsize=1)
def _target_re() -> re.Pattern:
    """What may follow a call to action: "on site.to", "at https://...", "on 123movies"."""
    brands = [re.escape(p.value) + (r"\w*" if p.kind == "prefix" else r"")
              for p in piracy_patterns().names if p.kind != "regex"]
    brands += [r"[ \t]+".join(re.escape(w) for w in alias.split())
               for alias in allow_list().aliases if "." not in alias]
    brands.sort(key=len, reverse=True)
    brand = r"\b(?:" + "|".join(brands) + r")(?![\w-]|\.\w)"
    return re.compile(
        rf"(?:{_GAP}{_WORD}){{0,6}}?[ \t]*(?:[,:\-–—][ \t]*)?"
        r"(?:\b(?:on|at|from|via|visit|here(?:[ \t]+(?:on|at))?|go[ \t]+to)\b[ \t]*:?|:)[ \t]*"
        rf"(?:(?P<url>{_URL})|(?P<dom>{_DOMAIN})|(?P<brand>{brand}))", _FLAGS)


def _cta_candidate(text: str, m: re.Match, verbless: bool) -> Optional[Candidate]:
    start, end = m.start(), m.end()
    offered = not verbless and not _is_instruction(text, start) \
        and _offered_to_audience(text, start)
    if not verbless and not offered and not _is_instruction(text, start):
        return None
    phrase = text[start:trim_end(text, start, end)]
    link: Optional[Candidate] = None
    brand: Optional[str] = None
    t = _target_re().match(text, end)
    if t is not None:
        if t.group("brand") is not None:
            brand, end = t.group("brand"), t.end("brand")
        else:
            if t.group("url") is not None:
                link = _url_candidate(text, t.start("url"), t.end("url"))
            else:
                link = _domain_candidate(text, t.start("dom"), t.end("dom"), pointed=True)
            if link is not None:
                end = link.end
    if link is None and brand is None:
        for inner in _DOMAIN_RE.finditer(text, start, end):      # "Watch Anora on x.to free"
            link = _domain_candidate(text, inner.start(), inner.end())
            if link is not None:
                break
    if (verbless or offered) and link is None and brand is None:
        return None                                  # "free movies at the park" is not spam
    end = trim_end(text, start, end)
    return Candidate(start, end, "cta", host=link.host if link else None,
                     path=link.path if link else "",
                     obfuscated=link.obfuscated if link else False,
                     cta_signal=" ".join(phrase.split()), brand=brand)


def find_candidates(text: str) -> list[Candidate]:
    """Every link-like span in `text`, sorted by start, never overlapping."""
    out: list[Candidate] = []
    pos, n = 0, len(text)
    search = MASTER.search
    while pos < n:
        m = search(text, pos)
        if m is None:
            break
        if m.group("cta") is not None or m.group("ctafree") is not None:
            cand = _cta_candidate(text, m, verbless=m.group("ctafree") is not None)
        else:
            cand = _link_at(text, m)
        if cand is None or cand.end <= m.start():
            # A rejected call to action may contain a real link; a rejected host-like run
            # ("St.Louis", "x [.] y [.] z ...") cannot, so skip all of it.
            is_link = m.group("url") is not None or m.group("dom") is not None
            pos = m.end() if is_link else m.start() + 1
            continue
        out.append(cand)
        pos = cand.end
    return out
