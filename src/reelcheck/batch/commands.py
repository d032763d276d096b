"""`reelcheck batch`: check a crawl or an archive into one JSONL file (see run.py)."""
from __future__ import annotations

from typing import List, Optional

import typer


def register(app: typer.Typer) -> None:
    @app.command("batch")
    def batch(
        inputs: List[str] = typer.Argument(..., help="Folders (.txt/.html, recursive), JSONL "
                                           "(.jsonl/.jsonl.gz) and WARC (.warc/.warc.gz) files."),
        out: str = typer.Option(..., "--output", "-o", help="Output JSONL (appended to; a "
                                "re-run with the same output resumes)."),
        engine: str = typer.Option("local", "--engine", help="local (process pool) or ray."),
        workers: Optional[int] = typer.Option(None, "--workers", "-w",
                                              help="Worker processes / Ray actors (default: "
                                              "number of CPUs)."),
        ray_address: Optional[str] = typer.Option(None, "--ray-address",
                                                  help="Existing Ray cluster to join."),
        kb: Optional[str] = typer.Option(None, "--kb", help="KB file (default: the bundled KB)."),
        blocklist: List[str] = typer.Option([], "--blocklist",
                                            help="Extra piracy/spam domain list."),
        only_problems: bool = typer.Option(False, "--only-problems",
                                           help="Write only documents with something refuted, "
                                           "misspelled, unsourced or bad (and error rows)."),
        doc_timeout: float = typer.Option(30.0, "--doc-timeout",
                                          help="Seconds one document may take (0 = no limit)."),
        summary_html: Optional[str] = typer.Option(None, "--summary-html",
                                                   help="Write a self-contained HTML summary."),
        summary_json: Optional[str] = typer.Option(None, "--summary-json",
                                                   help="Write the run summary as JSON."),
        limit: Optional[int] = typer.Option(None, "--limit",
                                            help="Only the first N input documents."),
        no_progress: bool = typer.Option(False, "--no-progress", help="No progress output."),
        config: Optional[str] = typer.Option(None, "--config", help="Config file (TOML)."),
    ) -> None:
        """Check many documents; one JSON line per document (report or error row)."""
        from ..cli import fail
        from ..config import load_config
        from ..pipeline import CheckOptions
        from .run import BatchError, run_batch

        cfg = load_config(config)
        options = CheckOptions(blocklists=[*cfg.blocklists, *blocklist])
        try:
            run_batch(inputs, out, engine=engine, workers=workers, ray_address=ray_address,
                      kb=kb or cfg.kb, options=options, only_problems=only_problems,
                      doc_timeout=doc_timeout, limit=limit, summary_json=summary_json,
                      summary_html=summary_html, progress=not no_progress)
        except BatchError as e:
            fail(str(e))
        except KeyboardInterrupt:
            fail("interrupted; run the same command again to resume", code=130)
