"""Patterns the first held-out test set exposed (each wrong verdict there is a case here, in new
words): wrong refutes from misread structure, and supports a note gave for someone else."""
from __future__ import annotations

import pytest

import reelcheck
from reelcheck.claims.text import find_durations


def claims(text, kb):
    return [(c.text, c.predicate, c.verdict) for c in reelcheck.check(text, kb=kb).claims]


def test_each_clause_keeps_its_own_year(default_kb):
    text = ("Cannes has crowned many Americans: Barton Fink won the Palme in 1991, and in 1994 "
            "Pulp Fiction took the Palme.")
    got = {p: v for t, p, v in claims(text, default_kb) if "Pulp" in t}
    assert got == {"award_received": "supported"}


def test_a_wrong_year_in_its_own_clause_is_still_refuted(default_kb):
    text = "Barton Fink won the Palme in 1991, and in 1996 Pulp Fiction took the Palme."
    got = [v for t, p, v in claims(text, default_kb) if "Pulp" in t]
    assert got == ["refuted"]


def test_coordinated_actors_pair_with_coordinated_characters(default_kb):
    text = "Aleksei Serebryakov and Darya Ekamasova turn up late as Vanya's parents, Nikolai and Galina."
    got = [(t, v) for t, p, v in claims(text, default_kb) if p == "played_by"]
    assert got and all(v == "supported" for _t, v in got)


def test_as_a_description_is_not_a_cast_claim(default_kb):
    text = "Yura Borisov, as the quiet henchman who keeps an eye on Ani, steals the film."
    assert not [1 for _t, p, v in claims(text, default_kb) if p == "played_by" and v == "refuted"]


@pytest.mark.parametrize("text", [
    "Mark Eydelshteyn (Vanya) is a 22-year-old newcomer from Moscow.",
    "Borisov is the one person who sees Ani, and the role carried the 32-year-old Russian to the Oscars.",
])
def test_an_actors_age_is_not_read_as_the_characters(text, default_kb):
    assert not [1 for _t, p, v in claims(text, default_kb) if p == "age" and v == "refuted"]


def test_a_characters_age_in_apposition_is_still_checked(default_kb):
    got = [v for _t, p, v in claims("In Anora, Vanya, a 25-year-old heir, meets Ani.", default_kb)
           if p == "age"]
    assert got == ["refuted"]


def test_promotion_spend_is_not_the_budget(default_kb):
    text = "Neon reportedly spent around $30 million promoting Anora during awards season."
    assert not [1 for _t, p, _v in claims(text, default_kb) if p == "budget"]


def test_hours_and_minutes_in_words():
    d = find_durations("which runs two hours and nineteen minutes")
    assert [(x.value, x.unit) for x in d] == [(139.0, "minute")]
    assert find_durations("it runs two hours")[0].value == 2.0


def test_runtime_in_words_is_read_whole(default_kb):
    got = [(t, v) for t, p, v in claims("Anora runs two hours and nineteen minutes.", default_kb)
           if p == "runtime"]
    assert got and got[0][1] == "supported"


def test_first_winner_of_a_category(default_kb):
    text = "The first Oscars were a small dinner. Janet Gaynor was the first Best Actress."
    assert [v for _t, p, v in claims(text, default_kb) if p == "award_received"] == ["supported"]
    text = "The first Oscars were a small dinner. Bette Davis was the first Best Actress."
    assert [v for _t, p, v in claims(text, default_kb) if p == "award_received"] == ["refuted"]


def test_editor_named_after_a_descriptor(default_kb):
    text = "Anora was directed by Sean Baker and edited by his trusted collaborator Chris Bergoch."
    got = [v for t, p, v in claims(text, default_kb) if p == "film_editor"]
    assert got == ["refuted"]


def test_lower_case_category_before_oscar(default_kb):
    text = "Anna Paquin won the best actress Oscar in 1994."
    got = [v for _t, p, v in claims(text, default_kb) if p == "award_received"]
    assert got == ["refuted"]


