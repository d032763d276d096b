"""Fixtures shared with tests/sources: see tests/helpers/quote_kb.py."""
from quote_kb import _isolated_home, build_kb, kb  # noqa: F401
