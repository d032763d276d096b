"""The cast family on the parse (claims/cast.py): 'as' phrases, parenthetical layouts, an actor
referred to as "the actress", story relations between characters. Sentences are written for
these tests; the facts are the default KB's Anora cast (Vache Tovmasyan plays Garnick, Yura
Borisov plays Igor, Garnick is Toros's brother, Toros is Vanya's godfather). "Harbour Lights",
"Ilse Varga" and "Maren" are invented: the KB lacks them."""
from __future__ import annotations

import pytest

import reelcheck


def rows(text, kb, kinds=("played_by",)):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.slots.get("kind") in kinds]


def pairs(text, kb):
    return sorted((c.subject.id, c.slots.get("actor") or c.slots.get("actor_name"), c.verdict)
                  for c in rows(text, kb))


@pytest.mark.parametrize("text, expected", [
    # an 'as' phrase on a predicate adjective, noun or infinitive is said of the subject
    ("In Anora, Vache Tovmasyan is wonderfully nervy as Garnick.",
     [("garnick", "vache-tovmasyan", "supported")]),
    ("In Anora, Yura Borisov makes a quiet giant as Igor.",
     [("igor", "yura-borisov", "supported")]),
    # two 'as' pairs in one list: each goes with the person right before it
    ("The Anora ensemble is rounded out by Luna Sofía Miranda as Lulu and Lindsey Normington "
     "as Diamond.",
     [("diamond", "lindsey-normington", "supported"), ("lulu", "luna-sofia-miranda", "supported")]),
    # parenthetical layouts, either order
    ("In Anora, Igor (Yura Borisov) and Garnick (Vache Tovmasyan) follow Toros.",
     [("garnick", "vache-tovmasyan", "supported"), ("igor", "yura-borisov", "supported")]),
    ("Anora opens on Ani (Mikey Madison) at work.",
     [("anora-mikheeva", "mikey-madison", "supported")]),
    # a name set off by 'as' in apposition
    ("In Anora, Mark Eydelshteyn, as Vanya, plays a spoiled heir.",
     [("ivan-zakharov", "mark-eydelshteyn", "supported")]),
    # a bare participle after the verb's object is said of that object
    ("In Anora, Ani dances for Vanya, played by Mark Eydelshteyn.",
     [("ivan-zakharov", "mark-eydelshteyn", "supported")]),
    # the actor "the actress" stands for, from the sentence before
    ("Sean Baker directed Anora. Mikey Madison leads it. The actress is fierce as Ani.",
     [("anora-mikheeva", "mikey-madison", "supported")]),
    # the gerund's actor is the praised object, not the one who praises
    ("Sean Baker praised Mikey Madison for playing Ani.",
     [("anora-mikheeva", "mikey-madison", "supported")]),
])
def test_true_pairs_are_supported(default_kb, text, expected):
    assert pairs(text, default_kb) == expected


@pytest.mark.parametrize("text, character", [
    ("In Anora, Yura Borisov is oddly tender as Garnick.", "garnick"),
    ("In Anora, Ani dances for Vanya, played by Yura Borisov.", "ivan-zakharov"),
    ("In Anora, Garnick (Yura Borisov) loses his temper.", "garnick"),
    # a name the KB lacks is still the actor: the KB knows who plays Toros
    ("In Anora, Toros (Rupert Quill) flies in from Moscow.", "toros"),
])
def test_a_wrong_actor_for_a_character_the_kb_knows_is_refuted(default_kb, text, character):
    got = rows(text, default_kb)
    assert [(c.subject.id, c.verdict) for c in got] == [(character, "refuted")], text