def test_a_note_about_one_person_does_not_speak_for_another(default_kb):
    text = "Yura Borisov grew up outside Moscow and trained at the Moscow Art Theatre School."
    assert not [1 for _t, _p, v in claims(text, default_kb) if v == "supported"]


def test_co_writing_is_not_writing(default_kb):
    text = "Andrea Werhun advised the production of Anora, and she also co-wrote the screenplay."
    assert not [1 for t, _p, v in claims(text, default_kb) if "co-wrote" in t and v == "supported"]


@pytest.mark.parametrize("text,verdict", [
    ("At the Oscars, Parasite won best picture and best director.", "supported"),
    ("At the Oscars, Marty won best picture at the 29th Academy Awards.", "refuted"),
    ("At the 97th Academy Awards, Zoe Saldaña took supporting actress for Emilia Pérez.", "supported"),
])
def test_lower_case_categories_after_a_win(text, verdict, default_kb):
    got = [v for _t, p, v in claims(text, default_kb) if p == "award_received"]
    assert got and got[0] == verdict


def test_an_opinion_about_the_best_picture_is_no_award_claim(default_kb):
    assert claims("Anora is the best picture I saw this year.", default_kb) == []


def test_a_ceremony_contradicting_the_year_stays_in_its_clause(default_kb):
    text = ("Marty went on to win best picture at the 29th Academy Awards in March 1956, with "
            "Ernest Borgnine named best actor.")
    got = {t.split()[0]: v for t, p, v in claims(text, default_kb) if p == "award_received"}
    assert got == {"Marty": "refuted", "Ernest": "supported"}


def test_an_unknown_winner_is_not_replaced_by_the_previous_name(default_kb):
    # (the KB now holds every Oscar nominee, so the second winner is a name it lacks)
    text = ("At the Oscars, Adrien Brody won best actor and Priya Castellane took supporting "
            "actress.")
    got = [(t, v) for t, p, v in claims(text, default_kb) if p == "award_received"]
    assert [v for t, v in got if "Brody" in t] == ["supported"]
    assert not any("supporting" in t for t, _v in got if "Brody" in t)
    assert all(v == "not_enough_info" for t, v in got if "Castellane" in t)


# -- found on the second held-out set (measured once first; see benchmarks/RESULTS.md) ----------
def test_a_television_premiere_is_not_the_premiere(default_kb):
    text = "Anora reached French viewers later: Canal+ gave it its television premiere on May 13, 2025."
    assert not [1 for _t, p, v in claims(text, default_kb) if p == "premiere_date"]


def test_weeks_spent_on_a_scene_are_not_the_shoot(default_kb):
    text = "In Anora, the home-invasion sequence took three weeks to film."
    assert not [1 for _t, p, _v in claims(text, default_kb) if p == "shooting_days"]


def test_writing_a_role_is_not_playing_it(default_kb):
    text = "Sean Baker wrote the title role of Anora for Mikey Madison."
    assert not [1 for _t, p, v in claims(text, default_kb) if p == "played_by" and v == "refuted"]


def test_an_ordinal_ceremony_far_from_the_word_oscars(default_kb):
    filler = " ".join(["The Oscar statuette has changed little over the decades."] * 14)
    text = (f"A short history of the Oscars. {filler}\n\nAlfonso Cuarón won Best Director for "
            "Roma at the 90th ceremony.")
    got = [v for t, p, v in claims(text, default_kb) if "Cuar" in t]
    assert got == ["refuted"]


def test_the_paragraphs_ceremony_names_the_prize(default_kb):
    text = ("At the 78th British Academy Film Awards, Mikey Madison won Best Actress in a Leading "
            "Role. Anora also won Best Director.")
    got = [v for t, p, v in claims(text, default_kb) if t.startswith("Anora also")]
    assert got == ["refuted"]


