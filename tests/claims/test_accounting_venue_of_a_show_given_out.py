"""Where a show itself was, said with a verb of giving its prizes out ("the Gotham Awards were
handed out at ...") or with "took place at", is a slot of a date claim on the same clause: the
date holds only with the place judged (lexicon accounting `show_giving_verbs`; the `held`
relation reads the same verbs, so the place is a claim of its own). A person handed a prize
somewhere is no such sentence. Sentences are written for these tests; the facts are the
default KB's."""
from __future__ import annotations

import reelcheck


def claims(text, kb):
    return reelcheck.check(text, kb=kb).claims


def test_a_wrong_venue_of_a_show_given_out_is_refuted_and_its_date_left_open(default_kb):
    got = claims("The Gotham Awards were handed out at the Beverly Hilton on December 2, 2024.",
                 default_kb)
    assert [c.verdict for c in got if c.predicate == "event_location"] == ["refuted"]
    assert [c.verdict for c in got if c.predicate == "ceremony_date"] == ["not_enough_info"]


def test_the_right_venue_holds_with_its_date(default_kb):
    got = claims("The Gotham Awards were handed out at Cipriani Wall Street on December 2, "
                 "2024.", default_kb)
    assert {c.predicate: c.verdict for c in got} == {"event_location": "supported",
                                                     "ceremony_date": "supported"}
    # a person handed a prize somewhere: the place is no slot of the win
    won = claims("Mikey Madison was handed the Oscar at the Dolby Theatre on March 2, 2025.",
                 default_kb)
    assert "supported" in {c.verdict for c in won if c.category == "award"}


def test_a_venue_the_kb_lacks_after_took_place_leaves_the_date_open(default_kb):
    got = claims("The 78th BAFTA Film Awards took place on February 16, 2025, at the Royal "
                 "Albert Hall in London.", default_kb)
    assert "supported" not in {c.verdict for c in got}, [(c.text, c.verdict) for c in got]

