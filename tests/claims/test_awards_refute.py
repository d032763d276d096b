"""False award sentences the default KB decides (the whole Oscar record, the Palme d'Or list),
in varied packaging: each false in one slot must be refuted, the true ones of the same shapes
supported, names the KB lacks never refuted, and a year or count of another clause never used.

The passages open with a line naming the Oscars, as articles do; the sentences are written for
these tests."""
from __future__ import annotations

import pytest

import reelcheck

OSCARS = "Oscar history is full of surprises. "


def award_verdicts(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [c.verdict for c in r.claims if c.category in ("award", "count")]


FALSE = [
    # a year modifying the prize inside one NER span ("the 1993 Palme d'Or")
    "Pulp Fiction won the 1993 Palme d'Or.",
    "The 1993 Palme d'Or went to Pulp Fiction.",
    "Shoplifters, winner of the 2017 Palme d'Or, is a family drama.",
    # a rival with "over" on the win (or on its object), and "beat ... to" a category
    OSCARS + "Saving Private Ryan won Best Picture over Shakespeare in Love.",
    OSCARS + "Shakespeare in Love was crowned Best Picture over Titanic.",
    OSCARS + "Glenn Close beat Olivia Colman to Best Actress.",
    OSCARS + "Timothée Chalamet won Best Actor over Gary Oldman.",
    # a category the person's complete record never holds, no edition named
    OSCARS + "Adrien Brody won Best Supporting Actor.",
    OSCARS + "Meryl Streep won Best Director.",
    OSCARS + "Glenn Close was nominated for Best Director.",
    # slots already read before this round, kept from regressing
    OSCARS + "Parasite won Best Picture at the 80th Academy Awards.",
    OSCARS + "Joaquin Phoenix won Best Director for Joker.",
    OSCARS + "The Hurt Locker won Best Picture in 2005.",
    OSCARS + "Crash lost Best Picture to Brokeback Mountain.",
    OSCARS + "Natalie Portman won Best Actress for Jackie.",
    OSCARS + "Titanic won five Oscars.",
    OSCARS + "Daniel Day-Lewis is a two-time winner of the Academy Award for Best Actor.",
    OSCARS + "Best Director went to Alfonso Cuarón for Gravity at the 85th Academy Awards.",
    OSCARS + "Best Supporting Actress: Anne Hathaway (The Fighter)",
    "Titane won the Palme d'Or in 2019.",
]

TRUE = [
    "Pulp Fiction won the 1994 Palme d'Or.",
    "Shoplifters, winner of the 2018 Palme d'Or, is a family drama.",
    OSCARS + "Shakespeare in Love was crowned Best Picture over Saving Private Ryan.",
    OSCARS + "Gary Oldman won Best Actor over Timothée Chalamet.",
    OSCARS + "Olivia Colman beat Glenn Close to Best Actress.",
    OSCARS + "Meryl Streep won Best Supporting Actress.",
    OSCARS + "Glenn Close was nominated for Best Supporting Actress.",
    OSCARS + "Kathryn Bigelow won Best Director for The Hurt Locker.",
]

UNKNOWN = [
    OSCARS + "Marta Velloso won Best Actress.",
    OSCARS + "Marta Velloso won Best Actress for The Glass Harbor.",
    OSCARS + "The Quiet Orchard was nominated for three Academy Awards.",
    OSCARS + "Elena Szabo is a two-time Oscar nominee.",
    "Director Tomas Reindl won the Grand Prix at Cannes for Winter Lanterns.",
]

OTHER_CLAUSE = [
    OSCARS + "Parasite, released in 2019, won Best Picture at the 92nd Academy Awards.",
    OSCARS + "Kathryn Bigelow, who started directing in 1982, won Best Director for The Hurt "
             "Locker.",
    OSCARS + "Moonlight won Best Picture, and Barry Jenkins signed three new projects the "
             "following year.",
    OSCARS + "Moonlight won over critics and then took Best Picture.",
]


@pytest.mark.parametrize("text", FALSE)
def test_false_in_one_slot_is_refuted(text, default_kb):
    got = award_verdicts(text, default_kb)
    assert "refuted" in got and "supported" not in got, (text, got)


@pytest.mark.parametrize("text", TRUE)
def test_true_of_the_same_shapes_is_supported(text, default_kb):
    got = award_verdicts(text, default_kb)
    assert got and all(v == "supported" for v in got), (text, got)


@pytest.mark.parametrize("text", UNKNOWN)
def test_a_name_the_kb_lacks_is_never_refuted(text, default_kb):
    got = award_verdicts(text, default_kb)
    assert "refuted" not in got and "supported" not in got, (text, got)


@pytest.mark.parametrize("text", OTHER_CLAUSE)
def test_a_year_or_count_of_another_clause_does_not_refute(text, default_kb):
    got = award_verdicts(text, default_kb)
    assert "refuted" not in got and "supported" in got, (text, got)


def test_a_category_filed_under_a_kin_name_is_not_refuted(default_kb):
    # the record may hold a win under a split or renamed category ("Cinematography (Color)",
    # "Original Story"): a career with such a win says nothing against the plain name
    for text in ("Robert Surtees won Best Cinematography.", "Ben Hecht won Best Original "
                 "Screenplay."):
        assert "refuted" not in award_verdicts(OSCARS + text, default_kb), text


def test_a_category_lent_by_another_clause_leaves_the_rivals_unread(default_kb):
    # "won A, beating Y and Z" with no edition: who was up where is the passage's to say
    got = award_verdicts("Mikey Madison won best actress at the Oscars, beating Demi Moore "
                         "and Marianne Jean-Baptiste.", default_kb)
    assert "refuted" not in got


LIST = """The 67th Academy Awards: the winners

Best Picture: Braveheart

Best Director: Robert Zemeckis (Forrest Gump)

Best Actress: Susan Sarandon (Dead Man Walking)

Best Supporting Actor: Martin Landau (Ed Wood)
"""


def test_a_list_under_a_heading_takes_the_headings_edition(default_kb):
    # each item is a win at the night the heading names, not at any night
    r = reelcheck.check(LIST, kb=default_kb)
    got = {c.text.split(":")[1].strip().split(" (")[0]: c.verdict for c in r.claims
           if c.category == "award"}
    assert got == {"Braveheart": "refuted", "Robert Zemeckis": "supported",
                   "Susan Sarandon": "refuted", "Martin Landau": "supported"}, got


def test_a_row_with_co_winners_joined_by_and_is_each_ones_win(default_kb):
    # two names joined by "and" share the row's prize; a comma list is a list of nominees
    head = "The 96th Academy Awards: the winners\n\n"
    got = award_verdicts(head + "Best Original Screenplay: Justine Triet and Arthur Harari, "
                         "Anatomy of a Fall\n", default_kb)
    assert got == ["supported"], got
    got = award_verdicts(head + "Best Director: Christopher Nolan and Emma Thomas "
                         "(Oppenheimer)\n", default_kb)
    assert got == ["refuted"], got
    assert award_verdicts(head + "Best Actress: Emma Stone, Lily Gladstone, Sandra Huller\n",
                          default_kb) == []


def test_a_list_with_no_edition_over_it_is_not_bound_to_one(default_kb):
    r = reelcheck.check("Some famous winners\n\nBest Picture: Braveheart\n\nBest Director: "
                        "Robert Zemeckis (Forrest Gump)\n", kb=default_kb)
    assert [c.verdict for c in r.claims if c.category == "award"] == ["supported", "supported"]


def test_a_participle_under_with_takes_the_prize_of_its_clause(default_kb):
    # "..., with X winning": the absolute clause's win is of the prize the main clause names
    base = OSCARS + ("Forrest Gump, Pulp Fiction and The Shawshank Redemption all competed "
                     "for Best Picture in 1995, with {} winning.")
    assert "refuted" in award_verdicts(base.format("Pulp Fiction"), default_kb)
    got = award_verdicts(base.format("Forrest Gump"), default_kb)
    assert got and all(v == "supported" for v in got)


def test_honoured_as_names_the_prize(default_kb):
    assert award_verdicts("The 67th Academy Awards honored Braveheart as Best Picture.",
                          default_kb) == ["refuted"]
    assert award_verdicts("The 68th Academy Awards honored Braveheart as Best Picture.",
                          default_kb) == ["supported"]
    assert award_verdicts(OSCARS + "The Academy recognized Sean Penn as Best Actor for 21 "
                          "Grams.", default_kb) == ["refuted"]
    # "as" naming no prize is no win
    assert award_verdicts(OSCARS + "Critics recognized Sean Penn as a leading man.",
                          default_kb) == []


def test_a_bare_definite_prize_is_the_prize_its_head_clause_names(default_kb):
    # "with X taking the prize": the prize is the category just named, at its edition
    base = OSCARS + ("Five films were nominated for Best Picture at the 67th Academy Awards, "
                     "with {} taking the prize.")
    assert award_verdicts(base.format("Pulp Fiction"), default_kb) == ["refuted"]
    assert award_verdicts(base.format("Forrest Gump"), default_kb) == ["supported"]
