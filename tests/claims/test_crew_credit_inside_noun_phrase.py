"""Credits told inside a noun phrase or a relative clause rather than by a clause of their own:
"the Jane Roe-directed comedy" (a hyphened participle whose agent is the name it joins), "Jane
Roe's score for Anora" (a maker's possessive with the film after "for"/"of"), and "Jane Roe, who
shot Anora on 35mm, ..." (the format claim's shooter is the relative clause's antecedent, so
the format never holds without the shooter). Sentences written for these tests; the facts are
the default KB's Anora credits."""
from __future__ import annotations

import reelcheck


def claims(text, kb, *preds):
    return [(c.predicate, c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate in preds]


def test_a_hyphened_participle_names_its_agent(default_kb):
    wrong = "Anora is the Ludwig Goransson-directed comedy that took the top prize."
    right = "Anora is the Sean Baker-directed comedy that took the top prize."
    assert claims(wrong, default_kb, "director") == [("director", "refuted")]
    assert claims(right, default_kb, "director") == [("director", "supported")]


def test_a_hyphened_shooting_participle_in_the_film_in_focus(default_kb):
    text = "Anora is a comedy. The Hoyte van Hoytema-lensed film was produced by Sean Baker."
    assert ("director_of_photography", "refuted") in claims(
        text, default_kb, "director_of_photography")


def test_a_makers_possessive_job_for_a_named_film(default_kb):
    wrong = "Hoyte van Hoytema's cinematography of Anora is gorgeous."
    right = "Matthew Hearon-Smith's score for Anora is haunting."
    assert claims(wrong, default_kb, "director_of_photography") == [
        ("director_of_photography", "refuted")]
    assert claims(right, default_kb, "composer") == [("composer", "supported")]


def test_the_format_is_not_supported_past_a_relative_clauses_wrong_shooter(default_kb):
    text = "Anora is a comedy. Samantha Quan, who shot Anora on 35mm, also produced it."
    assert claims(text, default_kb, "filming_format") == [("filming_format", "not_enough_info")]
    right = "Anora is a comedy. Drew Daniels, who shot Anora on 35mm, likes grain."
    assert claims(right, default_kb, "filming_format") == [("filming_format", "supported")]


def test_a_shooter_the_kb_lacks_leaves_the_format_undecided(default_kb):
    text = "Anora is a comedy. Ilse Varga shot Anora on 35mm."
    assert claims(text, default_kb, "filming_format") == [("filming_format", "not_enough_info")]


def test_names_after_a_plural_titles_comma_are_its_holders(default_kb):
    # the parser reads "Alex Coco and Lol Crawley" as conjuncts of "producers"
    text = ("Anora is a comedy. The film's producers, Alex Coco and Hoyte van Hoytema, kept "
            "the budget small.")
    assert sorted(claims(text, default_kb, "producer")) == [("producer", "refuted"),
                                                           ("producer", "supported")]
