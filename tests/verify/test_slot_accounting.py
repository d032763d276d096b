"""Slot accounting (claims/accounting.py): a claim is `supported` only when every slot its
clause states -- a number, a date, an ordinal, an amount, a KB person or title, a name the KB
lacks standing as a work or a rival -- was judged by it or by another claim of the sentence.
A slot nobody judged turns the support into not_enough_info naming the slot; it never refutes.

Sentences are written for these tests; the facts are the default KB's.
"""
from __future__ import annotations

import reelcheck


def claims(text, kb):
    return reelcheck.check(text, kb=kb).claims


def award(text, kb):
    got = [c for c in claims(text, kb) if c.slots.get("kind") in ("award", "award_count")]
    assert got, f"no award claim in {text!r}"
    return got[0]


# -- a slot the win does not check withdraws the support, and says which ------------------------

def test_an_unknown_title_in_parentheses_after_the_winner_is_not_supported(default_kb):
    c = award("Bong Joon-ho won Best Director (Velvet Harbors) at the 92nd Academy Awards.",
              default_kb)
    assert c.verdict == "not_enough_info"
    assert "Velvet Harbors" in c.explanation and "not checked" in c.explanation
    c = award("Chloé Zhao took the directing Oscar for Nomadland (Desert Wind).", default_kb)
    assert c.verdict == "not_enough_info" and "Desert Wind" in c.explanation


def test_a_work_the_kb_lacks_named_for_the_win_is_not_supported(default_kb):
    c = award("Bong Joon-ho won Best Director for Okja.", default_kb)
    assert c.verdict == "not_enough_info" and "Okja" in c.explanation
    c = award("Ke Huy Quan won Best Supporting Actor in 2023 for The Goonies.", default_kb)
    assert c.verdict == "not_enough_info" and "Goonies" in c.explanation
    # the true film is judged: the support stands
    c = award("Ke Huy Quan won Best Supporting Actor in 2023 for Everything Everywhere All "
              "at Once.", default_kb)
    assert c.verdict == "supported"


def test_a_rival_the_win_does_not_check_is_not_supported(default_kb):
    c = award("Moonlight won Best Picture in 2017 over Lantern Hill.", default_kb)
    assert c.verdict == "not_enough_info" and "Lantern Hill" in c.explanation
    c = award("Emma Stone won Best Actress over Halley Brightwater for La La Land.", default_kb)
    assert c.verdict == "not_enough_info" and "Halley Brightwater" in c.explanation


def test_a_span_of_time_is_judged_by_its_own_interval_claim(default_kb):
    # CODA won two years after Parasite, not three; "N years after" measures the win: the
    # interval is a claim of its own (claims/intervals.py), the win stays a support
    r = reelcheck.check("CODA won Best Picture at the 94th Academy Awards, three years after "
                        "Parasite.", kb=default_kb)
    got = {c.slots.get("kind"): c.verdict for c in r.claims}
    assert got == {"award": "supported", "interval": "refuted"}
    r = reelcheck.check("Everything Everywhere All at Once won Best Picture two years after "
                        "Nomadland.", kb=default_kb)
    got = {c.slots.get("kind"): c.verdict for c in r.claims}
    assert got == {"award": "supported", "interval": "supported"}


def test_a_span_of_time_no_claim_checks_is_not_supported(default_kb):
    # the other event is one the KB lacks: the interval is not checked, the win not supported
    c = award("CODA won Best Picture at the 94th Academy Awards, three years after Lanterns "
              "of Varna.", default_kb)
    assert c.verdict == "not_enough_info" and "three years" in c.explanation


def test_a_second_year_in_a_coordinated_phrase_is_a_slot(default_kb):
    # the second year is its own gapped clause's ("and for Green Book in 2012"): a claim
    # of its own judges it, and it is never supported
    got = claims("Mahershala Ali won Best Supporting Actor for Moonlight in 2017 and for Green "
                 "Book in 2012.", default_kb)
    assert all(c.verdict != "supported" for c in got if "2012" in c.text)
    assert any("2012" in c.text for c in got)


