"""Festival editions as facts (claims/dates.py's festival events, verify/festivals.py): the
years a festival was held bound its prizes (no Palme before the first festival, in 1946), and an
edition named by number or by year was held in its own year and ran between its own start and
end dates. Sentences are written for these tests; the facts are the default KB's Cannes
editions (1st in 1946 ... 78th in 2025; start and end dates for 2015-2025)."""
from __future__ import annotations

import reelcheck


def claims(text, kb, category):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == category]


def verdict(text, kb, category):
    got = claims(text, kb, category)
    assert len(got) == 1, [(c.text, c.verdict) for c in got]
    return got[0]


def test_a_prize_of_a_festival_before_its_first_edition_is_refuted(default_kb):
    c = verdict("Shoplifters took the Golden Palm at Cannes back in 1941.", default_kb, "award")
    assert c.verdict == "refuted" and "first held in 1946" in c.explanation
    # the year fronted before the clause binds to it
    c = verdict("In 1944, Ruben Östlund won the Palme d'Or.", default_kb, "award")
    assert c.verdict == "refuted"
    # the first festival's own year is not before it
    c = verdict("The Lost Weekend won Cannes' top prize in 1946.", default_kb, "award")
    assert c.verdict == "supported"


def test_a_film_the_kb_lacks_is_never_refuted_by_the_first_edition(default_kb):
    c = verdict("The Salt Orchard won the Palme d'Or in 1938.", default_kb, "award")
    assert c.verdict == "not_enough_info"


def test_a_film_s_own_year_in_parentheses_is_not_the_prize_s(default_kb):
    got = claims("The Lost Weekend (1945) went on to win the Palme d'Or.", default_kb, "award")
    assert [c.verdict for c in got] == ["supported"]


def test_an_edition_named_by_number_was_held_in_its_own_year(default_kb):
    assert verdict("The 72nd Cannes Film Festival was staged in 2019.", default_kb,
                   "date").verdict == "supported"
    c = verdict("The 72nd Cannes Film Festival took place in 2018.", default_kb, "date")
    assert c.verdict == "refuted" and "2019" in c.explanation
    # the number on a possessed edition noun names it, not the date's year
    assert verdict("Cannes' 72nd edition was held in 2020.", default_kb,
                   "date").verdict == "refuted"
    assert verdict("Cannes' 72nd edition was held in 2019.", default_kb,
                   "date").verdict == "supported"


def test_the_edition_the_object_numbers_is_the_one_held(default_kb):
    c = verdict("Cannes hosted its 71st edition in 2019.", default_kb, "date")
    assert c.verdict == "refuted" and "71st" in c.explanation
    assert verdict("Cannes hosted its 72nd edition in 2019.", default_kb,
                   "date").verdict == "supported"


def test_a_month_or_day_is_checked_against_the_edition_s_run(default_kb):
    assert verdict("The 2021 Cannes Film Festival was held in July.", default_kb,
                   "date").verdict == "supported"
    c = verdict("The 74th Cannes Film Festival was held on May 18, 2021.", default_kb, "date")
    assert c.verdict == "refuted" and "July" in c.explanation


def test_an_edition_the_kb_holds_no_run_for_is_checked_by_year_only(default_kb):
    assert verdict("The 64th Cannes Film Festival was held in 2011.", default_kb,
                   "date").verdict == "supported"
    c = verdict("The 64th Cannes Film Festival was held in May 2011.", default_kb, "date")
    assert c.verdict == "not_enough_info"


def test_a_film_competes_for_a_festival_s_prize_at_one_edition_only(default_kb):
    c = verdict("Parasite was in competition for the Palme d'Or back in 2017.", default_kb,
                "award")
    assert c.verdict == "refuted" and "72nd" in c.explanation
    assert verdict("Anora vied for the Golden Palm in 2024.", default_kb,
                   "award").verdict == "supported"
    # a director competes again and again; a film the KB has no run for stays open
    assert verdict("Sean Baker competed for the Palme d'Or in 2017.", default_kb,
                   "award").verdict == "not_enough_info"
    assert verdict("Red Rocket vied for the Palme d'Or in 2020.", default_kb,
                   "award").verdict == "not_enough_info"


