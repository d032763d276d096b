"""The filmography family on the parse: credits, first features, a work's year, a format.

Sentences are written for these tests; the facts are the default KB's (Sean Baker's features,
Mikey Madison's and Yura Borisov's credits, Anora's format). A person or work the KB lacks is
still an argument: the claim is made and left open, never refuted."""
from __future__ import annotations

import reelcheck


def claims(text, kb, kind=None):
    r = reelcheck.check(text, kb=kb)
    return [c for c in r.claims if kind is None or c.slots.get("kind") == kind]


def test_a_credit_through_a_verb_a_noun_or_an_adjective(default_kb):
    got = claims("Mikey Madison has starred in Scream.", default_kb, "filmography")
    assert [(c.slots["subject"], c.slots["work"], c.verdict) for c in got] == [
        ("mikey-madison", "scream-2022-film", "supported")]
    got = claims("Yura Borisov earned praise for his turn in Compartment No. 6.", default_kb,
                 "filmography")
    assert [(c.slots["subject"], c.verdict) for c in got] == [("yura-borisov", "supported")]
    got = claims("Aleksei Serebryakov, long memorable in Leviathan, returns.",
                 default_kb, "filmography")
    assert [(c.slots["subject"], c.verdict) for c in got] == [
        ("aleksei-serebryakov", "supported")]


def test_a_list_of_credits_distributes(default_kb):
    got = claims("Anora comes from Sean Baker, whose past features include Tangerine and "
                 "Red Rocket.", default_kb, "filmography")
    assert sorted(c.slots["work"] for c in got) == ["red-rocket", "tangerine"]
    assert all(c.slots["subject"] == "sean-baker" and c.verdict == "supported" for c in got)


def test_a_credit_the_kb_does_not_hold_is_left_open(default_kb):
    got = claims("Mikey Madison has starred in Titanic.", default_kb, "filmography")
    assert all(c.verdict == "not_enough_info" for c in got)
    # a person the KB lacks is still the subject: nothing to look up, never refuted
    got = claims("Jennifer Walsh starred in Tangerine.", default_kb, "filmography")
    assert got and all(c.verdict == "not_enough_info" and c.slots["work"] == "tangerine"
                       for c in got)


def test_a_first_feature(default_kb):
    got = claims("Sean Baker's debut feature, Four Letter Words, was a comedy.", default_kb,
                 "debut")
    assert [c.verdict for c in got] == ["supported"]
    got = claims("Red Rocket was Sean Baker's first feature.", default_kb, "debut")
    assert [c.verdict for c in got] == ["refuted"]
    # a different first ("his English-language debut") is not the first feature
    assert claims("Anora was Sean Baker's English-language debut.", default_kb, "debut") == []


def test_a_first_feature_the_kb_lacks_is_no_refutation(default_kb):
    got = claims("Sean Baker's first feature, Harbour Lights of Elsinore, was short.",
                 default_kb)
    assert not [c for c in got if c.verdict == "refuted"]


def test_the_year_of_a_work(default_kb):
    got = claims("Sean Baker kept busy. Tangerine came out in 2015.", default_kb, "work_year")
    assert [c.verdict for c in got] == ["supported"]
    got = claims("By their fifth film together, 2015's Tangerine, the two were friends.",
                 default_kb, "work_year")
    assert [(c.slots["year"], c.verdict) for c in got] == [(2015, "supported")]
    # a year before the world premiere cannot be the film's
    got = claims("Sean Baker kept busy. Anora came out in 2019.", default_kb, "work_year")
    assert [c.verdict for c in got] == ["refuted"]


def test_a_year_in_another_clause_is_not_the_film_s(default_kb):
    # the year dates the win, not the film
    assert claims("Anora won the Palme d'Or at Cannes in 2024.", default_kb, "work_year") == []
    assert claims("Neon opened Tangerine in 2019.", default_kb, "work_year") == []


def test_a_format(default_kb):
    got = claims("Anora was shot on 35mm film stock.", default_kb, "format")
    assert [(c.slots["format"], c.verdict) for c in got] == [("35mm", "supported")]
    got = claims("Anora opened in 2024. It was shot on an iPhone.", default_kb, "format")
    assert [c.verdict for c in got] == ["refuted"]


def test_a_format_said_of_something_else_or_a_film_the_kb_lacks(default_kb):
    # the film named aside is not the one that was shot on 35mm here
    got = claims("Anora opened in 2024. Drew Daniels, who had also shot Red Rocket, chose to "
                 "shoot on 35mm.", default_kb, "format")
    assert all(c.slots["subject"] != "red-rocket" for c in got)
    got = claims("The Harbour Lights of Elsinore was shot on an iPhone.", default_kb, "format")
    assert not [c for c in got if c.verdict == "refuted"]


