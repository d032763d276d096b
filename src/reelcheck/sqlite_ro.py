"""Read-only SQLite access shared by the KB and the trusted-sources index.

One connection per thread (sqlite3 connections must not cross threads), opened lazily with a
`mode=ro` URI, so any number of threads, processes or Ray actors can read one file at once.
"""
from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Callable


class ReadOnlyDB:
    def __init__(self, path: Path, *, immutable: bool, error: Callable[[str], Exception],
                 what: str):
        self.path = path
        self._uri = f"file:{path.resolve()}?mode=ro" + ("&immutable=1" if immutable else "")
        self._error = error
        self._what = what
        self._local = threading.local()

    def con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            try:
                con = sqlite3.connect(self._uri, uri=True, check_same_thread=False)
            except sqlite3.Error as e:
                raise self._error(f"cannot open {self._what} {self.path}: {e}") from None
            self._local.con = con
        return con

    def close(self) -> None:
        con = getattr(self._local, "con", None)
        if con is not None:
            con.close()
            self._local.con = None
