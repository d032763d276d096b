"""Report renderers: one function per output format, all reading the same `Report`.

`render(report, fmt)` is what the CLI and the web app call. Formats register themselves in
`RENDERERS`; json and text live here, html/md/claimreview in their own modules.
"""
from __future__ import annotations

from typing import Callable

import orjson

from ..model import Report

RENDERERS: dict[str, Callable[..., str]] = {}


def renderer(name: str):
    def deco(fn):
        RENDERERS[name] = fn
        return fn
    return deco


@renderer("json")
def to_json(report: Report, **_) -> str:
    return orjson.dumps(report.to_dict(), option=orjson.OPT_INDENT_2).decode()


def render(report: Report, fmt: str, **opts) -> str:
    _load_optional()
    try:
        fn = RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(sorted(RENDERERS))}")
    return fn(report, **opts)


def formats() -> list[str]:
    _load_optional()
    return sorted(RENDERERS)


def _load_optional() -> None:
    import importlib
    for mod in ("text", "html", "markdown", "claimreview"):
        try:
            importlib.import_module(f"{__name__}.{mod}")
        except ModuleNotFoundError as e:
            if e.name != f"{__name__}.{mod}":
                raise
