"""No support that ignores a stated slot: a sentence that states a fact the KB holds plus one
slot that is wrong, or that the KB cannot judge, is refuted (the KB complete for that slot) or
not_enough_info naming the slot -- never supported. The same shapes with every slot right stay
supported.

Sentences are written for these tests; the facts are the default KB's (Anora: a $6 million
budget, 139 minutes, Kieran Culkin's supporting-actor Oscar for A Real Pain, Toros is Vanya's
godfather and Garnick Toros's brother, Samantha Quan is Sean Baker's wife). Names such as
Velvet Harbors are invented.
"""
from __future__ import annotations

import reelcheck


def claims(text, kb):
    return reelcheck.check(text, kb=kb).claims


def verdicts(text, kb, kind=None):
    return [c.verdict for c in claims(text, kb) if kind is None or c.slots.get("kind") == kind
            or c.category == kind]


def no_support(text, kb):
    got = claims(text, kb)
    assert got, f"no claim in {text!r}"
    assert "supported" not in [c.verdict for c in got], [(c.text, c.verdict, c.explanation)
                                                         for c in got]
    return got


# -- the work of a win, after the prize's full name --------------------------------------------

def test_a_work_after_the_prize_name_is_the_win_s_work(default_kb):
    # the parser hangs "for Anora" on "Actor": it is still the work the win was for
    got = no_support("Kieran Culkin won the Oscar for Best Supporting Actor for Anora.",
                     default_kb)
    assert any(c.verdict == "refuted" and "A Real Pain" in c.explanation for c in got)
    got = no_support("Mikey Madison took the Academy Award for Best Actress for The Substance "
                     "in 2025.", default_kb)
    assert any(c.verdict == "refuted" for c in got)
    # a title the KB lacks is not refuted, and not supported either
    got = no_support("Kieran Culkin won the Oscar for Best Supporting Actor for Velvet Harbors.",
                     default_kb)
    assert all(c.verdict == "not_enough_info" for c in got)
    # the true work keeps the support
    assert "supported" in verdicts("Kieran Culkin won the Oscar for Best Supporting Actor for A "
                                   "Real Pain.", default_kb)
    assert "supported" in verdicts("Mikey Madison took the Academy Award for Best Actress for "
                                   "Anora in 2025.", default_kb)


# -- a number in a description set off by commas -----------------------------------------------

def test_a_number_in_a_descriptive_apposition_is_a_slot(default_kb):
    # a figure no reader judges is the description's own open claim, never supported; the
    # win is judged on its own slots (claims/descriptions.py `entity_description_claims`)
    got = claims("Anora, a 180-page comedy, won the Palme d'Or.", default_kb)
    own = [c for c in got if c.slots.get("kind") == "entity_description"]
    assert [c.verdict for c in own] == ["not_enough_info"] and "180" in own[0].explanation
    assert [c.verdict for c in got if c.slots.get("kind") == "award"] == ["supported"]
    # a length on a kind of film is the film's runtime, judged by a claim of its own
    got = claims("Anora, a 180-minute comedy, won the Palme d'Or.", default_kb)
    assert [c.verdict for c in got if c.category == "runtime"] == ["not_enough_info"]
    got = claims("Anora, a 139-minute comedy, won the Palme d'Or.", default_kb)
    assert [c.verdict for c in got] == ["supported", "supported"]
    # a description that says the budget wrong is refuted by its own claim
    got = claims("Anora, a $16 million production, won the Palme d'Or.", default_kb)
    assert any(c.category == "money" and c.verdict == "refuted" for c in got)
    # a year its own claim judged keeps the win's support
    got = claims("Anora, the 2024 film by Sean Baker, won the Palme d'Or.", default_kb)
    assert [c.verdict for c in got if c.slots.get("kind") == "award"] == ["supported"]


# -- a figure on another film's name -----------------------------------------------------------

def test_another_film_s_figure_is_not_the_subject_s(default_kb):
    got = claims("Anora, which cost $6 million, earned more than Conclave's $30 million.",
                 default_kb)
    assert "refuted" not in [c.verdict for c in got], [(c.text, c.explanation) for c in got]
    assert any(c.verdict == "supported" and "$6 million" in c.text for c in got)
    got = claims("Anora grossed far less than Oppenheimer's $975 million.", default_kb)
    assert "refuted" not in [c.verdict for c in got]


# -- a figure more precise than the KB's round one ---------------------------------------------

def test_a_finer_figure_than_the_kb_s_round_one_is_not_decided(default_kb):
    for text in ("Anora had a budget of $6.5 million.",
                 "Sean Baker made Anora for $6.4 million.",
                 "By mid-March 2025, Anora had grossed $52.4 million worldwide."):
        got = no_support(text, default_kb)
        assert any("round figure" in c.explanation for c in got), text
    # the round figure itself, a rounder one, and a hedged one keep the support
    for text in ("Anora had a budget of $6 million.",
                 "Anora had a budget of $6,000,000.",
                 "By mid-February 2025, Anora had grossed $34 million worldwide.",
                 "Anora had a budget of about $6.3 million."):
        assert "supported" in verdicts(text, default_kb), text
    # a figure far off is still refuted
    assert "refuted" in verdicts("Anora was made on a budget of $16 million.", default_kb)


