"""A credit abbreviation in a parenthesis ("dir.", "prod.") is read as the words it stands for:
its full stop ends no sentence, and the name after it is the film's credit, not the subject of
the verb after the parenthesis."""
import reelcheck
from credit_claims import crew_claims


def _claims(text, kb):
    return [(c.category, c.verdict) for c in reelcheck.check(text, kb=kb).claims]


def test_director_in_a_row_is_no_winner_of_the_films_prizes(default_kb):
    got = reelcheck.check("Titanic (dir. James Cameron) won eleven Oscars.", kb=default_kb).claims
    count = [c for c in got if c.category == "count"]
    assert count and all(c.verdict == "supported" for c in count)
    assert all(c.verdict != "refuted" for c in got)


def test_wrong_director_in_the_parenthesis_is_refuted_as_a_credit(default_kb):
    crew = crew_claims("Gladiator (dir. Ron Howard) won Best Picture.", default_kb)
    assert [c.verdict for c in crew] == ["refuted"]
    assert "Ridley Scott" in crew[0].explanation


def test_right_director_and_producer_abbreviations_are_credits(default_kb):
    crew = crew_claims("Anora (dir. Sean Baker) won the Palme d'Or in 2024.", default_kb)
    assert [c.verdict for c in crew] == ["supported"]
    text = "Parasite (dir. Bong Joon-ho; prod. Kwak Sin-ae) was the night's big winner."
    assert [c.verdict for c in crew_claims(text, default_kb)] == ["supported", "supported"]


def test_the_parenthesis_keeps_the_sentence_whole(default_kb):
    from reelcheck.claims.text import split_sentences
    text = "Anora (dir. Sean Baker) won the Palme. Conclave followed."
    assert [s.text for s in split_sentences(text)] == [
        "Anora (dir. Sean Baker) won the Palme.", "Conclave followed."]
