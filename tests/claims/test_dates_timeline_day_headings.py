"""A timeline's days on lines of their own head its entries: the day is the time of the event
the entry's first sentence tells by its main verb (claims/dates.py `_headed`). One day line
over a lead (a publication date) is no timeline; an entry that moves its event off the day
("a few months later") or plans it ("will release") is not dated by it. Sentences written
for this test; KB: Anora opened in France on 2024-10-30 and in the UK on 2024-11-01; the
97th Academy Awards were held on 2025-03-02."""
from __future__ import annotations

import reelcheck


def _dates(text, kb):
    return [(c.text, c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "date"]


TIMELINE = ("How Anora got to the Oscars\n\n**October 30, 2024**\nLe Pacte releases Anora in "
            "France.\n\n**{}**\nThe 97th Academy Awards are held in Hollywood.")


def test_a_day_heading_dates_its_entry(default_kb):
    got = _dates(TIMELINE.format("March 2, 2025"), default_kb)
    assert ("Le Pacte releases Anora in France", "supported") in got, got
    assert ("The 97th Academy Awards are held in Hollywood", "supported") in got, got
    got = _dates(TIMELINE.format("March 9, 2025"), default_kb)
    assert ("The 97th Academy Awards are held in Hollywood", "refuted") in got, got


def test_a_wrong_release_day_heading_its_entry_is_refuted_and_what_no_heading_dates(default_kb):
    text = ("May 25, 2024\nThe Palme d'Or goes to Sean Baker.\n\n"
            "8 November 2024\nAnora opens in UK cinemas.")
    assert ("Anora opens in UK cinemas", "refuted") in _dates(text, default_kb)
    # one day over a lead: when the piece was published, not the release
    assert not _dates("November 6, 2024\nAnora opens in cinemas across the UK, distributed "
                      "by Universal.", default_kb)
    # an entry that moves its event off the heading's day, or only plans it
    text = ("May 25, 2024\nThe Palme d'Or goes to Sean Baker.\n\n"
            "June 3, 2024\nAnora opens in UK cinemas a few months later.\n\n"
            "June 9, 2024\nNeon will release Anora in France.")
    assert not any(v == "refuted" for _t, v in _dates(text, default_kb))
    assert ("Anora opens in UK cinemas", "refuted") not in _dates(text, default_kb)
