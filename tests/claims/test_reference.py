"""Who a pronoun or a shared name refers to, decided by the sentence's structure: a pronoun in
a fronted phrase looks ahead to the main subject; "she" in the next sentence prefers the person
the previous sentence was about (its subject) over one it only mentioned; a conditional clause
states nothing; a relative "which" makes a shared name the film. Sentences are written for
these tests; the facts are the default KB's (97th Academy Awards, Anora)."""
from __future__ import annotations

import reelcheck


def award_claims(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [c for c in r.claims if c.slots.get("kind") in ("award", "award_count")]


def test_a_pronoun_in_a_fronted_phrase_is_the_main_subject(default_kb):
    text = ("Adrien Brody's career is a long one.\n\n"
            "After her Oscar win for Best Actress, Mikey Madison thanked the sex-worker community.")
    got = award_claims(text, default_kb)
    assert got and all(c.slots["subject"] == "mikey-madison" for c in got)
    assert [c.verdict for c in got] == ["supported"]


def test_she_in_the_next_sentence_is_the_previous_subject_not_its_object(default_kb):
    text = ("Mikey Madison edged out Demi Moore on the night of the 97th Academy Awards. "
            "The young actress then walked on stage, where she collected Best Actress.")
    got = award_claims(text, default_kb)
    wins = [c for c in got if c.slots.get("award") == "academy-award-for-best-actress"]
    assert wins and all(c.slots["subject"] == "mikey-madison" for c in wins)
    assert all(c.verdict != "refuted" for c in got)


def test_a_conditional_clause_states_no_win(default_kb):
    text = "Her studio threw a party in case Demi Moore won Best Actress at the 97th Academy Awards."
    assert [c.verdict for c in award_claims(text, default_kb)] == ["refuted"]
    text = "Her studio planned a party if Demi Moore won Best Actress at the 97th Academy Awards."
    assert award_claims(text, default_kb) == []


def test_which_after_a_shared_name_makes_it_the_film(default_kb):
    text = ("Anora, which follows a dancer from Brighton Beach and her whirlwind marriage, "
            "took the top prize at the Cannes Film Festival.")
    r = reelcheck.check(text, kb=default_kb)
    first = min((m for m in r.names if m.text == "Anora"), key=lambda m: m.start)
    assert first.entity_type == "film"
    text = "Anora, who dances at a club in Brooklyn, marries the son of an oligarch."
    r = reelcheck.check(text, kb=default_kb)
    first = min((m for m in r.names if m.text == "Anora"), key=lambda m: m.start)
    assert first.entity_type == "character"
