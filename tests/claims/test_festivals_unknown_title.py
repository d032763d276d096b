"""A film the KB lacks, named as the subject of a premiere ("Harbour Moths: A Fable premiered
out of competition at ..."), is no stand-in for the passage's film: its screening there is
not the passage film's, and must never refute the passage film's section.

Sentences are written for these tests; the facts are the default KB's (Anora: main
competition of the 77th Cannes Film Festival). "Harbour Moths" is invented."""
from __future__ import annotations

import reelcheck


def test_a_title_the_kb_lacks_is_not_the_passages_film(default_kb):
    text = ("Anora took the Palme d'Or in 2024. Harbour Moths: A Small Fable premiered out of "
            "competition at the 77th Cannes Film Festival.")
    got = [(c.subject.id if c.subject else None, c.verdict)
           for c in reelcheck.check(text, kb=default_kb).claims if c.category == "festival"]
    assert ("anora-2024-film", "refuted") not in got
    # the passage's film said by a description is still read
    text = ("Anora took the Palme d'Or in 2024. The film premiered in the main competition at "
            "the 77th Cannes Film Festival.")
    got = [(c.subject.id if c.subject else None, c.verdict)
           for c in reelcheck.check(text, kb=default_kb).claims if c.category == "festival"]
    assert got == [("anora-2024-film", "supported")]
