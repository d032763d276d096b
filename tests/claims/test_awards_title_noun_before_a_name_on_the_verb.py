""""Oscar winner Timothée Chalamet stars in A Complete Unknown": the parser may hang the
title noun and the name after it both on the verb, as compounds. The name is still the
title's holder, and the Academy record is complete, so a person who never won is refuted
and one who did is supported.

Sentences written for these tests; the facts are the default KB's (Timothée Chalamet has
four Oscar nominations and no win; Adrien Brody won Best Actor twice)."""
from __future__ import annotations

import reelcheck


def _awards(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_the_name_on_the_verb_holds_the_title(default_kb):
    assert _awards("Oscar winner Timothée Chalamet stars in A Complete Unknown.",
                   default_kb) == ["refuted"]
    # the true twins stay supported
    assert _awards("Oscar nominee Timothée Chalamet stars in A Complete Unknown.",
                   default_kb) == ["supported"]
    assert _awards("Oscar winner Adrien Brody stars in The Brutalist.",
                   default_kb) == ["supported"]