def test_a_count_after_a_possessive_has_its_own_span(default_kb):
    text = "Anora won Best Picture at the 30th Critics Choice Awards, its only win from eight nominations."
    cs = reelcheck.check(text, kb=default_kb).claims
    count = [c for c in cs if c.predicate == "nomination_count"]
    assert count and count[0].text.startswith("its") and count[0].verdict == "refuted"
    assert [c.verdict for c in cs if c.predicate == "award_received"] == ["supported"]


# -- found on the held-out sets after their first measurement ------------------------------------
@pytest.mark.parametrize("text,verdict", [
    ("A look back at the Oscars, and at what the Oscars reward. At the 75th ceremony, held on "
     "March 30, 2003, Chicago won Best Picture.", "refuted"),
    ("At the Academy Awards, held on March 2, 2025, Anora won Best Picture.", "supported"),
    ("At the Academy Awards, held on March 3, 2025, Anora won Best Picture.", "refuted"),
])
def test_a_ceremony_date_without_the_ceremony_named(text, verdict, default_kb):
    assert [v for _t, p, v in claims(text, default_kb) if p == "ceremony_date"] == [verdict]


def test_rated_it(default_kb):
    got = [v for _t, p, v in claims("Anora opened in October. The MPA rated it PG-13.", default_kb)
           if p == "mpa_rating"]
    assert got == ["refuted"]


def test_a_pronoun_moving_the_story_somewhere_else(default_kb):
    text = ("Anora is Sean Baker's film, and Anora is set in New York. Ani meets Vanya at the club. "
            "He takes her and his friends to Atlantic City, where they marry.")
    # the journey there and the wedding there: two events, both of a place the story never goes
    assert [v for _t, p, v in claims(text, default_kb) if p == "plot"] == ["refuted", "refuted"]


def test_a_pronoun_for_a_real_person_is_not_the_story(default_kb):
    text = ("Anora is Sean Baker's film, and Anora is set in New York. Sean Baker finished it in "
            "2024. He took the film to Cannes that May.")
    assert not [1 for _t, p, v in claims(text, default_kb) if p == "plot" and v == "refuted"]


@pytest.mark.parametrize("text", [
    "In Anora, Ani (Mikey Madison), a 25-year-old dancer, works in Manhattan.",
    "In Anora, Vanya (Mark Eydelshteyn), the 19-year-old son of an oligarch, studies.",
])
def test_a_characters_age_after_the_actor_in_parentheses(text, default_kb):
    got = [(t, v) for t, p, v in claims(text, default_kb) if p == "age"]
    assert got and got[0][1] == "refuted" and got[0][0].startswith(("a ", "the ", "25", "19"))


@pytest.mark.parametrize("text,verdict", [
    ("Mark Eydelshteyn, a drama-school graduate born in Kazan, plays Vanya.", "refuted"),
    ("Mark Eydelshteyn, a drama-school graduate born in Nizhny Novgorod, plays Vanya.", "supported"),
    ("Mikey Madison was born on March 25, 1999, in San Diego.", "refuted"),
])
def test_birthplaces_after_an_appositive_or_a_date(text, verdict, default_kb):
    got = [(t, v) for t, p, v in claims(text, default_kb) if p == "place_of_birth"]
    assert got and got[0][1] == verdict and got[0][0].startswith(("born", "in "))


@pytest.mark.parametrize("text,pred,verdict", [
    ("The 77th Cannes Film Festival ended on Saturday, May 25, with a surprise.", "end_date", "supported"),
    ("The 77th Cannes Film Festival opened on May 15 with 22 films in competition.", "start_date", "refuted"),
])
def test_a_festival_opening_or_closing(text, pred, verdict, default_kb):
    assert [v for _t, p, v in claims(text, default_kb) if p == pred] == [verdict]


def test_a_distributor_opening_a_film_is_not_the_festival(default_kb):
    text = "After Cannes in May 2024, Neon opened Anora on October 18, 2024."
    assert not [1 for _t, p, _v in claims(text, default_kb) if p in ("start_date", "end_date")]


