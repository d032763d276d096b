"""Progress lines for non-terminal output (logs, CI): rate and ETA, at most every interval."""
from __future__ import annotations

import io

from reelcheck.kb.importers.common import Progress


def test_plain_progress_lines_show_rate_and_eta():
    out = io.StringIO()
    p = Progress("wikidata pass 1", total=100_000_000, interval=0.0, stream=out,
                 extra=lambda: "kept 7")
    for i in range(1, 4097):
        p.update(i * 10_000)            # checks the clock once per 4096 updates
    p.close()
    lines = out.getvalue().splitlines()
    assert len(lines) == 1
    line = lines[0]
    assert line.startswith("wikidata pass 1: 41/100 MB (41%)")
    assert "MB/s" in line and "ETA " in line and line.endswith("kept 7")


def test_disabled_progress_writes_nothing():
    out = io.StringIO()
    p = Progress("x", total=10, enabled=False, interval=0.0, stream=out)
    for i in range(10_000):
        p.update(i)
    assert out.getvalue() == ""


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_terminal_progress_draws_a_bar_on_its_stream_not_stdout(capsys):
    term = _Terminal()
    p = Progress("wikidata pass 1", total=10_000_000, stream=term)
    for i in range(1, 20_000):
        p.update(i * 500)
    p.close()
    assert term.getvalue()                     # rich drew (and cleared) its bar there
    assert capsys.readouterr().out == ""       # stdout stays for the summary
