"""A "where" clause the parser hangs on a noun inside an aside of an edition's noun ("the
74th edition, delayed to July 2021 by the virus, where Titane triumphed") is said of the
edition: the win is at that edition, and the passage's edition (which a later "that
festival" borrows) is that one, not one an earlier paragraph named.

Sentences are written for these tests; the facts are the default KB's (the 74th Cannes Film
Festival ran 2021-07-06 to 2021-07-17; the 76th opened 2023-05-16)."""
from __future__ import annotations

import reelcheck

TEXT = ("Anatomy of a Fall won at the 76th Cannes Film Festival in 2023.\n\n"
        "Critics still talk about the 74th edition, delayed to July 2021 by the virus, where "
        "Titane triumphed. That festival began on {}.")


def starts(day, kb):
    return [(c.subject.label, c.verdict) for c in
            reelcheck.check(TEXT.format(day), kb=kb).claims if c.predicate == "start_date"]


def test_that_festival_is_the_edition_the_where_clause_hangs_on(default_kb):
    assert starts("July 6, 2021", default_kb) == [("74th Cannes Film Festival", "supported")]
    got = starts("July 8, 2021", default_kb)
    assert got and got[0][0] == "74th Cannes Film Festival" and got[0][1] != "supported"


def test_a_numbered_edition_is_the_show_where_the_winner_won_it(default_kb):
    # the passage's last show is the Oscars, which had a 74th too; Titane's record is Cannes'
    text = ("Parasite went from Cannes to conquer the Oscars the next winter.\n\n"
            "Critics still talk about the 74th edition, delayed to July 2021 by the virus, "
            "where Titane triumphed. That festival began on July 6, 2021.")
    got = [(c.subject.label, c.verdict) for c in reelcheck.check(text, kb=default_kb).claims
           if c.predicate == "start_date"]
    assert got == [("74th Cannes Film Festival", "supported")]
