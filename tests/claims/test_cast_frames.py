"""The cast family on the parse: who plays whom, including an actor the KB lacks. Sentences
are written for these tests; the facts are the default KB's (Anora's cast: Karren Karagulian
plays Toros, Vanya's godfather)."""
from __future__ import annotations

import reelcheck


def cast(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "played_by"]


def test_an_actor_the_kb_lacks_is_refuted_by_the_character_s_actor(default_kb):
    for text in ("Toros, played by Rupert Quill, is the priest who hunts for Vanya.",
                 "In Anora, Toros is played by Rupert Quill.",
                 "Rupert Quill plays Toros in Anora."):
        got = cast(text, default_kb)
        assert [c.verdict for c in got] == ["refuted"], text
        assert "Karren Karagulian" in got[0].explanation and "Rupert Quill" in got[0].explanation


def test_a_spelling_of_the_actor_s_name_is_not_refuted(default_kb):
    got = cast("Toros, played by Karen Karagulyan, is the priest who hunts for Vanya.", default_kb)
    assert got and all(c.verdict != "refuted" for c in got)


def test_the_right_actor_is_supported_and_a_story_relation_names_the_character(default_kb):
    got = cast("In Anora, Karren Karagulian plays Toros.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    got = cast("Rupert Quill plays Vanya's godfather in Anora.", default_kb)
    assert [(c.subject.id, c.verdict) for c in got] == [("toros", "refuted")]


def test_pairs_in_a_starring_list_go_in_reading_order(default_kb):
    got = cast("Anora stars Mikey Madison as Ani and Rupert Quill as Toros.", default_kb)
    assert sorted((c.subject.id, c.verdict) for c in got) == [
        ("anora-mikheeva", "supported"), ("toros", "refuted")]


def test_a_name_inside_an_aside_is_not_the_one_who_plays(default_kb):
    # "a Baker regular since 2004" describes the actor: Sean Baker does not play Toros
    r = reelcheck.check("Karren Karagulian, a Baker regular since his early films, plays "
                        "Toros.", kb=default_kb)
    assert all(c.verdict != "refuted" for c in r.claims), [
        (c.text, c.explanation) for c in r.claims]


def test_an_as_phrase_on_one_actor_is_that_actor_s_part_alone(default_kb):
    # the first part has an aside of its own before the second actor: the parse hangs the
    # second actor on the first, and "as Ani" is still only Mikey Madison's
    got = cast("Anora stars Mikey Madison as Ani, a dancer from Brighton Beach, and Yura "
               "Borisov as Igor, a quiet henchman.", default_kb)
    assert sorted((c.slots["subject"], c.slots.get("actor"), c.verdict) for c in got) == [
        ("anora-mikheeva", "mikey-madison", "supported"),
        ("igor", "yura-borisov", "supported")]


def test_a_set_off_participle_hung_on_the_main_verb_is_said_of_the_noun_before_it(default_kb):
    # the parser makes "played" an adverbial clause of "send"; with its "by" agent and the
    # comma after a name, it describes that name (Toros is played by Karren Karagulian)
    def cast(text):
        return [(c.subject.id, c.verdict) for c in reelcheck.check(
            "Anora is a comedy. " + text, kb=default_kb).claims if c.category == "cast"]
    assert cast("Vanya's parents send their fixer Toros, played with weary charm by Karren "
                "Karagulian.") == [("toros", "supported")]
    assert cast("Vanya's parents send their fixer Toros, played by Yura Borisov.") == [
        ("toros", "refuted")]
