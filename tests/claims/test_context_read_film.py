"""A phrase that names no film ("the film", "it") read as a film counts, for what follows, as a
mention of that film: a rival named later in its sentence ("losing to X") is not what the next
sentence's "it" means. Sentences are written for these tests; the facts are the default KB's
(Anora: nominated for the BAFTA for Best Film, which Conclave won; Best Picture at the 97th
Academy Awards)."""
from __future__ import annotations

import reelcheck

PIECE = ("Anora: a review\n\n"
         "Anora tells of a Brooklyn dancer who weds an oligarch's son. Anora is Sean Baker's "
         "finest work.\n\n"
         "The prizes followed. The picture was up for the BAFTA for Best Film, losing to "
         "Conclave. In Hollywood, however, it took Best Picture at the 97th Academy Awards.")


def test_it_after_a_rival_is_still_the_film_the_clause_was_about(default_kb):
    got = [c for c in reelcheck.check(PIECE, kb=default_kb).claims
           if c.category == "award" and "Best Picture" in c.text]
    assert got and all(c.verdict == "supported" and c.slots.get("subject") == "anora-2024-film"
                       for c in got), [(c.text, c.verdict, c.explanation) for c in got]


def test_another_film_described_by_its_noun_is_not_taken_for_the_passages(default_kb):
    text = ("Anora: a review\n\n"
            "Anora tells of a Brooklyn dancer who weds an oligarch's son. Anora is Sean "
            "Baker's finest work.\n\n"
            "His earlier feature, Tangerine, was nominated for nothing at the Oscars. It "
            "premiered at Sundance in 2015.")
    got = [c for c in reelcheck.check(text, kb=default_kb).claims if "Sundance" in c.text]
    assert all(c.verdict != "refuted" for c in got), [(c.text, c.explanation) for c in got]
