"""A clause about a prize ("gave its top prize to Anora") is said by a note only when the note
is about a prize too (says a prize word or names a prize, show or festival). The default KB
notes that Anora made the National Board of Review's top-ten list of 2024: that shares the
film, the year and "top", not a prize. Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def _supported(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.verdict == "supported"]


def test_a_prize_is_not_a_place_on_a_list(default_kb):
    for text in ("The jury, led by Greta Gerwig, gave its top prize to Anora in 2024.",
                 "In 2024 the critics handed their top award to Anora."):
        got = _supported(text, default_kb)
        assert not any("top 10" in c.explanation for c in got), \
            [(c.text, c.explanation) for c in got]


def test_the_list_note_still_speaks_for_the_list(default_kb):
    got = _supported("The National Board of Review put Anora among its top 10 films of 2024.",
                     default_kb)
    assert got and "top 10 films of 2024" in got[0].explanation


def test_a_category_named_in_a_list_is_no_note_on_a_performance(default_kb):
    # "Best Lead Performance for Madison", a list's last prize, shares "performance", the
    # actress and the film with a note that her performance in Scream led Baker to write Anora
    got = _supported("At the 40th Spirit Awards, Anora won Best Feature, Best Director for "
                     "Baker and Best Lead Performance for Madison.", default_kb)
    assert not any("Scream" in c.explanation for c in got), [(c.text, c.explanation)
                                                               for c in got]
