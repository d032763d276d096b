"""`reelcheck serve` refuses bad settings with one line, before binding a port."""
from __future__ import annotations

from reelcheck.cli import main


def test_serve_with_missing_kb_is_a_one_line_error(tmp_path, capsys):
    assert main(["serve", "--kb", str(tmp_path / "missing.sqlite")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("reelcheck: error:") and "missing.sqlite" in err
    assert "\n" not in err and "Traceback" not in err


def test_serve_with_bad_port_is_a_one_line_error(capsys):
    assert main(["serve", "--port", "70000"]) == 2
    assert "out of range" in capsys.readouterr().err


def test_serve_with_bad_config_is_a_one_line_error(tmp_path, capsys):
    cfg = tmp_path / "reelcheck.toml"
    cfg.write_text("[server]\nport = \n", encoding="utf-8")
    assert main(["serve", "--config", str(cfg)]) == 2
    assert capsys.readouterr().err.startswith("reelcheck: error:")