@pytest.mark.parametrize("text", [
    # a film and a character the KB lacks: nothing decides it
    "In Harbour Lights, Ilse Varga is luminous as the ferrywoman Maren.",
    # the 'as' phrase belongs to its own clause, not to the person named in the first
    "Yura Borisov won praise, and Mikey Madison is magnetic as Ani.",
    # the verb says who plays Ani; the person beside it in a prepositional phrase does not
    "In Anora, Mikey Madison plays opposite Yura Borisov as Ani.",
    "The Anora cast includes Mikey Madison alongside Yura Borisov as Ani.",
    "In Anora, Mikey Madison shares scenes with Yura Borisov as Ani's guard Igor.",
    # a comparison, not an identity
    "Yura Borisov is no Garnick.",
    # a gapped second clause the parser runs into the object: Madison does not play Igor
    "In Anora, Mikey Madison plays Ani and Yura Borisov, Igor.",
    # a denial with "neither ... nor" is true of the KB
    "In Anora, neither Yura Borisov nor Vache Tovmasyan plays Toros.",
    # a wish, and praise for someone else's part, state no casting
    "In Anora, Yura Borisov would have been great as Garnick.",
    "Sean Baker praised Yura Borisov for playing Ani.",
    # a category noun is not a reference to an actor
    "Yura Borisov won the supporting actor Oscar for his role as Igor.",
])
def test_no_wrong_refute(default_kb, text):
    got = rows(text, default_kb)
    assert all(c.verdict != "refuted" for c in got), [(c.text, c.explanation) for c in got]


def test_a_wish_makes_no_cast_claim(default_kb):
    assert rows("In Anora, Yura Borisov would have been great as Garnick.", default_kb) == []


@pytest.mark.parametrize("text, relation", [
    ("In Anora, Garnick is Toros's brother.", ("garnick", "toros", "brother")),
    ("In Anora, Vanya's godfather, Toros, flies in.", ("toros", "ivan-zakharov", "godfather")),
    ("In Anora, Toros, Vanya's godfather, loses patience.",
     ("toros", "ivan-zakharov", "godfather")),
    ("In Anora, Toros's brother Garnick waits in the car.", ("garnick", "toros", "brother")),
])
def test_story_relations_between_characters(default_kb, text, relation):
    got = rows(text, default_kb, ("relation",))
    assert [(c.slots["x"], c.slots["y"], c.slots["relation"], c.verdict) for c in got] == [
        relation + ("supported",)], text


def test_a_relation_the_story_does_not_hold_is_not_refuted(default_kb):
    # the relation check only confirms: a story summary is never complete
    got = rows("In Anora, Igor is Toros's brother.", default_kb, ("relation",))
    assert got and all(c.verdict == "not_enough_info" for c in got)


@pytest.mark.parametrize("text, people", [
    ("Anora stars Mikey Madison and Mark Eydelshteyn.", ["mark-eydelshteyn", "mikey-madison"]),
    ("Anora, starring Yura Borisov and Vache Tovmasyan, won the Palme d'Or.",
     ["vache-tovmasyan", "yura-borisov"]),
    ("Anora won the Palme d'Or. Starring Mikey Madison, Yura Borisov and Karren Karagulian.",
     ["karren-karagulian", "mikey-madison", "yura-borisov"]),
])
def test_a_cast_list_names_members_of_the_film_s_cast(default_kb, text, people):
    got = rows(text, default_kb, ("filmography",))
    assert sorted(c.slots["subject"] for c in got) == people
    assert all(c.slots["work"] == "anora-2024-film" and c.verdict == "supported" for c in got)


@pytest.mark.parametrize("text, people", [
    # a title noun before a list of names
    ("Anora screened in May. Co-stars Yura Borisov, Karren Karagulian and Vache Tovmasyan "
     "walked the red carpet beside Baker.",
     ["karren-karagulian", "vache-tovmasyan", "yura-borisov"]),
    # the 'of' phrase of a noun of acting
    ("Anora screened in May. Carried by the fierce performances of Mikey Madison and Yura "
     "Borisov, it never drags.", ["mikey-madison", "yura-borisov"]),
])
def test_a_title_noun_or_a_performance_names_cast_members(default_kb, text, people):
    got = rows(text, default_kb, ("filmography",))
    assert sorted(c.slots["subject"] for c in got) == people
    assert all(c.slots["work"] == "anora-2024-film" and c.verdict == "supported" for c in got)


