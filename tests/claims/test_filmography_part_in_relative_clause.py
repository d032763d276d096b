"""A part named in a relative clause of the work ("X, in which he played Y", "X, where he
played Y") is a slot of the credit as in a main clause: it was dropped and the bare credit
supported the sentence whatever part it said. Sentences are written for these tests; the
facts are the default KB's Oscar record (Willem Dafoe as Max Schreck in Shadow of the
Vampire; Christoph Waltz as Hans Landa and as Dr. King Schultz)."""
from __future__ import annotations

import reelcheck


def credits(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "filmography"]


def test_a_part_the_record_does_not_name_is_not_supported(default_kb):
    got = credits("Dafoe earned a nomination for Shadow of the Vampire, in which Willem Dafoe "
                  "played the vampire hunter Van Helsing.", default_kb)
    got += credits("Willem Dafoe was nominated for Shadow of the Vampire, in which he played "
                   "Count Orlok.", default_kb)
    assert got and all(c.verdict != "supported" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]


def test_the_part_the_record_names_is_supported(default_kb):
    got = credits("Willem Dafoe was nominated for Shadow of the Vampire, where he played "
                  "Max Schreck.", default_kb)
    assert any(c.verdict == "supported" and "Max Schreck" in c.explanation for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]


def test_another_film_s_part_is_caught(default_kb):
    got = credits("Christoph Waltz won again for Django Unchained, in which he played "
                  "Hans Landa.", default_kb)
    assert any(c.verdict == "refuted" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]
