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
    blocklists: list[str] = field(default_factory=list)
    reviewer_name: str = "reelcheck"
    reviewer_url: Optional[str] = None
    server_host: str = "127.0.0.1"
    server_port: int = 8000
    max_body_bytes: int = 2 * 1024 * 1024
    request_timeout_s: float = 30.0
    path: Optional[str] = None               # where it was read from

    def to_dict(self) -> dict:
        return asdict(self)


_SECTIONS = {"server": {"host": "server_host", "port": "server_port",
                        "max_body_bytes": "max_body_bytes",
                        "request_timeout_s": "request_timeout_s"},
             "reviewer": {"name": "reviewer_name", "url": "reviewer_url"}}


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
    base = path.parent
    if cfg.kb:
        cfg.kb = str((base / Path(cfg.kb).expanduser()).resolve())
    cfg.blocklists = [str((base / Path(b).expanduser()).resolve()) for b in cfg.blocklists]
    cfg.sources = [str((base / Path(s).expanduser()).resolve()) for s in cfg.sources]
    return cfg
