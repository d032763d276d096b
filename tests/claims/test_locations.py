"""The location family on the parse: where a film was shot and where its story is set.

Sentences are written for these tests; the facts are the default KB's (Anora's filming and story
locations)."""
from __future__ import annotations

import reelcheck

LEAD = "Anora opened in American cinemas in October 2024. "


def places(text, kb):
    r = reelcheck.check(LEAD + text, kb=kb)
    return [c for c in r.claims if c.category == "location" and c.start >= len(LEAD)]


def test_a_filming_noun_carried_by_a_light_verb(default_kb):
    got = places("Filming took place in Brooklyn.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert got[0].predicate == "filming_location"
    got = places("The shoot was carried out in Las Vegas.", default_kb)
    assert [c.verdict for c in got] == ["supported"]


def test_a_list_of_places_distributes(default_kb):
    got = places("The story unfolds in Las Vegas and New York City.", default_kb)
    assert sorted(c.object.id for c in got) == ["las-vegas", "new-york-city"]
    assert all(c.verdict == "supported" for c in got)


def test_a_filming_place_the_kb_does_not_hold_is_left_open(default_kb):
    # the KB's filming locations are not declared complete
    got = places("Filming took place in Miami.", default_kb)
    assert got and all(c.verdict == "not_enough_info" for c in got)


def test_a_part_of_the_film_set_elsewhere_is_not_the_film(default_kb):
    got = places("Baker once wrote a final act set entirely in Moscow.", default_kb)
    assert not [c for c in got if c.verdict == "refuted"]


def test_a_setting_that_is_also_someones_native_place(default_kb):
    # the phrase says where the story is and where Baker is from: Baker was born in Summit,
    # New Jersey, so "his native New York" is wrong even though the story is in New York
    got = places("Most of the story plays out in Sean Baker's native New York.", default_kb)
    setting = [c for c in got if c.predicate == "narrative_location"]
    assert [c.verdict for c in setting] == ["refuted"]
    # a native place that holds leaves the setting to its own check
    got = places("Part of the tale plays out in Mikey Madison's native Los Angeles.", default_kb)
    assert "supported" not in [c.verdict for c in got if c.predicate == "narrative_location"]
    # a person the KB lacks: the setting stands on its own
    got = places("The story unfolds in Jane Roe's native New York.", default_kb)
    assert [c.verdict for c in got if c.predicate == "narrative_location"] == ["supported"]


def test_two_prepositions_sharing_one_place(default_kb):
    got = places("The crew shot much of it in and around Brooklyn that winter.", default_kb)
    assert [(c.object.id, c.verdict) for c in got] == [("brooklyn", "supported")]
    # a place the KB holds no filming for: open, never refuted
    got = places("The crew shot much of it in and around Toronto that winter.", default_kb)
    assert "refuted" not in [c.verdict for c in got]


def test_a_story_that_takes_place_somewhere_is_its_setting(default_kb):
    # "take place" carries a filming noun ("filming took place in ...") but with the film as
    # its subject it states where the story is set
    got = places("The film takes place in Brooklyn and Las Vegas.", default_kb)
    assert got and {c.predicate for c in got} == {"narrative_location"}
    assert all(c.verdict == "supported" for c in got)
    got = places("Anora takes place mostly in Chicago.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    # a festival taking place somewhere is no setting of a film
    assert places("The festival takes place in Chicago every May.", default_kb) == []
    # the carried noun keeps its own frame
    assert [c.predicate for c in places("Filming took place in Brooklyn.", default_kb)] == [
        "filming_location"]
def test_where_the_story_moves_is_where_it_is_set(default_kb):
    got = places("In its last act the story shifts to Las Vegas.", default_kb)
    assert [(c.predicate, c.object.id, c.verdict) for c in got] == [
        ("narrative_location", "las-vegas", "supported")]
    # the KB's settings are complete: a city outside all of them is refuted
    got = places("Halfway through, the plot moves to Miami.", default_kb)
    assert [(c.predicate, c.verdict) for c in got] == [("narrative_location", "refuted")]
    # a place inside one of them cannot be ruled out, unless the KB lists that one's parts in
    # full at its level: Staten Island is not among the boroughs it keeps (Brooklyn,
    # Manhattan), a spot in Brooklyn beside Brighton Beach may be where a scene is
    got = places("Later the plot moves to Coney Island.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]
    got = places("Later the plot moves to Staten Island.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    # someone's own story, or a character moving, is not where the film is set
    assert [c.predicate for c in places("His story moves to Miami.", default_kb)] == []
    assert all(c.predicate != "narrative_location"
               for c in places("Ani moves to Miami with a friend.", default_kb))


def test_a_set_of_the_film_said_to_be_somewhere(default_kb):
    # a real house is where the film was shot (Anora was shot in Mill Basin, Brooklyn)
    got = places("The Zakharov house is an actual mansion in Mill Basin.", default_kb)
    assert [(c.predicate, c.object.id, c.verdict) for c in got] == [
        ("filming_location", "mill-basin", "supported")]
    # filming places are not complete: a real house elsewhere is left open
    got = places("The Zakharov house is a real mansion in Miami.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]
    # "in the story": where the film is set (Las Vegas is one of its settings)
    got = places("In the story the chapel is a tiny building in Las Vegas.", default_kb)
    assert [(c.predicate, c.verdict) for c in got] == [("narrative_location", "supported")]
    # neither real nor in the story, or someone's own house: no claim
    assert places("The Zakharov house is a big mansion in Miami.", default_kb) == []
    assert places("His house is a real mansion in Miami.", default_kb) == []


def test_a_borough_beside_the_listed_ones_of_a_city_the_story_stays_in(default_kb):
    # the KB keeps Anora's story, in full, in New York City's Brooklyn (down to Brighton Beach
    # and Mill Basin) and Manhattan, and Las Vegas: another borough is not in it
    got = places("The story unfolds in Queens.", default_kb)
    assert [c.verdict for c in got] == ["refuted"] and "Manhattan" in got[0].explanation
    assert [c.verdict for c in places("The story unfolds in Manhattan.", default_kb)] == [
        "supported"]
    # a neighbourhood beside the listed ones is a spot a scene may be at: left open
    got = places("The story unfolds in Coney Island.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]
    # the same words with the story's place a set stands in
    got = places("In the story the house is the oligarchs' base on Staten Island.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]


def test_a_gerund_subject_of_a_light_verb_is_the_shoot_not_the_story(default_kb):
    # "Filming" tagged as a verb: still the relation noun "took place" carries
    import reelcheck
    r = reelcheck.check("Filming on Anora took place in Chicago.", kb=default_kb)
    got = [c for c in r.claims if c.category == "location"]
    assert got and not [c for c in got if c.verdict == "refuted"]
    assert all(c.predicate == "filming_location" for c in got)
    r = reelcheck.check("Shooting of Anora took place in Las Vegas.", kb=default_kb)
    got = [c for c in r.claims if c.category == "location"]
    assert [(c.predicate, c.verdict) for c in got] == [("filming_location", "supported")]


def test_a_birthplace_joined_to_born_by_a_hyphen(default_kb):
    # "the Ohio-born actress Jane Roe": the place before the hyphen, the person the modified
    # noun stands for (a name, or a common noun apposed to one)
    def born(text):
        return [c for c in places(text, default_kb) if c.predicate == "place_of_birth"]
    got = born("The Los Angeles-born actress Mikey Madison carries the film.")
    assert [(c.subject.id, c.verdict) for c in got] == [("mikey-madison", "supported")]
    got = born("Mikey Madison, a Los Angeles-born actress, carries the film.")
    assert [c.verdict for c in got] == ["supported"]
    got = born("Chicago-born Mikey Madison carries the film.")
    assert [c.verdict for c in got] == ["refuted"]
    assert "Los Angeles" in got[0].explanation
    # a person the KB lacks: the claim is open, never refuted
    got = born("The Ohio-born actress Marnie Feldspar plays a manicurist.")
    assert all(c.verdict == "not_enough_info" for c in got)


def test_a_setting_joined_to_set_by_a_hyphen(default_kb):
    # "the Brooklyn-set comedy": the place before the hyphen, the film the modified noun is
    def setting(text):
        return [c for c in places(text, default_kb) if c.predicate == "narrative_location"]
    got = setting("The Brooklyn-set comedy went on to win five Oscars.")
    assert [(c.subject.id, c.verdict) for c in got] == [("anora-2024-film", "supported")]
    got = setting("The Boston-set comedy went on to win five Oscars.")
    assert [c.verdict for c in got] == ["refuted"]
    # a film the KB holds no setting for, and one it lacks: open or no claim, never refuted
    got = setting("Baker next made the Texas-set Red Rocket.")
    assert all(c.verdict == "not_enough_info" for c in got)
    got = setting("His Ohio-set drama Quiet Fields Again is next.")
    assert all(c.verdict == "not_enough_info" for c in got)
    # the bare verb with no hyphened place states no setting
    assert setting("Anora set a record in Las Vegas.") == []


def test_a_native_of_a_city_born_in_a_town_on_its_edge_is_not_judged(default_kb):
    # the KB has Yura Borisov born in Reutov, a town that borders Moscow
    for text in ("Moscow native Yura Borisov steals every scene.",
                 "Yura Borisov, a native of Moscow, steals every scene."):
        got = [c for c in reelcheck.check(text, kb=default_kb).claims if c.category == "location"]
        assert [c.verdict for c in got] == ["not_enough_info"], text
        assert "Reutov" in got[0].explanation
    # a birth stated outright, or a native of a city far off, is still wrong
    for text in ("Yura Borisov was born in Moscow.",
                 "Yura Borisov, a native of Kazan, steals every scene."):
        got = [c for c in reelcheck.check(text, kb=default_kb).claims if c.category == "location"]
        assert [c.verdict for c in got] == ["refuted"], text


def test_an_event_that_took_place_somewhere_is_not_the_film_set_there(default_kb):
    # "take place" says where a film is set, but here its subject is a ceremony: the film the
    # passage is about is not the subject, and nothing is said of where it is set
    r = reelcheck.check("Anora was the big winner of the night. The 97th Academy Awards took "
                        "place at the Dolby Theatre in Los Angeles on March 2, 2025.",
                        kb=default_kb)
    assert not [c for c in r.claims if c.predicate == "narrative_location"]
    assert not [c for c in r.claims if c.verdict == "refuted"]
