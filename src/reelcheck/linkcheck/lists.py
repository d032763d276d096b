"""The lists the link rules consult: bundled data files and the user's blocklists.

Bundled lists are plain text next to this module so an editor can extend them without touching
code; each is parsed once per process. User blocklists are re-read only when the file changes.
"""
from __future__ import annotations

import ipaddress
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Optional, Sequence, Union

PathLike = Union[str, os.PathLike]

_DOMAIN_SHAPE = re.compile(r"^(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+[^\W\d_][\w-]*[^\W_]$")


@dataclass(frozen=True, slots=True)
class NamePattern:
    """One piracy-site name pattern from piracy_patterns.txt."""
    kind: str          # brand | prefix | regex
    value: str
    note: str
    regex: Optional[re.Pattern] = None

    def matches(self, label: str) -> bool:
        """`label` is one lower-cased label of a site name with hyphens removed."""
        if self.kind == "brand":
            return self.value in label
        if self.kind == "prefix":
            return label.startswith(self.value)
        return bool(self.regex and self.regex.fullmatch(label))


@dataclass(frozen=True, slots=True)
class PiracyPatterns:
    names: tuple[NamePattern, ...]
    lookalike_codes: frozenset[str]


@dataclass(frozen=True, slots=True)
class AllowList:
    domains: frozenset[str]
    aliases: dict            # folded service name ("kanopy", "pluto tv") -> domain


@dataclass(frozen=True, slots=True)
class SpamSignals:
    cheap_tlds: frozenset[str]
    stream_words: tuple[str, ...]
    spam_words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Blocklist:
    """A user's list of blocked domains; `name` is what the reason shows."""
    name: str
    domains: frozenset[str]


def _data_lines(filename: str) -> Iterable[tuple[int, str]]:
    text = resources.files(__package__).joinpath(filename).read_text(encoding="utf-8")
    for no, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if line and not line.startswith("#"):
            yield no, line


@lru_cache(maxsize=1)
def piracy_patterns() -> PiracyPatterns:
    """Bundled piracy-site name patterns (piracy_patterns.txt)."""
    names: list[NamePattern] = []
    codes: set[str] = set()
    for no, line in _data_lines("piracy_patterns.txt"):
        parts = line.split(None, 2)
        kind, value = parts[0], parts[1].lower() if len(parts) > 1 else ""
        note = parts[2] if len(parts) > 2 else "known piracy site"
        if kind == "lookalike" and value:
            codes.add(value)
        elif kind in ("brand", "prefix") and value:
            names.append(NamePattern(kind, value.replace("-", ""), note))
        elif kind == "regex" and value:
            names.append(NamePattern(kind, value, note, re.compile(value, re.IGNORECASE)))
        else:
            raise ValueError(f"piracy_patterns.txt:{no}: cannot read {line!r}")
    return PiracyPatterns(tuple(names), frozenset(codes))


@lru_cache(maxsize=1)
def allow_list() -> AllowList:
    """Bundled reputable and licensed sites (allowlist.txt)."""
    domains: set[str] = set()
    aliases: dict[str, str] = {}
    for _no, line in _data_lines("allowlist.txt"):
        domain, _, rest = line.partition(" ")
        domain = domain.lower()
        domains.add(domain)
        for alias in rest.split(","):
            alias = " ".join(alias.split()).lower()
            if alias:
                aliases[alias] = domain
    return AllowList(frozenset(domains), aliases)


@lru_cache(maxsize=1)
def spam_signals() -> SpamSignals:
    """Bundled weak spam signals (spam_signals.txt)."""
    tlds: set[str] = set()
    words: list[str] = []
    spam: list[str] = []
    for no, line in _data_lines("spam_signals.txt"):
        kind, _, value = line.partition(" ")
        value = value.strip().lower()
        if kind == "cheap-tld":
            tlds.add(value.lstrip("."))
        elif kind == "stream-word":
            words.append(value)
        elif kind == "spam-word":
            spam.append(value)
        else:
            raise ValueError(f"spam_signals.txt:{no}: cannot read {line!r}")
    return SpamSignals(frozenset(tlds), tuple(words), tuple(spam))


# ---- user blocklists -------------------------------------------------------------------------

def _is_ip(token: str) -> bool:
    try:
        ipaddress.ip_address(token)
        return True
    except ValueError:
        return False


def _entry(token: str) -> Optional[str]:
    """A blocklist token as a bare lower-case domain, or None if it names no domain."""
    token = token.strip().lower()
    if "://" in token:
        token = token.split("://", 1)[1]
    token = token.split("/", 1)[0].removeprefix("*.").strip(".")
    if _is_ip(token) or "." not in token:
        return None          # "localhost", "0.0.0.0": hosts-file furniture, not a site
    return token if _DOMAIN_SHAPE.match(token) else ""


def parse_blocklist(text: str, name: str) -> frozenset[str]:
    """Domains from a plain list (one per line) or a hosts file ("0.0.0.0 domain ...").

    `#` starts a comment anywhere on a line. A line that names no domain at all is an error,
    so a typo does not silently let a site through.
    """
    out: set[str] = set()
    for no, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        tokens = line.split()
        if len(tokens) > 1 and _is_ip(tokens[0]):
            tokens = tokens[1:]
        elif len(tokens) > 1:
            raise ValueError(f"blocklist {name}:{no}: expected one domain or 'IP domain', "
                             f"got {_short(raw)}")
        for tok in tokens:
            dom = _entry(tok)
            if dom == "":
                raise ValueError(f"blocklist {name}:{no}: not a domain: {_short(tok)}")
            if dom:
                out.add(dom)
    return frozenset(out)


def _short(s: str, n: int = 60) -> str:
    s = s.strip()
    return repr(s if len(s) <= n else s[:n] + "...")


@lru_cache(maxsize=64)
def _load_blocklist(path: str, mtime_ns: int, size: int) -> Blocklist:
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as e:
        raise ValueError(f"cannot read blocklist {path}: {e.strerror or e}") from None
    if b"\x00" in data:
        raise ValueError(f"blocklist {path} is a binary file, not a list of domains")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValueError(f"blocklist {path} is not UTF-8 text") from None
    return Blocklist(p.name, parse_blocklist(text, p.name))


def load_blocklists(paths: Union[PathLike, Sequence[PathLike], None]) -> tuple[Blocklist, ...]:
    """Read each blocklist file; a missing or unreadable one is a ValueError with one line."""
    if not paths:
        return ()
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    out = []
    for raw in paths:
        p = Path(os.fspath(raw)).expanduser()
        try:
            st = p.stat()
        except OSError:
            raise ValueError(f"blocklist not found: {os.fspath(raw)}") from None
        if not p.is_file():
            raise ValueError(f"blocklist is not a file: {os.fspath(raw)}")
        out.append(_load_blocklist(str(p.resolve()), st.st_mtime_ns, st.st_size))
    return tuple(out)