def test_the_grand_prix_of_the_years_it_was_the_top_prize_is_checked_as_the_top_prize(default_kb):
    # "the Grand Prix" after a lower-case "the" is the prize, not the 1966 film of that name
    c = verdict("Brief Encounter shared the Grand Prix at Cannes in 1946.", default_kb, "award")
    assert c.verdict == "supported"
    c = verdict("Rome, Open City took the Grand Prix at Cannes in 1948.", default_kb, "award")
    assert c.verdict == "refuted"
    # with no year, a top-prize win of those years supports it
    assert verdict("The Lost Weekend collected the Grand Prix at Cannes.", default_kb,
                   "award").verdict == "supported"


def test_the_later_grand_prix_is_another_prize_the_kb_does_not_list(default_kb):
    # Cannes' second prize since the 1970s: no winners in the KB, never refuted by them
    assert verdict("Sentimental Value took the Grand Prix at Cannes in 2025.", default_kb,
                   "award").verdict == "not_enough_info"
    # ... a bare "Grand Prix" may be another festival's
    assert verdict("Parasite took the Grand Prix.", default_kb,
                   "award").verdict == "not_enough_info"
    # ... but Cannes' second prize is not the one its Palme winner took (verify/festivals.py
    # `second_to_top`)
    got = verdict("Parasite took the Grand Prix at Cannes.", default_kb, "award")
    assert got.verdict == "refuted" and "Palme d'Or" in got.explanation


def identities(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "edition_identity"]


def test_an_edition_named_by_year_and_by_number_is_one_edition_or_not(default_kb):
    got = identities("The 2023 festival was the 74th edition of Cannes.", default_kb)
    assert [c.verdict for c in got] == ["refuted"] and "2021" in got[0].explanation
    got = identities("Cannes 2023, the festival's 76th edition, closed with a thriller.",
                     default_kb)
    assert [c.verdict for c in got] == ["supported"]
    got = identities("The 2018 Cannes Film Festival, its 71st edition, was long.", default_kb)
    assert [c.verdict for c in got] == ["supported"]


def test_an_ordinal_word_or_a_festival_the_kb_lacks_names_no_edition(default_kb):
    assert identities("The 2023 Cannes Film Festival was the first festival after the strike.",
                      default_kb) == []
    assert identities("The 2023 Locarno festival was the 76th edition.", default_kb) == []


def no_prizes(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "not_awarded"]


def test_a_year_without_the_prize_said_of_the_festival_or_the_prize_by_name(default_kb):
    # the festival (or its edition) by name as the subject of a cancel verb
    assert [c.verdict for c in no_prizes("Cannes was scrapped in 2020 amid the pandemic.",
                                         default_kb)] == ["supported"]
    assert [c.verdict for c in no_prizes("The 2022 Cannes Film Festival was called off.",
                                         default_kb)] == ["refuted"]
    # the prize denied: "no" on the prize's name, or a negated passive of a giving verb
    assert [c.verdict for c in no_prizes("No Palme d'Or was presented in 1950.",
                                         default_kb)] == ["supported"]
    assert [c.verdict for c in no_prizes("The Palme d'Or was not handed out in 1994.",
                                         default_kb)] == ["refuted"]


def test_a_denial_to_someone_or_up_to_a_year_is_not_a_year_without_the_prize(default_kb):
    assert no_prizes("The Palme d'Or was not given to a woman until 1993.", default_kb) == []
    got = reelcheck.check("No Palme d'Or was handed to Anora in 2023.", kb=default_kb).claims
    # the passive denied by "no" on its subject: true of Anora, never refuted
    assert got and all(c.verdict != "refuted" for c in got)
