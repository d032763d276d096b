"""`reelcheck sources …`: manage the trusted documents quotes are checked against."""
from __future__ import annotations

import sys
from typing import List, Optional

import typer

sources_app = typer.Typer(help="Trusted sources that quotes are checked against.",
                          no_args_is_help=True)

_KB_HELP = ("KB file to store the sources in (default: the user sources file "
            "$REELCHECK_HOME/sources.sqlite, kept apart from the bundled KB).")
_STORE_HELP = ("Trusted-source store file to use instead (created on first add); "
               "`reelcheck check --sources FILE` reads it.")
PROGRESS_MIN_FILES = 20


def register(app: typer.Typer) -> None:
    app.add_typer(sources_app, name="sources")


def _err(msg: str) -> None:
    typer.echo(msg, err=True)


def _open_index(kb: Optional[str], store: Optional[str] = None):
    """The read-only index of the store these commands manage, or None when it has none."""
    from ..sources import SourceIndex, SourcesError, store_path
    path, _ = store_path(kb, store)
    if not path.is_file():
        return path, None
    try:
        return path, SourceIndex(path)
    except SourcesError:
        return path, None


@sources_app.command("add")
def add(paths: List[str] = typer.Argument(..., help="Files or folders (text, HTML, JSONL)."),
        kb: Optional[str] = typer.Option(None, "--kb", help=_KB_HELP),
        store: Optional[str] = typer.Option(None, "--store", help=_STORE_HELP)) -> None:
    """Index trusted documents (re-adding the same content changes nothing)."""
    from ..sources import add_paths, list_files, store_path

    files, missing = list_files(paths)
    for e in missing:
        _err(f"reelcheck: skipped {e}")
    if not files:
        _err("reelcheck: error: no files to index")
        raise typer.Exit(2)
    bar = None
    if sys.stderr.isatty() and len(files) >= PROGRESS_MIN_FILES:
        from rich.console import Console
        from rich.progress import Progress
        bar = Progress(console=Console(stderr=True), transient=True)
    if bar is not None:
        with bar:
            task = bar.add_task("indexing sources", total=len(files))
            res = add_paths([], kb=kb, files=files, on_file=lambda _f: bar.advance(task),
                            store=store)
    else:
        res = add_paths([], kb=kb, files=files, store=store)
    for e in res.failures:
        _err(f"reelcheck: skipped {e}")
    failures = len(res.failures) + len(missing)
    typer.echo(f"indexed {res.added} document(s) ({res.passages} passages, {res.quotes} quotes); "
               f"{res.unchanged} already indexed; {failures} failed; store: "
               f"{store_path(kb, store)[0]}")
    if res.added == 0 and res.unchanged == 0:
        raise typer.Exit(1)


@sources_app.command("list")
def list_(kb: Optional[str] = typer.Option(None, "--kb", help=_KB_HELP),
          store: Optional[str] = typer.Option(None, "--store", help=_STORE_HELP)) -> None:
    """One line per indexed document: id, date, passages, quotes, URL, title."""
    path, idx = _open_index(kb, store)
    if idx is None:
        typer.echo(f"no trusted sources in {path}")
        return
    for d in idx.documents():
        typer.echo(f"{d['id']}\t{d['date'] or '-'}\t{d['n_passages']}p\t{d['n_quotes']}q\t"
                   f"{d['url'] or '-'}\t{d['title'] or ''}")


@sources_app.command("remove")
def remove(keys: List[str] = typer.Argument(..., help="Document ids, URLs or file paths."),
           kb: Optional[str] = typer.Option(None, "--kb", help=_KB_HELP),
           store: Optional[str] = typer.Option(None, "--store", help=_STORE_HELP)) -> None:
    """Remove documents (and their passages and quotes) from the store."""
    from ..sources import SourceStore, store_path
    path, in_kb = store_path(kb, store)
    if not path.is_file():
        _err(f"reelcheck: error: no trusted sources in {path}")
        raise typer.Exit(2)
    store = SourceStore(path, in_kb=in_kb)
    try:
        removed = {k: store.remove(k) for k in keys}
    except BaseException:
        store.abort()
        raise
    store.commit()
    for k, n in removed.items():
        if n == 0:
            _err(f"reelcheck: warning: no document matches {k!r}")
    total = sum(removed.values())
    typer.echo(f"removed {total} document(s)")
    if total == 0:
        raise typer.Exit(1)


@sources_app.command("stats")
def stats(kb: Optional[str] = typer.Option(None, "--kb", help=_KB_HELP),
          store: Optional[str] = typer.Option(None, "--store", help=_STORE_HELP)) -> None:
    """Counts of documents, passages and quotes, and who is quoted most."""
    path, idx = _open_index(kb, store)
    if idx is None:
        typer.echo(f"store: {path}\ndocuments: 0\npassages: 0\nquotes: 0")
        return
    s = idx.stats()
    typer.echo(f"store: {s['path']}\ndocuments: {s['documents']}\npassages: {s['passages']}\n"
               f"quotes: {s['quotes']} ({s['attributed_quotes']} with a speaker)\n"
               f"size: {s['bytes'] / 1e6:.1f} MB")
    if s["top_speakers"]:
        typer.echo("most quoted: " + ", ".join(f"{n} ({c})" for n, c in s["top_speakers"]))
