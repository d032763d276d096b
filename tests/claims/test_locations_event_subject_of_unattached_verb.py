"""A finite verb the parser leaves unattached ('dep') after the clause it continues shares that
clause's subject (claims/frames.py `subject_token`): in "The awards, delayed by the fires,
finally took place at a hangar", what took place there is the show, never the film the
paragraph is about. Sentences are written for this test; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def test_a_show_that_took_place_somewhere_is_no_setting_of_the_film(default_kb):
    text = ("Anora kept collecting prizes that winter. The Critics Choice Awards, pushed back "
            "from January 12 by the Los Angeles wildfires, finally took place at the Barker "
            "Hangar in Santa Monica with Chelsea Handler hosting.")
    got = [c for c in reelcheck.check(text, kb=default_kb).claims if c.category == "location"]
    assert not [c for c in got if c.verdict == "refuted"], [(c.text, c.explanation) for c in got]
    assert not [c for c in got if c.subject and c.subject.label == "Anora"], [
        (c.text, c.explanation) for c in got]
