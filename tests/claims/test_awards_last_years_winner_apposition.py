""""last year's winner" set after a name dates that name's prize one edition before the
passage's (lexicon `qualifiers.edition_shift_bare`, claims/awards/times.py `_shift`), and only
that prize: the main clause's own prize keeps the passage's night. A shift with no edition to
count from leaves the claim open, naming it. Sentences are written for these tests; the
facts are the default KB's (the complete Oscar record)."""
from __future__ import annotations

import reelcheck

LEAD = "The 97th Academy Awards were held on March 2, 2025. "


def verdicts(text, kb):
    r = reelcheck.check(LEAD + text, kb=kb)
    return {c.text: (c.verdict, c.explanation) for c in r.claims
            if c.start >= len(LEAD) and c.category == "award"}


def test_last_years_winner_is_the_edition_before(default_kb):
    got = verdicts("Cillian Murphy, last year's best actor winner, read the nominees.",
                   default_kb)
    assert [v for v, _e in got.values()] == ["supported"], got
    wrong = verdicts("Brendan Fraser, last year's best actor winner, read the nominees.",
                     default_kb)
    assert [v for v, _e in wrong.values()] == ["refuted"], wrong
    assert "96th" in next(iter(wrong.values()))[1]


def test_the_shift_stays_with_its_noun(default_kb):
    got = verdicts("Frances McDormand, last year's best actress winner, handed the award to "
                   "Mikey Madison.", default_kb)
    assert got.get("handed the award to Mikey Madison", ("?",))[0] == "supported", got


def test_in_the_last_year_is_no_edition_before(default_kb):
    got = verdicts("In the last year, Mikey Madison won best actress.", default_kb)
    assert [v for v, _e in got.values()] == ["supported"], got


def test_a_shift_with_nothing_to_count_from_leaves_the_claim_open(default_kb):
    r = reelcheck.check("Emma Stone, the previous year's best actress winner, read the "
                        "nominees.", kb=default_kb)
    got = [(c.verdict, c.explanation) for c in r.claims if c.category == "award"]
    assert got and all(v == "not_enough_info" for v, _e in got), got


def test_last_years_winner_in_a_later_paragraph_counts_from_the_pieces_event(default_kb):
    lead = "CANNES — The 77th Cannes Film Festival ended on May 25 with the Palme going to Anora.\n\n"
    for film, want in (("Anatomy of a Fall", "supported"), ("Titane", "not_enough_info")):
        r = reelcheck.check(lead + f"Last year's winner, {film}, was shown again on the beach.",
                            kb=default_kb)
        got = [c.verdict for c in r.claims if c.start >= len(lead) and c.category == "award"]
        assert got == [want], (film, [(c.text, c.explanation) for c in r.claims])
