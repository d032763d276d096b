"""Judging a found link: one small ordered table of rules, first match wins.

Each rule returns a sentence for the editor or None; the verdict comes from the table and the
reason always ends with the rule's id, so a surprising verdict can be traced to one line here.
Order matters: the user's own blocklist beats everything, a piracy name beats the allow-list
(a clone can live on a subdomain of anything), and the allow-list beats the weak heuristics.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Optional, Sequence

from .detect import Candidate
from .lists import Blocklist, NamePattern, allow_list, piracy_patterns, spam_signals

# Names where "-to"/"-is" is English, not a disguised country ending ("how-to.guide").
_ENGLISH_BEFORE_CODE = frozenset("""how go back up next this what who where why life love time
    here there made lead ready point face built need want talk""".split())


@dataclass(frozen=True, slots=True)
class Context:
    cand: Candidate
    text: str                       # the span as written
    blocklists: Sequence[Blocklist]


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    verdict: str
    check: Callable[[Context], Optional[str]]


def _shown(ctx: Context) -> str:
    c = ctx.cand
    if c.host is not None:
        return c.host.host
    return c.brand or ctx.text


def _labels(ctx: Context) -> list[str]:
    """Lower-case name labels to test against piracy names, hyphens removed."""
    c = ctx.cand
    if c.host is not None:
        parts = [*c.host.subdomain.split("."), *c.host.name.split(".")]
        return [p.replace("-", "") for p in parts if p]
    if c.brand:
        return [re.sub(r"[\s-]+", "", c.brand.lower())]
    return []


def _piracy_name(label: str) -> Optional[NamePattern]:
    for pat in piracy_patterns().names:
        if pat.matches(label):
            return pat
    return None


# ---- the checks --------------------------------------------------------------------------------

def _blocklist(ctx: Context) -> Optional[str]:
    host = ctx.cand.host
    if host is None:
        return None
    for bl in ctx.blocklists:
        for dom in host.parents():
            if dom in bl.domains:
                via = "" if dom == host.host else f" (listed as {dom})"
                return f"{host.host} is on your blocklist {bl.name}{via}"
    return None


def _split_code(name: str) -> Optional[tuple[str, str]]:
    """("myflixer", "to") for "myflixer-to" if "to" is a country code piracy mirrors fake."""
    base, dash, code = name.rpartition("-")
    if dash and base and code in piracy_patterns().lookalike_codes:
        return base, code
    return None


def _coded_host(ctx: Context):
    """(host, base, code) when the host's name ends in a faked country code ("myflixer-to" on
    .xyz), else None: what both lookalike rules start from."""
    host = ctx.cand.host
    if host is None:
        return None
    split = _split_code(host.name)
    if split is None or split[1] == host.tld:
        return None
    return host, split[0], split[1]


def _brand_lookalike(ctx: Context) -> Optional[str]:
    got = _coded_host(ctx)
    if got is None:
        return None
    host, base, code = got
    pat = _piracy_name(base.replace("-", ""))
    if pat is None:
        return None
    return (f"{host.host} imitates {base}.{code}, a known piracy site ({pat.note}): "
            f"the \u201c-{code}\u201d in the name stands in for the real .{code} ending")


def _brand_name(ctx: Context) -> Optional[str]:
    for label in _labels(ctx):
        pat = _piracy_name(label)
        if pat is not None:
            return (f"{_shown(ctx)} uses the name of a known piracy site, "
                    f"\u201c{pat.value}\u201d ({pat.note})")
    return None


def _allowed(ctx: Context) -> Optional[str]:
    c = ctx.cand
    allow = allow_list()
    if c.host is not None:
        for dom in c.host.parents():
            if dom in allow.domains:
                via = "" if dom == c.host.host else f" (listed as {dom})"
                return (f"{c.host.host} is on the allow-list of reputable film, news and "
                        f"reference sites and licensed services{via}")
        return None
    if c.brand:
        dom = allow.aliases.get(" ".join(c.brand.lower().split()))
        if dom:
            return f"{c.brand} ({dom}) is a licensed service on the allow-list"
    return None


def _code_lookalike(ctx: Context) -> Optional[str]:
    got = _coded_host(ctx)
    if got is None:
        return None
    host, base, code = got
    if len(base) < 3 or base.lower() in _ENGLISH_BEFORE_CODE:
        return None
    if code != "to" and host.tld not in spam_signals().cheap_tlds:
        return None          # ".to" is the classic; other codes need a throwaway ending too
    return (f"{host.host} ends its name in \u201c-{code}\u201d on a .{host.tld} address, a "
            f"disguise piracy mirrors use to pass for a .{code} site")


def _cta_with_site(ctx: Context) -> Optional[str]:
    c = ctx.cand
    if c.kind != "cta" or c.host is None:
        return None
    return (f"call to action offering free or full films (\u201c{c.cta_signal}\u201d) that sends "
            f"readers to {c.host.host}, which is not a known licensed service")


def _cta_alone(ctx: Context) -> Optional[str]:
    c = ctx.cand
    if c.kind != "cta":
        return None
    return (f"call to action offering free or full films (\u201c{c.cta_signal}\u201d), "
            f"typical of streaming spam")


def _word_in(text: str, words: Sequence[str]) -> Optional[str]:
    """The first of `words` in `text`: long words anywhere, short ones as a separate part."""
    text = text.lower()
    parts = set(re.split(r"[^a-z]+", text))
    for word in words:
        if (len(word) >= 4 and word in text) or word in parts:
            return word
    return None


def _cheap_tld(ctx: Context) -> Optional[str]:
    host = ctx.cand.host
    if host is None or host.tld not in spam_signals().cheap_tlds:
        return None
    where = f"{host.subdomain}.{host.name} {ctx.cand.path}"
    word = _word_in(where, spam_signals().stream_words)
    if word is None:
        return None
    return (f"{host.host} is a cheap .{host.tld} address with \u201c{word}\u201d in the link, "
            f"a pattern common to streaming spam")


def _spam_words(ctx: Context) -> Optional[str]:
    host = ctx.cand.host
    if host is None:
        return None
    word = _word_in(host.host, spam_signals().spam_words)
    if word is None:
        return None
    return (f"{host.host} advertises \u201c{word}\u201d: gambling, pills, loans and crypto "
            f"sites are what link spam usually sells")


_FREE_PATH = re.compile(r"(?:free|full)[\W_]*(?:hd[\W_]*)?(?:movies?|films?|streaming|online)"
                        r"|(?:watch|stream)[\w-]*[\W_]free", re.IGNORECASE)


def _free_path(ctx: Context) -> Optional[str]:
    m = _FREE_PATH.search(ctx.cand.path)
    if m is None:
        return None
    return f"the link's address advertises free films (\u201c{m.group()}\u201d)"


def _obfuscated(ctx: Context) -> Optional[str]:
    if not ctx.cand.obfuscated:
        return None
    return (f"the address is disguised (\u201c{ctx.text}\u201d) so link filters miss it, "
            f"a habit of spam")


def _magnet(ctx: Context) -> Optional[str]:
    if ctx.cand.kind != "magnet":
        return None
    return ("a BitTorrent magnet link: a file shared peer to peer, not a licensed release of "
            "the film")


RULES: tuple[Rule, ...] = (
    Rule("blocklist", "piracy", _blocklist),
    Rule("torrent-magnet", "piracy", _magnet),
    Rule("piracy-lookalike", "piracy", _brand_lookalike),
    Rule("piracy-name", "piracy", _brand_name),
    Rule("allow-list", "ok", _allowed),
    Rule("tld-lookalike", "piracy", _code_lookalike),
    Rule("free-streaming-cta", "piracy", _cta_with_site),
    Rule("free-streaming-cta-no-site", "spam", _cta_alone),
    Rule("cheap-tld-streaming", "spam", _cheap_tld),
    Rule("spam-words", "spam", _spam_words),
    Rule("free-movie-address", "spam", _free_path),
    Rule("disguised-address", "spam", _obfuscated),
)


def classify(cand: Candidate, text: str, blocklists: Sequence[Blocklist] = ()) -> tuple[str, str]:
    """(verdict, reason) for one candidate; `text` is its span as written."""
    ctx = Context(cand, text, blocklists)
    for rule in RULES:
        reason = rule.check(ctx)
        if reason:
            if (cand.kind == "cta" and rule.verdict != "ok"
                    and not rule.id.startswith("free-streaming-cta")):
                reason += (", in a call to action offering free or full films "
                           f"(\u201c{cand.cta_signal}\u201d)")
            return rule.verdict, f"{reason} (rule: {rule.id})"
    return "unknown", (f"{_shown(ctx)} is on no allow-list, blocklist or piracy list; "
                       f"check it before publishing (rule: no-match)")