def test_accounting_never_refutes(default_kb):
    for text in ("Bong Joon-ho won Best Director (Velvet Harbors) at the 92nd Academy Awards.",
                 "Moonlight won Best Picture in 2017 over Lantern Hill.",
                 "Greta Marlowe won Best Actress for Silver Orchard in 2023."):
        assert all(c.verdict != "refuted" for c in claims(text, default_kb))


# -- what the claim judged, or what is not a slot of its clause, leaves the support -------------

def test_every_slot_judged_keeps_the_support(default_kb):
    for text in ("Parasite won Best Picture at the Oscars in 2020.",
                 "Mikey Madison won Best Actress for Anora at the 97th Academy Awards.",
                 "In 2024, Cillian Murphy took Best Actor for Oppenheimer.",
                 "Anora won the Palme d'Or in May 2024.",
                 "It was Cillian Murphy who won Best Actor for Oppenheimer."):
        assert award(text, default_kb).verdict == "supported", text


def test_the_date_of_the_edition_judged_is_judged(default_kb):
    got = claims("Parasite won Best Picture at the 92nd Academy Awards on February 9, 2020.",
                 default_kb)
    assert got and all(c.verdict == "supported" for c in got)


def test_a_count_judged_keeps_the_support(default_kb):
    c = award("Sean Baker won four Oscars for Anora.", default_kb)
    assert c.verdict == "supported"
    c = award("Titanic won eleven Oscars in 1998.", default_kb)
    assert c.verdict == "supported"


def test_a_relative_clause_or_an_apposition_is_a_statement_of_its_own(default_kb):
    # the budget belongs to the relative clause (its own claim), the age to the apposition
    c = award("Titanic, a film that cost $200 million, won eleven Oscars.", default_kb)
    assert c.verdict == "supported"
    c = award("Joaquin Phoenix, 45, won Best Actor for Joker.", default_kb)
    assert c.verdict == "supported"
    c = award("Anora, a film by Sean Baker, won Best Picture at the 97th Oscars.", default_kb)
    assert c.verdict == "supported"


def test_a_value_said_not_to_hold_is_not_a_slot(default_kb):
    c = award("Parasite won Best Picture in 2020, not 2019.", default_kb)
    assert c.verdict == "supported"


def test_a_context_preposition_brings_in_a_statement_of_its_own(default_kb):
    c = award("Anora won Best Picture at the 97th Academy Awards, after two weeks of "
              "campaigning.", default_kb)
    assert c.verdict == "supported"


def test_another_claim_of_the_sentence_judges_its_own_slots(default_kb):
    got = claims("Nomadland won Best Picture, and Chloe Zhao won Best Director in 2021.",
                 default_kb)
    assert [c.verdict for c in got] == ["supported", "supported"]


def test_a_rival_the_kb_has_in_the_same_race_is_judged(default_kb):
    # a fellow nominee for the prize at that edition: the rival slot holds
    c = award("Moonlight won Best Picture in 2017 over La La Land.", default_kb)
    assert c.verdict == "supported"
    c = award("Mikey Madison upset the favored Demi Moore for Best Actress at the 97th Academy "
              "Awards.", default_kb)
    assert c.verdict == "supported"
    # a KB name that was not in that race is not judged by the win
    c = award("Emma Stone won Best Actress over Cate Blanchett for La La Land.", default_kb)
    assert c.verdict == "not_enough_info" and "Cate Blanchett" in c.explanation
    # ... but at a night the clause names, the category's complete list of nominees shows it
    # was not in the race
    c = award("Anora won Best Picture over Nomadland at the 97th Academy Awards.", default_kb)
    assert c.verdict == "refuted" and "Nomadland" in c.explanation


