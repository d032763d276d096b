"""Shared fixtures: the default KB built once per session into a private cache directory."""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest



def _private_dir(prefix: str) -> str:
    """A fresh temporary folder removed when the test session exits (each run used to leave
    ~50 MB of built KB behind in the temp folder)."""
    path = tempfile.mkdtemp(prefix=prefix)
    atexit.register(shutil.rmtree, path, True)
    return path


# Keep tests from writing to the user's ~/.cache: one private cache for the whole session.
if "REELCHECK_CACHE" not in os.environ:
    os.environ["REELCHECK_CACHE"] = _private_dir("reelcheck-test-cache-")
# ... and no user's trusted-sources file leaks into the checks (always a fresh folder, even when
# the user's shell sets REELCHECK_HOME: tests never read or write the user's store).
os.environ["REELCHECK_HOME"] = _private_dir("reelcheck-test-home-")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def default_kb():
    from reelcheck.pipeline import resolve_kb
    return resolve_kb(None)


@pytest.fixture(scope="session")
def schema():
    import json
    return json.loads((ROOT / "src" / "reelcheck" / "report" / "report.schema.json").read_text())
