"""`reelcheck serve`: the web app under uvicorn. FastAPI/uvicorn are imported only when it runs."""
from __future__ import annotations

from typing import Optional

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(
        host: Optional[str] = typer.Option(None, "--host",
                                           help="Address to listen on (default 127.0.0.1)."),
        port: Optional[int] = typer.Option(None, "--port", help="Port (default 8000)."),
        kb: Optional[str] = typer.Option(None, "--kb", help="KB file (default: the bundled KB)."),
        config: Optional[str] = typer.Option(None, "--config", help="Config file (TOML)."),
        doc_timeout: Optional[float] = typer.Option(
            None, "--doc-timeout", help="Seconds of work per document before it is stopped "
            "(default: server.request_timeout_s, 30)."),
        workers: Optional[int] = typer.Option(
            None, "--workers", help="Check processes (default: one per CPU)."),
    ) -> None:
        """Serve the web page and JSON API (OpenAPI docs at /docs)."""
        from ..config import check_limits, load_config
        from .app import create_app
        from .server import run

        cfg = load_config(config)
        if kb:
            cfg.kb = kb
        cfg.server_host = host or cfg.server_host
        cfg.server_port = port if port is not None else cfg.server_port
        if not 0 <= int(cfg.server_port) <= 65535:
            raise ValueError(f"port {cfg.server_port} is out of range (0-65535)")
        if doc_timeout is not None:
            cfg.doc_timeout_s = doc_timeout
        if workers is not None:
            cfg.workers = workers
        check_limits(cfg, "serve")
        application = create_app(config=cfg)
        typer.echo(f"reelcheck: serving http://{cfg.server_host}:{cfg.server_port}/ "
                   f"with {application.state.kb.describe()}", err=True)
        run(application, cfg)
