"""A bare win that says which nomination it came on ("X won on his third nomination") speaks
of a prize of the show whose nominations it counts: in a passage about one show, it is a win
of that show, checked with its nomination ordinal (claims/awards/, the branch of a bare
prize word); a night the passage names makes the show firm, and with none the reading may
support but never refute. Sentences are written for these tests; the facts are the default
KB's."""
from __future__ import annotations

import reelcheck


def _award(text, kb):
    return [(c.verdict, c.text, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "award"]


NIGHT = "Oppenheimer collected seven statuettes at the 96th Academy Awards. "


def test_a_bare_win_on_a_true_nomination_ordinal_is_supported(default_kb):
    got = _award(NIGHT + "Its lead, Cillian Murphy, won on his first nomination.", default_kb)
    murphy = [g for g in got if "Murphy" in g[1]]
    assert murphy and murphy[0][0] == "supported", got


def test_a_bare_win_on_a_wrong_nomination_ordinal_at_a_named_night_is_refuted(default_kb):
    got = _award(NIGHT + "Its lead, Cillian Murphy, won on his third nomination.", default_kb)
    murphy = [g for g in got if "Murphy" in g[1]]
    assert murphy and murphy[0][0] == "refuted" and "first" in murphy[0][2], got


def test_a_bare_win_of_someone_with_several_wins_is_not_refuted(default_kb):
    got = _award(NIGHT + "Cate Blanchett, by contrast, won on her fourth nomination.",
                 default_kb)
    assert all(v != "refuted" for v, *_ in got), got
