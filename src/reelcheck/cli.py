"""`reelcheck` command line: a thin shell over `reelcheck.check()` and the KB tools.

Every command exits 0 when it ran (whatever it found) and non-zero with a one-line
`reelcheck: error: ...` on bad input or configuration; tracebacks only with REELCHECK_DEBUG=1.
Each package registers its own subcommands (`register(app)`) so this file stays a table of
contents; heavy imports (FastAPI, Ray) happen inside the commands that need them.
"""
from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path
from typing import List, Optional

import typer

# -h and --help everywhere (sub-apps inherit the context settings of the root).
CONTEXT = {"help_option_names": ["-h", "--help"]}

app = typer.Typer(name="reelcheck", no_args_is_help=True, add_completion=False,
                  pretty_exceptions_enable=False, context_settings=CONTEXT,
                  help="Fact-check film and entertainment articles against a knowledge base.")


def _show_version(value: bool) -> None:
    if value:
        from . import __version__
        typer.echo(f"reelcheck {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(version: Optional[bool] = typer.Option(
        None, "--version", "-V", callback=_show_version, is_eager=True,
        help="Print the version and exit.")) -> None:
    pass


class CLIError(Exception):
    """An error to show the user in one line (exit code 2)."""


def fail(msg: str, code: int = 2) -> None:
    typer.echo(f"reelcheck: error: {msg}", err=True)
    raise typer.Exit(code)


def warn(msg: str) -> None:
    typer.echo(f"reelcheck: warning: {msg}", err=True)


def load_cfg(config: Optional[str]):
    from .config import load_config
    return load_config(config)


