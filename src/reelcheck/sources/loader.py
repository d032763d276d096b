"""Read the user's trusted documents from disk: text, HTML and JSONL files, folders recursively.

Every problem becomes a `LoadError` (one line, naming the file and, for JSONL, the line), so one
broken file never stops a folder from being indexed.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from ..ingest import InputError, MAX_BYTES, decode, from_html, looks_binary, looks_html

JSONL_SUFFIXES = (".jsonl", ".ndjson")
MAX_SOURCE_BYTES = 200 * 1024 * 1024   # a JSONL dump may hold many documents


@dataclass(slots=True)
class SourceRecord:
    """One trusted document, as text, with what is known about where it came from."""
    text: str
    url: Optional[str]
    title: Optional[str] = None
    date: Optional[str] = None
    speaker: Optional[str] = None       # who speaks in it when nothing else says so
    path: str = ""


@dataclass(slots=True)
class LoadError:
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def list_files(paths: Iterable[Union[str, os.PathLike]]) -> tuple[list[Path], list[LoadError]]:
    """Files named or found under the folders named (hidden files skipped), in stable order."""
    files: list[Path] = []
    errors: list[LoadError] = []
    for p in map(Path, paths):
        if p.is_dir():
            for root, dirs, names in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                files.extend(Path(root) / n for n in sorted(names) if not n.startswith("."))
        elif p.is_file():
            files.append(p)
        elif p.exists():
            errors.append(LoadError(str(p), "not a regular file"))
        else:
            errors.append(LoadError(str(p), "no such file or folder"))
    return files, errors


def read_file(path: Path) -> Iterator[Union[SourceRecord, LoadError]]:
    """The records in one file (a JSONL file may hold many)."""
    try:
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            yield LoadError(str(path), f"{size / 1e6:.0f} MB is over the "
                            f"{MAX_SOURCE_BYTES / 1e6:.0f} MB limit for one source file")
            return
        data = path.read_bytes()
    except PermissionError:
        yield LoadError(str(path), "permission denied")
        return
    except OSError as e:
        yield LoadError(str(path), f"cannot read ({e.strerror or e})")
        return
    if not data.strip():
        yield LoadError(str(path), "empty file")
        return
    if looks_binary(data):
        yield LoadError(str(path), "looks like a binary file, not text, HTML or JSONL")
        return
    text, _warnings = decode(data, str(path))
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from _jsonl(path, text)
    elif looks_html(data, path.name):
        yield from _html_record(path, text, url=path.resolve().as_uri())
    else:
        yield SourceRecord(text=text, url=path.resolve().as_uri(), title=path.stem,
                           path=str(path))


def _html_record(where: Path, html: str, url: Optional[str], title: Optional[str] = None,
                 date: Optional[str] = None, speaker: Optional[str] = None,
                 label: Optional[str] = None) -> Iterator[Union[SourceRecord, LoadError]]:
    try:
        doc = from_html(html, doc_id=label or str(where), url=url, title=title, date=date)
    except InputError as e:
        yield LoadError(label or str(where), e.message.split(": ", 1)[-1])
        return
    yield SourceRecord(text=doc.text, url=doc.url or url, title=doc.title or where.stem,
                       date=doc.date, speaker=speaker, path=str(where))


def _jsonl(path: Path, text: str) -> Iterator[Union[SourceRecord, LoadError]]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield LoadError(where, f"invalid JSON ({e.msg})")
            continue
        if not isinstance(obj, dict):
            yield LoadError(where, "expected a JSON object per line")
            continue
        fields = {k: obj.get(k) for k in ("url", "title", "date", "speaker")}
        bad = [k for k, v in fields.items() if v is not None and not isinstance(v, str)]
        if bad:
            yield LoadError(where, f"field {bad[0]!r} must be a string")
            continue
        url = fields["url"] or f"{path.resolve().as_uri()}#L{lineno}"
        body = obj.get("text")
        if isinstance(body, str) and body.strip():
            if len(body) > MAX_BYTES:
                yield LoadError(where, "text is over the 10 MB limit for one document")
                continue
            yield SourceRecord(text=body, url=url, title=fields["title"], date=fields["date"],
                               speaker=fields["speaker"], path=str(path))
        elif isinstance(obj.get("html"), str) and obj["html"].strip():
            yield from _html_record(path, obj["html"], url=url, title=fields["title"],
                                    date=fields["date"], speaker=fields["speaker"], label=where)
        else:
            yield LoadError(where, "no 'text' or 'html' string in the record")
