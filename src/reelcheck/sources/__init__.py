"""Trusted sources: the user's own documents, indexed so quotes and claims can be checked
against what people really said.

`add_paths` indexes files; `open_sources` finds the store a check should read;
`search_passages` gives evidence passages for claims the KB cannot decide.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional, Union

from .index import (Candidate, SourceIndex, SourcesError, describe_sources, open_sources,
                    search_passages, user_sources_path)
from .loader import LoadError, SourceRecord, list_files, read_file
from .store import SourceStore, content_hash

__all__ = ["AddResult", "Candidate", "LoadError", "SourceIndex", "SourceRecord", "SourceStore",
           "SourcesError", "add_paths", "content_hash", "describe_sources", "open_sources",
           "search_passages", "store_path", "user_sources_path"]


@dataclass
class AddResult:
    added: int = 0
    unchanged: int = 0
    passages: int = 0
    quotes: int = 0
    failures: list[LoadError] = field(default_factory=list)
    path: str = ""


def store_path(kb: Optional[Union[str, os.PathLike]],
               store: Optional[Union[str, os.PathLike]] = None) -> tuple[Path, bool]:
    """(file, is_kb): a sources file named with --store, else the KB named with --kb, else the
    user's sources file."""
    if store:
        return Path(store).expanduser(), False
    if kb:
        return Path(kb).expanduser(), True
    return user_sources_path(), False


def _kb_for(kb: Optional[Union[str, os.PathLike]]):
    """A KB to link speakers with: the one named, else the default if it can be had."""
    from ..kb.store import KB
    if kb:
        return KB(kb)
    try:
        from ..pipeline import resolve_kb
        return resolve_kb(None)
    except Exception:  # no default KB yet: speakers are kept by name only
        return None


def add_paths(paths: Iterable[Union[str, os.PathLike]], kb: Optional[Union[str, os.PathLike]] = None,
              on_file: Optional[Callable[[Path], None]] = None,
              files: Optional[list[Path]] = None,
              store: Optional[Union[str, os.PathLike]] = None) -> AddResult:
    """Index every readable document under `paths` (into `store`, a sources file, when given);
    problems are collected, not raised."""
    target, in_kb = store_path(kb, store)
    if files is None:
        files, errors = list_files(paths)
    else:
        errors = []
    res = AddResult(failures=list(errors), path=str(target))
    kbo = _kb_for(kb)
    store = SourceStore(target, in_kb=in_kb, kb=kbo)
    try:
        for f in files:
            for rec in read_file(f):
                if isinstance(rec, LoadError):
                    res.failures.append(rec)
                    continue
                status, np, nq = store.add(rec)
                if status == "added":
                    res.added += 1
                    res.passages += np
                    res.quotes += nq
                elif status == "unchanged":
                    res.unchanged += 1
                else:
                    res.failures.append(LoadError(rec.url or str(f), "no text to index"))
            if on_file:
                on_file(f)
    except BaseException:
        store.abort()
        raise
    store.commit()
    return res