def test_a_possessed_title_noun_and_a_maker_named_by_the_work(default_kb):
    got = claims("Sean Baker's 2008 third feature, Prince of Broadway, found a small audience.",
                 default_kb)
    assert ("sean-baker", "prince-of-broadway", "supported") in [
        (c.slots["subject"], c.slots.get("work"), c.verdict) for c in got
        if c.slots.get("kind") == "filmography"]
    assert [c.verdict for c in got if c.slots.get("kind") == "work_year"] == ["supported"]
    got = claims("Anora opened in 2024. It is the new film from the director of Tangerine.",
                 default_kb, "filmography")
    assert [(c.slots["subject"], c.verdict) for c in got] == [("sean-baker", "supported")]


def test_a_format_through_a_fragment_a_shooting_noun_or_a_second_phrase(default_kb):
    lead = "Anora opened in 2024. "
    got = claims(lead + "Shot on 16mm film, it went on to win at Cannes.", default_kb, "format")
    assert [(c.slots["format"], c.verdict) for c in got] == [("16mm", "refuted")]
    got = claims(lead + "The shoot was carried out on 35mm film.", default_kb, "format")
    assert [c.verdict for c in got] == ["supported"]
    got = claims(lead + "Daniels shot it on 35mm through anamorphic lenses.", default_kb, "format")
    assert sorted(c.slots["format"] for c in got) == ["35mm", "anamorphic"]
    assert all(c.verdict == "supported" for c in got)


def test_the_place_of_a_work_among_its_maker_s_films(default_kb):
    # the default KB's Sean Baker features, by year: Four Letter Words (2000), Take Out (2004),
    # Prince of Broadway (2008), ...
    got = claims("Sean Baker's sophomore feature, “Take Out,” played at festivals.",
                 default_kb, "filmography")
    assert [(c.slots["work"], c.slots.get("ordinal"), c.verdict) for c in got] == [
        ("take-out", 2, "supported")]
    # a title set off in quotes after the comma, which the parser reads as a verb
    got = claims("His favourite scenes are in Sean Baker's third film, “Prince of Broadway”.",
                 default_kb, "filmography")
    assert [(c.slots["work"], c.slots.get("ordinal"), c.verdict) for c in got] == [
        ("prince-of-broadway", 3, "supported")]
    # another place: the credit holds but the KB may lack films, so it is not refuted
    got = claims("Sean Baker's second film, “Tangerine,” played at festivals.", default_kb,
                 "filmography")
    assert [(c.slots.get("ordinal"), c.verdict) for c in got] == [(2, "not_enough_info")]
    # a maker the KB does not know
    got = claims("Ilse Varga's second film, “Tangerine,” played at festivals.", default_kb,
                 "filmography")
    assert all(c.verdict != "refuted" for c in got)


# -- a credit or a year in a relative clause said of a work ---------------------------------------
def test_a_credit_in_a_relative_clause_on_a_work(default_kb):
    # "in which" / "where": the clause's subject is credited with the work it hangs on, or
    # with the title the noun it hangs on stands beside
    got = claims("Mikey Madison was born in San Diego. Baker first saw her in Scream, in which "
                 "she played a masked killer.", default_kb, "filmography")
    assert ("mikey-madison", "scream-2022-film", "supported") in [
        (c.slots["subject"], c.slots["work"], c.verdict) for c in got]
    got = claims("Yura Borisov grew up near Moscow. His breakthrough was Compartment No. 6, a "
                 "Finnish train drama, in which he played a surly miner.", default_kb,
                 "filmography")
    assert [(c.slots["subject"], c.slots["work"], c.verdict) for c in got] == [
        ("yura-borisov", "compartment-no-6", "supported")]
    assert got[0].text.startswith("in which")


def test_a_relative_credit_never_refutes_and_leaves_a_known_part_to_the_cast(default_kb):
    # a film the KB does not credit her with: left open
    got = claims("Mikey Madison was born in San Diego. She admires Leviathan, in which she "
                 "played a small part.", default_kb, "filmography")
    assert all(c.verdict != "refuted" for c in got)
    # a part the KB knows is the cast family's: the credit alone would pass over it
    got = claims("Karren Karagulian grew up in Armenia. Anora, in which he plays the bodyguard "
                 "Igor, is their latest film together.", default_kb, "filmography")
    assert [c for c in got if c.verdict == "supported"] == []


def test_a_year_in_a_relative_clause_is_the_work_s(default_kb):
    got = claims("Karagulian has been in every Baker feature since Four Letter Words, which "
                 "was shot in 1996 and came out in 2000.", default_kb, "work_year")
    assert [(c.slots["work"], c.slots["year"], c.verdict, c.text.split()[0]) for c in got] == [
        ("four-letter-words", 2000, "supported", "which")]


