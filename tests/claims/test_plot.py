"""The plot family on the parse (claims/plot.py), places of birth and filming on the parse
(claims/locations.py), and a hedged event told as a rumour.

Sentences are written for these tests; the facts are the default KB's: in Anora, Ani and Vanya
marry in Las Vegas, the story stays in New York City and Las Vegas, Vanya's parents come from
Russia, Ani lives in Brighton Beach and works in Manhattan; Mikey Madison was born in Los
Angeles, Mark Eydelshteyn in Nizhny Novgorod, Sean Baker in Summit, New Jersey."""
from __future__ import annotations

import pytest
from story_claims import after_lead

import reelcheck


def plot(text, kb):
    return after_lead(text, kb, lambda c: c.predicate == "plot")


def verdicts(text, kb):
    return [c.verdict for c in plot(text, kb)]


# -- the story: characters and the places they go to, marry in, live in ------------------------
@pytest.mark.parametrize("text,verdict", [
    ("In a hurry, Ani and Vanya jet to Las Vegas with his friends.", "supported"),
    ("On a whim, Ani and Vanya marry at a little chapel in Las Vegas.", "supported"),
    ("Later the newlyweds are whisked off to Moscow by his bodyguards.", "refuted"),
    ("After the party, the two elope to Atlantic City.", "refuted"),
    ("Ani and Vanya tie the knot in Atlantic City.", "refuted"),
    ("Ani lives in Brighton Beach with her sister.", "supported"),
])
def test_a_character_goes_marries_lives(text, verdict, default_kb):
    assert verdicts(text, default_kb) == [verdict], text


def test_a_pronoun_is_the_story_only_after_a_character(default_kb):
    text = "Ani meets Vanya at the club. He flies her to Atlantic City for the weekend."
    assert verdicts(text, default_kb) == ["refuted"]
    text = "Sean Baker finished the cut in 2024. He flew it to Moscow for a screening."
    assert verdicts(text, default_kb) == []


def test_where_the_parents_come_from(default_kb):
    assert verdicts("Vanya's parents fly in from Russia.", default_kb) == ["supported"]
    # the KB says Russia: a city in Russia is more than it says, so it is left open
    assert verdicts("Vanya's parents fly in from Saint Petersburg.", default_kb) == \
        ["not_enough_info"]


def test_a_denied_report_is_not_refuted(default_kb):
    text = "Some fans insist the couple flies to Moscow, which never happens in the film."
    got = plot(text, default_kb)
    assert got and all(c.verdict != "refuted" for c in got)


