"""An age phrase standing alone as its clause's subject ("The 47-year-old thanked his wife")
is a description of the person the passage is about: the age is read, said of that person,
and may support but never refute; the person it stands for is the sentence's subject, so a
later "her" means them, not a name the sentence gives as its object. In a passage that names
characters it is left unread (it may be a character's age). Sentences are written
for these tests; facts are the default KB's (Cillian Murphy, born 25 May 1976, won Best Actor
at the 96th Academy Awards on 10 March 2024; Robert Downey Jr., born 4 April 1965, won Best
Supporting Actor there; Mikey Madison won Best Actress at the 97th, her first nomination;
Emma Stone had been nominated four times before)."""
from __future__ import annotations

import reelcheck


def claims(text, kb, predicate):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == predicate]


def test_a_bare_age_subject_is_the_passage_s_person(default_kb):
    text = ("Cillian Murphy picked up Best Actor at the 96th Academy Awards. "
            "The 47-year-old dedicated the statue to peacemakers.")
    got = claims(text, default_kb, "age")
    assert [(c.subject.id, c.verdict) for c in got] == [("cillian-murphy", "supported")], \
        [(c.text, c.explanation) for c in got]


def test_a_wrong_bare_age_subject_is_never_refuted(default_kb):
    text = ("Cillian Murphy picked up Best Actor at the 96th Academy Awards. "
            "The 52-year-old dedicated the statue to peacemakers.")
    got = claims(text, default_kb, "age")
    assert [(c.subject.id, c.verdict) for c in got] == [
        ("cillian-murphy", "not_enough_info")], [(c.text, c.explanation) for c in got]


def test_the_parser_hanging_the_age_on_an_adverb_after_it(default_kb):
    text = ("Robert Downey Jr. won Best Supporting Actor at the 96th Academy Awards. "
            "The 58-year-old first played Tony Stark in 2008.")
    got = claims(text, default_kb, "age")
    assert [(c.subject.id, c.verdict) for c in got] == [
        ("robert-downey-jr", "supported")], [(c.text, c.explanation) for c in got]


def test_the_described_subject_is_who_a_later_her_means(default_kb):
    text = ("Mikey Madison was named Best Actress at the 97th Academy Awards. "
            "The 25-year-old edged out Emma Stone, whom few had backed. "
            "It was her first nomination.")
    got = claims(text, default_kb, "nth_prize") + claims(text, default_kb, "nominated_for")
    got = [c for c in got if "first nomination" in c.text]
    assert got and all(c.subject.id == "mikey-madison" for c in got), \
        [(c.text, c.subject and c.subject.id, c.explanation) for c in got]
    assert all(c.verdict != "refuted" for c in got)


def test_an_age_phrase_as_an_object_is_no_description_of_the_subject(default_kb):
    text = ("Cillian Murphy picked up Best Actor at the 96th Academy Awards. "
            "He embraced the 47-year-old backstage.")
    assert claims(text, default_kb, "age") == []


def test_in_a_passage_on_the_story_the_bare_age_is_no_actor_s(default_kb):
    # after characters are named, "the 21-year-old" may be one of them: no actor's age
    text = ("In Anora, Ani (Mikey Madison) runs into Vanya (Mark Eydelshteyn) at a club. "
            "The 21-year-old turns out to be an oligarch's heir.")
    got = claims(text, default_kb, "age")
    assert all(c.subject is None or c.subject.id not in ("mark-eydelshteyn", "mikey-madison")
               for c in got), [(c.text, c.subject and c.subject.id) for c in got]