def test_a_title_s_place_among_its_maker_s_films(default_kb):
    # "X, the n-th feature from Y": a credit and which of Y's films it is; the KB may lack
    # some of them, so a different place is left open, never refuted
    got = claims("Tangerine, the fifth feature from Sean Baker, opened at Sundance.", default_kb,
                 "filmography")
    assert [(c.slots["subject"], c.slots["work"], c.slots.get("ordinal"), c.verdict)
            for c in got] == [("sean-baker", "tangerine", 5, "supported")]
    got = claims("Tangerine, the third feature from Sean Baker, opened at Sundance.", default_kb,
                 "filmography")
    assert [c.verdict for c in got] == ["not_enough_info"]
    # a title and a maker the KB lacks (the NER may read the title as a name): undecided
    got = claims("The Quiet Ferry, the second feature from Icelandic director Sunna Berg, "
                 "opens the festival.", default_kb, "filmography")
    assert len(got) == 1 and got[0].verdict == "not_enough_info"
    assert got[0].slots["subject_name"] == "Sunna Berg"


# -- possessive credits ----------------------------------------------------------------------------
def test_a_possessive_on_a_title_credits_the_person(default_kb):
    got = claims("Justine Triet's Anatomy of a Fall was a word-of-mouth hit.", default_kb,
                 "filmography")
    assert [(c.slots["subject"], c.slots["work"], c.verdict) for c in got] == [
        ("justine-triet", "anatomy-of-a-fall-2023-film", "supported")]
    # a credit the KB does not hold is left open, never refuted
    got = claims("Ruben Östlund's Parasite divided audiences.", default_kb, "filmography")
    assert got and all(c.verdict == "not_enough_info" for c in got)
    # a possessive on the argument of another relation is that relation's slot, and one deep
    # inside another noun phrase is a reference, not a statement
    got = claims("Sean Baker's Anora won the Palme d'Or.", default_kb, "filmography")
    assert got == []
    got = claims("The final scene of Sean Baker's Anora lingers.", default_kb, "filmography")
    assert got == []


def test_a_genre_noun_beside_a_title_credits_its_possessor(default_kb):
    got = claims("The jury chose Parasite, Bong Joon Ho's class satire, in 2019.", default_kb,
                 "filmography")
    assert [(c.slots["subject"], c.verdict) for c in got] == [("bong-joon-ho", "supported")]


def test_a_copula_places_a_work_among_its_possessor_s_films(default_kb):
    got = claims("The Florida Project was Sean Baker's sixth feature.", default_kb,
                 "filmography")
    assert [(c.slots["subject"], c.slots.get("ordinal"), c.verdict) for c in got] == [
        ("sean-baker", 6, "supported")]
    assert "sixth feature" in got[0].text
    # a wrong place is left open (the KB may lack films), never refuted
    got = claims("The Florida Project was Sean Baker's second feature.", default_kb,
                 "filmography")
    assert [c.verdict for c in got] == ["not_enough_info"]
    # a restricted noun counts a subset: no ordinal claim
    got = claims("Anora is Baker's second film to compete at Cannes.", default_kb,
                 "filmography")
    assert all(c.slots.get("ordinal") is None for c in got)


def test_a_year_on_the_credited_work_s_noun_is_a_slot_of_the_credit(default_kb):
    # the KB dates The Florida Project 2017: a credit said with another year is not supported
    got = claims("Willem Dafoe was memorable in Baker's 2014 film The Florida Project.", default_kb,
                 "filmography")
    credit = [c for c in got if c.slots.get("subject") == "sean-baker"]
    assert credit and credit[0].slots.get("year") == 2014
    assert credit[0].verdict == "not_enough_info"
    got = claims("Willem Dafoe was memorable in Baker's 2017 film The Florida Project.", default_kb,
                 "filmography")
    assert [c.verdict for c in got if c.slots.get("subject") == "sean-baker"] == ["supported"]


def test_a_stated_holder_of_a_maker_noun_wins_over_the_passage_s_director(default_kb):
    # the sentence names who it calls the director: that person's credit is the claim, not
    # the director the passage is about (a credit never refutes, so it is left open)
    for text in ("Ruben Östlund, the director of Parasite, was in the audience.",
                 "Chloé Zhao, the filmmaker behind Parasite, toured the festival.",
                 "The director of Parasite, Greta Gerwig, gave a talk."):
        got = claims(text, default_kb, "filmography")
        assert got and all(c.verdict != "supported" and c.slots.get("subject") != "bong-joon-ho"
                           for c in got), text
    got = claims("Bong Joon Ho, the director of Parasite, gave a talk.", default_kb,
                 "filmography")
    assert [(c.slots["subject"], c.verdict) for c in got] == [("bong-joon-ho", "supported")]
    # no holder named: the passage's director is meant
    got = claims("Critics lined up to praise the director of Parasite.", default_kb,
                 "filmography")
    assert [c.verdict for c in got] == ["supported"]


