"""Two mends that each hang one word on the other ("N — noun ..." lines: the count on the noun
and the noun on the count) must not leave a loop in the tree: walking it would never end (or
crash the process). Lines of our own in a numbers-first recap."""
from __future__ import annotations

import subprocess
import sys

import pytest

from reelcheck.claims.attach import _acyclic, a_tree


def test_a_loop_is_no_tree():
    assert a_tree([1, 1, 1])
    assert not a_tree([1, 0, 1])


def test_the_later_move_that_closes_a_loop_is_left_out():
    class T:   # a token's index and head, as the mends read them
        def __init__(self, i, h):
            self.i, self.head = i, self
            self._h = h

    toks = [T(0, 1), T(1, 1), T(2, 1)]
    for t in toks:
        t.head = toks[t._h]
    # the root hung on a word that hangs on it closes a loop: left out; the next move is made
    assert _acyclic(toks, {1: 0, 0: 2}) == [2, 1, 1]


RECAP = "\n".join([
    "Oscars 2025 by the numbers",
    "5 — Oscars won by Anora, the most of any film on the night.",
    "4 — Oscars won by Sean Baker in a single night, tying Walt Disney's 1954 record.",
    "0 — wins for A Complete Unknown, which had eight nominations.",
    "1 — Brazil's first Oscar for an international feature, for I'm Still Here.",
])


@pytest.mark.parametrize("line", [
    RECAP,
    "1 — Brazil's first Oscar for an international feature, for I'm Still Here.",
])
def test_a_count_line_with_a_title_is_checked_to_the_end(line):
    # in a child process: a loop in spaCy's tree is a hang or a crash, not an exception
    code = ("import reelcheck, sys; r = reelcheck.check(sys.argv[1]); "
            "print(len(r.claims) >= 0)")
    out = subprocess.run([sys.executable, "-c", code, line], capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0 and out.stdout.strip() == "True", out.stderr[-500:]
