"""`reelcheck kb import wikidata|imdb`: bulk imports from the user's own dump files."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

import_app = typer.Typer(help="Import Wikidata dumps or IMDb datasets into a KB.",
                         no_args_is_help=True)

_OUT_HELP = "KB file to write (default: the --base KB, extended in place)."
_BASE_HELP = "Existing KB to extend; entities sharing an external id are merged into it."


def _target(output: Optional[str], base: Optional[str], default: str) -> str:
    if base is not None and not Path(base).is_file():
        raise typer.BadParameter(f"base KB not found: {base}", param_hint="--base")
    return output or base or default


def _report(stats) -> None:
    typer.echo(stats.summary())


class _TerminateAsInterrupt:
    """Treat SIGTERM like Ctrl-C while importing, so the writer's abort path removes the
    half-written file instead of leaving it beside the KB."""

    def __enter__(self):
        import signal
        self._old = signal.getsignal(signal.SIGTERM)

        def handler(signum, frame):
            raise KeyboardInterrupt
        try:
            signal.signal(signal.SIGTERM, handler)
        except ValueError:          # not the main thread: leave signals alone
            self._old = None
        return self

    def __exit__(self, *exc):
        import signal
        if self._old is not None:
            signal.signal(signal.SIGTERM, self._old)
        return False


@import_app.command("wikidata")
def wikidata(dump: str = typer.Argument(..., help="Wikidata JSON dump (.json, .json.gz, "
                                                  ".json.bz2)."),
             output: Optional[str] = typer.Option(None, "--output", "-o", help=_OUT_HELP),
             limit: Optional[int] = typer.Option(None, "--limit", min=1,
                                                 help="Read only the first N entities."),
             base: Optional[str] = typer.Option(None, "--base", help=_BASE_HELP),
             progress: bool = typer.Option(True, "--progress/--no-progress"),
             prefilter: bool = typer.Option(True, "--prefilter/--no-prefilter",
                                            help="Skip lines without a film-domain class id "
                                                 "before parsing them.")):
    """Import the film domain (films, people, awards, ...) of a Wikidata JSON dump."""
    from .wikidata import import_wikidata
    out = _target(output, base, "wikidata.kb")
    with _TerminateAsInterrupt():
        stats = import_wikidata(dump, out, limit=limit, base=base, progress=progress,
                                prefilter=prefilter)
    _report(stats)


@import_app.command("imdb")
def imdb(directory: str = typer.Argument(..., help="Folder with the IMDb .tsv(.gz) files."),
         output: Optional[str] = typer.Option(None, "--output", "-o", help=_OUT_HELP),
         limit: Optional[int] = typer.Option(None, "--limit", min=1,
                                             help="Read only the first N rows of each file."),
         base: Optional[str] = typer.Option(None, "--base", help=_BASE_HELP),
         progress: bool = typer.Option(True, "--progress/--no-progress")):
    """Import titles, names and credits from the IMDb non-commercial datasets."""
    from .imdb import import_imdb
    out = _target(output, base, "imdb.kb")
    with _TerminateAsInterrupt():
        stats = import_imdb(directory, out, limit=limit, base=base, progress=progress)
    _report(stats)


def register_import(kb_app: typer.Typer) -> None:
    """Add the `import` group to the `kb` command group."""
    kb_app.add_typer(import_app, name="import")
