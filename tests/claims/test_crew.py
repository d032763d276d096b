"""The crew family on the parse: who directed, wrote, produced, shot, edited, scored, cast or
designed a film, said with a verb, a participle, a job or a title.

Sentences are written for these tests; the facts are the default KB's (Anora's full credits:
Sean Baker directed, wrote, edited and cast it, Drew Daniels shot it, Baker, Samantha Quan and
Alex Coco produced it; Matthew Hearon-Smith's score and Stephen Phelps's sets are held, not
declared complete). Names the KB lacks (Ilse Varga) are invented."""
from __future__ import annotations

import reelcheck

LEAD = "Anora opened in American cinemas in October 2024. "
CREW = {"director", "screenwriter", "film_editor", "producer", "director_of_photography",
        "composer", "casting_director", "production_designer", "consultant"}


def crew(text, kb, lead=LEAD):
    r = reelcheck.check(lead + text, kb=kb)
    return [c for c in r.claims if c.predicate in CREW and c.start >= len(lead)]


def rows(text, kb, lead=LEAD):
    return [(c.predicate, c.verdict) for c in crew(text, kb, lead)]


# -- verbs and participles ------------------------------------------------------------------------
def test_a_relative_clause_gives_the_credit_to_the_name_it_hangs_on(default_kb):
    assert rows("Sean Baker, who directed the picture, thanked the cast.", default_kb) == \
        [("director", "supported")]
    got = crew("Alex Coco, who directed the picture, thanked the cast.", default_kb)
    assert [c.verdict for c in got] == ["refuted"] and "Sean Baker" in got[0].explanation


def test_a_participle_says_the_credit_of_the_film_it_hangs_on(default_kb):
    assert rows("Anora, a comedy directed by Sean Baker, won.", default_kb, lead="") == \
        [("director", "supported")]
    assert rows("It is a drama directed by Greta Gerwig.", default_kb) == [("director", "refuted")]


def test_a_fronted_participle_is_said_of_the_main_clause_subject(default_kb):
    got = crew("Written and directed by Sean Baker, Anora follows a dancer.", default_kb, lead="")
    # one statement, one row: both credits, each supported
    assert [c.verdict for c in got] == ["supported"]
    assert "written" in got[0].explanation and "directed" in got[0].explanation


