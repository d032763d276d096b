"""Award claims in varied phrasing: a hyphenated category ("the supporting-actor Oscar"),
lists paired "respectively" (and lists that do not say how they pair), a year on a winner noun
("the 2023 Best Picture winner"). True sentences hold, one wrong slot refutes, a name the KB
lacks or an unsaid pairing stays open.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck
from award_claims import awards, verdicts


def test_a_hyphenated_category_is_one_phrase(default_kb):
    # "supporting-actor" is the supporting category, not Best Actor
    got = awards("At the Oscars, the supporting-actor statuette was handed to Ke Huy Quan for "
                 "Everything Everywhere All at Once.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert got[0].slots["award"] == "academy-award-for-best-supporting-actor"
    assert verdicts("Troy Kotsur collected a supporting-actor Oscar in 2022.",
                    default_kb) == ["supported"]
    # one slot wrong: the 2022 supporting-actress Oscar went to Ariana DeBose
    assert verdicts("Jessica Chastain collected the supporting-actress Oscar at the 94th "
                    "Academy Awards.", default_kb) == ["refuted"]
    # a person the KB lacks, no edition named: nothing to refute against
    assert verdicts("Orla Vennick picked up a supporting-actress Oscar for The Tin Lantern.",
                    default_kb) == ["not_enough_info"]


def test_respectively_pairs_two_lists_in_order(default_kb):
    text = "At the 93rd Academy Awards, Frances McDormand and Anthony Hopkins took {} and {}, respectively."
    assert verdicts(text.format("Best Actress", "Best Actor"), default_kb) == ["supported"]
    assert verdicts(text.format("Best Actor", "Best Actress"), default_kb) == ["refuted"]
    got = awards("The Oscars for Best Actress and Best Actor went to Frances McDormand and "
                 "Anthony Hopkins respectively in 2021.", default_kb)
    assert [c.verdict for c in got] == ["supported"]


def test_lists_that_do_not_say_how_they_pair_never_refute(default_kb):
    # read in order it holds
    assert verdicts("Frances McDormand and Anthony Hopkins won Best Actress and Best Actor at "
                    "the 93rd Academy Awards.", default_kb) == ["supported"]
    # the names written in the other order: true as a whole, never refuted
    assert verdicts("Anthony Hopkins and Frances McDormand won Best Actress and Best Actor at "
                    "the 93rd Academy Awards.", default_kb) == ["not_enough_info"]
    # three winners, two prizes: which went to whom is unsaid
    assert "refuted" not in verdicts("Michelle Yeoh, Ke Huy Quan and Jamie Lee Curtis took "
                                     "Best Actress and Best Supporting Actor at the 95th "
                                     "Academy Awards.", default_kb)


def test_a_year_on_a_winner_noun_dates_the_win(default_kb):
    text = "At the Oscars, the {} Best Picture winner, {}, made history."
    # the ceremony's year, or the film's (the year it was eligible)
    assert verdicts(text.format(2020, "Parasite"), default_kb) == ["supported"]
    assert verdicts(text.format(2019, "Parasite"), default_kb) == ["supported"]
    assert verdicts(text.format(2023, "Everything Everywhere All at Once"),
                    default_kb) == ["supported"]
    # neither year fits
    assert verdicts(text.format(2016, "Parasite"), default_kb) == ["refuted"]


def test_a_denial_bounded_in_time_is_never_refuted_by_later_wins(default_kb):
    # true: his Oscars came at the 96th ceremony, after the bound
    assert verdicts("Christopher Nolan had never won an Oscar before Oppenheimer.",
                    default_kb) == ["not_enough_info"]
    assert verdicts("Leonardo DiCaprio had never previously won an Oscar.",
                    default_kb) == ["not_enough_info"]
    # no bound: the denial is checked against the whole record
    assert verdicts("Leonardo DiCaprio has never won an Oscar.", default_kb) == ["refuted"]


def test_a_snub_with_a_category_denies_that_prize(default_kb):
    # "shut out ... in the Best Director race": not a count of none for the whole night
    assert verdicts("At the 96th Academy Awards, Barbie was shut out in the Best Director "
                    "race.", default_kb) == ["supported"]
    assert verdicts("Oppenheimer was snubbed for Best Actress at the 96th Oscars.",
                    default_kb) == ["supported"]
    # the winner of that prize was not snubbed
    assert verdicts("Cillian Murphy was passed over for Best Actor at the 96th Oscars.",
                    default_kb) == ["refuted"]
    # no category: a count of none at the show, as before
    got = awards("Killers of the Flower Moon went home empty-handed at the 96th Academy "
                 "Awards.", default_kb)
    assert [(c.slots["kind"], c.verdict) for c in got] == [("award_count", "supported")]


def test_a_winner_noun_with_a_copula_names_its_winner(default_kb):
    assert verdicts("The Best Picture winner at the 96th Academy Awards was Oppenheimer.",
                    default_kb) == ["supported"]
    assert verdicts("The Best Picture winner at the 96th Academy Awards was Barbie.",
                    default_kb) == ["refuted"]
    assert verdicts("The 2024 Best Actress winner at the Oscars was Emma Stone.",
                    default_kb) == ["supported"]
    got = awards("The Best Director nominees at the 96th Academy Awards included Nolan, and "
                 "the Best Director winner at the 96th Academy Awards was Martin Scorsese.",
                 default_kb)
    assert [c.verdict for c in got if c.slots.get("subject") == "martin-scorsese"] == ["refuted"]


def test_a_list_of_winners_with_their_categories_in_parentheses(default_kb):
    text = ("Winners at the 95th Academy Awards included Michelle Yeoh ({}), Brendan Fraser "
            "({}) and Jamie Lee Curtis (Best Supporting Actress).")
    got = awards(text.format("Best Actress", "Best Actor"), default_kb)
    assert [c.verdict for c in got] == ["supported"] * 3
    assert {c.slots["subject"]: c.slots["award"] for c in got}["brendan-fraser"] == \
        "academy-award-for-best-actor"
    # one category swapped: that row alone is refuted
    got = awards(text.format("Best Actress", "Best Supporting Actor"), default_kb)
    assert [(c.slots["subject"], c.verdict) for c in got] == [
        ("michelle-yeoh", "supported"),
        ("brendan-fraser", "refuted"), ("jamie-lee-curtis", "supported")]
    # titles in parentheses are still the works the winners won for
    got = awards("At the 94th Academy Awards, the acting winners included Jessica Chastain "
                 "(The Eyes of Tammy Faye) and Will Smith (King Richard).", default_kb)
    assert [c.verdict for c in got] == ["supported", "supported"]


def test_a_cleft_names_its_focus_as_the_winner(default_kb):
    assert verdicts("It was Nomadland that took Best Picture at the 93rd Academy Awards.",
                    default_kb) == ["supported"]
    assert verdicts("It was CODA that took Best Picture at the 93rd Academy Awards.",
                    default_kb) == ["refuted"]
    assert verdicts("It was Jessica Chastain who was crowned Best Actress at the 94th "
                    "Academy Awards.", default_kb) == ["supported"]
    # a film the KB lacks, no edition named: open
    assert verdicts("It was The Copper Meadow that took Best Picture.",
                    default_kb) in ([], ["not_enough_info"])


def test_a_name_contrasted_after_a_comma_does_not_deny_the_clause(default_kb):
    assert verdicts("Anora won the Palme d'Or in 2024, not Emilia Perez.",
                    default_kb) == ["supported"]
    assert verdicts("Anora, not Conclave, won Best Picture at the 97th Academy Awards.",
                    default_kb) == ["supported"]
    assert verdicts("Conclave, not Anora, won Best Picture at the 97th Academy Awards.",
                    default_kb) == ["refuted"]
    # a real denial still denies
    assert verdicts("Anora did not win the Palme d'Or in 2023.", default_kb) == ["supported"]
    assert verdicts("Anora did not win the Palme d'Or in 2024.", default_kb) == ["refuted"]


def test_what_a_relation_noun_includes_are_its_prizes(default_kb):
    got = awards("Anora's five Oscar wins included Best Picture and Best Actress.", default_kb)
    rows = [c for c in got if c.slots["kind"] == "award"]
    assert [c.verdict for c in rows] == ["supported"]
    got = awards("Anora's five Oscar wins included Best Picture and Best Actor.", default_kb)
    assert [c.verdict for c in got if c.slots["kind"] == "award"] == ["refuted"]
    # the film's nominations that night did not include Best Director
    got = awards("At the 96th Academy Awards, Barbie's eight nominations included Best Picture "
                 "and Best Director.", default_kb)
    assert [c.verdict for c in got if c.slots["kind"] == "award"] == ["refuted"]


def test_a_word_a_show_s_labels_leave_out_and_a_spun_synonym(default_kb):
    assert verdicts("Mikey Madison won the lead actress Oscar for Anora.",
                    default_kb) == ["supported"]
    assert verdicts("At the 97th Academy Awards, Demi Moore won the lead-actress Oscar.",
                    default_kb) == ["refuted"]
    # a show whose label keeps the word still reads it
    got = awards("Mikey Madison was honoured with the Best Lead Performance prize at the "
                 "Spirit Awards.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert got[0].slots["award"] == "independent-spirit-award-for-best-lead-performance"
    # "Finest" as a spinner writes "Best"
    assert verdicts("Walt Disney won Finest Documentary for The Living Desert at the 26th "
                    "Academy Awards.", default_kb) == ["supported"]


def test_a_count_word_inside_a_title_counts_nothing(default_kb):
    # the "Once" of "Everything Everywhere All at Once" is no "once"
    got = awards("Everything Everywhere All at Once won Best Picture at the 95th Academy "
                 "Awards.", default_kb)
    assert [(c.slots["kind"], c.verdict) for c in got] == [("award", "supported")]
    assert not got[0].slots.get("count")


def test_a_body_naming_a_winner_its_best(default_kb):
    # "X named Y its best picture": the object won the prize its complement names, at the show
    # the subject names (Anora won the Critics Choice best picture prize in 2025)
    for text in ("The Critics Choice Association named Anora its best picture.",
                 "The Critics Choice Awards named Anora best picture."):
        r = reelcheck.check(text, kb=default_kb)
        assert [(c.subject.id, c.verdict) for c in r.claims if c.category == "award"] == [
            ("anora-2024-film", "supported")], text
    # naming something that is no prize states no award
    for text in ("Sean Baker named his film Anora.", "The Academy named Jane Roe its president."):
        assert not [c for c in reelcheck.check(text, kb=default_kb).claims
                    if c.category == "award"], text


def test_a_trailing_rival_participle_belongs_to_the_clause_before_it(default_kb):
    # "..., beating A and B": both are the rivals of the nearest win, for its category (Flow
    # won Best Animated Feature at the 97th; Inside Out 2 and The Wild Robot were nominated)
    r = reelcheck.check("Flow won Best Animated Feature at the 97th Academy Awards, beating "
                        "Inside Out 2 and The Wild Robot.", kb=default_kb)
    assert r.claims and all(c.verdict == "supported" for c in r.claims)
    # a participle after a second clause is that clause's, not the first one's
    r = reelcheck.check("Conclave won Best Adapted Screenplay at the 97th Academy Awards, while "
                        "Flow was named Best Animated Feature, beating Inside Out 2.",
                        kb=default_kb)
    assert not any(c.verdict == "refuted" for c in r.claims)
    assert not any("Adapted" in c.explanation for c in r.claims
                   if c.subject and c.subject.id in ("flow-2024-film", "inside-out-2-2024-film"))


def test_the_part_a_prize_was_for_is_checked_against_the_record(default_kb):
    # the Academy's record names the character of each acting nomination
    def verdicts_of(text):
        return [c.verdict for c in reelcheck.check(text, kb=default_kb).claims
                if c.category == "award"]
    assert verdicts_of("Robert Downey Jr. won the Oscar for Best Supporting Actor for playing "
                       "Lewis Strauss.") == ["supported"]
    assert verdicts_of("Robert Downey Jr. won the Oscar for Best Supporting Actor for playing "
                       "Kitty Oppenheimer.") == ["refuted"]
    # of two wins, the one whose part it is ("as Mia" is her La La Land win)
    assert verdicts_of("Emma Stone won the Oscar for her role as Mia.") == ["supported"]
    assert verdicts_of("Emma Stone won the Oscar for her role as Cruella.") == ["refuted"]
    # a name the KB knows the character by ("Anora" is the Ani of the record)
    assert verdicts_of("Mikey Madison won the Oscar for Best Actress for her turn as "
                       "Anora.") == ["supported"]
    # a prize the record names no part for leaves the part open
    assert verdicts_of("Sean Baker won the Oscar for Best Director for playing "
                       "Ani.") == ["not_enough_info"]
