"""A part in another film, and the part a credit names (claims/cast.py `_clause_film`,
claims/filmography.py `_role_named`). Sentences are written for these tests; the facts are the
default KB's (Yura Borisov plays Igor in Anora; Mikey Madison's career notes name her parts in
Scream and Once Upon a Time in Hollywood; Karren Karagulian's name his part in Tangerine).
"Rupert Quill", "Harbour Lights" and the part "Fyodor" are invented: the KB lacks them."""
from __future__ import annotations

import pytest

import reelcheck


def verdicts(text, kb, kind):
    return [(c.subject.id if c.subject else None, c.verdict)
            for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == kind or c.category == kind]


@pytest.mark.parametrize("text, char", [
    # the film the clause names is not the one the KB's character is in: never a support
    ("Yura Borisov played Igor in Compartment No. 6.", "igor"),
    ("In Tangerine, Karren Karagulian plays Toros.", "toros"),
    ("Mikey Madison was cast as Ani in Scream.", "anora-mikheeva"),
    # a title the parser splits into clauses of its own still names the film
    ("Madison starred as Ani in Once Upon a Time in Hollywood (2019).", "anora-mikheeva"),
    # ... nor a refutation: another film's part of the same name is not the KB's
    ("Rupert Quill plays Igor in Red Rocket.", "igor"),
])
def test_a_part_in_another_film_is_left_open(default_kb, text, char):
    assert verdicts(text, default_kb, "played_by") == [(char, "not_enough_info")]


@pytest.mark.parametrize("text, char", [
    ("Yura Borisov plays Igor in Anora.", "igor"),
    ("In Sean Baker's Anora, Karren Karagulian plays Toros.", "toros"),
    ("Madison, who plays Ani in Anora, hosted Saturday Night Live.", "anora-mikheeva"),
])
def test_a_part_in_its_own_film_is_still_judged(default_kb, text, char):
    assert verdicts(text, default_kb, "played_by") == [(char, "supported")]


def test_a_wrong_player_in_the_part_s_own_film_is_still_refuted(default_kb):
    assert verdicts("In Anora, Karren Karagulian plays Garnick.", default_kb,
                    "played_by") == [("garnick", "refuted")]


@pytest.mark.parametrize("text, verdict", [
    # the part a career note names confirms the credit with its part
    ("Madison played Amber Freeman in Scream.", "supported"),
    ("Mikey Madison played the killer Amber Freeman in Scream.", "supported"),
    ("Karren Karagulian played Razmik in Tangerine.", "supported"),
    ("Yura Borisov played Ljoha, a Russian miner, in Compartment No. 6.", "supported"),
    # a part of the person's own KB character in that film
    ("Mark Eydelshteyn played Vanya in Anora.", "supported"),
    # a part the career notes give another of the person's films, while the note on this one
    # names another part: the credits are swapped (verify/filmography.py)
    ("Madison played Susan Atkins in Scream.", "refuted"),
    # a part no note names: the credit is open, never refuted
    ("Yura Borisov played Igor in Compartment No. 6.", "not_enough_info"),
    ("Yura Borisov played the guard Fyodor in Compartment No. 6.", "not_enough_info"),
    # a common noun is no part's name: the credit alone
    ("Yura Borisov played the title role in Kalashnikov.", "supported"),
])
def test_the_part_a_credit_names_is_a_slot(default_kb, text, verdict):
    got = verdicts(text, default_kb, "filmography")
    assert got and got[0][1] == verdict, got


def test_a_part_in_a_film_the_kb_lacks_is_never_refuted(default_kb):
    got = verdicts("Mikey Madison played Nell Arden in Harbour Lights.", default_kb,
                   "filmography")
    assert all(v != "refuted" for _, v in got)


def members(text, kb):
    return [(c.slots.get("subject"), c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "cast" and c.slots.get("kind") == "filmography"]


@pytest.mark.parametrize("text, expected", [
    # the lead's partners after 'alongside' / 'opposite' are cast members too
    ("Anora stars Mikey Madison alongside Mark Eydelshteyn and Yura Borisov.",
     [("mikey-madison", "supported"), ("mark-eydelshteyn", "supported"),
      ("yura-borisov", "supported")]),
    ("Mikey Madison stars opposite Mark Eydelshteyn in Anora.",
     [("mark-eydelshteyn", "supported")]),
    # a hyphenated participle the parser splits ("co", "-", "starring") still hangs on the film
    ("Anora, co-starring Yura Borisov and Karren Karagulian, won the Palme d'Or.",
     [("yura-borisov", "supported"), ("karren-karagulian", "supported")]),
    # a list verb whose subject is the film's cast
    ("The cast of Anora includes Mikey Madison, Mark Eydelshteyn and Yura Borisov.",
     [("mikey-madison", "supported"), ("mark-eydelshteyn", "supported"),
      ("yura-borisov", "supported")]),
    ("Anora's ensemble includes Vache Tovmasyan.", [("vache-tovmasyan", "supported")]),
])
def test_cast_lists_in_other_words(default_kb, text, expected):
    assert members(text, default_kb) == expected


def test_a_cast_list_never_refutes_and_skips_names_the_kb_lacks(default_kb):
    assert members("Anora stars Mikey Madison alongside Rupert Quill.", default_kb) == [
        ("mikey-madison", "supported")]
    assert members("Anora's cast includes Drew Daniels.", default_kb) == [
        ("drew-daniels", "not_enough_info")]
    # a list verb of something else is no cast list
    assert members("The Oscar haul of Anora includes Best Picture.", default_kb) == []


@pytest.mark.parametrize("text, verdict", [
    # an Academy nomination for the work that names the very part is the credit with its part
    ("Willem Dafoe played Bobby in The Florida Project.", "supported"),
    # the record's accents do not matter
    ("Adrien Brody played Laszlo Toth in The Brutalist.", "supported"),
    # another part, or another film: open, never refuted
    ("Willem Dafoe played Halley in The Florida Project.", "not_enough_info"),
    ("Willem Dafoe played Bobby in Tangerine.", "not_enough_info"),
])
def test_a_part_named_by_a_nomination(default_kb, text, verdict):
    got = verdicts(text, default_kb, "filmography")
    assert got and got[0][1] == verdict, got


@pytest.mark.parametrize("text, verdict", [
    # a year on the credit's verb is the film's: one the KB gives it confirms the credit
    ("Anora comes from Sean Baker, who also directed Tangerine in 2015.", "supported"),
    ("In 2021, Sean Baker directed Red Rocket.", "supported"),
    ("Red Rocket, which Sean Baker directed in 2021, starred Simon Rex.", "supported"),
    # another year is left open (production, premiere and release years differ)
    ("Sean Baker directed Red Rocket in 2019.", "not_enough_info"),
    ("Anora comes from Sean Baker, who also directed Tangerine in 2012.", "not_enough_info"),
])
def test_a_year_on_a_crew_verb_is_the_film_s(default_kb, text, verdict):
    got = [c.verdict for c in reelcheck.check(text, kb=default_kb).claims
           if c.predicate == "director" and c.subject and c.subject.id in ("tangerine", "red-rocket")]
    assert got == [verdict]
