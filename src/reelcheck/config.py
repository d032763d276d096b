"""Configuration from a TOML file; command-line flags override it.

Looked up in order: an explicit `--config FILE`, `$REELCHECK_CONFIG`, `./reelcheck.toml`,
`~/.config/reelcheck/config.toml`. Every key is optional.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Optional


class ConfigError(Exception):
    """A config file that cannot be read or has a wrong value."""


@dataclass
class Config:
    kb: Optional[str] = None                 # KB file; None = bundled default
    sources: list[str] = field(default_factory=list)   # trusted-source paths (informational)
    sources_store: Optional[str] = None      # trusted-source store quotes are checked against
    blocklists: list[str] = field(default_factory=list)
    reviewer_name: str = "reelcheck"
    reviewer_url: Optional[str] = None
    review_url: Optional[str] = None         # page that publishes the reviews (ClaimReview url)
    server_host: str = "127.0.0.1"
    server_port: int = 8000
    max_body_bytes: int = 2 * 1024 * 1024
    request_timeout_s: float = 30.0
    doc_timeout_s: Optional[float] = None    # CPU budget per document (server: request_timeout_s)
    workers: Optional[int] = None            # server check processes (None: one per CPU)
    queue_size: int = 32                     # checks waiting for a worker before 503
    large_doc_bytes: int = 128 * 1024        # documents this big use the separate large lane
    # a check whose worker holds more memory of its own (resident, not shared with the other
    # workers: the spaCy model and the KB index are) is stopped; an ordinary article takes
    # ~60 MB, a 500 KB one ~100 MB
    worker_max_rss_mb: Optional[float] = 160.0
    max_connections: int = 200               # open connections before uvicorn answers 503
    header_timeout_s: float = 10.0           # a client must send its headers within this
    body_timeout_s: float = 30.0             # ... and its body within this
    path: Optional[str] = None               # where it was read from

    def to_dict(self) -> dict:
        return asdict(self)


_SECTIONS = {"server": {"host": "server_host", "port": "server_port",
                        "max_body_bytes": "max_body_bytes",
                        "request_timeout_s": "request_timeout_s",
                        "workers": "workers", "queue_size": "queue_size",
                        "large_doc_bytes": "large_doc_bytes",
                        "worker_max_rss_mb": "worker_max_rss_mb",
                        "max_connections": "max_connections",
                        "header_timeout_s": "header_timeout_s",
                        "body_timeout_s": "body_timeout_s"},
             "check": {"doc_timeout_s": "doc_timeout_s"},
             "reviewer": {"name": "reviewer_name", "url": "reviewer_url",
                          "review_url": "review_url"}}
_POSITIVE = ("doc_timeout_s", "request_timeout_s", "workers", "queue_size", "large_doc_bytes",
             "worker_max_rss_mb", "max_connections", "header_timeout_s", "body_timeout_s",
             "max_body_bytes")


def check_limits(cfg: "Config", where: str = "config") -> None:
    """Every limit is a positive number (None where it may be unset), else a ConfigError."""
    for key in _POSITIVE:
        val = getattr(cfg, key)
        if val is None and key in ("doc_timeout_s", "workers", "worker_max_rss_mb"):
            continue
        if isinstance(val, bool) or not isinstance(val, (int, float)) or not val > 0 or (
                key in ("workers", "queue_size", "large_doc_bytes", "max_connections",
                        "max_body_bytes") and int(val) != val):
            raise ConfigError(f"{where}: {key} must be a positive number, got {val!r}")


def find_config(explicit: Optional[str] = None) -> Optional[Path]:
    for cand in (explicit, os.environ.get("REELCHECK_CONFIG"), "reelcheck.toml",
                 str(Path.home() / ".config" / "reelcheck" / "config.toml")):
        if cand and Path(cand).expanduser().is_file():
            return Path(cand).expanduser()
        if cand and cand == explicit:
            raise ConfigError(f"config file not found: {cand}")
    return None


def load_config(explicit: Optional[str] = None) -> Config:
    path = find_config(explicit)
    cfg = Config()
    if path is None:
        return cfg
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"{path}: {e}") from None
    cfg.path = str(path)
    known = set(Config.__dataclass_fields__)
    for key, val in data.items():
        if key in _SECTIONS and isinstance(val, dict):
            for k2, v2 in val.items():
                if k2 not in _SECTIONS[key]:
                    raise ConfigError(f"{path}: unknown key [{key}].{k2}")
                setattr(cfg, _SECTIONS[key][k2], v2)
        elif key in known and key != "path":
            setattr(cfg, key, val)
        else:
            raise ConfigError(f"{path}: unknown key {key!r}")
    check_limits(cfg, str(path))
    base = path.parent
    if cfg.kb:
        cfg.kb = str((base / Path(cfg.kb).expanduser()).resolve())
    if cfg.sources_store:
        cfg.sources_store = str((base / Path(cfg.sources_store).expanduser()).resolve())
    cfg.blocklists = [str((base / Path(b).expanduser()).resolve()) for b in cfg.blocklists]
    cfg.sources = [str((base / Path(s).expanduser()).resolve()) for s in cfg.sources]
    return cfg
