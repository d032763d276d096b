"""Production and other facts: how a film was made, financed and sold, and what the KB's sourced
notes say about the people who made it.

Sentences are written for these tests; the facts are the default KB's (Anora's notes: Mikey
Madison took Russian lessons to prepare; Mark Eydelshteyn was recommended by Yura Borisov;
Karren Karagulian quit acting in 2017). Names the KB lacks (Ilse Varga) are invented.
"""
from __future__ import annotations

import reelcheck


def claims(text, kb, lead=""):
    r = reelcheck.check(lead + text, kb=kb)
    return [c for c in r.claims if c.start >= len(lead)]


def noted(text, kb, lead=""):
    return [(c.text, c.verdict) for c in claims(text, kb, lead) if c.predicate == "statement"]


# -- a clause borrows the subject the parse gives its verb -------------------------------------
def test_a_conjunct_verb_is_said_of_the_subject_of_the_clause_before_it(default_kb):
    lead = "Mikey Madison landed the lead in Anora. "
    got = noted("She moved to Brooklyn for a while and took Russian lessons.", default_kb, lead)
    assert [v for t, v in got if "Russian lessons" in t] == ["supported"]


def test_a_name_the_kb_lacks_lends_no_note_to_its_conjunct(default_kb):
    lead = "Ilse Varga landed a part in a Danish drama. "
    assert noted("She moved to Brooklyn for a while and took Russian lessons.",
                 default_kb, lead) == []
    assert noted("Ilse Varga, a Danish stage actress, moved to Brooklyn and took Russian "
                 "lessons.", default_kb) == []


def test_a_subject_named_in_another_clause_binds_the_predicate_after_an_aside(default_kb):
    got = noted("Mark Eydelshteyn, who grew up far from Moscow, was recommended by Yura "
                "Borisov.", default_kb)
    assert [v for t, v in got] == ["supported"] and got[0][0].startswith("was recommended")


def test_a_borrowed_subject_speaks_only_for_a_note_about_it(default_kb):
    # the note is about Eydelshteyn (recommended by Borisov): the roles swapped say something
    # else, which the note does not support
    assert noted("Yura Borisov, who grew up far from Moscow, was recommended by Mark "
                 "Eydelshteyn.", default_kb) == []


def test_a_phrase_on_a_verb_is_said_of_that_verb_s_subject(default_kb):
    # KB note on Anora: about 40 crew members
    got = noted("It was filmed in Brooklyn, with a crew of about forty.", default_kb,
                "Anora was a small production. ")
    assert ("with a crew of about forty", "supported") in got
    assert noted("It was filmed in Brooklyn, with a crew of about forty.", default_kb,
                 "Harbour Lights was a small production. ") == []
    assert noted("It was filmed in Brooklyn, with a crew of about seventy.", default_kb,
                 "Anora was a small production. ") == []


def test_a_pronoun_elsewhere_in_the_sentence_means_the_person_a_note_is_about(default_kb):
    lead = "Mikey Madison was cast in Anora. "
    got = noted("Baker wrote the title role for her and offered it without an audition.",
                default_kb, lead)
    assert ("and offered it without an audition", "supported") in got


def test_with_someone_in_mind_says_no_more_than_for_them(default_kb):
    # KB note on Yura Borisov: Baker noticed him in Compartment No. 6 ... and wrote Igor for him
    lead = "Yura Borisov starred in Compartment No. 6. "
    got = noted("Sean Baker caught that film at Cannes and wrote Igor with Borisov in mind.",
                default_kb, lead)
    assert [v for t, v in got if "in mind" in t] == ["supported"]
    # a person the note is not about, named in the clause, is not what the note says
    assert not [t for t, v in noted("Sean Baker wrote Igor with Ilse Varga in mind.",
                                    default_kb, lead) if "in mind" in t]


def test_first_before_a_participle_in_a_note_still_says_which_one(default_kb):
    # KB note on Anora: "... it was Borisov's first filmed scene" (a surname names him)
    lead = "Anora has a long home-invasion sequence. "
    got = noted("That sequence was the first scene Yura Borisov filmed.", default_kb, lead)
    assert [v for _t, v in got] == ["supported"]
    assert noted("That sequence was the first scene Mark Eydelshteyn filmed.", default_kb,
                 lead) == []


def test_words_hyphened_to_a_linked_name_are_the_clause_s_own(default_kb):
    # KB note on Mark Eydelshteyn: "... Anora was his first US film and first English-language
    # role"; "English" is a linked name, "language" is still a word the clause says
    lead = "Mark Eydelshteyn plays the oligarch's son. "
    got = noted("For him Anora was a first English-language part.", default_kb, lead)
    assert [v for _t, v in got] == ["supported"]
    assert noted("For him Anora was a second English-language part.", default_kb,
                 lead) == []


def test_a_number_the_note_does_not_hold_is_not_supported(default_kb):
    lead = "Karren Karagulian acted for years. "
    assert [v for _t, v in noted("In 2017 he quit acting and sold home furnishings.",
                                 default_kb, lead)] == ["supported"]
    assert noted("In 2019 he quit acting and sold home furnishings.", default_kb, lead) == []


# -- a company's credit, read by the crew verbs --------------------------------------------------
def companies(text, kb, lead=""):
    return [(c.predicate, c.verdict) for c in claims(text, kb, lead)
            if c.predicate in ("production_company", "distributor")]


def test_a_company_after_by_holds_the_company_credit_of_the_verb(default_kb):
    # KB: Anora was produced by Cre Film and FilmNation Entertainment, distributed by Neon (US)
    assert companies("Anora was made by a small team and co-produced by FilmNation, with Cre "
                     "Film as its partner.", default_kb) == [("production_company", "supported")]
    assert companies("The picture Anora was produced by Sean Baker's outfit Cre Film.",
                     default_kb) == [("production_company", "supported")]


