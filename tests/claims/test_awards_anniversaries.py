"""Anniversary and retrospective pieces on other films' Oscar and Cannes history: two clauses
with different films and years, a prize said again by "it", a year counted from another
clause's, a record note listing earlier holders. Sentences written for these tests; the facts
are the default KB's Oscar record and Cannes factsheets."""
from __future__ import annotations

import reelcheck


def claims(text, kb, category=None):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if category is None or c.category == category]


def of(text, kb, subject):
    return [c for c in claims(text, kb) if c.slots.get("subject") == subject]


# -- a record note is its holder's: a clause whose subject is one of the earlier holders the
# note lists does not state it (Anora's note lists Parasite; Sean Baker's names it as the
# previous record). These were supports from another film's note.

def test_a_record_note_does_not_speak_for_a_holder_it_only_lists(default_kb):
    for s in ("Parasite took the top prize.",
              "Parasite won it in 2020.",
              "Two decades on, Parasite walked away with the big prize."):
        got = [c for c in claims(s, default_kb) if c.category == "record"]
        assert not got, (s, [(c.text, c.explanation) for c in got])


def test_the_record_note_still_speaks_for_its_holder(default_kb):
    for s in ("Anora became the fourth film to win both the Palme d'Or and Best Picture, "
              "after Marty, The Lost Weekend and Parasite.",
              "Sean Baker became the first person to win four Oscars for a single film in "
              "one night."):
        got = [c.verdict for c in claims(s, default_kb, "record")]
        assert got == ["supported"], (s, got)

