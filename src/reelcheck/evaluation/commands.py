"""`reelcheck eval`: score the engine on a labelled article folder (a thin shell over
`evaluation.runner.evaluate`)."""
from __future__ import annotations

import sys
from typing import Optional

import typer


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def eval_cmd(
        labels: str = typer.Argument(..., help="Labels file (JSONL, one judgement a line)."),
        articles: str = typer.Option(..., "--articles", help="Folder holding the articles."),
        kb: Optional[str] = typer.Option(None, "--kb", help="KB file (default: the bundled KB)."),
        manifest: Optional[str] = typer.Option(
            None, "--manifest",
            help="Article manifest (default: manifest.json next to the labels file)."),
        as_json: bool = typer.Option(False, "--json", help="Print machine-readable JSON."),
        per_article: bool = typer.Option(False, "--per-article", help="Add a per-article table."),
        misses: int = typer.Option(25, "--misses", help="How many misses the table (and the JSON) lists."),
    ) -> None:
        """Run check() on each labelled article and print precision/recall against the labels."""
        import orjson

        from ..cli import CLIError
        from .render import render_table
        from .runner import evaluate

        try:
            res = evaluate(labels, articles, kb=kb, manifest_path=manifest,
                           per_article=per_article, max_misses=max(misses, 60))
        except (FileNotFoundError, ValueError) as e:
            # CLIError, not fail(): cli.main() turns it into one line and exit code 2
            raise CLIError(str(e)) from None
        if as_json:
            sys.stdout.write(orjson.dumps(res, option=orjson.OPT_INDENT_2).decode() + "\n")
        else:
            sys.stdout.write(render_table(res, color=sys.stdout.isatty(), misses=misses))