@pytest.mark.parametrize("text", [
    # a possessive makes it a relation to her, and a prepositional phrase says it in passing
    "Anora screened in May. Her co-stars Yura Borisov and Karren Karagulian cheered.",
    "Anora screened in May. Borisov toasted the night with co-star Mikey Madison.",
])
def test_a_co_star_said_in_passing_is_no_cast_claim(default_kb, text):
    assert rows(text, default_kb, ("filmography",)) == []


def test_a_co_star_the_kb_lacks_is_left_out_and_the_rest_stand(default_kb):
    # Ilse Varga is invented: no claim is made about her, Borisov's still stands
    got = rows("Anora screened in May. Co-stars Ilse Varga and Yura Borisov waved.", default_kb,
               ("filmography",))
    assert [(c.slots["subject"], c.verdict) for c in got] == [("yura-borisov", "supported")]


def test_an_acting_prize_for_a_film_is_a_credit_on_it(default_kb):
    # the KB holds Ernest Borgnine's Best Actor Oscar for Marty, not a cast list of Marty
    got = rows("Marty, a small drama starring Ernest Borgnine, won the Palme d'Or.", default_kb,
               ("filmography",))
    assert [(c.slots["subject"], c.verdict) for c in got] == [("ernest-borgnine", "supported")]


def test_a_cast_list_the_kb_cannot_confirm_is_never_refuted(default_kb):
    # Brad Pitt is not in Anora's cast, and "Hollywood star" names no cast
    got = rows("Anora stars Brad Pitt. Hollywood star Brad Pitt loved Anora.", default_kb,
               ("filmography",))
    assert [(c.text, c.verdict) for c in got] == [("stars Brad Pitt", "not_enough_info")]


def test_the_role_of_a_character_goes_to_the_clause_s_subject_support_only(default_kb):
    assert pairs("In Anora, Mikey Madison landed the part of Ani.", default_kb) == [
        ("anora-mikheeva", "mikey-madison", "supported")]
    # the one who wrote the part is a subject too: a wrong pair is dropped, never refuted; a
    # part written for someone is a casting story, not a cast claim
    assert pairs("Sean Baker wrote the role of Ani.", default_kb) == []
    assert pairs("Sean Baker wrote the role of Ani for Mikey Madison.", default_kb) == []
    assert pairs("In Anora, Yura Borisov landed the part of Ani.", default_kb) == []


def test_an_as_phrase_with_two_people_is_the_object_s_only_for_a_casting_verb(default_kb):
    # "cast" says its object plays the part; "replaced" does not say whose part it was
    assert pairs("Sean Baker cast Yura Borisov as Ani.", default_kb) == [
        ("anora-mikheeva", "yura-borisov", "refuted")]
    assert [v for *_, v in pairs("In Anora, Mikey Madison replaced Rupert Quill as Ani.",
                                 default_kb)] in ([], ["supported"])


