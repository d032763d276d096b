"""A show the KB lacks, named by a place it knows ("the Venice Film Festival", "the Berlin Film
Festival"), set as where a prize was won, is a slot of the claim (claims/accounting.py
`_place_named_show`): a win the KB holds at another show leaves the claim open, never supported
with the show ignored. Before, the place was read as a word describing the festival and dropped.
Sentences written for these tests; facts of the default KB (Anora's Palme d'Or came at the
77th Cannes Film Festival; Parasite's at the 72nd)."""
from __future__ import annotations

import pytest

from tests.helpers.award_claims import only_award


@pytest.mark.parametrize("text, show", [
    ("That spring Anora took the Palme d'Or at the 2024 Venice Film Festival.",
     "Venice Film Festival"),
    ("Parasite claimed the Palme d'Or at the Berlin International Film Festival.",
     "Berlin International Film Festival"),
])
def test_a_show_the_kb_lacks_is_not_ignored(text, show, default_kb):
    c = only_award(text, default_kb)
    assert c.verdict == "not_enough_info", (c.text, c.explanation)
    assert show in c.explanation, c.explanation
    # (the show the KB holds, named the same way, still supports)
    ok = only_award("That spring Anora took the Palme d'Or at the 2024 Cannes Film Festival.",
              default_kb)
    assert ok.verdict == "supported", (ok.text, ok.explanation)

