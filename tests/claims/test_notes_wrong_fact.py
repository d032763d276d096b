"""A note supports a clause only when it says the clause's facts in the same roles.

The note's words may all be in the clause and still say something else: a number that counts
another noun ("its fourth trophy" against a note's "fourth film"), a modifier that says the
contrary on the same noun ("out of competition" against "main competition"), an adjective the
note puts on another noun ("his previous film" against "film ... previous best"). Such a
clause is not supported by the note, and never refuted by it. Sentences written for this test.
"""
from __future__ import annotations

import reelcheck
from reelcheck.claims.note_conflicts import _contrary, _other_count, _other_modified
from reelcheck.nlp import parse


def doc(text):
    return next(iter(parse([text])))


def claims_in(text, kb):
    return reelcheck.check(text, kb=kb).claims


def noted(text, kb):
    return [c for c in claims_in(text, kb) if c.verdict == "supported"
            and c.slots.get("kind") == "statement"]


NOTE = doc("third picture to take both the festival's grand prize and the jury award")


def test_a_number_counting_another_noun_is_another_fact():
    assert _other_count(list(doc("The Tin Lantern won the jury award, its third trophy of the week")), NOTE)
    assert _other_count(list(doc("it was his third Oscar of the evening")), NOTE)
    assert not _other_count(list(doc("The Tin Lantern became the third picture to take both prizes")), NOTE)
    assert not _other_count(list(doc("the third movie to take both")), NOTE)


def test_a_date_or_a_name_tally_is_no_count():
    note = doc("films from the festival won eleven prizes in all (The Tin Lantern 4, Gull 2)")
    assert not _other_count(list(doc("when The Tin Lantern won four prizes")), note)
    assert not _other_count(list(doc("after its win on March 4")), note)


def test_contrary_modifiers_on_the_same_noun():
    note = doc("premiere: Venice 2019 main competition")
    assert _contrary(list(doc("it premiered out of competition at Venice in 2019")), note)
    assert not _contrary(list(doc("it premiered in the main competition at Venice in 2019")), note)
    assert not _contrary(list(doc("it premiered at Venice in 2019")), note)


def test_an_adjective_the_note_puts_on_another_noun():
    note = doc("highest-earning film of her career; previous best: Harbor Lights")
    assert _other_modified(list(doc("her previous film was The Tin Lantern")), note)
    assert not _other_modified(list(doc("the highest-earning film of her career")), note)
    # a count-like adjective says one of each ("a single night", "a single film")
    note = doc("first person to win three prizes for a single film in one night")
    assert not _other_modified(list(doc("the first person to win three prizes on a single night")), note)
    # a noun the note gives in apposition is the same thing
    note = doc("the son of a Danish shipowner (a Copenhagen millionaire)")
    assert not _other_modified(list(doc("the son of a Danish millionaire")), note)


def test_out_of_competition_is_not_the_noted_main_competition(default_kb):
    true = "Red Rocket premiered in the Cannes main competition in 2021."
    assert noted(true, default_kb), [(c.text, c.verdict) for c in claims_in(true, default_kb)]
    for false in ("Red Rocket premiered out of competition at Cannes in 2021.",
                  "Sean Baker's Red Rocket was screened out of competition in Cannes that May of 2021."):
        cs = claims_in(false, default_kb)
        assert not [c for c in cs if c.verdict == "supported" and c.slots.get("kind") == "statement"], \
            [(c.text, c.verdict, c.explanation) for c in cs]
        assert not [c for c in cs if c.verdict == "refuted"]


def test_a_film_the_kb_lacks_is_never_refuted(default_kb):
    cs = claims_in("The Glass Orchard premiered out of competition at Cannes in 2021.", default_kb)
    assert not [c for c in cs if c.verdict == "refuted"]
    assert not [c for c in cs if c.verdict == "supported" and c.slots.get("kind") == "statement"]


def test_a_person_named_only_in_brackets_is_not_what_the_clause_tells(default_kb):
    # the note about the actress's preparation is not the film's story, though she is named
    aside = "Anora tells the tale of a young exotic dancer (Mikey Madison)."
    assert not noted(aside, default_kb), [(c.text, c.explanation) for c in claims_in(aside, default_kb)]
    # a relative clause on the bracketed noun is said of her: the note may speak
    told = "The picture follows a dancer (Mikey Madison) who consulted sex workers."
    assert noted(told, default_kb), [(c.text, c.verdict) for c in claims_in(told, default_kb)]
    # and her own clause, with the name in brackets after its subject, too
    own = "The lead (Mikey Madison) took Russian lessons and consulted sex workers."
    assert noted(own, default_kb)
    for t in (aside, told, own):
        assert not [c for c in claims_in(t, default_kb) if c.verdict == "refuted"]


def test_contrary_superlatives_nationalities_and_negated_modifiers():
    note = doc("highest-earning picture of the director's career")
    assert _contrary(list(doc("The Tin Lantern is the lowest-earning picture of her career")), note)
    assert not _contrary(list(doc("The Tin Lantern is the highest-earning picture of her career")), note)
    note = doc("first Danish picture to take the jury award since Harbor Lights")
    assert _contrary(list(doc("the first Polish picture to take the jury award")), note)
    assert not _contrary(list(doc("the first Danish picture to take the jury award")), note)
    note = doc("his first French-language part")
    assert _contrary(list(doc("her first non-French-language part")), note)
    assert not _contrary(list(doc("her first French-language part")), note)
    # a negated modifier the clause does not share says nothing against it
    note = doc("lowest-earning non-holiday jury winner of the decade")
    assert not _contrary(list(doc("when the film took the jury award")), note)


def test_contrary_notes_do_not_support_kb_sentences(default_kb):
    for false in ("Anora was the first French film to win the Palme d'Or since The Tree of Life.",
                  "Anora was the lowest-grossing film of Sean Baker's career.",
                  "Mark Eydelshteyn was the first non-English-language winner of the night."):
        cs = claims_in(false, default_kb)
        assert not [c for c in cs if c.verdict == "supported" and c.slots.get("kind") == "statement"], \
            [(c.text, c.explanation) for c in cs]
        assert not [c for c in cs if c.verdict == "refuted"]
    for true in ("Anora was the first American film to win the Palme d'Or since The Tree of Life.",
                 "Anora is the highest-grossing film of Sean Baker's career."):
        assert [c for c in claims_in(true, default_kb) if c.verdict == "supported"]


def test_a_note_on_one_credit_is_not_matched_in_a_sentence_about_another(default_kb):
    # Sean Baker's note on Tangerine says it was shot on iPhones; a sentence about Anora with
    # a participle saying so is no match for it
    r = reelcheck.check("Sean Baker finished Anora, shot on an iPhone.", kb=default_kb)
    assert not any(c.verdict == "supported" and "Tangerine" in c.explanation for c in r.claims)
    # a sentence naming no film keeps the note
    r = reelcheck.check("Sean Baker shot a film on an iPhone in 2015.", kb=default_kb)
    assert any(c.verdict == "supported" and "Tangerine" in c.explanation for c in r.claims)
