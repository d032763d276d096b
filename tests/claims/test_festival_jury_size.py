"""How many sat on a festival's jury (claims/festivals.py `jury_size_token`, `_jury_sizes`;
verify/festivals.py `jury_size`): "the nine-member jury", "a nine-strong jury", "a jury of
nine", "its eight members" (members besides the president), checked against the edition's
complete jury (the 77th Cannes jury, nine with Greta Gerwig, kb/factsheets/juries.yaml); a
jury of a section is not the festival's, and the size is the jury's claim, not an unread
number of the prize the jury gave. Sentences are written for these tests."""
from __future__ import annotations

import reelcheck


def sizes(text, kb):
    return [(c.verdict, c.text) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "jury_size"]


def test_the_size_of_a_complete_jury_is_checked(default_kb):
    assert sizes("The nine-member jury at the 77th Cannes Film Festival met in May.",
                 default_kb) == [("supported", "nine-member jury")]
    assert sizes("Greta Gerwig led a jury of nine at the 77th Cannes Film Festival.",
                 default_kb) == [("supported", "jury of nine")]
    got = sizes("The seven-member jury at the 77th Cannes Film Festival met in May.", default_kb)
    assert got == [("refuted", "seven-member jury")]


def test_members_may_be_counted_without_the_president(default_kb):
    got = sizes("At the 77th Cannes Film Festival, the jury's eight members sat beside Greta "
                "Gerwig.", default_kb)
    assert got == [("supported", "eight members")]
    got = sizes("At the 77th Cannes Film Festival, the jury's six members sat beside Greta "
                "Gerwig.", default_kb)
    assert got == [("refuted", "six members")]


def test_the_edition_is_the_one_that_seated_the_members_named(default_kb):
    got = sizes("Cannes, for a fortnight in May: the nine-member jury included Omar Sy and "
                "Eva Green.", default_kb)
    assert got == [("supported", "nine-member jury")]


def test_a_section_jury_is_another_jury(default_kb):
    assert sizes("The five-member short film jury at the 77th Cannes Film Festival met on "
                 "Monday.", default_kb) == []


def test_the_size_of_the_jury_does_not_keep_its_prize_open(default_kb):
    r = reelcheck.check("Greta Gerwig's nine-strong jury gave the Palme d'Or to Anora.",
                        kb=default_kb)
    prize = [c for c in r.claims if c.category == "award"]
    assert prize and all(c.verdict == "supported" for c in prize), \
        [(c.text, c.explanation) for c in prize]
