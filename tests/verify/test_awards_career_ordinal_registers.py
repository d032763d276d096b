"""Which of a person's Oscars a prize was ("his second Oscar") said in registers the career
ordinal used to miss: the film as the owner of a craft noun ("for Oppenheimer's score"), a
headline with no owner word ("X Wins Second Oscar For Y"), a Title-Case category before the
film with the ordinal set after it, and a category phrase that names several categories of the
record ("Best Art Direction" at a ceremony with colour and black-and-white splits). The
ordinal is checked against the win the stated film (year) picks, never against the n-th win
alone."""
from tests.helpers.award_claims import readings
import reelcheck


def _claims(text, kb):
    return [(c.verdict, c.text, c.explanation) for c in reelcheck.check(text, kb=kb).claims]


def _verdicts(text, kb):
    return {v for v, _t, _e in _claims(text, kb)}


def test_film_owning_the_score_is_the_win_the_ordinal_is_checked_on(default_kb):
    # Oppenheimer's score was his second of three: "third" is wrong, "second" holds
    wrong = _claims("Ludwig Göransson won his third Oscar for Oppenheimer's score.", default_kb)
    assert "refuted" in {v for v, _t, _e in wrong}, wrong
    assert not any(v == "supported" and "third" in t for v, t, _e in wrong), wrong
    right = _claims("Ludwig Göransson won his second Oscar for Oppenheimer's score.", default_kb)
    assert "supported" in {v for v, _t, _e in right} and "refuted" not in {
        v for v, _t, _e in right}, right


def test_film_owning_the_editing(default_kb):
    got = _verdicts("Kirk Baxter won his second Oscar for The Social Network's editing.",
                    default_kb)
    assert got == {"refuted"}, got
    got = _verdicts("Kirk Baxter collected his second Oscar for The Girl with the Dragon "
                    "Tattoo's editing.", default_kb)
    assert "supported" in got and "refuted" not in got, got


def test_headline_ordinal_with_no_owner_word(default_kb):
    got = _verdicts("Kirk Baxter Wins Second Oscar For The Social Network", default_kb)
    assert got == {"refuted"}, got
    got = _verdicts("Emma Stone wins second Oscar for La La Land", default_kb)
    assert got == {"refuted"}, got
    got = _verdicts("Emma Stone Wins Second Best Actress Oscar For Poor Things", default_kb)
    assert got == {"supported"}, got


def test_title_case_category_then_an_apposed_ordinal(default_kb):
    got = _claims("Horton Foote won Best Adapted Screenplay for To Kill a Mockingbird, his "
                  "second Oscar.", default_kb)
    assert "refuted" in {v for v, _t, _e in got}, got
    assert not any(v == "supported" and "second" in t for v, t, _e in got), got


def test_ordinal_of_a_prize_whose_phrase_names_a_split_category(default_kb):
    # his 1954 win was Best Art Direction (Black-and-White), his second; a later one was
    # in the colour category
    got = _claims("Edward Carfagno won his second Oscar, for Best Art Direction, in 1954.",
                  default_kb)
    assert "refuted" not in {v for v, _t, _e in got}, got
    assert readings("Edward Carfagno won his third Oscar in 1954 for Best Art Direction.",
                    default_kb)[0][0] == "refuted"


def test_ordinal_before_a_two_word_prize_name_given_by_the_film(default_kb):
    # Dangerous Liaisons was his first; The Father his second
    got = _verdicts("Dangerous Liaisons earned Christopher Hampton his second Academy Award.",
                    default_kb)
    assert got == {"refuted"}, got
    got = _verdicts("The Father earned Christopher Hampton his second Academy Award.",
                    default_kb)
    assert got == {"supported"}, got


def test_an_owned_prize_as_the_subject_of_a_passive(default_kb):
    # The Father was his second; a prize owned by him is his, the passive's subject the prize
    got = _verdicts("Christopher Hampton's second Oscar was awarded for The Father.",
                    default_kb)
    assert got == {"supported"}, got
    got = _verdicts("Christopher Hampton's first Oscar was awarded for The Father.",
                    default_kb)
    assert got == {"refuted"}, got
