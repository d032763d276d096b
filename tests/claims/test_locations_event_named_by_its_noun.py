"""Where a ceremony was held, said through a noun the ceremony's name modifies ("the 96th Oscars
ceremony took place ... at the Dolby Theatre"; "the BAFTA ceremony ... on February 16, 2025":
the show's edition of the date's year), a participle set off after the name ("the 82nd
Golden Globes, held January 5, 2025, at the Beverly Hilton"; "At the 2025 Oscars, held March 2 in
Los Angeles, ...") or a date the frame mistook for a place ("took place in 2025 at the Dolby
Theatre"), is an event_location claim of that ceremony (claims/locations.py `_event`,
`_named_by`, `_event_places`); the date beside it is then checked on its own, not left open
for a place no claim checked. Sentences are written for these tests; the facts are the default
KB's."""
from __future__ import annotations

import pytest

import reelcheck

ROWS = [
    # (sentence, date verdict, place verdict)
    ("The 97th Academy Awards ceremony, held on March 2, 2025, at the Dolby Theatre, saw Anora "
     "sweep the top prizes.", "supported", "supported"),
    ("The 97th Academy Awards ceremony, held on March 2, 2025, at the Beverly Hilton, saw Anora "
     "sweep the top prizes.", None, "refuted"),
    ("Last spring the 96th Oscars ceremony took place on March 10, 2024 at the Dolby Theatre in "
     "Hollywood.", "supported", "supported"),
    ("At the 2025 Oscars, held March 2 in Los Angeles, the night belonged to Sean Baker.",
     "supported", "supported"),
    ("At the 2025 Oscars, held March 2 in New York, the night belonged to Sean Baker.",
     None, "refuted"),
    ("The 82nd Golden Globes, held January 5, 2025, at the Beverly Hilton, crowned The Brutalist.",
     "supported", "supported"),
    ("The 82nd Golden Globes, held January 5, 2025, at the Dolby Theatre, crowned The Brutalist.",
     None, "refuted"),
    ("For the record, the 97th Academy Awards took place in 2025 at the Dolby Theatre.",
     "supported", "supported"),
    # a show's name before the noun: the edition the clause's date picks
    ("The BAFTA ceremony took place on Sunday, February 16, 2025, at London's Royal Festival "
     "Hall.", "supported", "supported"),
    ("The BAFTA ceremony took place on Sunday, February 16, 2025, at the Dolby Theatre.",
     None, "refuted"),
    ("The Golden Globes ceremony was held on January 5, 2025 at the Beverly Hilton.",
     "supported", "supported"),
]


@pytest.mark.parametrize("text,date,place", ROWS)
def test_a_ceremony_named_before_its_noun_or_participle_has_its_place(default_kb, text, date,
                                                                      place):
    got = reelcheck.check(text, kb=default_kb).claims
    places = [c.verdict for c in got if c.predicate == "event_location"]
    assert places and set(places) == {place}, [(c.text, c.verdict, c.explanation) for c in got]
    if date is not None:
        dates = [c.verdict for c in got if c.category == "date"]
        assert dates == [date], [(c.text, c.verdict, c.explanation) for c in got]
    if place == "supported":
        assert "refuted" not in [c.verdict for c in got]


def test_a_ceremony_held_at_a_hall_the_kb_lacks_is_not_refuted(default_kb):
    got = reelcheck.check("The 96th Oscars ceremony took place on March 10, 2024 at the Shrine "
                          "Auditorium.", kb=default_kb).claims
    assert "refuted" not in [c.verdict for c in got]