def test_shoots_it_on_a_format(default_kb):
    cs = claims("Anora is a comedy. Drew Daniels shoots it on 16mm.", default_kb)
    assert [v for _t, p, v in cs if p == "filming_format"] == ["refuted"]
    assert not [1 for _t, _p, v in cs if v == "supported"]  # no note may contradict it


def test_crew_phrases(default_kb):
    text = "Anora is a comedy. Matthew Hearon-Smith wrote the score and Stephen Phelps designed the sets."
    got = {p: v for _t, p, v in claims(text, default_kb)}
    assert got.get("composer") == "supported" and got.get("production_designer") == "supported"
    # "the score" is the score of the one film in focus: a claim, left open because the KB's
    # composer credit is not declared complete
    text = "Anora is a comedy. Hans Zimmer wrote the score."
    assert [v for _t, p, v in claims(text, default_kb) if p == "composer"] == ["not_enough_info"]


def test_cameras_rolled_for_n_days(default_kb):
    assert [v for _t, p, v in claims("Anora is a comedy. Cameras rolled for just 35 days.", default_kb)
            if p == "shooting_days"] == ["refuted"]


def test_a_sequel_is_not_the_film(default_kb):
    text = "Anora is set in New York. It is rumoured that Baker's next film will be an Anora sequel set in Moscow."
    cs = claims(text, default_kb)
    assert not [1 for t, _p, v in cs if "Moscow" in t and v == "refuted"]


def test_notes_never_answer_a_category_claim(default_kb):
    text = "At the Oscars, Anora got six nominations. That includes best supporting actor for Yura Borisov."
    assert not [1 for _t, p, v in claims(text, default_kb) if p == "statement" and v == "supported"]


@pytest.mark.parametrize("text,verdicts", [
    ("At the 92nd Academy Awards, Parasite took best picture, best director and best original "
     "screenplay.", ["supported", "supported", "supported"]),
    ("At the 92nd Academy Awards, Parasite won Best Picture, Director and Film Editing.",
     ["supported", "supported", "refuted"]),
])
def test_a_list_of_categories_after_one_verb(text, verdicts, default_kb):
    assert [v for _t, p, v in claims(text, default_kb) if p == "award_received"] == verdicts


@pytest.mark.parametrize("text,verdict", [
    ("In Anora, Karren Karagulian plays Vanya's father.", "refuted"),
    ("In Anora, Aleksei Serebryakov plays Vanya's father, the oligarch.", "supported"),
    ("In Anora, Darya Ekamasova plays Vanya's formidable mother.", "supported"),
])
def test_a_role_named_by_its_relation(text, verdict, default_kb):
    assert [v for _t, p, v in claims(text, default_kb) if p == "played_by"] == [verdict]


def test_a_relation_the_kb_lacks_is_not_a_role(default_kb):
    assert not [1 for _t, p, _v in claims("In Anora, Yura Borisov plays Ani's sister.", default_kb)
                if p == "played_by"]


def test_a_year_of_a_film_inside_an_award_claim_is_one_claim(default_kb):
    text = ("The Palme d'Or has a long history. Robert Altman's MASH won in 1971 and Francis Ford "
            "Coppola's The Conversation in 1974.")
    got = [(t, v) for t, _p, v in claims(text, default_kb)]
    assert got == [("MASH won in 1971", "refuted"), ("The Conversation in 1974", "supported")]


@pytest.mark.parametrize("text,verdict", [
    ("At the 97th Academy Awards, Anora won five Oscars. Anora also won Best Cinematography.", "refuted"),
    ("At the 97th Academy Awards, Anora was nominated for best adapted screenplay.", "refuted"),
    ("At the Golden Globes, Anora won Best Cinematography.", "not_enough_info"),   # no complete set
    ("At the 97th Academy Awards, Mikey Madison won Best Cinematography.", "refuted"),  # her wins there are complete
    # every winner of every category at the 96th is in the KB's complete Oscar record
    ("At the 96th Academy Awards, Emma Stone won Best Cinematography.", "refuted"),
])
def test_an_oscar_category_outside_a_complete_record(text, verdict, default_kb):
    got = [v for _t, p, v in claims(text, default_kb) if p in ("award_received", "nominated_for")]
    assert got[-1] == verdict


