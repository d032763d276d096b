"""The plot family on wordings other writers use for the story's wedding (claims/plot.py,
verify/plot.py): "wed" read as the verb it is (not "we'd"), a participle after "get" or "be"
("the two get married"), whom one is married "to", a negation on the auxiliary ("never got
married"), a wish that is not an event ("begs her to stay married"), and a wedding of a pair
the story does not marry.

Sentences are written for these tests; the facts are the default KB's: in Anora, Ani and Vanya
marry at a chapel in Las Vegas."""
from __future__ import annotations

import pytest
from story_claims import LEAD, after_lead

import reelcheck
from reelcheck.nlp import parse


def weddings(text, kb):
    return after_lead(text, kb, lambda c: c.predicate == "plot")


def verdicts(text, kb):
    return [c.verdict for c in weddings(text, kb)]


def test_wed_is_a_word_not_a_contraction():
    doc = next(iter(parse(["The pair wed in a hurry, and Wed. is a day."])))
    assert [t.text for t in doc][:4] == ["The", "pair", "wed", "in"]
    assert doc[2].lemma_ == "wed" and doc[2].pos_ == "VERB"


@pytest.mark.parametrize("text,verdict", [
    ("After a whirlwind courtship, the pair wed in Las Vegas.", "supported"),
    ("Days later the couple wed in Reno.", "refuted"),
    ("After a week of parties, the two get married in a Las Vegas chapel.", "supported"),
    ("Ani and Vanya got married in Atlantic City on a whim.", "refuted"),
    ("Ani and Vanya were married at a little chapel in Las Vegas.", "supported"),
    ("Ani is married to Vanya by the end of the week.", "supported"),
    # a negation on the auxiliary: what is denied is true, never refuted
    ("Ani and Vanya never got married in Atlantic City.", "supported"),
])
def test_the_wedding_in_other_words(text, verdict, default_kb):
    assert verdicts(text, default_kb) == [verdict], text


def test_a_participle_claim_opens_at_its_subject(default_kb):
    got = weddings("Within a week the two get married in Las Vegas.", default_kb)
    assert len(got) == 1 and got[0].text.startswith("two get married")


def test_a_wish_is_no_wedding(default_kb):
    got = weddings("At the end, Vanya pleads with her and asks her to stay married.", default_kb)
    assert all(c.slots.get("action") != "marry" for c in got)


def test_a_pair_the_story_does_not_marry_is_left_open(default_kb):
    # the story's wedding is Ani and Vanya's: a note about Igor and Ani does not speak for it
    assert verdicts("Ani is married to Igor.", default_kb) == ["not_enough_info"]
    assert verdicts("Ani and Igor wed in Las Vegas.", default_kb) == ["not_enough_info"]


def test_a_wedding_the_kb_lacks_stays_open(default_kb):
    # Lotte and Piet are no one the KB knows; Velvet Harbors is no film it holds
    text = "In Velvet Harbors, Lotte and Piet get married in Lisbon."
    assert "refuted" not in verdicts(text, default_kb)
    # "the couple" of a film the sentence names and the KB lacks is not Anora's couple
    text = "In the 2019 drama Velvet Harbors, the couple wed in Reno."
    assert "refuted" not in verdicts(text, default_kb)
    text = "In the 2019 film Velvet Harbors, the couple get married in Reno."
    assert "refuted" not in verdicts(text, default_kb)


def test_a_sum_offered_to_a_character_is_no_budget(default_kb):
    # the sum is Ani's price; "to spend a week with him" is no production spending
    r = reelcheck.check(LEAD + "Vanya offers Ani $15,000 to spend a week with him.",
                        kb=default_kb)
    assert not [c for c in r.claims if c.predicate == "budget"]
    assert all(c.verdict != "refuted" for c in r.claims)


@pytest.mark.parametrize("text", [
    "Ani marries Vanya. When news of the wedding reaches Moscow, his family dispatches a "
    "trio of enforcers.",
    "Ani marries Vanya. His parents send a pair of heavies to annul it.",
    "The story kicks off when a rich kid hires Ani as his girlfriend.",
])
def test_the_story_people_in_a_reviewers_words(text, default_kb):
    got = [c for c in weddings(text, default_kb) if c.slots.get("kind") == "plot_deed"]
    assert [c.verdict for c in got] == ["supported"], text


def test_henchmen_sent_in_a_film_the_kb_lacks_are_not_the_story(default_kb):
    text = "In the 2019 film Velvet Harbors, a rich kid hires Lotte for a week."
    assert "supported" not in verdicts(text, default_kb)


@pytest.mark.parametrize("text,verdict", [
    # the parser hangs the names on the verb as modifiers when an aside follows the second
    ("Ani marries Vanya, an oligarch's son, in Atlantic City.", "refuted"),
    ("Ani marries Vanya, the heir of a Russian oligarch, in Las Vegas.", "supported"),
])
def test_a_wedding_with_an_aside_keeps_its_place(text, verdict, default_kb):
    got = [c for c in weddings(text, default_kb) if c.slots.get("action") == "marry"]
    assert [c.verdict for c in got] == [verdict], text


@pytest.mark.parametrize("text,verdict", [
    ("Vanya flies Ani to Atlantic City, where they marry.", "refuted"),
    ("Vanya whisks Ani off to Las Vegas, where the two get married.", "supported"),
])
def test_a_journey_and_a_wedding_at_one_place_are_two_claims(text, verdict, default_kb):
    got = weddings(text, default_kb)
    assert sorted(c.slots.get("action") for c in got) == ["marry", "travel"], text
    assert {c.verdict for c in got} == {verdict}, text


@pytest.mark.parametrize("text,verdict", [
    ("Vanya pays Ani $15,000 to be his girlfriend for a week.", "supported"),
    ("Vanya hires Ani for a week.", "supported"),
    # how long is a slot: the story's week is not a month, nor two weeks (never refuted: the
    # KB lists no deed in full)
    ("Vanya pays Ani $15,000 to be his girlfriend for a month.", "not_enough_info"),
    ("Vanya hires Ani for two weeks.", "not_enough_info"),
])
def test_how_long_a_deed_lasts_is_a_slot(text, verdict, default_kb):
    got = [c for c in weddings(text, default_kb) if c.slots.get("kind") == "plot_deed"]
    assert [c.verdict for c in got] == [verdict], text