@app.command()
def check(
    file: str = typer.Argument(..., help="Article to check: a .txt or .html file, or - for stdin."),
    format: str = typer.Option(None, "--format", "-f",
                               help="text (default in a terminal), json, html, md, claimreview."),
    kb: Optional[str] = typer.Option(None, "--kb", help="KB file (default: the bundled KB)."),
    sources: Optional[str] = typer.Option(
        None, "--sources", help="Trusted-source store to check quotes against (default: the "
        "KB's own, else $REELCHECK_HOME/sources.sqlite)."),
    blocklist: List[str] = typer.Option([], "--blocklist",
                                        help="Extra piracy/spam domain list (plain or hosts)."),
    nli_model: Optional[str] = typer.Option(None, "--nli-model",
                                            help="Local NLI model directory (off by default)."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Write here, not stdout."),
    html_input: bool = typer.Option(False, "--html", help="Treat the input as HTML."),
    url: Optional[str] = typer.Option(None, "--url", help="The article's URL, for the report."),
    config: Optional[str] = typer.Option(None, "--config", help="Config file (TOML)."),
    color: Optional[bool] = typer.Option(None, "--color/--no-color", help="Colour text output."),
    doc_timeout: Optional[float] = typer.Option(
        None, "--doc-timeout", help="Stop the check after this many seconds (a worker process "
        "is killed); default: no limit, or [check] doc_timeout_s in the config."),
    review_url: Optional[str] = typer.Option(
        None, "--review-url", help="Page that will publish the reviews (claimreview `url`)."),
) -> None:
    """Check one article and print its report."""
    from . import ingest
    from .pipeline import CheckOptions, check as run_check
    from .report import formats, render

    cfg = load_cfg(config)
    fmt = format or "text"
    if fmt not in formats():
        fail(f"unknown format {fmt!r}; choose from {', '.join(formats())}")
    if output:
        check_output_path(output)  # before any work, not after the whole check
    kb = usable_kb(kb or cfg.kb)
    if file == "-":
        data = sys.stdin.buffer.read(ingest.MAX_BYTES + 1)
        doc = ingest.from_bytes(data, name="stdin", doc_id="stdin", url=url,
                                fmt="html" if html_input else None)
    else:
        doc = ingest.from_path(file) if not html_input else ingest.from_bytes(
            _read(file), name=file, doc_id=Path(file).name, url=url, fmt="html")
        if url:
            doc.url = url
    shown = set(doc.warnings)
    for w in doc.warnings:
        warn(w)
    opts = CheckOptions(blocklists=[*cfg.blocklists, *blocklist], nli_model=nli_model)
    if sources or cfg.sources_store:
        opts.extra["sources"] = sources or cfg.sources_store
    budget = doc_timeout if doc_timeout is not None else cfg.doc_timeout_s
    if review_url is not None:
        from .report.claimreview import review_page_url
        cfg.review_url = review_page_url(review_url)  # a bad URL fails here, before the check
    if budget is None:
        report = run_check(doc, kb=kb, options=opts)
    else:
        report = _check_with_budget(doc, kb, opts, budget)
    for w in report.document.warnings:
        if w not in shown:
            warn(w)
    use_color = color if color is not None else (output is None and sys.stdout.isatty())
    width = None  # a file or a pipe: no hard wrapping; a terminal: its width
    if output is None and sys.stdout.isatty():
        import shutil
        width = shutil.get_terminal_size().columns
    out = render(report, fmt, color=use_color, config=cfg, width=width)
    if output:
        Path(output).write_text(out if out.endswith("\n") else out + "\n", encoding="utf-8")
    else:
        sys.stdout.write(out if out.endswith("\n") else out + "\n")


def _check_with_budget(doc, kb, opts, budget):
    """The check in a worker process that is killed after `budget` seconds (--doc-timeout)."""
    from . import runner
    if not budget > 0:
        fail(f"--doc-timeout must be a positive number of seconds, got {budget:g}")
    try:
        return runner.check_with_budget(doc, kb, opts, budget)
    except runner.CheckTimeout:
        fail(f"the check took longer than the {budget:g} s limit (--doc-timeout) and was "
             "stopped")
    except runner.WorkerFailed as e:
        fail(f"the check failed: {e.message}")


def _read(path: str) -> bytes:
    from .ingest import read_regular  # regular files only, size checked while reading
    if Path(path).is_dir():
        fail(f"{path}: is a directory (use `reelcheck batch` for folders)")
    return read_regular(path)


def check_output_path(output: str) -> None:
    """Fail at once (one line) if `output` cannot be written: a missing folder, a folder."""
    p = Path(output).expanduser()
    if p.is_dir():
        fail(f"output is a directory: {output}")
    if not p.parent.is_dir():
        fail(f"output folder does not exist: {p.parent}")
    if not os.access(p.parent, os.W_OK) or (p.exists() and not os.access(p, os.W_OK)):
        fail(f"cannot write output {output}: permission denied")


def usable_kb(kb):
    """The KB path to use, opened once here so a bad one is a one-line error before the input
    is read; a damaged default-KB cache file is rebuilt (or the line names the file to delete)."""
    from .batch.run import BatchError, resolve_kb_path
    try:
        return resolve_kb_path(kb)
    except BatchError as e:
        fail(str(e))


config_app = typer.Typer(help="Show the effective configuration.", no_args_is_help=True)
app.add_typer(config_app, name="config")


@config_app.command("show")
def config_show(config: Optional[str] = typer.Option(None, "--config")) -> None:
    """Print the effective configuration (file values over defaults) as TOML-ish lines."""
    cfg = load_cfg(config)
    for k, v in cfg.to_dict().items():
        typer.echo(f"{k} = {v!r}")


# Subcommands owned by other packages.
_PLUGINS = ("reelcheck.kb.commands", "reelcheck.quotes.commands", "reelcheck.web.commands",
            "reelcheck.batch.commands", "reelcheck.evaluation.commands")
for _mod in _PLUGINS:
    try:
        importlib.import_module(_mod).register(app)
    except ModuleNotFoundError as _e:
        if not _e.name or not _mod.startswith(_e.name):
            raise


def main(argv: Optional[list[str]] = None) -> int:
    """Entry point: run the app, turning known errors into one-line messages."""
    from .config import ConfigError
    from .ingest import InputError
    from .kb.store import KBError
    debug = bool(os.environ.get("REELCHECK_DEBUG"))
    try:
        rv = app(args=argv, prog_name="reelcheck", standalone_mode=False)
        return rv if isinstance(rv, int) else 0
    except typer.Exit as e:
        return e.exit_code
    except SystemExit as e:
        return int(e.code or 0)
    except _click_errors("NoArgsIsHelpError") as e:  # `reelcheck`, `reelcheck kb`: their help
        text = e.format_message()  # (typer's rich help has printed itself already)
        if text.strip():
            typer.echo(text)
        return 0
    except _click_errors("UsageError") as e:  # a mistyped option, a missing argument
        where = e.ctx.command_path if e.ctx is not None else "reelcheck"
        msg = " ".join(e.format_message().split())
        typer.echo(f"reelcheck: error: {msg} (see `{where} -h`)", err=True)
        return 2
    except (InputError, KBError, ConfigError, CLIError, ValueError) as e:
        if debug:
            raise
        typer.echo(f"reelcheck: error: {e}", err=True)
        return 2
    except KeyboardInterrupt:
        typer.echo("reelcheck: interrupted", err=True)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:  # click usage errors and anything unexpected: one line, no traceback
        import click
        if isinstance(e, click.exceptions.ClickException):
            e.show()
            return e.exit_code
        if isinstance(e, click.exceptions.Abort):
            return 1
        if debug:
            raise
        typer.echo(f"reelcheck: internal error: {type(e).__name__}: {e} "
                   "(set REELCHECK_DEBUG=1 for a traceback)", err=True)
        return 1


def _click_errors(name: str) -> tuple:
    """The click exception class `name`, from click and from typer's vendored copy of it."""
    import click
    mods = [click.exceptions]
    try:
        from typer._click import exceptions as vendored
        mods.append(vendored)
    except ImportError:
        pass
    return tuple(getattr(m, name) for m in mods if hasattr(m, name))


if __name__ == "__main__":
    sys.exit(main())
