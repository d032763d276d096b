"""'A won Best Actor, B Best Supporting Actor (for W)': a part of a clause whose verb was left
out names a new winner and a prize of its own. The prize is the part's, never the first
part's (claims/frames.py `_remnants`, `_part_prize`); the first part does not list it as a
second prize of its own (claims/awards/ `_awards`, apposed categories); and a category phrase the
parser hung a name on is accounted for as its own words (accounting.py). The same holds for
a part the parser set under a root of its own (`_stray_pieces`), a part set off by a comma
after its winner ("B, Best Supporting Actor"), and a film's prize after a film's
(`_gapped_subjects`). Before, the part took the first part's prize, or the first part's
winner took the part's prize, and a true sentence was refuted. Sentences are written for
these tests; the facts are the default KB's Oscar record."""
from __future__ import annotations

from tests.helpers.award_claims import awards


def _read(text, kb):
    return [(c.verdict, c.slots.get("subject"), c.slots.get("award")) for c in awards(text, kb)]


def test_a_bare_gapped_part_keeps_its_own_category(default_kb):
    got = _read("At the 97th Academy Awards, Adrien Brody won Best Actor, Kieran Culkin Best "
                "Supporting Actor.", default_kb)
    assert got == [("supported", "adrien-brody", "academy-award-for-best-actor"),
                   ("supported", "kieran-culkin", "academy-award-for-best-supporting-actor")], got


def test_a_gapped_part_with_its_own_film_keeps_its_own_category(default_kb):
    got = _read("At the 97th Academy Awards, Adrien Brody won Best Actor for The Brutalist, "
                "Kieran Culkin Best Supporting Actor for A Real Pain.", default_kb)
    assert [v for v, _, _ in got] == ["supported", "supported"], got
    assert got[1][2] == "academy-award-for-best-supporting-actor", got


def test_a_wrong_part_is_refuted_on_its_own_slots(default_kb):
    # Guy Pearce was up for Best Supporting Actor that night and lost to Culkin
    got = _read("At the 97th Academy Awards, Adrien Brody won Best Actor, Guy Pearce Best "
                "Supporting Actor.", default_kb)
    assert got[0][0] == "supported" and got[1][:2] == ("refuted", "guy-pearce"), got
    got = [c for c in awards("At the 97th Academy Awards, Adrien Brody won Best Actor for The "
                             "Brutalist, Kieran Culkin Best Supporting Actor for Anora.",
                             default_kb)]
    assert [c.verdict for c in got] == ["supported", "refuted"], got
    assert "A Real Pain" in got[1].explanation, got[1].explanation


def test_semicolon_list_of_winners_and_prizes(default_kb):
    got = _read("At the 97th Academy Awards, Sean Baker collected Best Director; Kieran Culkin, "
                "Best Supporting Actor; and Zoe Saldaña, Best Supporting Actress.", default_kb)
    assert got == [
        ("supported", "sean-baker", "academy-award-for-best-director"),
        ("supported", "kieran-culkin", "academy-award-for-best-supporting-actor"),
        ("supported", "zoe-saldana", "academy-award-for-best-supporting-actress")], got


def test_a_part_the_parser_rooted_apart_is_read(default_kb):
    got = _read("At the 96th Academy Awards, Emma Stone won Best Actress for Poor Things, and "
                "Da'Vine Joy Randolph Best Supporting Actress for The Holdovers.", default_kb)
    assert [v for v, _, _ in got] == ["supported", "supported"], got
    assert got[1][1:] == ("da-vine-joy-randolph", "academy-award-for-best-supporting-actress"), got


def test_a_films_gapped_prize_is_its_own(default_kb):
    got = _read("At the 96th Academy Awards, Oppenheimer won Best Picture and Poor Things Best "
                "Production Design.", default_kb)
    assert [v for v, _, _ in got] == ["supported", "supported"], got
    assert got[1][1] != got[0][1], got
    got = _read("At the 96th Academy Awards, Oppenheimer won Best Picture and Barbie Best "
                "Production Design.", default_kb)
    assert got[0][0] == "supported" and got[1][0] != "supported", got


def test_every_part_of_a_three_part_list_is_read(default_kb):
    # (a part opening with the list's "and" is a part too, and the parting leaves no
    # coordinated subject unread)
    got = _read("At the 96th Academy Awards, Christopher Nolan won Best Director, Cillian Murphy "
                "Best Actor, and Robert Downey Jr. Best Actor.", default_kb)
    assert got == [("supported", "christopher-nolan", "academy-award-for-best-director"),
                   ("supported", "cillian-murphy", "academy-award-for-best-actor"),
                   ("refuted", "robert-downey-jr", "academy-award-for-best-actor")], got
