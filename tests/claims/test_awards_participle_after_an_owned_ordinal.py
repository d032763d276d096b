"""'X won his third Oscar on Sunday night, taking Best Supporting Actor for W': the participle is
a win of its own. The owner's ordinal on the main clause's object counts his Oscars; it is no
record ("the third film to win") whose clause the participle would be part of, so the
participle's category and film are checked (a wrong category had been left unread). "On
Sunday night", a night no article points to, dates the win: no count of one night's prizes.
A weekday alone holds over every night the words leave open, or over the night of the film a
"for" phrase names.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _claims(text, kb):
    return reelcheck.check(text, kb=kb).claims


def _taking(text, kb):
    return [c for c in _claims(text, kb) if c.text.startswith("taking")]


def test_the_participle_after_an_owned_ordinal_is_checked(default_kb):
    true = ("At the 98th Academy Awards Sean Penn picked up his third Oscar, taking best "
            "supporting actor for One Battle After Another.")
    assert [c.verdict for c in _taking(true, default_kb)] == ["supported"]
    assert "refuted" not in [c.verdict for c in _claims(true, default_kb)]
    wrong = ("At the 98th Academy Awards Sean Penn picked up his third Oscar, taking best "
             "actor for One Battle After Another.")
    assert [c.verdict for c in _taking(wrong, default_kb)] == ["refuted"]


def test_a_named_night_is_a_date_not_a_count_of_the_night(default_kb):
    text = ("Sean Penn earned his third Oscar on Sunday night, taking best supporting actor "
            "for One Battle After Another.")
    got = _claims(text, default_kb)
    assert "refuted" not in [c.verdict for c in got]
    main = [c for c in got if c.text.startswith("Sean Penn earned")]
    assert main and not main[0].slots.get("ordinal_night")
    assert main[0].verdict == "supported"


def test_a_weekday_over_the_night_of_the_named_film(default_kb):
    # her Best Actress wins came on a Monday (1997) and on Sundays; Nomadland's was a Sunday
    ok = "Frances McDormand collected her third best actress Oscar on Sunday, for Nomadland."
    got = [c for c in _claims(ok, default_kb) if c.category == "award"]
    assert [c.verdict for c in got] == ["supported"]
    wrong = "Frances McDormand collected her third best actress Oscar on Wednesday, for Nomadland."
    got = [c for c in _claims(wrong, default_kb) if c.category == "award"]
    assert [c.verdict for c in got] == ["refuted"]