def test_coordinated_verbs_share_their_object_and_their_agent(default_kb):
    got = crew("Baker wrote, directed and edited the film.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert got[0].text == "Baker wrote, directed and edited the film"
    got = crew("The film was written and directed by Greta Gerwig.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]


def test_a_verb_the_tagger_read_into_the_title_still_states_its_credit(default_kb):
    # "directed Anora" is often tagged as one name: the credit is still read
    got = crew("Sean Baker, who both wrote and directed Anora, won.", default_kb, lead="")
    assert [c.verdict for c in got] == ["supported"]
    assert "directed" in got[0].explanation and "written" in got[0].explanation


def test_coordinated_people_each_hold_the_credit(default_kb):
    got = crew("Sean Baker, Samantha Quan and Alex Coco produced the film.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert got[0].explanation.count("Holds") == 3
    assert rows("Sean Baker and Greta Gerwig produced the film.", default_kb) == \
        [("producer", "refuted")]


def test_a_co_writer_shares_the_credit(default_kb):
    got = crew("Sean Baker co-wrote Anora with Alex Coco.", default_kb, lead="")
    assert [c.verdict for c in got] == ["refuted"] and "Alex Coco" in got[0].explanation
    assert got[0].text.startswith("Sean Baker co-wrote")


def test_credits_given_by_different_verbs_are_different_statements(default_kb):
    got = crew("Anora was directed by Sean Baker and edited by Alex Coco.", default_kb, lead="")
    assert [(c.predicate, c.verdict) for c in got] == [("director", "supported"),
                                                       ("film_editor", "refuted")]
    assert got[1].text == "edited by Alex Coco"


def test_shot_names_the_cinematographer_only_with_by(default_kb):
    assert rows("Drew Daniels shot Anora in Brooklyn.", default_kb) == []
    assert rows("The film was shot in Brooklyn by Drew Daniels.", default_kb) == \
        [("director_of_photography", "supported")]


def test_casting_an_actor_is_not_the_casting_credit(default_kb):
    assert rows("Baker cast Mikey Madison as Ani.", default_kb) == []
    assert rows("Baker personally cast the film.", default_kb) == \
        [("casting_director", "supported")]


def test_a_denied_credit_and_a_plan_are_not_credits_stated(default_kb):
    assert rows("Anora was not directed by Greta Gerwig.", default_kb) == \
        [("director", "supported")]   # correctly denied
    assert rows("Greta Gerwig will direct the sequel.", default_kb) == []


# -- jobs -----------------------------------------------------------------------------------------
def test_a_job_names_its_credit(default_kb):
    assert rows("Matthew Hearon-Smith composed the music.", default_kb) == \
        [("composer", "supported")]
    assert rows("Baker did the casting himself.", default_kb) == [("casting_director", "supported")]
    assert rows("Baker handed the editing to Alex Coco.", default_kb) == \
        [("film_editor", "refuted")]
    assert rows("The score by Matthew Hearon-Smith drew praise.", default_kb) == \
        [("composer", "supported")]


def test_another_job_is_no_credit(default_kb):
    assert rows("Principal photography was overseen by Alex Coco.", default_kb) == []
    assert rows("The sound design by Alex Coco drew praise.", default_kb) == []


# -- titles ---------------------------------------------------------------------------------------
def test_a_title_beside_a_name(default_kb):
    assert rows("Its cinematographer Drew Daniels used old lenses.", default_kb) == \
        [("director_of_photography", "supported")]
    assert rows("Drew Daniels, its cinematographer, used old lenses.", default_kb) == \
        [("director_of_photography", "supported")]
    got = crew("The film's editor, Alex Coco, cut it in a month.", default_kb)
    assert [c.verdict for c in got] == ["refuted"] and got[0].text.startswith("The film's editor")


def test_a_title_that_names_two_jobs(default_kb):
    got = crew("The film's writer-director Sean Baker thanked the crew.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert {"written", "directed"} <= set(got[0].explanation.replace(".", "").split())
    got = crew("Everyone cheered Anora's writer and director, Sean Baker.", default_kb)
    assert [c.verdict for c in got] == ["supported"]


def test_a_title_said_of_someone_is_a_credit_to_check(default_kb):
    assert rows("Sean Baker was also the editor.", default_kb) == [("film_editor", "supported")]
    assert rows("Alex Coco served as editor.", default_kb) == [("film_editor", "refuted")]
    assert rows("Baker cut it with Alex Coco as his co-editor.", default_kb) == \
        [("film_editor", "refuted")]


def test_a_title_in_passing_can_support_but_never_refute(default_kb):
    assert rows("The director, Greta Gerwig, was in the audience.", default_kb) == []
    assert rows("The director, Sean Baker, was in the audience.", default_kb) == \
        [("director", "supported")]


def test_a_bare_title_before_a_name_describes_the_person(default_kb):
    # "filmmaker Jane Roe" says what she does, not which film she made: no credit on the film
    # in focus unless the phrase states one ("Anora director", "its editor") or a clause does
    # (a list of titles, "writer and director Jane Roe", is a run of credits read in passing:
    # test_crew_title_list_before_a_name.py)
    for text in ("Director Sean Baker was in the audience.",
                 "Producer Alex Coco was in the audience."):
        assert rows(text, default_kb) == [], text
    # a craft's title (lexicon crew.passing_titles) in a passage on one film may confirm the
    # credit in passing, never refute it
    assert rows("Cinematographer Drew Daniels used old lenses.", default_kb) == \
        [("director_of_photography", "supported")]
    assert rows("Cinematographer Greta Gerwig used old lenses.", default_kb) == []
    assert rows("Anora director Sean Baker was in the audience.", default_kb) == \
        [("director", "supported")]
    assert rows("Sean Baker, who directed it, was in the audience.", default_kb) == \
        [("director", "supported")]


def test_a_title_for_another_job_or_another_time_is_no_credit(default_kb):
    for text in ("Festival director Thierry Fremaux introduced it.",
                 "Executive producer Greta Gerwig was there.",
                 "Greta Gerwig, a former editor, was there.",
                 "Greta Gerwig, a producer, was there.",
                 "Best Director nominee Greta Gerwig was there."):
        assert rows(text, default_kb) == [], text


# -- the film in focus ----------------------------------------------------------------------------
def test_a_title_binds_only_to_the_one_film_in_focus(default_kb):
    lead = "Anora and Red Rocket screened in May. "
    assert rows("Director Sean Baker was there.", default_kb, lead) == []
    assert rows("Sean Baker was also the editor.", default_kb, lead) == []


def test_the_film_is_the_one_named_before_it(default_kb):
    # "the film" points back to Anora, not to the film the sentence names after it
    got = crew("Baker edited the film himself, as he had on Red Rocket.", default_kb,
               lead="Then came Anora. ")
    assert [(c.subject.id, c.verdict) for c in got] == [("anora-2024-film", "supported")]


def test_a_film_left_unsaid_among_two_may_confirm_but_not_refute(default_kb):
    # one film in the passage: "it" is Anora, whose complete credit refutes the editor
    assert rows("Ilse Varga edited it.", default_kb) == [("film_editor", "refuted")]
    # two films in the passage: "it" may be the other one
    lead = "Anora opened in October 2024, a year after The Zone of Interest. "
    got = crew("Drew Daniels edited it.", default_kb, lead)
    assert [(c.predicate, c.verdict) for c in got] == [("film_editor", "not_enough_info")]
    assert got[0].explanation.startswith("The sentence does not name the film")
    assert "Sean Baker" in got[0].explanation
    assert rows("Sean Baker edited it.", default_kb, lead) == [("film_editor", "supported")]


def test_its_after_a_clause_about_a_film_the_kb_lacks(default_kb):
    text = ("The Glass Harbour, like Sean Baker's Anora, was shot on 35mm film, and its "
            "cinematographer, Ilse Varga, chose the stock.")
    assert [v for p, v in rows(text, default_kb) if p == "director_of_photography"] == []


# -- names and films the KB lacks -----------------------------------------------------------------
def test_a_name_the_kb_lacks_is_refuted_only_by_a_complete_credit(default_kb):
    got = crew("The picture was edited by Ilse Varga.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert got[0].object == "Ilse Varga" and got[0].slots["person"] is None
    # the score is not declared complete: a stranger's score stays open
    assert rows("The score was written by Ilse Varga.", default_kb) == \
        [("composer", "not_enough_info")]
    # said in passing, a stranger's title is no claim at all
    assert rows("Cinematographer Ilse Varga lit every scene.", default_kb) == []


def test_a_name_that_may_be_a_spelling_of_the_credited_one_is_not_refuted(default_kb):
    from reelcheck.model import Claim, EntityRef
    from reelcheck.verify.people import crew as check_crew
    c = Claim(id="c1", start=0, end=1, text="x", category="crew",
              subject=EntityRef("anora-2024-film", "Anora"), predicate="director",
              object="S. Baker", slots=dict(subject="anora-2024-film", person=None,
                                            name="S. Baker"))
    v = check_crew(default_kb, c)
    assert v.verdict == "not_enough_info" and "spelling" in v.explanation


def test_a_film_the_kb_lacks_named_in_the_phrase(default_kb):
    got = crew('The drama "Harbour Lights" was directed by Ilse Varga.', default_kb, lead="")
    assert [c.verdict for c in got] == ["not_enough_info"]
    assert "Harbour Lights" in got[0].explanation


# -- spouses --------------------------------------------------------------------------------------
def spouses(text, kb):
    return [(c.subject.id, c.object.id, c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "spouse"]


def test_a_spouse_said_in_passing(default_kb):
    assert spouses("Sean Baker came to Cannes. Samantha Quan, his wife, came too.",
                   default_kb) == [("sean-baker", "samantha-quan", "supported")]
    assert spouses("Sean Baker's wife Samantha Quan came too.", default_kb) == \
        [("sean-baker", "samantha-quan", "supported")]


def test_a_spouse_named_as_a_credit_partner_is_the_credit(default_kb):
    text = "Anora opened in October. Sean Baker co-wrote the film with his wife, Samantha Quan."
    assert spouses(text, default_kb) == []
    assert rows("Sean Baker co-wrote the film with his wife, Samantha Quan.", default_kb) == \
        [("screenwriter", "refuted")]


def test_coordinated_titles_share_their_determiner_and_their_film(default_kb):
    # "the writer and director (and editor) of X": every title is a credit on X, also where
    # the parser hangs "of X" on the name beside them
    got = crew("Sean Baker, the writer and director (and editor) of Anora, spoke first.",
               default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert {"written", "directed", "edited"} <= set(got[0].explanation.replace(".", "").split())
    got = crew("Alex Coco, the writer and editor of \u201cAnora\u201d, spoke first.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]


def test_a_definite_title_with_its_film_describes_the_person_in_focus(default_kb):
    lead = "Sean Baker had a long night. "
    got = crew("The writer and director of \u201cAnora\u201d went home with four Oscars.",
               default_kb, lead)
    assert [c.verdict for c in got] == ["supported"]
    # a guess from the passage can support but never refute: no claim when it does not hold
    assert crew("The editor of \u201cAnora\u201d went home happy.", default_kb,
                "Alex Coco had a long night. ") == []


def test_the_writer_s_own_i_is_no_title_the_kb_lacks(default_kb):
    # "the best film I saw" names no film: "the film" after it is still the one in focus
    text = ("Anora is a Brooklyn screwball comedy. The chase is the best film I saw all year.\n\n"
            "Baker wrote and edited the film himself.")
    got = [c for c in reelcheck.check(text, kb=default_kb).claims
           if c.predicate in ("screenwriter", "film_editor")]
    assert got and all(c.slots["subject"] == "anora-2024-film" and c.verdict == "supported"
                       for c in got)


def test_a_titled_name_in_a_passage_on_a_film_the_kb_lacks_is_undecided(default_kb):
    text = ("Review: Harbour Lights\n\nHarbour Lights follows a ferry family on a northern "
            "island. Cinematographer Jonna Vik shoots the fjord in long grey takes.")
    got = [c for c in reelcheck.check(text, kb=default_kb).claims
           if c.predicate == "director_of_photography"]
    assert [(c.slots.get("name"), c.verdict) for c in got] == [("Jonna Vik", "not_enough_info")]
    # in a passage on a KB film the bare title stays a description: no claim, as before
    got = [c for c in reelcheck.check("Anora won the Palme d'Or. Cinematographer Jonna Vik "
                                      "praised it.", kb=default_kb).claims
           if c.predicate == "director_of_photography"]
    assert got == []


# -- a title after 'as', the film on the verb ------------------------------------------------------
def test_a_title_after_as_takes_the_film_hanging_on_its_verb(default_kb):
    assert rows("Drew Daniels served as director of photography on Anora.", default_kb,
                lead="") == [("director_of_photography", "supported")]
    assert rows("Sean Baker acted as editor on Anora.", default_kb, lead="") == \
        [("film_editor", "supported")]
    # the KB holds Anora's full photography credit
    assert rows("Emmanuel Lubezki served as cinematographer on Anora.", default_kb,
                lead="") == [("director_of_photography", "refuted")]
    # a film the KB lacks: nothing to decide
    assert all(v != "refuted" for _, v in rows(
        "Drew Daniels served as cinematographer on The Salt Orchard.", default_kb, lead=""))


def test_lensed_is_a_photography_credit(default_kb):
    assert rows("Anora was lensed by Drew Daniels.", default_kb, lead="") == \
        [("director_of_photography", "supported")]
    assert rows("Anora was lensed by Hoyte van Hoytema.", default_kb, lead="") == \
        [("director_of_photography", "refuted")]


def test_a_film_from_director_x(default_kb):
    # the film is the subject of the verb of coming the 'from' phrase hangs on
    assert rows("Anora comes from director Sean Baker.", default_kb, lead="") == \
        [("director", "supported")]
    # the KB holds Anora's full directing credit
    assert rows("Anora comes from director Justine Triet.", default_kb, lead="") == \
        [("director", "refuted")]
    # a credit the KB does not hold as complete is left open
    assert rows("Titane comes from director Ruben Östlund.", default_kb, lead="") == \
        [("director", "not_enough_info")]
    # praise or a prize from a director is no credit: only a verb of coming from (lexicon
    # crew.origin_verbs) or a title noun takes the maker
    for text in ("Praise came from director Guillermo del Toro.",
                 "Anora was praised by director Guillermo del Toro.",
                 "Anora drew a rave from filmmaker Justine Triet.",
                 "Anora, a film admired by director Justine Triet, opens."):
        assert rows(text, default_kb, lead="") == [], text


def test_a_comma_list_of_credits_the_parser_misreads_is_one_list(default_kb):
    # the parser may hang the second verb of "written, directed and edited" on the first as an
    # adverbial clause: every credit of the list is still a slot of the claim
    got = crew("Anora was produced, written and cut by Sean Baker.", default_kb, lead="")
    assert len(got) == 1 and got[0].verdict == "supported"
    assert all(w in got[0].explanation for w in ("produced by Sean Baker",
                                                 "written by Sean Baker"))
    got = crew("Anora was written, directed and edited by Lena Halvorsen.", default_kb,
               lead="")
    assert got and got[0].verdict == "refuted" and "written by Sean Baker" in got[0].explanation


def test_a_job_with_its_maker_as_a_verbs_object_can_support_but_never_refute(default_kb):
    # "boasts a score by X": the job names who, whether the parser hangs "by" on the noun or
    # on the verb; the verb is no crew verb, so the music may be music the film uses
    for text in ("Anora features a score by Matthew Hearon-Smith.",
                 "Anora boasts cinematography by Drew Daniels.",
                 "Anora features the score by Matthew Hearon-Smith."):
        assert [v for _p, v in rows(text, default_kb)] == ["supported"], text
    for text in ("Anora boasts cinematography by Roger Deakins.",
                 "Anora features the music by Take That.",
                 "The Glass Orchard boasts cinematography by Maren Holt."):
        assert all(v != "refuted" for _p, v in rows(text, default_kb)), text


def test_each_verb_of_an_active_list_is_a_credit(default_kb):
    # "wrote, directed and edited X": the parser may tag a middle item as a participle; after
    # an active verb with its subject it is active too, and the claim judges all three
    got = crew("Sean Baker wrote, directed and edited Anora.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert all(w in got[0].explanation for w in ("written", "directed", "edited"))
    got = crew("Greta Gerwig wrote, directed and edited Anora.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert all(w in got[0].explanation for w in ("written", "directed", "edited"))


# -- coordinated credits the tagger misreads (probe crewverbs11) ------------------------------------
def test_a_second_verb_the_tagger_read_into_the_title_is_a_credit(default_kb):
    # "wrote and directed X": the tagger may make "directed" a modifier of the title (and the
    # title a conjunct of "wrote"), or a name of its own with the title its object; either
    # way both credits are read, with the subject of the first verb
    got = crew("Bong Joon Ho wrote and directed Parasite, a satire of class.", default_kb,
               lead="")
    assert [c.verdict for c in got] == ["supported"]
    assert "written" in got[0].explanation and "directed" in got[0].explanation
    got = crew("Lena Halvorsen wrote and directed Anora.", default_kb, lead="")
    assert [c.verdict for c in got] == ["refuted"]
    assert "directed by Sean Baker" in got[0].explanation


def test_a_title_hung_on_a_middle_verb_of_a_list_is_every_verbs_object(default_kb):
    got = crew("Sean Baker directed, edited and produced Anora.", default_kb, lead="")
    assert [c.verdict for c in got] == ["supported"]
    assert all(w in got[0].explanation for w in ("directed", "edited", "produced"))
    got = crew("Alex Coco directed, edited and produced Anora.", default_kb, lead="")
    assert [c.verdict for c in got] == ["refuted"] and "Sean Baker" in got[0].explanation


def test_a_held_credit_the_best_director_nomination_names_whole_refutes_another(default_kb):
    # the KB holds Parasite's director without declaring the credit complete; the Academy's
    # Best Director nomination names everyone it holds, so it is the whole credit
    got = crew("Greta Gerwig wrote and directed Parasite.", default_kb, lead="")
    assert [c.verdict for c in got] == ["refuted"] and "Bong Joon Ho" in got[0].explanation
    assert rows("Parasite was directed by Lena Halvorsen.", default_kb, lead="") == \
        [("director", "refuted")]
    assert rows("Parasite was directed by Bong Joon Ho.", default_kb, lead="") == \
        [("director", "supported")]
    # a film the KB lacks: nothing to decide
    assert all(v == "not_enough_info" for _p, v in rows(
        "Christopher Nolan wrote and directed The Pale Meridian.", default_kb, lead=""))


def test_a_prize_adjective_on_a_title_in_apposition_is_said_of_the_name(default_kb):
    # "X, the Oscar-winning director of Y": a crew credit and an award claim from one noun
    # phrase; the participle's noun stands for the name it is in apposition with
    def award(text):
        r = reelcheck.check(text, kb=default_kb)
        return [c.verdict for c in r.claims if c.category == "award"]
    assert award("Brady Corbet, the Oscar-winning director of The Brutalist, gave a talk.") == \
        ["refuted"]
    assert rows("Brady Corbet, the Oscar-winning director of The Brutalist, gave a talk.",
                default_kb, lead="") == [("director", "supported")]
    assert award("Christopher Nolan, the Oscar-winning writer-director of Oppenheimer, "
                 "gave a talk.") == ["supported"]
    assert award("Brady Corbet, the Oscar-nominated director of The Brutalist, gave a talk."
                 ) == ["supported"]
    assert award("Lena Halvorsen, the Oscar-winning director of The Pale Meridian, gave a "
                 "talk.") == ["not_enough_info"]


def test_a_title_on_a_maker_hung_on_a_named_film_is_that_films_credit(default_kb):
    # "X, from director Y": the preposition hangs the maker on the film (lexicon
    # crew.maker_preps); a title with a film of its own keeps it, and "from" on another noun
    # ("the new film from director Y") states no credit of a named film
    got = crew("Oppenheimer, from writer-director Christopher Nolan, runs long.", default_kb,
               lead="")
    assert [c.verdict for c in got] == ["supported"]
    assert "directed" in got[0].explanation and "written" in got[0].explanation
    assert rows("Parasite, from director Lena Halvorsen, opened in May.", default_kb,
                lead="") == [("director", "refuted")]
    assert rows("Anora, from producer Lena Halvorsen, opened in May.", default_kb,
                lead="") == [("producer", "refuted")]
    assert rows("The next film from Parasite director Bong Joon Ho opened.", default_kb,
                lead="") == [("director", "supported")]
    assert all(v == "not_enough_info" for _p, v in rows(
        "The Pale Meridian, from director Lena Halvorsen, opened in May.", default_kb, lead=""))


def test_a_list_of_titles_the_parser_hung_as_appositions_each_is_a_credit(default_kb):
    # "X's writer, director and producer, Y": the second title may be read as an apposition
    # of the first; it is a list item, with the first one's film and name
    got = crew("Parasite's writer, director and producer, Bong Joon Ho, took questions.",
               default_kb, lead="")
    assert [c.verdict for c in got] == ["supported"]
    assert all(w in got[0].explanation for w in ("written", "directed", "produced"))
    got = crew("Anora's writer, director and editor, Lena Halvorsen, took questions.",
               default_kb, lead="")
    assert [c.verdict for c in got] == ["refuted"]
    assert all(w in got[0].explanation for w in ("written", "directed", "edited"))


def test_a_crew_verb_tagged_as_an_adjective_in_a_verb_list_is_a_credit(default_kb):
    for text in ("Sean Baker penned and helmed Anora.",
                 "Bong Joon Ho scripted and helmed Parasite."):
        got = crew(text, default_kb, lead="")
        assert [c.verdict for c in got] == ["supported"], text
        assert "written" in got[0].explanation and "directed" in got[0].explanation
    got = crew("Alex Coco penned and helmed Anora.", default_kb, lead="")
    assert [c.verdict for c in got] == ["refuted"]


def test_a_prize_adjective_on_a_title_whose_name_hangs_on_the_film(default_kb):
    # "the Oscar-winning director of X, Y": the parser may hang the name on the film
    def award(text):
        r = reelcheck.check(text, kb=default_kb)
        return [c.verdict for c in r.claims if c.category == "award"]
    assert award("The sequel comes from the Oscar-winning director of The Brutalist, "
                 "Brady Corbet.") == ["refuted"]
    assert award("The sequel comes from the Oscar-winning director of Oppenheimer, "
                 "Christopher Nolan.") == ["supported"]


def test_a_co_credit_after_a_coordinated_verb_read_into_the_title(default_kb):
    # "directed and co-wrote X": the parser may split "co-" off and make "wrote" a modifier
    # of the title, which is the first verb's object; the second credit is still read
    got = crew("Bong Joon Ho directed and co-wrote Parasite.", default_kb, lead="")
    assert [c.verdict for c in got] == ["supported"]
    assert "directed" in got[0].explanation and "written" in got[0].explanation
    got = crew("Lena Halvorsen directed and co-wrote Parasite.", default_kb, lead="")
    assert [c.verdict for c in got] == ["refuted"]
    assert rows("Bong Joon Ho directed the acclaimed Parasite.", default_kb, lead="") == \
        [("director", "supported")]


def test_coordinated_verbs_of_a_relative_clause_share_its_pronoun(default_kb):
    # "which" is the object of every verb coordinated in the relative clause: one statement,
    # one row holding the three credits
    got = [c for c in reelcheck.check(
        "Anora, which Sean Baker wrote, directed and edited, won five Oscars.",
        kb=default_kb).claims if c.category == "crew"]
    assert [c.verdict for c in got] == ["supported"]
    assert all(w in got[0].explanation for w in ("written by", "directed by", "edited by"))
    # a second subject in the clause holds its own verb's credit: refuted where the KB holds
    # the full credit
    got = {(c.predicate, c.verdict) for c in reelcheck.check(
        "Anora, which Sean Baker wrote and Drew Daniels edited, won five Oscars.",
        kb=default_kb).claims if c.category == "crew"}
    assert got == {("screenwriter", "supported"), ("film_editor", "refuted")}


def test_a_job_said_to_be_by_someone(default_kb):
    # the copula's "by" phrase names the job's maker
    def got(text):
        return [(c.predicate, c.verdict) for c in reelcheck.check(text, kb=default_kb).claims
                if c.category == "crew"]
    assert got("Anora's score is by Matthew Hearon-Smith.") == [("composer", "supported")]
    assert got("The cinematography on Anora is by Drew Daniels.") == [
        ("director_of_photography", "supported")]
    assert got("Anora's cinematography is by Alexis Zabe.") == [
        ("director_of_photography", "refuted")]
    # a denial of the KB's credit is refuted; of a name the credit may not hold, left open
    assert got("Anora's score is not by Matthew Hearon-Smith.") == [("composer", "refuted")]
    assert got("Anora's score is not by Alex Coco.") == [("composer", "not_enough_info")]


def test_a_partner_named_by_a_title_holds_it_on_the_film_the_work_was_on(default_kb):
    # "worked with <title> X on <film>", "shot <film> with <title> X": the partner's title is
    # their credit on that film
    assert rows("Baker worked with cinematographer Drew Daniels on Anora.", default_kb) == [
        ("director_of_photography", "supported")]
    assert rows("Baker shot the film on 35mm with cinematographer Drew Daniels.",
                default_kb) == [("director_of_photography", "supported")]
    # the KB holds Anora's full editing credit (Baker's own)
    assert rows("Baker made Anora with editor Drew Daniels.", default_kb) == [
        ("film_editor", "refuted")]
    # a verb that is not one of working together says nothing of the partner's credit
    assert rows("Baker celebrated Anora with editor Drew Daniels.", default_kb) == []
    # a film that is itself the subject of the verb of working together is the work they
    # did ("Anora reunited Baker with ..."): the full credit refutes another cinematographer
    # (tests/claims/test_crew_title_in_a_with_phrase.py); another verb binds nothing
    assert rows("Anora reunited Baker with cinematographer Greta Gerwig.", default_kb) == [
        ("director_of_photography", "refuted")]
    assert rows("Anora delighted Baker with cinematographer Greta Gerwig in the audience.",
                default_kb) == []


def test_a_later_partner_with_its_own_title_shares_the_first_partners_work(default_kb):
    # "with <title> X and <title> Y": Y hangs on X, not on "with"; the work is still the verb's
    assert rows("Baker made Anora with cinematographer Drew Daniels and production designer "
                "Stephen Phelps.", default_kb) == [
        ("director_of_photography", "supported"), ("production_designer", "supported")]
    # Anora's editing credit is Baker's alone, held in full
    assert rows("Baker made Anora with cinematographer Drew Daniels and film editor "
                "Alex Coco.", default_kb) == [
        ("director_of_photography", "supported"), ("film_editor", "refuted")]


def test_a_titled_subject_of_a_verb_of_working_holds_the_title_on_its_film(default_kb):
    # "<title> X worked on <film>": the title is confirmed by the film's credit ...
    assert rows("Production designer Stephen Phelps worked on Anora for a year.",
                default_kb) == [("production_designer", "supported")]
    assert rows("Cinematographer Drew Daniels shot Anora on 35mm film.", default_kb) == [
        ("director_of_photography", "supported")]
    # ... but never refuted by it: the verb does not say in which job she worked there
    assert [r for r in rows("Editor Samantha Quan worked on Anora for a year.", default_kb)
            if r[1] == "refuted"] == []


def test_a_conjunct_with_a_title_of_its_own_does_not_share_the_first(default_kb):
    # "editor X and producer Y": Y is the producer, not a second editor (Anora's editing
    # credit is Baker's alone, the KB holds it in full)
    assert rows("Anora's editor Sean Baker and producer Samantha Quan attended.",
                default_kb, lead="") == [("film_editor", "supported")]
    # without a title of its own the second name shares the first's ("editors X and Y")
    assert rows("Anora's editors Sean Baker and Alex Coco attended.", default_kb, lead="") == [
        ("film_editor", "supported"), ("film_editor", "refuted")]


def test_two_titled_names_in_a_list_each_hold_their_own_title(default_kb):
    # The parser may hang the first title on the last name of the list; the name a title
    # stands right before is the one it is said of, and a wrong holder must never refute.
    got = rows("Anora director Sean Baker and production designer Stephen Phelps walked "
               "through the house together.", default_kb, lead="")
    assert ("director", "supported") in got, got
    assert all(v != "refuted" for _, v in got), got
    got = rows("Anora director Drew Daniels and composer Ilse Varga walked through the "
               "house together.", default_kb, lead="")
    assert ("director", "refuted") in got, got
