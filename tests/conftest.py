"""Shared fixtures: the default KB built once per session into a private cache directory."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# Keep tests from writing to the user's ~/.cache: one private cache for the whole session.
os.environ.setdefault("REELCHECK_CACHE", tempfile.mkdtemp(prefix="reelcheck-test-cache-"))
# ... and no user's trusted-sources file leaks into the checks (always a fresh folder, even when
# the user's shell sets REELCHECK_HOME: tests never read or write the user's store).
os.environ["REELCHECK_HOME"] = tempfile.mkdtemp(prefix="reelcheck-test-home-")

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