def test_a_year_earlier_means_the_edition_before(default_kb):
    text = ("A look back at the Oscars, and at the Oscars since. At the 41st ceremony, Katharine "
            "Hepburn won Best Actress. A year earlier, Mike Nichols had won Best Director for The "
            "Graduate, while Audrey Hepburn took Best Actress.")
    got = {t.split()[0] + " " + t.split()[1]: v for t, p, v in claims(text, default_kb)
           if p == "award_received"}
    assert got == {"Katharine Hepburn": "supported", "Mike Nichols": "supported",
                   "Audrey Hepburn": "refuted"}


def test_lost_a_category_is_a_nomination(default_kb):
    text = "At the 97th Academy Awards, Yura Borisov lost supporting actor to Kieran Culkin."
    assert [v for _t, p, v in claims(text, default_kb) if p == "nominated_for"] == ["supported"]


def test_he_after_another_name_is_still_the_subject(default_kb):
    text = ("Yura Borisov plays Igor in Anora. He was also nominated at BAFTA, losing to Kieran "
            "Culkin, and he won the Golden Globe for best supporting actor.")
    cs = reelcheck.check(text, kb=default_kb).claims
    gg = [c for c in cs if c.predicate == "award_received" and c.subject
          and c.subject.id == "yura-borisov"]
    assert [c.verdict for c in gg] == ["refuted"]
    assert gg[0].subject.id == "yura-borisov" and "Golden Globe" in gg[0].explanation


def test_she_skips_a_nearer_man(default_kb):
    text = ("Mikey Madison was born in Los Angeles. That Scream performance is what convinced "
            "Sean Baker to write Anora for her. She won best actress at the 97th Academy Awards.")
    got = [c for c in reelcheck.check(text, kb=default_kb).claims if c.predicate == "award_received"]
    assert [(c.subject.id, c.verdict) for c in got] == [("mikey-madison", "supported")]


def test_he_skips_a_nearer_woman(default_kb):
    text = ("Sean Baker wrote Anora. He cast Mikey Madison as Ani. He won best director at the 97th "
            "Academy Awards.")
    got = [c for c in reelcheck.check(text, kb=default_kb).claims if c.predicate == "award_received"]
    assert [(c.subject.id, c.verdict) for c in got] == [("sean-baker", "supported")]


def test_the_film_after_the_title_role_of_a_film_is_that_film(default_kb):
    # "the title role of Anora" names the film Anora, so "the film" in the next sentence is it
    text = ("Sean Baker shaped the title role of Anora around Mikey Madison. "
            "The film was cut by Drew Daniels.")
    got = [v for t, p, v in claims(text, default_kb) if "Drew Daniels" in t]
    assert got == ["refuted"]


def test_the_prize_called_like_a_film_is_the_prize(default_kb):
    # "the Grand Prix" closing its phrase is the prize, not the 1966 film of that name
    for text in ("Hamaguchi's Drive My Car took home the Grand Prix? No: Compartment No. 6 won "
                 "the Grand Prix at Cannes in 2021.",
                 "Juho Kuosmanen's Compartment No. 6, which took the Grand Prix, stars Yura "
                 "Borisov."):
        names = [m.entity.id for m in reelcheck.check(text, kb=default_kb).names]
        assert "grand-prix-1966-film" not in names, text
    # written as a title, the film is still the film
    names = [m.entity.id for m in reelcheck.check(
        "Grand Prix (1966) won three Oscars for its racing footage.", kb=default_kb).names]
    assert "grand-prix-1966-film" in names
