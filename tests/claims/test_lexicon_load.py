"""The built-in lexicon is read through libyaml when PyYAML has it; the values must be exactly
what the pure-Python `yaml.safe_load` gives (same keys, same order, same types)."""
from __future__ import annotations

import yaml

from reelcheck.claims.lexicon import LEXICON_FILE, builtin_data


def _typed(x):
    """A value with every node's type spelled out, dict order kept (1 == True, 1 == 1.0 and
    {a, b} == {b, a} would hide a difference)."""
    if isinstance(x, dict):
        return ("dict", [(_typed(k), _typed(v)) for k, v in x.items()])
    if isinstance(x, (list, tuple)):
        return (type(x).__name__, [_typed(v) for v in x])
    return (type(x).__name__, repr(x))


def test_builtin_lexicon_reads_as_safe_load_reads_it():
    want = yaml.safe_load(LEXICON_FILE.read_text(encoding="utf-8"))
    assert _typed(builtin_data()) == _typed(want)