# -- the name a character goes by --------------------------------------------------------------
def _nicknames(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [c.verdict for c in r.claims if c.predicate == "nickname"]


def test_the_name_a_character_goes_by(default_kb):
    lead = "Anora is set in New York. "
    assert _nicknames(lead + "Its lead is Anora, a dancer who goes by Ani at the club.",
                      default_kb) == ["supported"]
    # "insists on" is no naming cue: no claim, whatever the name
    assert _nicknames(lead + "The heroine, Anora, insists on the nickname Nora.",
                      default_kb) in ([], ["not_enough_info"])
    # a character the KB lacks: no claim
    assert _nicknames(lead + "Her friend Zelda, who goes by Zee, dances there too.",
                      default_kb) == []


def test_a_name_the_character_does_not_go_by_is_refuted_where_her_names_are_complete(default_kb):
    # the KB declares Ani's names complete (her given name, Anora, and Ani); Vanya's are not
    lead = "Anora is set in New York. "
    for text in ("The lead is Anora, who likes to be called Annie.",
                 "The lead is Anora, whose nickname is Nora.",
                 "The lead is Anora, who goes by the nickname Annie at work."):
        assert _nicknames(lead + text, default_kb) == ["refuted"], text
    for text in ("The lead is Anora, who likes to be called Ani.",
                 "The lead is Anora, whose nickname is Ani."):
        assert _nicknames(lead + text, default_kb) == ["supported"], text
    assert _nicknames(lead + "Her husband is Vanya, whose nickname is Vanechka.",
                      default_kb) in ([], ["not_enough_info"])


def test_a_date_after_by_is_no_nickname(default_kb):
    # "went on to ... by April 2025": "by" hangs on "go" in the parse, but a date is no name
    for text in ("Anora went on to gross $20 million overseas by October 2024.",
                 "Anora went on to earn over $40 million around the world by April 2025."):
        r = reelcheck.check(text, kb=default_kb)
        assert [c for c in r.claims if c.predicate == "nickname"] == [], text
@pytest.mark.parametrize("text, expected", [
    # the title role is the film's title character
    ("Anora opened in May. In it Mikey Madison grabs the titular role with both hands.",
     [("anora-mikheeva", "mikey-madison", "supported")]),
    # an actor named by the work the KB credits them with (Mikey Madison: Better Things)
    ("Anora opened in May. The Better Things actor takes on the title role.",
     [("anora-mikheeva", "mikey-madison", "supported")]),
])
def test_the_title_role_and_an_actor_named_by_a_work(default_kb, text, expected):
    assert pairs(text, default_kb) == expected


@pytest.mark.parametrize("text", [
    # a role a reading only confirms: another actor is never refuted from it
    "Anora opened in May. Yura Borisov takes on the title role.",
    # "Harbour Lights" is invented: no one the KB credits with it
    "Anora opened in May. The Harbour Lights actor takes on the title role.",
])
def test_a_title_role_is_never_refuted(default_kb, text):
    assert all(v != "refuted" for *_, v in pairs(text, default_kb))


@pytest.mark.parametrize("text, verdict", [
    ("In Anora, Garnick, the brother of Toros, keeps watch.", "supported"),
    # the KB holds Toros as Vanya's godfather, not Garnick: left open, never refuted
    ("In Anora, Garnick, the godfather of Vanya, keeps watch.", "not_enough_info"),
])
def test_a_relation_told_with_of(default_kb, text, verdict):
    assert [c.verdict for c in rows(text, default_kb, ("relation",))] == [verdict]


def test_a_true_relation_inside_a_wrong_cast_clause_is_one_refuted_row(default_kb):
    # Galina is Vanya's mother (true) but Darya Ekamasova plays her, not Lindsey Normington
    got = reelcheck.check("Anora is set in New York. Galina, Vanya's mother, is played by "
                          "Lindsey Normington.",
                          kb=default_kb).claims
    near = [c for c in got if "Galina" in c.text]
    assert [c.verdict for c in near] == ["refuted"]
    # both parts true: two rows, both supported
    got = reelcheck.check("Anora is set in New York. Galina, Vanya's mother, is played by "
                          "Darya Ekamasova.",
                          kb=default_kb).claims
    assert sorted(c.verdict for c in got if "Galina" in c.text) == ["supported", "supported"]


# -- a part played, said in the 'for' phrase of an honour ----------------------------------------
# The holder of a nomination, prize or praise is the one who plays the part its 'for' phrase
# names ("earned a nod for playing Igor"); one who gives it, or thanks someone for it, is not.
@pytest.mark.parametrize("text, pair, verdict", [
    ("Yura Borisov collected a Spirit nomination for playing the bodyguard Igor in Anora.",
     ("igor", "yura-borisov"), "supported"),
    ("Mikey Madison was nominated for her turn as Ani.",
     ("anora-mikheeva", "mikey-madison"), "supported"),
    ("Vache Tovmasyan earned a BAFTA nod for playing the gentle heavy Igor.",
     ("igor", "vache-tovmasyan"), "refuted"),
    ("Karren Karagulian drew warm praise from critics for his work as Garnick.",
     ("garnick", "karren-karagulian"), "refuted"),
])
def test_a_part_named_for_an_honour_is_its_holder_s(default_kb, text, pair, verdict):
    assert [(c.subject.id, c.slots.get("actor"), c.verdict) for c in rows(text, default_kb)] \
        == [pair + (verdict,)], text


def test_the_part_of_an_honour_noun_is_a_row_of_its_own(default_kb):
    # the nomination holds; the part is wrong and is said in the 'for' phrase's own words
    got = rows("Vache Tovmasyan, for his part, picked up a nomination for playing Toros.",
               default_kb)
    assert [(c.text, c.verdict) for c in got] == [("for playing Toros", "refuted")]


@pytest.mark.parametrize("text", [
    # the giver and the thanker are not the one who plays
    "Sean Baker handed Yura Borisov a prize for playing Garnick.",
    "Mikey Madison thanked Yura Borisov for playing Garnick.",
    # a film and a character the KB lacks: nothing decides it
    "In Harbour Lights, Ilse Varga earned a nomination for playing the ferrywoman Maren.",
])
def test_an_honour_given_or_thanked_refutes_no_one(default_kb, text):
    assert all(c.verdict != "refuted" for c in rows(text, default_kb)), text


def test_an_honour_in_another_clause_gives_its_holder_no_part(default_kb):
    # Borisov's nomination is one clause; who plays Garnick is said in the next
    got = rows("Yura Borisov earned a nomination, and critics praised Vache Tovmasyan for "
               "playing Garnick.", default_kb)
    assert [(c.slots.get("actor"), c.verdict) for c in got] == [("vache-tovmasyan", "supported")]


# -- a part the KB lacks, played by a name it lacks -------------------------------------------------
# A review of a film the KB does not know still states who plays whom: the claim is made (its
# part named as written) and nothing can decide it.
@pytest.mark.parametrize("text, parts", [
    ("In Harbour Lights, Oskar Nilsen plays Bertil, a retired ferryman.", [("Bertil", "Oskar Nilsen")]),
    ("Harbour Lights follows a ferry family. His niece, Sigrid, played by Alma Reyes, runs the inn.",
     [("Sigrid", "Alma Reyes")]),
    # parenthetical layouts, the actor set off (an actor noun may open the parenthesis)
    ("Harbour Lights is the second feature of Ilse Varga. Ragna Holm (Edda Viklund) keeps the "
     "lighthouse, and her son Petter (newcomer Aksel Strand) wants to leave.",
     [("Petter", "Aksel Strand"), ("Ragna Holm", "Edda Viklund")]),
])
def test_a_part_and_a_player_the_kb_lacks_are_undecided(default_kb, text, parts):
    got = rows(text, default_kb)
    assert sorted((c.slots.get("subject_name"), c.slots.get("actor_name")) for c in got) == parts
    assert all(c.verdict == "not_enough_info" for c in got)


def test_a_kb_actor_in_a_part_the_kb_lacks_is_no_cast_claim(default_kb):
    # the part of a known actor in a film the KB lacks is a credit of hers, never refuted
    got = rows("In Harbour Lights, Mikey Madison plays Maren, a ferry pilot.", default_kb)
    assert got == []
    r = reelcheck.check("In Harbour Lights, Mikey Madison plays Maren, a ferry pilot.",
                        kb=default_kb)
    assert all(c.verdict != "refuted" for c in r.claims)


def test_a_name_beside_a_known_part_is_still_its_actor(default_kb):
    # the KB knows Toros's actor: a name it lacks set off beside him is refuted, not undecided
    got = rows("In Anora, Toros (Rupert Quill) loses his patience.", default_kb)
    assert [(c.slots.get("subject"), c.verdict) for c in got] == [("toros", "refuted")]


@pytest.mark.parametrize("text", [
    "After the shoot the crew flew to Bergen (Norway) and then on to Tromsø.",
    "The film was sold by Nordlys Pictures (Oslo) to several territories.",
])
def test_places_and_companies_in_a_parenthesis_are_no_parts(default_kb, text):
    assert rows(text, default_kb) == []


# -- a part handed to its player ------------------------------------------------------------------
def test_a_part_handed_to_someone_is_theirs(default_kb):
    # the part is the subject; its player the one after the verb's "to" (lexicon role_handover)
    assert pairs("In the end the role of Toros went to Karren Karagulian.", default_kb) == [
        ("toros", "karren-karagulian", "supported")]
    assert pairs("The part of Galina was given to Darya Ekamasova.", default_kb) == [
        ("galina-zakharova", "darya-ekamasova", "supported")]
    # like any named part, only confirmed: a wrong player is never refuted from it
    assert all(c.verdict != "refuted" for c in reelcheck.check(
        "The role of Toros went to Yura Borisov.", kb=default_kb).claims)
    # a part offered is not a part played
    assert pairs("The part of Ani was offered to Lindsey Normington.", default_kb) == []
    # a film the KB lacks, a name it lacks: nothing to decide
    assert all(c.verdict != "refuted" for c in reelcheck.check(
        "In The Salt Orchard the role of Maren went to Ilse Varga.", kb=default_kb).claims)


# -- a list of name-'as' pairs -------------------------------------------------------------------
def test_each_as_phrase_of_a_list_is_said_of_the_name_right_before_it(default_kb):
    # the parser hangs later 'as' phrases on the verb or on an earlier character: never on
    # every object of the verb (no "Mikey Madison as Vanya")
    assert pairs("Its cast lists Mikey Madison as Ani, Mark Eydelshteyn as Vanya and Yura "
                 "Borisov as Igor.", default_kb) == [
        ("anora-mikheeva", "mikey-madison", "supported"),
        ("igor", "yura-borisov", "supported"),
        ("ivan-zakharov", "mark-eydelshteyn", "supported")]
    assert pairs("Rounding out the cast are Karren Karagulian as Toros and Vache Tovmasyan "
                 "as Garnick.", default_kb) == [
        ("garnick", "vache-tovmasyan", "supported"), ("toros", "karren-karagulian", "supported")]
    # names and characters the KB lacks: nothing refuted
    assert all(c.verdict != "refuted" for c in reelcheck.check(
        "Rounding out the cast are Nomi Karst as Lena and Paul Lemarc as Marta.",
        kb=default_kb).claims)
    # "A and B as the parents, X and Y": still paired in order
    assert pairs("Baker cast Aleksei Serebryakov and Darya Ekamasova as Vanya's parents, "
                 "Nikolai and Galina.", default_kb) == [
        ("galina-zakharova", "darya-ekamasova", "supported"),
        ("nikolai-zakharov", "aleksei-serebryakov", "supported")]


def _cast_verdicts(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.predicate == "played_by"]


def test_a_part_whose_film_is_nowhere_in_the_text_is_never_refuted(default_kb):
    # "Igor" alone may be any film's Igor: with no film of his in the text, only confirmed
    assert _cast_verdicts("The stage revival casts Dora Vell as Mira and Tom Assad as Igor.",
                          default_kb) == []
    assert _cast_verdicts("Yura Borisov plays Igor.", default_kb) == ["supported"]
    # his film named: the complete cast decides
    assert _cast_verdicts("In Anora, Tom Assad plays Igor.", default_kb) == ["refuted"]


def test_a_title_beside_its_maker_in_brackets_is_no_part(default_kb):
    # "Anora" is a title and a character's name; Sean Baker made the film and plays no part
    assert _cast_verdicts("Best Director: Anora (Sean Baker)", default_kb) == []
    assert _cast_verdicts("Anora (Mikey Madison) meets Vanya.", default_kb) == ["supported"]
    # a name that is no title: the bracket is the part's player, and the KB knows it is not
    assert _cast_verdicts("Ani (Sean Baker) meets Vanya.", default_kb) == ["refuted"]