def test_a_partner_after_alongside_shares_the_credit(default_kb):
    lead = "Anora cost six million dollars. "
    got = claims("Cre Film made it alongside FilmNation Entertainment, and FilmNation "
                 "Entertainment produced it alongside Cre Film.", default_kb, lead)
    got = [c for c in got if c.predicate == "production_company"]
    assert got and all(c.verdict == "supported" for c in got)
    assert "Cre Film" in got[0].explanation and "FilmNation" in got[0].explanation


def test_a_company_the_kb_does_not_credit_is_undecided_not_refuted(default_kb):
    # Neon distributes Anora; nothing says the list of its producers is complete
    assert companies("Anora was produced by Neon.", default_kb) == \
        [("production_company", "not_enough_info")]


def test_a_person_never_holds_a_company_credit(default_kb):
    assert companies("Anora was distributed by Sean Baker.", default_kb) == []


def test_the_market_of_a_distribution_credit_is_a_slot(default_kb):
    assert companies("In the United States, Anora was distributed by Neon.", default_kb) == \
        [("distributor", "supported")]
    assert companies("Anora was distributed by Neon in France.", default_kb) == \
        [("distributor", "not_enough_info")]
    assert companies("Across France the film Anora was distributed by Le Pacte.",
                     default_kb) == [("distributor", "supported")]
    assert companies("Neon picked up Anora and distributed it across the United States.",
                     default_kb) == [("distributor", "supported")]


def test_a_market_word_on_the_credit_is_a_slot(default_kb):
    # "worldwide", "internationally": a market named without a place
    assert companies("Neon handled Anora's distribution worldwide.", default_kb) in (
        [], [("distributor", "not_enough_info")])
    assert companies("Neon distributed Anora worldwide.", default_kb) == \
        [("distributor", "not_enough_info")]
    assert companies("Anora was distributed internationally by Neon.", default_kb) == \
        [("distributor", "not_enough_info")]
    assert companies("Abroad, Anora was distributed by Universal Pictures.", default_kb) == \
        [("distributor", "supported")]


def test_a_date_on_the_verb_is_a_slot_the_kb_cannot_check(default_kb):
    assert companies("Anora was distributed by Neon in 2023.", default_kb) == \
        [("distributor", "not_enough_info")]


# -- the format a part of the film was shot on ---------------------------------------------------
def formats(text, kb, lead="Anora runs over two hours. "):
    return [(c.text, c.verdict) for c in claims(text, kb, lead)
            if c.predicate == "filming_format"]


def test_a_part_of_the_film_in_focus_shot_on_its_format_is_supported(default_kb):
    # KB: Anora was shot on 35mm film (a complete list)
    assert formats("Drew Daniels filmed the sequence on 35mm stock.", default_kb) == \
        [("Drew Daniels filmed the sequence on 35mm", "supported")]


def test_a_part_shot_on_another_format_is_undecided_not_refuted(default_kb):
    # a film may mix formats: what the whole was shot on does not refute one scene
    assert formats("Drew Daniels shot the scene on 16mm.", default_kb) == \
        [("Drew Daniels shot the scene on 16mm", "not_enough_info")]
    assert formats("Drew Daniels shot the film on 16mm.", default_kb) == \
        [("Drew Daniels shot the film on 16mm", "refuted")]


def test_a_part_of_a_film_the_kb_lacks_makes_no_format_claim(default_kb):
    assert formats("Ilse Varga shot the sequence on 35mm.",
                   default_kb, lead="Harbour Lights runs over two hours. ") == []


# -- the name a person was born with (claims/names.py) -------------------------------------------
def birth_names(text, kb, lead=""):
    return [(c.text, c.verdict) for c in claims(text, kb, lead) if c.predicate == "birth_name"]


def test_a_birth_name_said_of_a_pronoun_or_a_name_is_checked(default_kb):
    # KB: Mikey Madison was born Mikaela Madison Rosberg
    lead = "Mikey Madison began acting as a teenager. "
    assert birth_names("Her given name at birth? Her real name is Mikaela Madison Rosberg.",
                       default_kb, lead)[-1:] == \
        [("Her real name is Mikaela Madison Rosberg", "supported")]
    got = birth_names("The actress Mikey Madison was born Mikaela Rosberg.", default_kb)
    assert [v for _t, v in got] == ["supported"]   # a middle name left out still holds
    assert got[0][0].endswith("Mikey Madison was born Mikaela Rosberg")


def test_another_surname_is_refuted_and_another_person_is_not_read(default_kb):
    assert [v for _t, v in birth_names("Mikey Madison's birth name is Mikaela Jane Holloway.",
                                       default_kb)] == ["refuted"]
    assert birth_names("Ilse Varga's birth name is Margit Ilse Varga.", default_kb) == []


def test_a_birth_place_after_born_is_no_name(default_kb):
    assert birth_names("Mikey Madison was born in Los Angeles.", default_kb) == []


# -- a prediction is no statement a note can bear out -------------------------------------------
def test_a_prediction_or_wish_is_not_borne_out_by_a_note(default_kb):
    for text in ("Anora might win Best Picture.", "Anora could yet take Best Picture.",
                 "Mikey Madison will take Russian lessons.",
                 # a counterfactual: what did not happen
                 "Anora would have won Best Picture again."):
        assert noted(text, default_kb) == [], text
    # a factive verb under a modal still tells its complement as fact
    lead = "Darya Ekamasova was born in Kyiv. "
    got = [(c.text, c.verdict) for c in claims(
        "Viewers may know her as Sofia Kovalenko in The Americans.", default_kb, lead)]
    assert any(v == "supported" and "Sofia Kovalenko" in t for t, v in got), got
