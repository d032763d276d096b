"""Batch checking: the same `check()` over a crawl or an archive, on one machine or on Ray.

    reelcheck batch corpus/ more.jsonl.gz crawl.warc.gz -o out.jsonl [--workers 2]
    reelcheck batch ... -o out.jsonl --engine ray [--ray-address HOST:PORT]

or from Python: `reelcheck.batch.run_batch([...], "out.jsonl", workers=2)`.

Decisions a user may want to know:
- One output line per input document, in input order: a `reelcheck.report/1` report or an
  error row `{"id", "error": {"kind", "message"}}`. Kinds: empty, binary, too_large,
  invalid_json, unreadable, truncated (a cut-short WARC record or .gz file; the rest of that
  file is not read), timeout (--doc-timeout), crashed (the document killed its worker even when
  retried alone), internal (a bug in a stage). Non-HTML WARC records and files with other
  extensions in a folder are skipped and counted in the summary, not rows.
- Ids: the JSONL `id` field (else "<file>:<line>"), the file path for folder files, the
  WARC-Record-ID (else the target URI) for WARC. A repeated id gets "#2", "#3"...
- Invalid UTF-8 is replaced with U+FFFD and the document is still checked (the report's text
  shows the replacement characters where the bad bytes were).
- --only-problems writes reports with refuted claims, misspelled names, altered, misattributed
  or unsourced quotes, or spam/piracy links, and all error rows; the documents it leaves out are
  logged in OUT.jsonl.done so a resumed run skips them too.
- Resume: run the same command again after a crash or kill -9; rows already in OUT.jsonl (and
  OUT.jsonl.done) are skipped, a half-written last line is cut off.
- The Ray engine reads inputs on the driver (actors need not see the files), so with a remote
  cluster the package must be installed on the cluster's nodes.
"""
from __future__ import annotations


def run_batch(*args, **kwargs):
    """See `reelcheck.batch.run.run_batch` (imported lazily to keep `import reelcheck` light)."""
    from .run import run_batch as _run
    return _run(*args, **kwargs)