# -- a tie between two people in apposition ----------------------------------------------------

def test_a_tie_in_apposition_is_a_slot(default_kb):
    for text, tie in (("Toros, Vanya's uncle, is sent to end the marriage.", "uncle"),
                      ("Igor, Toros's brother, is sent to end the marriage.", "brother"),
                      ("Samantha Quan, Sean Baker's sister, produced Anora.", "sister")):
        got = no_support(text, default_kb)
        assert any(tie in c.explanation and "not checked" in c.explanation for c in got), text
    # the KB's own ties keep the support
    for text in ("Toros, Vanya's godfather, is sent to end the marriage.",
                 "Garnick, Toros's brother, is sent to end the marriage.",
                 "Samantha Quan, Sean Baker's wife, produced Anora."):
        assert "supported" in verdicts(text, default_kb), text
    # a pronoun's tie is the passage's: not read as a slot
    assert "supported" in verdicts("Sean Baker directed Anora. Samantha Quan, his wife, "
                                   "produced Anora.", default_kb)


# -- a rival beaten in a participle ------------------------------------------------------------

def test_a_rival_in_a_participle_is_a_slot_of_the_win(default_kb):
    for text, rival in (("Anora won Best Picture, beating Oppenheimer and Emilia Perez.",
                         "Oppenheimer"),
                        ("Anora won Best Picture, edging out Oppenheimer.", "Oppenheimer")):
        got = no_support(text, default_kb)
        assert any(rival in c.explanation for c in got), text
    # rivals that were in the race keep the support
    for text in ("Anora won Best Picture, beating The Brutalist and Emilia Perez.",
                 "Anora won Best Picture, edging out Conclave.",
                 "Mikey Madison won Best Actress, defeating Demi Moore."):
        assert "supported" in verdicts(text, default_kb), text


# -- the company that did it ---------------------------------------------------------------------

def test_a_company_doing_what_the_clause_tells_is_a_slot(default_kb):
    # a distributor the KB does not tie to the film: the release date alone does not decide
    # it; its release in its home market (A24: the United States) has another distributor
    for text in ("Anora was released by A24 on October 18, 2024.",
                 "A24 released Anora on October 18, 2024."):
        got = reelcheck.check(text, kb=default_kb).claims
        assert any(c.verdict == "refuted" and "A24" in c.explanation for c in got), text
    # the film's own distributors keep the support (its US one, its French one)
    for text in ("Anora was released by Neon on October 18, 2024.",
                 "Neon released Anora on October 18, 2024.",
                 "Anora was released in France by Le Pacte on October 30, 2024."):
        assert "supported" in verdicts(text, default_kb), text


# -- where a character lives or works ------------------------------------------------------------

def test_a_place_the_story_tells_otherwise_is_not_supported_by_a_note(default_kb):
    # the story has Ani work in Manhattan and live in Brighton Beach: places swapped or moved
    # are neither refuted nor supported by the note that shares the other words
    for text in ("Ani works at a Brooklyn strip club and lives in Manhattan.",
                 "Ani works in Brighton Beach.",
                 "Ani, a Queens stripper, meets Vanya."):
        got = no_support(text, default_kb)
        assert all(c.verdict == "not_enough_info" for c in got), text
    for text in ("Ani works at a Manhattan strip club and lives in Brighton Beach.",
                 "Ani works at a club in Manhattan and lives in Brighton Beach.",
                 "Ani lives in Brooklyn."):
        got = claims(text, default_kb)
        assert got and all(c.verdict == "supported" for c in got), text


# -- who does the deed a note tells ----------------------------------------------------------------

def test_a_deed_with_the_doer_swapped_is_not_supported_by_the_note(default_kb):
    # the note's parse may tag its doer a common noun ("At the end Igor drives ..."): still a name
    got = claims("At the end, Ani drives Igor home and returns his wedding ring.", default_kb)
    assert "supported" not in [c.verdict for c in got], [(c.text, c.explanation) for c in got]
    got = claims("At the end, Igor drives Ani home and returns her wedding ring.", default_kb)
    assert "supported" in [c.verdict for c in got]


def test_a_deed_the_note_names_only_as_a_modifier_is_not_supported(default_kb):
    # the ending note's "wedding ring" is a ring: it tells no wedding of Ani and Igor
    got = claims("Ani marries Igor, the son of a Russian oligarch, in Las Vegas.", default_kb)
    assert "supported" not in [c.verdict for c in got], [(c.text, c.explanation) for c in got]
    assert "supported" in verdicts("Ani and Vanya marry at a chapel in Las Vegas.", default_kb)
