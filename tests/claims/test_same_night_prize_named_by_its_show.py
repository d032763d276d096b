""""X won A, and Y won B the same night" (claims/intervals.py `_same_time`): a later win whose
prize is named only by its show ("the Directors Guild's feature award") still counts the
subject's wins at that show, so the night is read and checked; and where the KB cannot date
both nights to one day, the words are not silently dropped: the later win stays open naming
them (verify `_unread_anaphors`). Sentences written for this test; the default KB dates the
36th PGA Awards and the 77th DGA Awards to 8 February 2025."""
from __future__ import annotations

import reelcheck


def test_the_same_night_as_a_show_the_kb_dates_is_checked(default_kb):
    r = reelcheck.check("Sean Baker's Anora is the film to beat. The indie took the top prize "
                        "from the Producers Guild on Feb. 8, and Baker won the Directors Guild's "
                        "feature award the same night.", kb=default_kb)
    night = [c for c in r.claims if c.text == "the same night"]
    assert [c.verdict for c in night] == ["supported"], [(c.text, c.explanation) for c in r.claims]
    dga = [c for c in r.claims if "Directors Guild" in c.text]
    assert [c.verdict for c in dga] == ["supported"]


def test_the_same_night_is_never_dropped_silently(default_kb):
    # the Critics Choice night is dated two ways by its sources (7 or 8 February): the gap is
    # judged on them; were it dropped, the later win would stay open naming the words
    r = reelcheck.check("Sean Baker's Anora is the film to beat. The film was named best picture "
                        "at the Critics Choice Awards, and Baker won the Directors Guild's "
                        "feature award the same night.", kb=default_kb)
    night = [c for c in r.claims if c.text == "the same night"]
    dga = [c for c in r.claims if "Directors Guild" in c.text]
    assert dga, [(c.text, c.verdict) for c in r.claims]
    assert night or all(c.verdict != "supported" and "the same night" in c.explanation
                        for c in dga), [(c.text, c.verdict, c.explanation) for c in r.claims]
    assert not night or "sources differ" in night[0].explanation
