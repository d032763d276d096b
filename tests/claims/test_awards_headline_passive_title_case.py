"""A headline's passive with its "was" left out, in Title Case ("Anora Crowned Best Picture at
97th Academy Awards"): the category after the participle is a proper noun there, but it is the
title given, not a name, so the headline reads as the passive it is. Sentences are written for
these tests; facts are the default KB's (97th Academy Awards: Best Picture to Anora; 78th
BAFTAs: Best Director to Brady Corbet, over Sean Baker)."""
from __future__ import annotations

from award_claims import readings as awards


def test_a_title_cased_headline_passive_is_read(default_kb):
    got = awards("Anora Crowned Best Picture at 97th Academy Awards", default_kb)
    assert [v for v, _e in got] == ["supported"], got
    got = awards("Conclave Crowned Best Picture at 97th Academy Awards", default_kb)
    assert [v for v, _e in got] == ["refuted"], got
    got = awards("Brady Corbet Named Best Director at the BAFTAs", default_kb)
    assert [v for v, _e in got] == ["supported"], got
    got = awards("Sean Baker Named Best Director at the BAFTAs", default_kb)
    assert [v for v, _e in got] == ["refuted"], got
    # an active naming stays active: the critics named the film: no win at any show the KB holds is stated
    got = awards("Critics Named Anora Best Picture", default_kb)
    assert not any(v == "refuted" for v, _e in got), got
    got = awards("Critics Named Anora Best Picture at the Golden Globes", default_kb)
    assert not any(v == "refuted" for v, _e in got), got
