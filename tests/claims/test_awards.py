"""Award claims read from the parse where the parser gets the clause structure only half right:
a later clause's subject hung on an earlier object, a gapped winner read as an object, a prize
split "between" its winners, a winner named "with X as Y" beside a win, a relative clause read as
an adverbial, a film whose title is a place.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck
from award_claims import awards


def of(got, sid):
    return [c for c in got if c.slots.get("subject") == sid]


def test_a_name_before_a_later_verb_is_that_verb_s_subject(default_kb):
    # "... went to Anora and Demi Moore lost to ...": Moore is the subject of "lost", not a
    # second winner of the editing prize
    got = awards("At the 97th Academy Awards, the editing prize went to Anora and Demi Moore "
                 "lost to Mikey Madison.", default_kb)
    assert [c.verdict for c in of(got, "anora-2024-film")] == ["supported"]
    assert not any(c.slots.get("subject") == "demi-moore" and c.verdict == "refuted"
                   for c in got)
    lost = [c for c in got if c.slots.get("rival") == "demi-moore"]
    assert [c.verdict for c in lost] == ["supported"]
    got = awards("At the 97th Academy Awards, the editing prize went to Anora and Demi Moore "
                 "lost to Fernanda Torres.", default_kb)
    assert [c.verdict for c in got if c.slots.get("rival") == "demi-moore"] == ["refuted"]


def test_a_clause_with_its_own_subject_does_not_borrow_another_winner_s_category(default_kb):
    text = ("At the 75th Academy Awards, Adrien Brody won Best Actor for The Pianist, Chicago "
            "won Best Picture and {} won for {}.")
    got = awards(text.format("Nicole Kidman", "The Hours"), default_kb)
    kidman = of(got, "nicole-kidman")
    # not "Best Picture" from the clause before: the show of the night, for her film
    assert [c.verdict for c in kidman] == ["supported"]
    assert kidman[0].slots["award"] is None and kidman[0].slots["ceremony"] == "75th-academy-awards"
    moore = of(awards(text.format("Julianne Moore", "Far from Heaven"), default_kb),
               "julianne-moore")
    # she won nothing that night, but the clause names no show: never refuted from the passage
    assert [c.verdict for c in moore] == ["not_enough_info"]
    assert "won nothing" in moore[0].explanation


def test_a_place_cannot_win_a_film_of_that_title_did(default_kb):
    got = awards("At the 75th Academy Awards, Chicago won Best Picture.", default_kb)
    assert [(c.slots["subject"], c.verdict) for c in got] == [("chicago-2002-film", "supported")]
    got = awards("At the 76th Academy Awards, Chicago won Best Picture.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    # a place with no film of its name states no award claim
    assert awards("At the 76th Academy Awards, Paris won Best Picture.", default_kb) == []
    # a character's name that is the film's title: the film (a character wins no prize)
    got = awards("After twelve days of screenings, the Palme d'Or went to Anora, a comedy set "
                 "in Brighton Beach.", default_kb)
    assert [(c.slots["subject"], c.verdict) for c in got] == [("anora-2024-film", "supported")]
    got = awards("The closing night was a surprise: the Palme d'Or went to Anora in 2023.",
                 default_kb)
    assert [(c.slots["subject"], c.verdict) for c in got] == [("anora-2024-film", "refuted")]


def test_a_gapped_winner_parsed_as_the_object_is_its_own_clause(default_kb):
    text = "The Palme d'Or has a long history. Pulp Fiction won in 1994, and Parasite in {}."
    got = awards(text.format(2019), default_kb)
    assert [(c.slots["subject"], c.slots["year"], c.verdict) for c in got] == [
        ("pulp-fiction-1994-film", 1994, "supported"), ("parasite-2019-film", 2019, "supported")]
    got = awards(text.format(2018), default_kb)
    assert [(c.slots["subject"], c.verdict) for c in got] == [
        ("pulp-fiction-1994-film", "supported"), ("parasite-2019-film", "refuted")]
    # a bare "won in 1949" in a passage about one show is that year's prize of the show
    got = awards("Cannes had no festival in 1948. The Third Man won in 1949.", default_kb)
    assert [c.verdict for c in got] == ["supported"]


def test_a_prize_split_between_its_winners(default_kb):
    got = awards("In 1993 the jury split the Palme d'Or between The Piano and Farewell My "
                 "Concubine.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "Farewell My Concubine" in got[0].explanation
    got = awards("In 1993 the jury split the Palme d'Or between The Piano and Pulp Fiction.",
                 default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    # the jury gives the prize, it does not win it
    assert all(c.slots.get("subject_name") is None for c in got)
    # a craft word names the category; "two ways" is the number of winners the list gives
    got = awards("At the 1st Academy Awards the directing prize was shared two ways, between "
                 "Frank Borzage and Lewis Milestone.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert got[0].slots["award"] == "academy-award-for-best-director"
    # a name the KB lacks is still a winner the sentence states: the night's complete list of
    # Best Director winners decides it, as it does for "X and Y shared Best Director"
    got = awards("At the 1st Academy Awards the directing prize was shared between Frank "
                 "Borzage and Tobias Wrenfield.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "Lewis Milestone" in got[0].explanation and "Tobias Wrenfield" in got[0].explanation
    # the prize of a show the KB lacks: nothing to check it against
    got = awards("At the Harbour Film Week the jury split the Golden Anchor between Tobias "
                 "Wrenfield and Ilse Varga.", default_kb)
    assert all(c.verdict == "not_enough_info" for c in got)


def test_a_winner_named_with_as_beside_a_win_is_a_winner_that_night(default_kb):
    text = "Marty won Best Picture at the 28th Academy Awards, with {} as Best Actor."
    got = awards(text.format("Ernest Borgnine"), default_kb)
    assert [(c.slots["subject"], c.verdict) for c in got] == [
        ("marty-1955-film", "supported"), ("ernest-borgnine", "supported")]
    assert of(got, "ernest-borgnine")[0].slots["ceremony"] == "28th-academy-awards"
    # Jack Lemmon won Best Actor, but at another ceremony: the night is the host clause's
    got = awards(text.format("Jack Lemmon"), default_kb)
    assert [c.verdict for c in of(got, "jack-lemmon")] == ["refuted"]
    # with the night unresolved, the co-winner is not claimed at all
    got = awards("Marty won Best Picture at the 28th ceremony, with Jack Lemmon as Best Actor.",
                 default_kb)
    assert of(got, "jack-lemmon") == []


def test_which_after_a_comma_stands_for_the_phrase_before_it(default_kb):
    got = awards("The 95th ceremony was dominated by Everything Everywhere All at Once, which "
                 "won Best Picture.", default_kb)
    assert [(c.slots["subject"], c.verdict) for c in got] == [
        ("everything-everywhere-all-at-once-2022-film", "supported")]
    # a question's "who" is no relative pronoun
    got = awards("So, who won Best Picture at the 92nd Academy Awards? Parasite, from South "
                 "Korea.", default_kb)
    assert [c.verdict for c in got] == ["supported"]


def test_a_category_s_best_in_the_clause_before_is_no_record(default_kb):
    got = awards("Argo won best picture at the 85th Academy Awards, while Ang Lee took best "
                 "director for Life of Pi.", default_kb)
    assert [c.verdict for c in of(got, "ang-lee")] == ["supported"]
    got = awards("Argo won best picture at the 85th Academy Awards, while Ang Lee took best "
                 "actor for Life of Pi.", default_kb)
    assert [c.verdict for c in of(got, "ang-lee")] == ["refuted"]


def test_a_prize_the_linker_took_for_a_film_is_no_antecedent(default_kb):
    # "the Grand Prix" is also a film's title in the KB: neither "the drama" nor a later "it"
    # may stand for that film
    got = awards("At the first Cannes festival in 1946, Billy Wilder's drama shared the Grand "
                 "Prix with ten other films. Months earlier, it had been named best picture at "
                 "the 18th Academy Awards.", default_kb)
    assert all(c.slots.get("subject") != "grand-prix-1966-film" for c in got)
    assert all(c.verdict != "refuted" for c in got)


def test_a_pronoun_read_among_several_people_does_not_refute(default_kb):
    # "she" may be Madison (the passage's subject) or Moore (the one named last): read as
    # Moore the win is false, but that reading is not what the text states
    text = ("Mikey Madison studied Russian for the part. Her fiercest rival that season was "
            "Demi Moore. On March 2, 2025, she won the Academy Award for Best Actress.")
    got = awards(text, default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]
    assert "another person" in got[0].explanation
    # one person in view: the pronoun is hers, and the claim is refuted
    got = awards("Demi Moore spent the season on the circuit. On March 2, 2025, she won the "
                 "Academy Award for Best Actress.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    # the subject the passage has been about keeps the pronoun, another name beside it or not
    got = awards("For Igor, Yura Borisov received an Oscar nomination, the first for a Russian "
                 "actor since Mikhail Baryshnikov. He also won the Golden Globe for best "
                 "supporting actor.", default_kb)
    assert [(c.slots["subject"], c.verdict) for c in got if "Golden Globe" in c.text] == [
        ("yura-borisov", "refuted")]


def test_won_it_is_the_prize_the_passage_is_about(default_kb):
    text = "The Palme d'Or has a long history. {} won it in {}."
    got = awards(text.format("Parasite", 2019), default_kb)
    assert [(c.slots["award"], c.verdict) for c in got] == [("palme-d-or", "supported")]
    got = awards(text.format("Parasite", 2018), default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    got = awards(text.format("Francis Ford Coppola", 1974).replace(" in 1974", " for The "
                                                                    "Conversation"), default_kb)
    assert [c.verdict for c in got] == ["supported"]
    # "it" with no prize in the passage names nothing to check
    assert awards("Parasite won it in 2019.", default_kb) == []


def test_beat_names_rivals_each_of_which_is_a_slot(default_kb):
    # no prize and no night in the clause: the prize the passage's night gave, support only
    text = "The 97th Academy Awards were a triumph for Anora. {} beat {}."
    got = awards(text.format("Mikey Madison", "Demi Moore and Fernanda Torres"), default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "Fernanda Torres" in got[0].explanation
    got = awards(text.format("Demi Moore", "Mikey Madison"), default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]
    # with the night stated, every rival must have been up for the prize she won
    got = awards("At the 97th Academy Awards, Mikey Madison beat Demi Moore and Kieran Culkin.",
                 default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "Kieran Culkin" in got[0].explanation
    # beating the odds names no rival
    assert awards("The 97th Academy Awards were a triumph for Anora. Mikey Madison beat the "
                  "odds.", default_kb) == []


def test_a_title_in_parentheses_after_a_winner_is_that_winner_s_work(default_kb):
    # "went to A (X) and B (Y)": each name with its own film is a row of its own
    got = awards("At the 1st Academy Awards the directing Oscar went to Frank Borzage (7th "
                 "Heaven) and Lewis Milestone (Two Arabian Knights).", default_kb)
    assert [(c.text, c.verdict) for c in got] == [
        ("Frank Borzage (7th Heaven)", "supported"),
        ("Lewis Milestone (Two Arabian Knights)", "supported")]
    assert of(got, "frank-borzage")[0].slots["works"] == ["7th-heaven-1927-film"]
    # the films swapped: each winner is paired with the other's film
    got = awards("At the 1st Academy Awards the directing Oscar went to Frank Borzage (Two "
                 "Arabian Knights) and Lewis Milestone (7th Heaven).", default_kb)
    assert [c.verdict for c in got] == ["refuted", "refuted"]
    # a nominee the KB lacks, paired with a film, is no refutation of anyone
    got = awards("At the 97th Academy Awards, Best Actress had two nominees, Orla "
                 "Pennywhistle (Anora) and Demi Moore (The Substance).", default_kb)
    assert not any(c.verdict == "refuted" for c in got)


def test_a_winner_noun_s_number_counts_the_names_listed_beside_it(default_kb):
    # "had two winners, A (X) and B (Y)": the prize is what has the winners, the number counts
    # the names, not their wins; the year of another clause is not theirs
    text = ("Sound editing was not yet a category when the 1st Academy Awards were held. "
            "Best Director had {} winners that night, Lewis Milestone (Two Arabian Knights) "
            "and Frank Borzage ({}).")
    got = awards(text.format("two", "7th Heaven"), default_kb)
    assert [(c.slots.get("subject"), c.verdict) for c in got] == [
        ("lewis-milestone", "supported"), ("frank-borzage", "supported")]
    assert all(c.slots.get("award") == "academy-award-for-best-director" for c in got)
    assert not any(c.slots.get("count") for c in got)
    got = awards(text.format("two", "Wings"), default_kb)
    assert [c.verdict for c in of(got, "frank-borzage")] == ["refuted"]
    assert [c.verdict for c in of(got, "lewis-milestone")] == ["supported"]
    # a number that does not match the names is not a count of wins: left unread
    got = awards(text.format("three", "7th Heaven"), default_kb)
    assert got and all(c.verdict == "not_enough_info" for c in got)
    # a nominee noun counts its names the same way
    got = awards("At the 97th Academy Awards, Best Actress had five nominees, Mikey Madison "
                 "(Anora), Demi Moore (The Substance), Fernanda Torres, Cynthia Erivo (Wicked) "
                 "and Karla Sofía Gascón (Emilia Pérez).", default_kb)
    assert got and all(c.verdict == "supported" for c in got)
    assert [c.verdict for c in of(got, "demi-moore")] == ["supported"]


def test_an_unknown_winner_s_name_stops_at_the_clause_s_verb(default_kb):
    # the NER may run a name the KB lacks on into the verb and the prize ("The film Quiet
    # Orchard won Best Picture" as one span): the name is what comes before the verb
    for text, name in (
            ("The film Quiet Orchard won Best Picture at the 92nd Academy Awards.",
             "Quiet Orchard"),
            ("The actress Marla Quint won Best Actress at the 92nd Academy Awards.",
             "Marla Quint")):
        got = [c for c in reelcheck.check(text, kb=default_kb).claims if c.category == "award"]
        assert [c.verdict for c in got] == ["refuted"], text
        assert got[0].explanation.endswith(f"not {name}."), got[0].explanation


def test_a_film_that_earned_a_person_a_prize_is_the_work_not_the_winner(default_kb):
    # "X earned Y Z": the person (parsed as a first object, or with the prize as an
    # apposition) is the winner, the subject the work; "his second" is the person's count
    got = awards("The Brutalist earned Adrien Brody his second Best Actor Oscar.", default_kb)
    brody = of(got, "adrien-brody")
    assert [c.verdict for c in brody] == ["supported"]
    assert brody[0].slots["for_work"] == "the-brutalist-2024-film"
    assert not any(c.verdict == "refuted" for c in got)
    got = awards("Judy won Renée Zellweger her third Oscar.", default_kb)
    assert [c.verdict for c in of(got, "renee-zellweger")] == ["refuted"]
    assert "second" in of(got, "renee-zellweger")[0].explanation
    got = awards("Nomadland earned Chloé Zhao the Best Director Oscar in 2021.", default_kb)
    assert [c.verdict for c in of(got, "chloe-zhao")] == ["supported"]
    got = awards("Oppenheimer earned Cillian Murphy the Best Actor Oscar at the 95th Academy "
                 "Awards.", default_kb)
    assert [c.verdict for c in of(got, "cillian-murphy")] == ["refuted"]
    # a work the KB lacks earning a person the KB lacks a prize: nothing to refute
    got = awards("Paper Lanterns earned Ilse Varnholt her first Golden Plume.", default_kb)
    assert not any(c.verdict == "refuted" for c in got)
    # one name the parser split into two objects is one prize
    got = awards("Parasite has taken the Palme d'Or once.", default_kb)
    assert [c.verdict for c in got] == ["supported"]


def test_a_year_in_an_aside_noun_is_not_the_main_clause_s(default_kb):
    # ", his second win after The Pianist in 2003": the year dates the earlier win
    got = awards("Adrien Brody won the Best Actor Oscar for The Brutalist, his second win after "
                 "The Pianist in 2003.", default_kb)
    assert not any(c.verdict == "refuted" for c in got)
    assert [c.verdict for c in of(got, "adrien-brody") if c.slots.get("award")] == ["supported"]
    assert of(got, "adrien-brody")[0].slots["year"] is None
    got = awards("Emma Stone won the Best Actress Oscar for Poor Things, her second victory "
                 "after La La Land in 2017.", default_kb)
    assert not any(c.verdict == "refuted" for c in got)
    # the main clause's own year still counts
    got = awards("Emma Stone won the Best Actress Oscar for Poor Things in 2019, her second "
                 "victory after La La Land.", default_kb)
    assert "refuted" in [c.verdict for c in of(got, "emma-stone")]


def test_a_show_s_top_prize_named_as_such_is_its_one_top_category(default_kb):
    got = awards("Oppenheimer took the top prize at the 96th Academy Awards.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert got[0].slots["award"] == "academy-award-for-best-picture"
    got = awards("Poor Things took the top prize at the 96th Academy Awards.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    got = awards("Sean Baker took top honors at the Directors Guild Awards in February.",
                 default_kb)
    assert [c.verdict for c in got] == ["supported"]
    got = awards("Titane won the highest honour at Cannes in 2019.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    # a show with no one top prize: the show itself, as before
    got = awards("Emilia Pérez won the top prize at the Golden Globes.", default_kb)
    assert all(c.slots.get("award") is None for c in got)
    # another category word on the noun: not the top prize
    got = awards("Emma Stone won the top acting prize at the 96th Academy Awards.", default_kb)
    assert all(c.slots.get("award") != "academy-award-for-best-picture" for c in got)
    # a film the KB lacks: never refuted by the top prize
    got = awards("Quiet Harbour took the top prize at the Gotham Awards.", default_kb)
    assert not any(c.verdict == "refuted" for c in got)


def test_best_film_is_each_show_s_own_word_for_it(default_kb):
    # the Oscars' Best Picture (not Best Film Editing), the Spirit Awards' Best Feature
    got = awards("Parasite was named best film at the 92nd Academy Awards.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert got[0].slots["award"] == "academy-award-for-best-picture"
    got = awards("Anora was named best film at the Independent Spirit Awards.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    got = awards("Conclave was named best film at the BAFTAs.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    got = awards("Parasite won Best Film Editing at the 92nd Academy Awards.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert got[0].slots["award"] == "academy-award-for-best-film-editing"


def test_a_noun_a_copula_equates_with_a_name_is_that_name(default_kb):
    # "the film that beat X ... was Anora": the relative clause is said of Anora
    got = awards("The film that beat Conclave to Best Picture at the 97th Academy Awards was "
                 "Anora.", default_kb)
    assert [c.verdict for c in of(got, "anora-2024-film")] == ["supported"]
    got = awards("The film that beat Anora to Best Picture at the 97th Academy Awards was "
                 "Conclave.", default_kb)
    assert [c.verdict for c in of(got, "conclave-2024-film")] == ["refuted"]
    got = awards("The director who took home Best Director at the 92nd Academy Awards was "
                 "Bong Joon Ho.", default_kb)
    assert [c.verdict for c in of(got, "bong-joon-ho")] == ["supported"]
    # a title the KB lacks: nothing refuted
    got = awards("The film that won the Palme d'Or in 2019 was Quiet Harbour.", default_kb)
    assert not any(c.verdict == "refuted" for c in got)


def test_a_dash_stands_for_the_colon_of_a_list_line(default_kb):
    got = awards("At the 93rd Academy Awards:\n\nBest Director - Chloé Zhao (Nomadland)",
                 default_kb)
    assert [c.verdict for c in of(got, "chloe-zhao")] == ["supported"]
    got = awards("At the 97th Academy Awards:\n\nBest Actress — Demi Moore (The Substance)",
                 default_kb)
    assert [c.verdict for c in of(got, "demi-moore")] == ["refuted"]
    # a clause after the dash is no list item
    got = awards("Best Actress - Demi Moore was favored at the 97th Academy Awards.", default_kb)
    assert not any(c.verdict == "refuted" for c in got)


def test_a_winner_noun_on_the_subject_keeps_its_prize_and_year_to_itself(default_kb):
    # "Anora, the Palme d'Or winner, also won Best Picture at the 97th": the verb's show is
    # the Oscars, not Cannes
    got = awards("Anora, the Palme d'Or winner from last May, also won Best Picture at the 97th "
                 "Academy Awards.", default_kb)
    assert [c.verdict for c in got] == ["supported", "supported"]
    got = awards("Anora, the Palme d'Or winner, also won Best Picture at the 96th Academy "
                 "Awards.", default_kb)
    assert sorted(c.verdict for c in got) == ["refuted", "supported"]
    # the year on the noun is not the verb's
    got = awards("Ruben Östlund, the 2017 Palme d'Or winner, won the Palme d'Or again in 2022.",
                 default_kb)
    assert [c.verdict for c in got] == ["supported", "supported"]
    assert got[1].slots["year"] == 2022
    got = awards("Ruben Östlund, the 2017 Palme d'Or winner, won the Palme d'Or again in 2021.",
                 default_kb)
    assert [c.verdict for c in got] == ["supported", "refuted"]


def test_a_participle_on_a_win_names_rivals_at_the_same_edition(default_kb):
    # ", beating X": the rivals were up for the prize at the edition the win names
    got = awards("Mikey Madison won Best Actress at the 97th Academy Awards, beating Demi "
                 "Moore.", default_kb)
    assert [c.verdict for c in of(got, "demi-moore")] == ["supported"]
    got = awards("Mikey Madison won Best Actress at the 97th Academy Awards, beating Zoe "
                 "Saldaña.", default_kb)
    assert [c.verdict for c in of(got, "zoe-saldana")] == ["refuted"]
    assert [c.verdict for c in of(got, "mikey-madison")] == ["supported"]
    # a rival the KB lacks is judged by the complete list of the category's nominees, as a
    # winner the KB lacks is by the list of winners; the win itself still holds
    got = awards("Mikey Madison won Best Actress at the 97th Academy Awards, beating Halvard "
                 "Quist.", default_kb)
    assert [c.verdict for c in got] == ["supported", "refuted"]
    assert "not among the nominees" in got[1].explanation


def test_a_category_head_that_is_also_a_work_noun_stays_the_category(default_kb):
    # "score for X" names X's score, but "best original score for X" is the category won
    got = [c for c in reelcheck.check("Ludwig Göransson won best original score for "
                                      "Oppenheimer.", kb=default_kb).claims
           if c.category == "award"]
    assert [c.verdict for c in got] == ["supported"]
    assert "Best Original Score" in got[0].explanation
