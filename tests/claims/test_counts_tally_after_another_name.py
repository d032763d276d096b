"""A counted tally set off with "with" after a verb that states no award relation and names
another film or person after its subject ("X starred in Anora, with five wins") may be that
other one's; it is not the subject's to take. Before, the subject took it and an actress was
refuted with her film's count.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _counts(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [c.verdict for c in r.claims if c.slots.get("kind") == "award_count"]


def test_a_tally_after_another_name_is_not_the_subjects(default_kb):
    for text in ("Mikey Madison starred in Anora, with five wins, at the 97th Academy Awards.",
                 "Mikey Madison starred in Anora, with five Oscars, at the 97th Academy Awards."):
        assert "refuted" not in _counts(text, default_kb), text
    # a tally under an award verb, or with no other name, is still the subject's
    assert _counts("The Brutalist finished with three Oscars.", default_kb) == ["supported"]
    assert _counts("Sean Baker left the 97th Academy Awards with five Oscars.",
                   default_kb) == ["refuted"]
