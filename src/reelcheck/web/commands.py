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
    ) -> None:
        """Serve the web page and JSON API (OpenAPI docs at /docs)."""
        import uvicorn

        from ..config import load_config
        from .app import create_app

        cfg = load_config(config)
        if kb:
            cfg.kb = kb
        cfg.server_host = host or cfg.server_host
        cfg.server_port = port if port is not None else cfg.server_port
        if not 0 <= int(cfg.server_port) <= 65535:
            raise ValueError(f"port {cfg.server_port} is out of range (0-65535)")
        application = create_app(config=cfg)
        typer.echo(f"reelcheck: serving http://{cfg.server_host}:{cfg.server_port}/ "
                   f"with {application.state.kb.describe()}", err=True)
        uvicorn.run(application, host=cfg.server_host, port=int(cfg.server_port),
                    log_level="warning", h11_max_incomplete_event_size=64 * 1024)
