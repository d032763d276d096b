""""The same night" / "that evening" on a win of one show, after a clause of the paragraph that
dated its win by a full date or named another show's edition, is that night: the clause takes
the day (the stated date, or the KB's day for that edition) and the win is checked against its
own ceremony's day. Sentences are written for these tests; the facts are the default KB's
(the DGA and PGA awards were both held on February 8, 2025, the WGA awards on February 15,
the SAG awards on February 23)."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    return [(c.text, c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "award"]


def test_the_same_night_off_the_stated_date_is_refuted(default_kb):
    got = awards("Sean Baker took the Writers Guild prize for original screenplay on "
                 "February 15, 2025, and that same night the Producers Guild handed its top "
                 "award to Anora.", default_kb)
    assert [v for _t, v, _e in got] == ["supported", "refuted"], got
    assert "February 8, 2025" in got[1][2]
    # ... and on the date stated, the other guild's win holds
    got = awards("Sean Baker took the Directors Guild prize on February 8, 2025, and the same "
                 "night the Producers Guild handed its top award to Anora.", default_kb)
    assert [v for _t, v, _e in got] == ["supported", "supported"], got


def test_another_shows_edition_gives_its_day_to_the_same_night(default_kb):
    # the WGA's 2025 edition was held a week after the PGA's: not the same night
    got = awards("Sean Baker won at the 2025 WGA Awards, and the same night the Producers "
                 "Guild gave its top prize to Anora.", default_kb)
    assert [v for _t, v, _e in got] == ["supported", "refuted"], got
    # ... the DGA's edition was the PGA's night
    got = awards("Sean Baker won at the 77th Directors Guild of America Awards, and the same "
                 "night the Producers Guild gave its top prize to Anora.", default_kb)
    assert [v for _t, v, _e in got] == ["supported", "supported"], got
    # ... and a year anaphor keeps the year only: the PGA's win was in 2025, whichever night
    got = awards("Sean Baker won at the 2025 WGA Awards, and that same year the Producers "
                 "Guild gave its top prize to Anora.", default_kb)
    assert [v for _t, v, _e in got] == ["supported", "supported"], got


def test_the_night_carries_across_sentences_of_a_paragraph(default_kb):
    got = awards("Anora took the DGA prize on February 8, 2025. That same night, Conclave won "
                 "the SAG ensemble award.", default_kb)
    assert [v for _t, v, _e in got] == ["supported", "refuted"], got
    got = awards("Conclave won the SAG ensemble award on February 23, 2025. That same night, "
                 "Kieran Culkin won the SAG supporting actor award.", default_kb)
    assert [v for _t, v, _e in got] == ["supported", "supported"], got