def test_a_place_or_a_character_the_kb_lacks_is_left_open(default_kb):
    # Tonopah is a place the KB does not know; Zora is a name it does not know
    got = plot("Ani and Vanya marry in Tonopah.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]
    got = plot("Ani meets Vanya at the club. Zora, her cousin, lives in Las Vegas.", default_kb)
    assert all(c.verdict == "not_enough_info" for c in got)


def test_a_place_in_another_clause_is_not_the_destination(default_kb):
    # Moscow hangs on the parents' clause, not on the trip to Las Vegas
    text = "Ani and Vanya race to Las Vegas, while his parents, who live in Moscow, sleep."
    got = plot(text, default_kb)
    assert not [c for c in got if c.verdict == "refuted"]
    assert [c.object.id for c in got if c.slots.get("action") == "travel"] == ["las-vegas"]


def test_a_real_persons_trip_is_not_the_story(default_kb):
    assert verdicts("Mikey Madison flew to Moscow to promote the film.", default_kb) == []


def test_where_the_crew_went_is_where_the_film_was_shot(default_kb):
    r = reelcheck.check("Anora premiered in 2024. The night shoot took the crew to a diner in "
                        "Brighton Beach.", kb=default_kb)
    got = [c for c in r.claims if c.predicate == "filming_location"]
    assert [(c.object.id, c.verdict) for c in got] == [("brighton-beach", "supported")]


# -- places of birth ---------------------------------------------------------------------------
def births(text, kb):
    return [(c.text, c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "place_of_birth"]


@pytest.mark.parametrize("text,verdict", [
    ("Mikey Madison was born in Los Angeles.", "supported"),
    ("Mikey Madison was born in Chicago.", "refuted"),
    ("Mark Eydelshteyn, who was born in Nizhny Novgorod, studied acting.", "supported"),
    ("Born Mikaela Madison Rosberg in Los Angeles, Madison began acting young.", "supported"),
    ("Sean Baker was born in Summit and grew up in New Jersey.", "supported"),
])
def test_born_in(text, verdict, default_kb):
    got = births(text, default_kb)
    assert [v for _t, v in got] == [verdict], got


def test_born_claim_names_the_place_and_not_the_date(default_kb):
    got = births("Mikey Madison was born on March 25, 1999, in Chicago.", default_kb)
    assert got == [("in Chicago", "refuted")]


def test_a_birthplace_the_kb_lacks_or_a_person_it_lacks(default_kb):
    got = births("Mikey Madison was born in Tonopah.", default_kb)
    assert [v for _t, v in got] == ["not_enough_info"]
    # a person the KB lacks is still the subject: the claim is made and left open
    assert [v for _t, v in births("Rupert Quill was born in Chicago.", default_kb)] == \
        ["not_enough_info"]


def test_a_date_in_another_clause_leaves_the_birthplace_alone(default_kb):
    got = births("Mikey Madison, who won in 2025, was born in Los Angeles.", default_kb)
    assert [v for _t, v in got] == ["supported"]


# -- filming -------------------------------------------------------------------------------------
def test_a_list_of_filming_locations_and_a_part_of_the_film(default_kb):
    r = reelcheck.check("Anora premiered in 2024. Locations included Brighton Beach and Coney "
                        "Island. The wedding scenes were shot at a chapel in Las Vegas.",
                        kb=default_kb)
    got = {c.object.id: c.verdict for c in r.claims if c.predicate == "filming_location"}
    assert got == {"brighton-beach": "supported", "coney-island": "supported",
                   "las-vegas": "supported"}


# -- rumours ---------------------------------------------------------------------------------------
def test_a_hedged_event_is_a_rumour_never_supported(default_kb):
    r = reelcheck.check("Anora premiered in 2024. Rumour has it that Sean Baker fired an editor "
                        "halfway through the shoot.", kb=default_kb)
    got = [c for c in r.claims if c.predicate == "rumour"]
    assert got and got[0].hedged and got[0].verdict == "not_enough_info"


def test_an_unhedged_event_is_no_rumour(default_kb):
    r = reelcheck.check("Anora premiered in 2024. Sean Baker fired an editor halfway through "
                        "the shoot.", kb=default_kb)
    assert not [c for c in r.claims if c.predicate == "rumour"]


def test_a_place_the_birthplace_is_near_is_not_the_birthplace(default_kb):
    # Yura Borisov was born in Reutov, beside Moscow
    got = births("Yura Borisov was born in Reutov, a town just east of Moscow.", default_kb)
    assert [v for _t, v in got] == ["supported"]
    got = births("Yura Borisov was born in Reutov near Moscow.", default_kb)
    assert [v for _t, v in got] == ["supported"]


def test_a_place_hung_after_a_relative_clause_is_the_clause_verbs(default_kb):
    # the parser hangs "in Atlantic City" on "son"; it is where the heir marries
    text = ("Vanya is the spoiled son of an oligarch, the heir who marries Ani (Mikey Madison) "
            "in Atlantic City.")
    got = plot(text, default_kb)
    assert [(c.slots.get("action"), c.verdict) for c in got
            if c.slots.get("kind") == "plot_event"] == [("marry", "refuted")]


# -- a wedding placed nowhere; the film a story sentence is about; "they" after the pair ------
@pytest.mark.parametrize("text,verdict", [
    # every one who marries is the story's: a character, a pronoun after one, a synopsis role
    ("The picture is about a penniless young dancer who marries the heir of a rich "
     "Russian family.", "supported"),
    ("Ani falls hard for a wealthy customer and marries him within days.", "supported"),
    ("Despite the rumours, Ani never marries Vanya in the film.", "refuted"),
])
def test_a_wedding_with_no_place(text, verdict, default_kb):
    assert verdicts(text, default_kb) == [verdict], text


def test_a_wedding_with_someone_the_story_lacks_is_no_claim(default_kb):
    # a dentist is no one in the story; Zora is a name the KB lacks
    assert verdicts("Ani quickly marries a dentist from the suburbs.", default_kb) == []
    assert verdicts("Later, Ani and Zora quietly marry without telling anyone.", default_kb) \
        in ([], ["not_enough_info"])


def test_a_wedding_of_characters_who_do_not_marry_is_left_open(default_kb):
    got = verdicts("Later in the film Igor and Ani marry without telling anyone.", default_kb)
    assert "refuted" not in got


def test_a_story_sentence_is_about_the_film_of_its_characters(default_kb):
    # the paragraph names another film first; "they" follows Ani and Vanya, so the wedding
    # is Anora's
    text = ("Sean Baker, who made The Florida Project, also made this one about Ani and "
            "Vanya. After a week together they tie the knot in Las Vegas.")
    got = plot(text, default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert got[0].slots["subject"] == "anora-2024-film"


def test_an_actor_in_parentheses_carries_the_story_on(default_kb):
    text = ("Anora follows a young dancer (Mikey Madison) who falls for a rich customer "
            "and marries him on a whim.")
    assert verdicts(text, default_kb) == ["supported"]


def test_a_pronoun_after_a_film_the_kb_lacks_keeps_the_story_open(default_kb):
    text = ("Darya Ekamasova plays Vanya's mother, Galina. She starred in Blue Harbour Nights (2011), "
            "a film few have seen. She moved her family to Canada in 2016.")
    assert "refuted" not in verdicts(text, default_kb)


def test_her_clients_are_the_story_when_she_is(default_kb):
    text = "Anora, which tells of a stripper who marries one of her clients, did well at Cannes."
    assert verdicts(text, default_kb) == ["supported"]


def test_a_wedding_placed_where_a_clause_says(default_kb):
    # the wedding is in Atlantic City (the noun "where" hangs on), not merely "a wedding"
    text = ("Ani and Vanya leave the party. On a whim the two head to Atlantic City, where they "
            "marry in a tiny roadside chapel.")
    assert "supported" not in verdicts(text, default_kb)
    assert "refuted" in verdicts(text, default_kb)


def test_a_journey_to_a_place_holding_the_destination(default_kb):
    # the parents fly to New York: "set out for the United States" holds
    text = ("Ani weds Vanya in Las Vegas. Soon Vanya's parents set out for the United States "
            "from Russia, furious.")
    got = plot(text, default_kb)
    assert "refuted" not in [c.verdict for c in got]
    assert any(c.verdict == "supported" and c.slots.get("action") == "travel" for c in got)


# -- deeds, event nouns and descriptions the KB's plot facts name -------------------------------
def kinds(text, kb, kind):
    return [(c.text, c.verdict) for c in plot(text, kb) if c.slots.get("kind") == kind]


@pytest.mark.parametrize("text,verdict", [
    # Vanya's parents send Toros with Garnick and Igor to end the marriage
    ("Ani meets Vanya at the club. Furious, Vanya's parents send a pair of goons after them.",
     "supported"),
    ("Yura Borisov is wonderful as a henchman sent by the heir's parents to undo the marriage.",
     "supported"),
    # a purpose the KB's fact does not name is left open
    ("Ani meets Vanya at the club. Vanya's parents send a couple of thugs to steal the ring.",
     "not_enough_info"),
    # who sends them, when it is a character, is more than the KB's fact says
    ("Ani meets Vanya at the club. Lulu sends a couple of henchmen to the mansion at once.",
     None),
])
def test_a_deed_of_the_story(text, verdict, default_kb):
    got = kinds(text, default_kb, "plot_deed")
    assert [v for _, v in got] == ([verdict] if verdict else []) or verdict is None and \
        all(v != "supported" for _, v in got), got


def test_a_deed_done_by_a_real_person_is_not_the_story(default_kb):
    assert kinds("Sean Baker sent a couple of producers to Toronto.", default_kb,
                 "plot_deed") == []
    assert kinds("Neon sent a couple of publicists along.", default_kb, "plot_deed") == []


def test_a_deed_with_a_name_the_kb_lacks_is_left_open(default_kb):
    got = kinds("Ani meets Vanya at the club. Vanya's parents send Sergei Ivanov to end the marriage.",
                default_kb, "plot_deed")
    assert [v for _, v in got] == ["not_enough_info"]


@pytest.mark.parametrize("text,verdict", [
    ("Ani meets Vanya at the club. A week of partying ends in a Vegas wedding.", "supported"),
    ("Ani meets Vanya at the club. Word of Vanya's marriage to Ani reaches Moscow.",
     "supported"),
    # a wedding with its people placed elsewhere: the KB holds the one wedding, in Las Vegas
    ("Ani meets Vanya at the club. Their wedding in Atlantic City is a blur.", "refuted"),
    # placed elsewhere with no people named: only a reading of the story's wedding, left open
    ("Ani meets Vanya at the club. A week of partying ends in an Atlantic City wedding.",
     "not_enough_info"),
])
def test_a_wedding_told_by_a_noun(text, verdict, default_kb):
    assert [v for _, v in kinds(text, default_kb, "plot_event")] == [verdict], text


def test_a_wedding_noun_without_its_event_makes_no_claim(default_kb):
    # "their marriage" states no wedding; the film's treatment of one is not the story
    assert kinds("Ani meets Vanya at the club. They want their marriage kept.", default_kb,
                 "plot_event") == []
    assert kinds("Anora turns a Vegas wedding into a long hangover.", default_kb,
                 "plot_event") == []


@pytest.mark.parametrize("text,verdict", [
    # Ani lives in Brighton Beach (in Brooklyn) and works in Manhattan
    ("Its plot circles around the titular sex worker from Brooklyn.", "supported"),
    ("The camera rarely leaves the titular Brooklyn stripper.", "supported"),
    ("Ani (Mikey Madison), a Manhattan exotic dancer, meets Vanya.", "supported"),
    # a place that is neither: a description is loose, never refuted
    ("Ani, a dancer from Moscow, meets Vanya.", "not_enough_info"),
])
def test_a_character_described_with_a_place(text, verdict, default_kb):
    assert [v for _, v in kinds(text, default_kb, "plot_lives")] == [verdict], text


def test_a_description_of_a_name_the_kb_lacks_makes_no_claim(default_kb):
    # Zora is invented: no character to look up
    assert kinds("Zora, a stripper from Brooklyn, meets Vanya.", default_kb, "plot_lives") == []


def test_who_stands_for_the_person_up_the_phrase(default_kb):
    # the parser hangs "who" on the club; the one who lives there is the dancer, that is Ani
    text = ("Ani is a young dancer at a nightclub in Manhattan who lives with her sister in "
            "Brighton Beach.")
    got = kinds(text, default_kb, "plot_lives")
    assert ("who lives with her sister in Brighton Beach", "supported") in got
    # a real person's home is not the story's
    assert kinds("Sean Baker, who lives in Los Angeles, wrote it.", default_kb,
                 "plot_lives") == []


def test_a_sentence_with_only_a_pronoun_is_read(default_kb):
    # no name in the sentence: "they" stands for the characters the paragraph named
    got = kinds("Ani meets Vanya at the club. Days later they marry on a whim.", default_kb,
                "plot_event")
    assert [v for _, v in got] == ["supported"]
    # with no character before it, "they" is no one of the story
    assert kinds("The producers were thrilled. Days later they marry on a whim.", default_kb,
                 "plot_event") == []


def test_a_wedding_told_in_a_relative_clause_hung_on_a_thing(default_kb):
    # the parser hangs "who" on the club; the one who marries is the dancer, Ani
    text = ("Ani meets Vanya. In the film Ani is a dancer at a Manhattan club who marries the "
            "son of a rich oligarch.")
    assert [v for _, v in kinds(text, default_kb, "plot_event")] == ["supported"]
    # "which is about a stripper who ...": the stripper, not the film
    text = "Anora, which is about a young stripper who marries one of her clients, won."
    assert [v for _, v in kinds(text, default_kb, "plot_event")] == ["supported"]


# -- the story retold against the KB's plot notes -----------------------------------------------
def statements(text, kb):
    return [(c.text, c.verdict)
            for c in after_lead(text, kb, lambda c: c.slots.get("kind") == "statement")]


def test_a_measure_states_its_number(default_kb):
    # the note gives the ring four carats: "four-carat" says so, "five-carat" does not
    assert statements("Vanya gives Ani a four-carat diamond ring.", default_kb) == \
        [("Vanya gives Ani a four-carat diamond ring", "supported")]
    assert all(v != "supported" for _, v in
               statements("Vanya gives Ani a five-carat diamond ring.", default_kb))


def test_a_note_does_not_tell_another_event(default_kb):
    # the note has the priest called away from a christening: a clause whose verb the note
    # lacks ("dragged out of a wedding") is another event, though its nouns are the note's
    text = "His parents send Toros, an Armenian priest who is dragged out of a wedding."
    assert not any("wedding" in t and v == "supported" for t, v in statements(text, default_kb))
    text = "His parents send Toros, an Armenian priest who is called away from a christening."
    assert ("an Armenian priest who is called away from a christening", "supported") in \
        statements(text, default_kb)


@pytest.mark.parametrize("text,span", [
    # "flees" is what the note's "runs off" says; "hands back" its "gives back"; "shares a flat
    # with" its "lives with"
    ("When the henchmen show up at the mansion, Vanya flees, leaving Ani with Garnick and Igor.",
     "Vanya flees"),
    # (with the ring's owner named, "hands back her ring" is the ending's deed, read by
    # test_plot_deed_on_a_thing; without one it is only the note's words)
    ("In the last scene Igor hands back the wedding ring.", "hands back the wedding ring"),
    ("Igor shares a flat in Brighton Beach with his grandmother.", "shares a flat"),
    # "ostensibly" is the note's "nominally"; "sends" its "assigns"; "ends at" its
    # "culminating at"
    ("Ani meets Vanya. He is ostensibly in the US to study.", "ostensibly in the US"),
    ("Ani speaks Russian, so the manager sends her to a Russian-speaking client.",
     "sends her to a Russian-speaking client"),
    ("After a night of searching Brooklyn, the chase ends at Ani's club in Manhattan.",
     "the chase ends at Ani's club"),
])
def test_a_paraphrase_of_a_note_is_supported(text, span, default_kb):
    got = statements(text, default_kb)
    assert any(span in t and v == "supported" for t, v in got), got


def test_a_paraphrase_about_a_film_the_kb_lacks_is_not_supported(default_kb):
    # an invented film and people: no note of Anora speaks for them
    text = "In Lowtide Harbour, the ferryman Osk flees, leaving Marit with his two brothers."
    got = [c.verdict for c in reelcheck.check(text, kb=default_kb).claims]
    assert "supported" not in got and "refuted" not in got


def test_a_pronoun_stands_for_the_one_the_note_names(default_kb):
    # the note says Ani quits the club; "she" after a sentence naming Ani is that person
    got = statements("Ani meets Vanya at the club. Weeks later she quits the club.", default_kb)
    assert any("she quits the club" in t and v == "supported" for t, v in got), got
    # the note's words without its event: meeting is not what the note says
    assert not any("meets" in t and v == "supported" for t, v in got), got


def test_a_phrase_that_sets_the_time_of_a_clause_is_no_statement(default_kb):
    # the note tells of a New Year's Eve party; "after a party" only dates the clause it opens
    for text in ("Ani meets Vanya at the club. After a New Year's Eve party, she moves into "
                 "the mansion.",
                 "Ani meets Vanya at the club. During his New Year's Eve party, the two of "
                 "them drink champagne until dawn."):
        assert not any(t.startswith(("After", "During")) for t, _ in
                       statements(text, default_kb)), text


def test_a_henchman_told_as_a_man(default_kb):
    got = statements("Ani meets Vanya. Then three men storm the mansion and she breaks one "
                     "man's nose.", default_kb)
    assert any("nose" in t and v == "supported" for t, v in got), got


def test_a_pronoun_after_a_story_noun_in_its_sentence(default_kb):
    # "her" is the dancer named just before it, though a real person was named first
    text = ("The jury gave the prize to Anora, Sean Baker's comedy about a young dancer and the "
            "rich boy who marries her.")
    assert [v for _, v in kinds(text, default_kb, "plot_event")] == ["supported"]
    text = "Anora tells of a dancer in Brooklyn; later she marries a rich heir in Atlantic City."
    assert [v for _, v in kinds(text, default_kb, "plot_event")] == ["refuted"]
    # a real person's family is not the story
    assert kinds("Sean Baker met his wife at Cannes, and they marry in Paris.", default_kb,
                 "plot_event") == []


# -- a deed with a sum: the payment ------------------------------------------------------------
@pytest.mark.parametrize("text,verdict", [
    # the sum is the fact's; who pays and who is paid are its agents
    ("Vanya, a rich client, pays Ani $15,000 to act as his girlfriend for seven days.",
     "supported"),
    ("For roughly 15,000 dollars, Vanya hires Ani for the week.", "supported"),
    ("Vanya hires Ani as a paid girlfriend in return for $15,000.", "supported"),
    # one slot wrong: the sum; the KB's note of the payment is the only one it keeps: open
    ("Vanya pays Ani $40,000 to act as his girlfriend for a month.", "not_enough_info"),
    # a sum in another currency is not compared
    ("Vanya pays Ani 15,000 euros to be his girlfriend.", "not_enough_info"),
])
def test_a_payment_accounts_for_its_sum(text, verdict, default_kb):
    got = [c for c in plot(text, default_kb) if c.slots.get("action") == "payment"]
    assert [c.verdict for c in got] == [verdict], [(c.text, c.verdict) for c in got]


def test_a_payment_in_a_film_the_kb_lacks_or_by_a_real_person_is_no_story(default_kb):
    got = plot("In Velvet Harbor, Mira pays Tomas $15,000 to be her husband for a month.",
               default_kb)
    assert not [c for c in got if c.verdict != "not_enough_info"]
    got = plot("Sean Baker paid Mikey Madison $15,000 for the part.", default_kb)
    assert not [c for c in got if c.slots.get("action") == "payment"]


# -- a note supports a clause only when the clause's objects are the note's ---------------------
def story(text, kb):
    """The sentence's claims about the story: typed plot claims and the notes' statements."""
    return after_lead(text, kb, lambda c: c.category == "plot")


@pytest.mark.parametrize("text", [
    "Toros is a priest who gets summoned away from a christening.",
    "Toros is an Armenian priest pulled out of a baptism.",
])
def test_a_paraphrased_verb_and_object_are_the_notes(text, default_kb):
    got = [c for c in story(text, default_kb) if "christening" in c.explanation]
    assert got and all(c.verdict == "supported" for c in got), [(c.text, c.verdict) for c in got]


@pytest.mark.parametrize("text,wrong", [
    ("Toros is an Armenian priest called away from a funeral.", "funeral"),
    ("Toros is an Armenian priest who is summoned out of a wedding.", "wedding"),
    ("Vanya gives Ani a 4-carat diamond necklace.", "necklace"),
])
def test_another_object_of_the_notes_verb_is_not_supported(text, wrong, default_kb):
    assert not [c for c in story(text, default_kb) if c.verdict == "supported"
                and wrong in c.text], [(c.text, c.verdict) for c in story(text, default_kb)]


def test_a_title_that_is_also_the_heroines_name_travelling_is_never_refuted(default_kb):
    # "Anora" may be the film on its festival run: the journey is only ever confirmed
    for text in ("After its New York Film Festival slot, Anora went to London.",
                 "Fresh from Cannes, Anora went to London in October."):
        got = [c.verdict for c in reelcheck.check(text, kb=default_kb).claims
               if c.predicate == "plot"]
        assert got in ([], ["not_enough_info"]), text
    # her short name is hers alone: the story never goes to Paris
    assert verdicts("Ani flies to Paris with Vanya.", default_kb) == ["refuted"]
