"""A verb of casting (lexicon `cast.object_verbs`) hands "the role of X" to its object, whoever
its subject is: "Sean Baker cast Yura Borisov in the role of Igor" says Borisov plays Igor (a
reading: support only, a part may be recast). Sentences written for this test; the pairing is
the default KB's."""
from __future__ import annotations

import reelcheck


def _cast(text, kb):
    return [(c.verdict, c.text) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "cast"]


def test_the_role_goes_to_the_object_of_cast(default_kb):
    got = _cast("Sean Baker cast Yura Borisov in the role of Igor.", default_kb)
    assert [v for v, _t in got] == ["supported"], got
    # the wrong part is never supported (nor refuted: a reading)
    got = _cast("Sean Baker cast Yura Borisov in the role of Vanya.", default_kb)
    assert all(v == "not_enough_info" for v, _t in got), got