# -- one film right after another ---------------------------------------------------------------
def test_a_follow_up_is_placed_right_after_the_earlier_work(default_kb):
    def rows(text):
        return [(c.slots["subject"], c.slots["work"], c.slots.get("after"), c.verdict)
                for c in claims(text, default_kb, "filmography")]
    # an apposition, a copula, another succession noun: the work right after the earlier one
    assert rows("Anora, Sean Baker's follow-up to Red Rocket, took the top prize.") == [
        ("sean-baker", "anora-2024-film", "red-rocket", "supported")]
    assert rows("Red Rocket was Baker's followup to The Florida Project.") == [
        ("sean-baker", "red-rocket", "the-florida-project", "supported")]
    assert rows("Anora, Baker's successor to Red Rocket, is a comedy.") == [
        ("sean-baker", "anora-2024-film", "red-rocket", "supported")]
    # the earlier work came later: wrong whatever films the KB may lack
    assert rows("Tangerine was Baker's follow-up to Red Rocket.") == [
        ("sean-baker", "tangerine", "red-rocket", "refuted")]
    # films between them in the KB: a film the KB lacks could only add to them, so refuted
    assert rows("Anora, Baker's follow-up to Tangerine, is a comedy.") == [
        ("sean-baker", "anora-2024-film", "tangerine", "refuted")]
    # an actor's films are not the KB's directed list: open
    assert [v for *_x, v in rows("Anora, Mikey Madison's follow-up to Scream, is a "
                                 "comedy.")] == ["not_enough_info"]
    # a person and works the KB lacks: nothing refuted
    assert all(c.verdict != "refuted" for c in reelcheck.check(
        "The Glass Orchard, Nomi Karst's follow-up to Salt Lanterns, is a drama.",
        kb=default_kb).claims)


def test_a_follow_up_in_a_sentence_makes_its_earlier_work_checked(default_kb):
    # the earlier work is a slot the succession claim judges: the award claim stays supported
    r = reelcheck.check("Anora, Sean Baker's follow-up to Red Rocket, won the Palme d'Or.",
                        kb=default_kb)
    assert sorted((c.category, c.verdict) for c in r.claims) == [
        ("award", "supported"), ("filmography", "supported")]


def test_a_verb_of_identity_places_its_subject_like_a_copula(default_kb):
    def rows(text):
        return [(c.slots["work"], c.slots.get("ordinal"), c.verdict)
                for c in claims(text, default_kb, "filmography")]
    assert rows("Anora marks Sean Baker's eighth feature film.") == [
        ("anora-2024-film", 8, "supported")]
    assert rows("Red Rocket represents Baker's seventh feature.") == [
        ("red-rocket", 7, "supported")]
    # another place: the KB may lack a film, so left open ...
    assert rows("Red Rocket represents Baker's fifth feature.") == [
        ("red-rocket", 5, "not_enough_info")]
    # ... unless a source counts the features up to that one (Anora: the eighth, or sixth)
    assert rows("Anora marks Baker's fifth feature.") == [
        ("anora-2024-film", 5, "refuted")]
    # a restricted noun counts a subset: no place among all the films
    assert all(o is None for _w, o, _v in rows("Anora marks Baker's third film to debut at "
                                               "Cannes."))


def test_a_part_after_as_with_the_work_hung_on_it(default_kb):
    # "starred as X in Y": the parser hangs "in Y" on the part; it is the verb's, and the part
    # is checked against the record's character for the credit
    def got(text):
        return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=default_kb).claims
                if c.category == "filmography"]
    v, why = got("Emma Stone starred as Bella Baxter in Poor Things.")[0]
    assert v == "supported" and "Bella Baxter" in why
    assert [v for v, _w in got("Cillian Murphy starred as Lewis Strauss in Oppenheimer.")] == [
        "not_enough_info"]


def test_a_nomination_naming_the_person_for_the_work_is_a_credit(default_kb):
    # the Oscar record names Brady Corbet for The Brutalist (Best Director) and Felicity Jones
    # (Best Supporting Actress): both are credits on it
    for text in ("Brady Corbet's The Brutalist is long.",
                 "Felicity Jones starred in The Brutalist."):
        got = [c.verdict for c in reelcheck.check(text, kb=default_kb).claims
               if c.category == "filmography"]
        assert got == ["supported"], text
