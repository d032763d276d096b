"""Credits said in passing (issue 11): in an aside, a title's list of films, a bracket after a
name in a line about a prize. Each reads every film it names, and a film the person did not
make is never supported. Sentences are written for these tests."""
from __future__ import annotations

import reelcheck

from credit_claims import crew_claims, filmography_claims as films


# -- a person's list of films does not borrow a note about another film's prize --------------
def test_a_note_on_a_listed_films_prize_does_not_support_the_credit(default_kb):
    # the note on Marty's Palme holds "Marty" and "won the Palme", not that Baker made it
    got = films("Sean Baker, whose previous films include Red Rocket and Marty, won the "
                "Palme.", default_kb)
    marty = [c for c in got if c.slots.get("work") == "marty-1955-film"]
    assert marty and all(c.verdict != "supported" for c in marty), got
    # (his own films listed so are still supported)
    got = films("Sean Baker, whose previous films include Red Rocket and The Florida Project, "
                "won the Palme.", default_kb)
    assert len(got) == 2 and all(c.verdict == "supported" for c in got), got


# -- "the director of X and Y": every film of the title's list ----------------------------
def test_each_film_after_a_title_is_a_credit(default_kb):
    got = crew_claims("Baker, the director of Tangerine and The Florida Project, collected "
                      "the Palme for Anora.", default_kb)
    assert [c.verdict for c in got] == ["supported"], got
    assert "Florida Project" in got[0].text, got


def test_a_listed_film_someone_else_directed_is_refuted(default_kb):
    # Marty's director credit is whole (its Best Director nomination names it)
    got = crew_claims("Baker, the director of Tangerine and Marty, collected the Palme for "
                      "Anora.", default_kb)
    assert [c.verdict for c in got] == ["refuted"], got
    assert "Delbert Mann" in got[0].explanation, got
    # (a list that runs on into no film adds nothing to the credit)
    got = crew_claims("Baker, the director of Tangerine and a dozen shorts, collected the "
                      "Palme for Anora.", default_kb)
    assert [c.verdict for c in got] == ["supported"], got


# -- a bracket of several films after a winner's name ----------------------------------------
def test_a_bracket_of_films_after_a_winner_lists_credits(default_kb):
    got = films("Sean Baker (Tangerine, The Florida Project) collected the Palme d'Or for "
                "Anora.", default_kb)
    assert sorted(c.slots.get("work") for c in got if c.verdict == "supported") == [
        "tangerine", "the-florida-project"], got


def test_a_film_in_the_bracket_the_person_did_not_make_is_not_supported(default_kb):
    got = films("Sean Baker (Tangerine, Marty) collected the Palme d'Or for Anora.", default_kb)
    marty = [c for c in got if c.slots.get("work") == "marty-1955-film"]
    assert marty and marty[0].verdict == "not_enough_info", got
    # (one film after a nominee is still the one she is up for, no credit line)
    got = films("Best Actress nominee Mikey Madison (Anora) is the favourite.", default_kb)
    assert not got, got


# -- "she" after a sentence whose subject calls someone else "her" -------------------------
def test_she_after_an_object_her_goes_on_about_that_her(default_kb):
    # Tarantino's gender is not in the KB: "cast her" says the her is not him, so the next
    # "she" is Madison, whose credits hold Scream (not Tarantino's: no note of his says so)
    # (a paragraph on, where Madison is not named)
    text = ("Mikey Madison spent her teens riding horses in the Valley.\n\nQuentin Tarantino "
            "then cast her as Sadie in Once Upon a Time in Hollywood. She followed it with "
            "Scream.")
    got = [c for c in films(text, default_kb) if c.slots.get("work") == "scream-2022-film"]
    assert [(c.slots.get("subject"), c.verdict) for c in got] == [
        ("mikey-madison", "supported")], got


# -- a cast noun opens the sentence to the cast family --------------------------------------
def test_an_ensemble_that_features_names_lists_the_cast(default_kb):
    text = ("Anora took the Palme d'Or in 2024. The ensemble features Mikey Madison, Mark "
            "Eydelshteyn and Kieran Culkin.")
    got = {c.text.split()[-1]: c.verdict for c in reelcheck.check(text, kb=default_kb).claims
           if c.category == "cast"}
    assert got.get("Eydelshteyn") == "supported", got
    # (a name the film's cast list does not hold is left open: that list is not whole)
    assert got.get("Culkin") == "not_enough_info", got


# -- "co-star", "in Anora" and a name set off after them ------------------------------------
def _parts(text, kb):
    return [(c.subject.id, c.slots.get("actor") or (c.object.id if hasattr(c.object, "id")
                                                    else c.object), c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.predicate == "played_by"]


def test_a_name_set_off_after_a_hyphenated_title_is_its_subject(default_kb):
    got = [v for _c, _a, v in _parts("Madison's co-star, Mark Eydelshteyn, plays Vanya.",
                                      default_kb)]
    assert got == ["supported"], got
    got = [v for _c, _a, v in _parts("Madison's co-star, Yura Borisov, plays Vanya.",
                                      default_kb)]
    assert got == ["refuted"], got


def test_a_name_set_off_after_a_film_in_a_phrase_is_the_phrase_nouns(default_kb):
    got = [v for _c, _a, v in _parts("His scene partner in Anora, Mikey Madison, plays Ani.",
                                      default_kb)]
    assert got == ["supported"], got
    got = [v for _c, _a, v in _parts("His scene partner in Anora, Mikey Madison, plays "
                                      "Vanya.", default_kb)]
    assert got == ["refuted"], got


# -- "starring" set off by brackets, dashes or at the head of the sentence --------------------
def _cast(text, kb):
    return {(c.slots.get("subject"), c.slots.get("work")): c.verdict
            for c in reelcheck.check(text, kb=kb).claims
            if c.category == "cast" and c.predicate == "notable_work"}


def test_a_bracketed_or_dashed_starring_phrase_is_the_films_cast(default_kb):
    got = _cast("Anora (starring Mikey Madison) opened in October.", default_kb)
    assert got == {("mikey-madison", "anora-2024-film"): "supported"}, got
    got = _cast("Anora \u2014 starring Mikey Madison, Mark Eydelshteyn and Yura Borisov "
                "\u2014 opened in October.", default_kb)
    assert len(got) == 3 and set(got.values()) == {"supported"}, got


def test_a_starring_phrase_opening_the_sentence_is_the_subjects_cast(default_kb):
    got = _cast("Starring Darya Ekamasova and Aleksei Serebryakov, Anora sends two parents "
                "to Brooklyn.", default_kb)
    assert got == {("darya-ekamasova", "anora-2024-film"): "supported",
                   ("aleksei-serebryakov", "anora-2024-film"): "supported"}, got


def test_a_name_set_off_after_a_credit_noun_holds_the_credit(default_kb):
    # the possessor of "co-star" is the partner; the name set off after it is the star
    got = films("Her co-star in Anora, Mark Eydelshteyn, had never acted in English.",
                default_kb)
    assert [(c.slots.get("subject"), c.verdict) for c in got] == [
        ("mark-eydelshteyn", "supported")], got
    got = films("Her co-star in Leviathan, Mark Eydelshteyn, had never acted in English.",
                default_kb)
    assert [(c.slots.get("subject"), c.verdict) for c in got] == [
        ("mark-eydelshteyn", "not_enough_info")], got