def test_the_winner_s_film_in_a_lost_to_clause_is_judged_by_the_race(default_kb):
    # the rival's film is the work the race's prize went to: judged, the nominee's loss stands
    text = ("Jeremy Strong, who lost the supporting-actor race to Kieran Culkin for A Real Pain, "
            "was nominated at the 97th Academy Awards.")
    got = [c for c in claims(text, default_kb) if c.slots.get("kind") == "award"]
    assert got and all(c.verdict == "supported" for c in got), [c.explanation for c in got]
    # a film that is not the winner's stays a slot nobody judged
    text = text.replace("A Real Pain", "Saltwater Hymns")
    got = [c for c in claims(text, default_kb) if c.slots.get("kind") == "award"]
    assert any(c.verdict == "not_enough_info" and "Saltwater Hymns" in c.explanation
               for c in got), [(c.verdict, c.explanation) for c in got]


# -- a superlative on the winner states a record only a record claim judges -----------------------

def test_a_superlative_on_the_winner_withdraws_the_support(default_kb):
    for text, word in (("Parasite is the highest-grossing Palme d'Or winner of its decade.",
                        "highest-grossing"),
                       ("CODA became the lowest-grossing Best Picture winner in years.",
                        "lowest-grossing")):
        c = award(text, default_kb)
        assert c.verdict == "not_enough_info", text
        assert word in c.explanation, text
    # (set off beside the name, it is a description of its own: open, and named there,
    # while the win is judged on its own slots -- claims/descriptions.py)
    got = claims("The oldest nominee, Anthony Hopkins, won Best Actor in 2021.", default_kb)
    own = [c for c in got if c.slots.get("kind") == "entity_description"]
    assert [c.verdict for c in own] == ["not_enough_info"] and "oldest" in own[0].explanation


def test_the_most_of_a_count_is_a_superlative(default_kb):
    # "won the most Oscars": a record the win alone does not judge
    c = award("Parasite won the most Oscars of any film.", default_kb)
    assert c.verdict == "not_enough_info" and "'most'" in c.explanation
    # ... which a record claim over it does, where the KB can count that night
    got = claims("Anora won the most awards at the 97th Academy Awards.", default_kb)
    assert {c.verdict for c in got} == {"supported"}
    assert any(c.category == "record" for c in got)


def test_a_superlative_in_a_description_set_off_by_commas_is_its_own_statement(default_kb):
    # an apposition with its own article describes the subject; the win is judged alone
    c = award("Parasite, the biggest talking point of the season, won Best Picture.",
              default_kb)
    assert c.verdict == "supported"
    # "Best" inside a category's name is no superlative
    assert award("Emma Stone won Best Actress for Poor Things.", default_kb).verdict == \
        "supported"


# -- a slot the KB contradicts refutes, even beside one it cannot check ------------------------

def test_a_wrong_film_refutes_a_win_told_inside_a_record_the_kb_cannot_check(default_kb):
    # "the first woman to ..." is beyond the KB, but the film the win was for is not: the
    # complete list of Best Director winners gives Bigelow's win to The Hurt Locker
    c = award("Kathryn Bigelow made history as the first woman to take the directing Oscar, "
              "for Zero Dark Thirty.", default_kb)
    assert c.verdict == "refuted"
    assert "The Hurt Locker" in c.explanation and "Zero Dark Thirty" in c.explanation
    c = award("Kathryn Bigelow became the first woman to win the Oscar for best director, for Zero Dark "
              "Thirty.", default_kb)
    assert c.verdict == "refuted" and "The Hurt Locker" in c.explanation
    # with the right film every slot the KB checks holds; the record stays open
    c = award("Kathryn Bigelow made history as the first woman to take the directing Oscar, "
              "for The Hurt Locker.", default_kb)
    assert c.verdict == "not_enough_info"
    assert "first woman" in c.explanation


def test_a_film_set_off_after_the_category_s_for_is_the_same_win_s_work(default_kb):
    # the first "for" takes the category, the second the film: one win, not a second clause
    got = claims("Kathryn Bigelow won the Oscar for best director, for Zero Dark Thirty.",
                 default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "The Hurt Locker" in got[0].explanation
    got = claims("Kathryn Bigelow won the Oscar for best director, for The Hurt Locker.",
                 default_kb)
    assert [c.verdict for c in got] == ["supported"]
