""""Lily Gladstone was nominated for Best Actress at the 96th Academy Awards for Oppenheimer":
when the complete list of a category's nominations at a ceremony records the subject's one
nomination there for another film, the film stated is the wrong slot, as it is for a win.

Sentences written for these tests; the facts are the default KB's (Gladstone's Best Actress
nomination at the 96th was for Killers of the Flower Moon; Emily Blunt's Best Supporting
Actress nomination there for Oppenheimer)."""
from __future__ import annotations

from award_claims import readings as _awards


def test_a_nomination_for_the_film_it_was_for_holds(default_kb):
    got = _awards("Lily Gladstone was nominated for Best Actress at the 96th Academy Awards "
                  "for Killers of the Flower Moon.", default_kb)
    assert [v for v, _e in got] == ["supported"], got
    got = _awards("Emily Blunt earned a Best Supporting Actress Oscar nomination for "
                  "Oppenheimer.", default_kb)
    assert [v for v, _e in got] == ["supported"], got


def test_a_nomination_for_another_film_refutes(default_kb):
    got = _awards("Lily Gladstone was nominated for Best Actress at the 96th Academy Awards "
                  "for Oppenheimer.", default_kb)
    assert [v for v, _e in got] == ["refuted"], got
    assert "Killers of the Flower Moon" in got[0][1]
    got = _awards("Emily Blunt earned a Best Supporting Actress Oscar nomination for Poor "
                  "Things.", default_kb)
    assert [v for v, _e in got] == ["refuted"], got


def test_the_work_after_the_prizes_own_for_phrase_is_read(default_kb):
    # "nominated for the Oscar for Best Director for X": the parser hangs the second "for"
    # on the category the first one takes; it names the work, a slot (it was left unread)
    got = _awards("Barry Jenkins was nominated for the Oscar for Best Director for La La "
                  "Land.", default_kb)
    assert [v for v, _e in got] == ["refuted"], got
    got = _awards("Barry Jenkins was nominated for the Academy Award for Best Director for "
                  "Moonlight.", default_kb)
    assert [v for v, _e in got] == ["supported"], got
