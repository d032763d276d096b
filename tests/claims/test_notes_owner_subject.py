"""A record note is its holder's: a clause whose subject is another person's work ("Bong Joon
Ho's masterpiece ..., then won four Oscars") does not state Baker's record of four Oscars in
one night, even when the verb is a conjunct the parser gave no subject of its own.

Sentences are written for these tests; the facts are the default KB's (Sean Baker's note:
the first person to win four Oscars for one film in one night)."""
from __future__ import annotations

import reelcheck


def statements(text, kb):
    return [(c.subject.id if c.subject else None, c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.predicate == "statement"]


def test_another_owners_work_does_not_state_the_holders_record(default_kb):
    text = ("3. Anora. Sean Baker's scrappy comedy won at the 77th edition in 2024.\n\n"
            "4. Parasite. Bong Joon Ho's masterpiece won at the 72nd edition in 2019, then "
            "won four Oscars, including Best Picture, at the 92nd Academy Awards.")
    assert ("sean-baker", "supported") not in statements(text, default_kb)
