"""The text report's header line counts every kind of finding, quote problems included, and
keeps each count whole when the terminal is narrow. Reports are hand-made (conftest)."""
from __future__ import annotations

from reelcheck.report.text import to_text


def test_the_header_counts_altered_and_misattributed_quotes(sample_report):
    head = to_text(sample_report, color=False, width=200).splitlines()[2]
    assert head.startswith("3 claims:") and "1 altered or misattributed quote;" in head
    assert sample_report.bad_quotes() == [q for q in sample_report.quotes
                                          if q.verdict == "altered"]


def test_a_narrow_terminal_breaks_the_tally_between_counts(sample_report):
    out = to_text(sample_report, color=False, width=40)
    lines = out.splitlines()
    for part in ("misspelled name", "altered or misattributed quote", "unsourced quote",
                 "bad link"):
        assert any(part in line for line in lines), part
    # no count is cut from its words
    assert not any(line.rstrip().endswith(("1", "0")) for line in lines[:8])
