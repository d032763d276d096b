"""Batch checking: the same `check()` over a crawl or an archive, on one machine or on Ray.

    reelcheck batch corpus/ more.jsonl.gz crawl.warc.gz -o out.jsonl [--workers 2]
    reelcheck batch ... -o out.jsonl --engine ray [--ray-address HOST:PORT]

or from Python: `reelcheck.batch.run_batch([...], "out.jsonl", workers=2)`.

Decisions a user may want to know:
- One output line per input record, in input order: a `reelcheck.report/1` report or an
  error row `{"id", "error": {"kind", "message"}}`. Kinds: empty (also a blank JSONL line or an
  empty file), binary, too_large, invalid_json, unreadable, not_a_file (a FIFO or device in a
  folder), truncated (a cut-short WARC record, gzip member or .gz file, or bytes that are no
  WARC; the rest of that file is not read), timeout (--doc-timeout), crashed (the document
  killed its worker even when retried alone), internal (a bug in a stage). Non-HTML WARC
  records and files with other extensions in a folder are skipped and counted in the summary,
  not rows.
- Ids: the JSONL `id` field (else "<file>:<line>"), the file path for folder files, the
  WARC-Record-ID (else the target URI) for WARC. An id already taken (by an earlier document of
  this run or of the run being resumed) gets "#2", "#3"...: two rows never carry the same id.
- Invalid UTF-8 is replaced with U+FFFD and the document is still checked (the report's text
  shows the replacement characters where the bad bytes were).
- Before anything is read, the KB, the trusted sources and the blocklists are opened once; a run
  that could only write error rows fails with one line instead (a damaged default-KB cache
  file is rebuilt).
- --only-problems writes reports with refuted claims, misspelled names, altered, misattributed
  or unsourced quotes, or spam/piracy links, and all error rows.
- Resume: run the same command again after a crash or kill -9. OUT.jsonl.done journals every
  document handled, by the input's identity and position (canonical path + line or record
  number), never by id; rows written but not yet journaled, and a half-written last line, are
  cut off and redone (see output.py).
- The Ray engine reads inputs on the driver (actors need not see the files), so with a remote
  cluster the package must be installed on the cluster's nodes.
"""
from __future__ import annotations


def run_batch(*args, **kwargs):
    """See `reelcheck.batch.run.run_batch` (imported lazily to keep `import reelcheck` light)."""
    from .run import run_batch as _run
    return _run(*args, **kwargs)
