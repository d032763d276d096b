"""Slots the frame builder used to drop, and questions answered in the next sentence.

- a cue that ends in a preposition takes its object there ("walked off with the trophy");
- "lost to X in the best actress race": the race names the prize;
- the work a claim states ("for A Complete Unknown") picks the ceremony, and a win whose verb only
  carries it ("her win came for X") still states the work;
- "not to X but Y": the denied name fills no role;
- a question and the fragment after it are one statement ("Who won ...? Jane Roe.");
- a premiere's date is part of the premiere claim;
- two rows that contradict each other on the same words become one row.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def claims(text, kb, kinds=None):
    r = reelcheck.check(text, kb=kb)
    return [c for c in r.claims if kinds is None or c.slots.get("kind") in kinds]


def verdicts(text, kb, kinds=("award", "award_count")):
    return [c.verdict for c in claims(text, kb, kinds)]


def test_a_cue_ending_in_a_preposition_takes_its_object_there(default_kb):
    text = "At the 97th Academy Awards, Kieran Culkin walked off with the Best Supporting Actor trophy."
    assert verdicts(text, default_kb) == ["supported"]
    text = "At the 97th Academy Awards, Guy Pearce walked off with the Best Supporting Actor trophy."
    assert verdicts(text, default_kb) == ["refuted"]


def test_losing_a_race_names_the_prize(default_kb):
    got = claims("At the 97th Academy Awards, Demi Moore lost to Mikey Madison in the Best "
                 "Actress race.", default_kb, ("award",))
    assert got and all(c.verdict == "supported" for c in got)
    got = claims("At the 97th Academy Awards, Mikey Madison lost to Demi Moore in the Best "
                 "Actress race.", default_kb, ("award",))
    assert any(c.verdict == "refuted" for c in got)


def test_the_stated_work_picks_the_ceremony(default_kb):
    # two Best Actor nominations, at two ceremonies: the film says which one is meant
    got = claims("The Academy named Timothee Chalamet Best Actor for A Complete Unknown.",
                 default_kb, ("award",))
    got = got or claims("Timothée Chalamet was named Best Actor at the Oscars for A Complete "
                        "Unknown.", default_kb, ("award",))
    assert [c.verdict for c in got] == ["refuted"]
    assert "Adrien Brody" in got[0].explanation


def test_a_win_carried_by_a_light_verb_keeps_its_work(default_kb):
    text = "At the 97th Academy Awards, Kieran Culkin's Best Supporting Actor win came for The Brutalist."
    got = claims(text, default_kb, ("award",))
    assert [c.verdict for c in got] == ["refuted"]
    assert "A Real Pain" in got[0].explanation
    text = "At the 97th Academy Awards, Kieran Culkin's Best Supporting Actor win came for A Real Pain."
    assert verdicts(text, default_kb, ("award",)) == ["supported"]


def test_a_denied_name_fills_no_role(default_kb):
    text = ("At the 97th Academy Awards, Ralph Fiennes lost Best Actor not to the favoured "
            "Timothée Chalamet but to Adrien Brody.")
    got = claims(text, default_kb, ("award",))
    # Chalamet did not win Best Actor, but the sentence never says he did
    assert [c.verdict for c in got] == ["supported"]
    assert "Adrien Brody won" in got[0].explanation
    assert "Chalamet" not in got[0].explanation
    text = ("At the 97th Academy Awards, Ralph Fiennes lost Best Actor not to the favoured "
            "Adrien Brody but to Timothée Chalamet.")
    assert verdicts(text, default_kb, ("award",)) == ["refuted"]


def test_a_question_is_answered_by_the_fragment_after_it(default_kb):
    text = "Who was named Best Actress at the 97th Academy Awards? Demi Moore, for The Substance."
    got = claims(text, default_kb, ("award",))
    assert [c.verdict for c in got] == ["refuted"]
    assert "Mikey Madison" in got[0].explanation
    text = "Which film took the Palme d'Or in 2019? Parasite, by Bong Joon Ho."
    assert verdicts(text, default_kb, ("award",)) == ["supported"]
    # a yes-or-no question, or a question with no answer after it, states nothing
    assert verdicts("Did Demi Moore win Best Actress at the 97th Academy Awards? Many "
                    "expected it.", default_kb) == []
    assert verdicts("Who won Best Actress at the 97th Academy Awards?", default_kb) == []


def test_a_question_may_open_with_a_discourse_marker(default_kb):
    text = "So, who has taken 4 Oscars in a single evening? Walt Disney, at the 10th Academy Awards."
    got = claims(text, default_kb, ("award_count",))
    assert [c.verdict for c in got] == ["refuted"]
    assert "1 Oscar" in got[0].explanation
    text = "And who has taken 4 Oscars in a single evening? Walt Disney, at the 26th Academy Awards."
    assert verdicts(text, default_kb) == ["supported"]


def test_an_answer_that_is_a_sentence_is_read_on_its_own(default_kb):
    text = "Who won Best Actress at the 97th Academy Awards? Everyone expected Demi Moore to."
    assert "refuted" not in verdicts(text, default_kb)


def test_a_premiere_date_is_part_of_the_premiere_claim(default_kb):
    got = claims("When did Anora premiere? On May 18, 2024, at the Cannes Film Festival.",
                 default_kb, ("festival",))
    assert [c.verdict for c in got] == ["refuted"]
    assert "May 21, 2024" in got[0].explanation
    got = claims("Anora had its world premiere at Cannes on May 21, 2024.", default_kb,
                 ("festival",))
    assert [c.verdict for c in got] == ["supported"]
    got = claims("Anora had its world premiere at Cannes on May 23, 2024.", default_kb,
                 ("festival",))
    assert [c.verdict for c in got] == ["refuted"]


def test_contradicting_rows_on_the_same_words_are_one_row(default_kb):
    r = reelcheck.check("Yura Borisov won the supporting actor Oscar for his role as Igor.",
                        kb=default_kb)
    rows = [c for c in r.claims if c.start == 0]
    assert len(rows) == 1
    assert rows[0].verdict == "refuted"
    # the explanation names the part that holds and the part that does not
    assert "Wrong:" in rows[0].explanation and "Holds:" in rows[0].explanation
    assert "Kieran Culkin" in rows[0].explanation and "Igor" in rows[0].explanation


def test_a_format_and_a_shoot_length_in_one_phrase_are_one_row(default_kb):
    r = reelcheck.check("Anora was shot on 35mm film over 35 days.", kb=default_kb)
    assert len(r.claims) == 1
    c = r.claims[0]
    assert c.verdict == "refuted" and "Holds:" in c.explanation and "37 days" in c.explanation
    # a coordinated clause is a statement of its own
    r = reelcheck.check("Anora was shot on 35mm film, and it was shot over 35 days.",
                        kb=default_kb)
    assert sorted(c.verdict for c in r.claims) == ["refuted", "supported"]


def test_a_film_s_prize_said_of_its_director_is_not_refuted(default_kb):
    # the director of the winning film, known to the KB: the prize is said of them
    got = claims("At the 92nd Academy Awards, Bong Joon Ho collected the international "
                 "feature Oscar.", default_kb, ("award",))
    assert [c.verdict for c in got] == ["supported"]
    assert "International Feature" in got[0].explanation
    # a person the KB lacks may well have accepted a film's prize: not refuted
    got = claims("At the 97th Academy Awards, Odile Marchetti accepted the international "
                 "feature award.", default_kb, ("award",))
    assert got and all(c.verdict != "refuted" for c in got)
    # a person's prize is still refuted by its winner
    got = claims("At the 97th Academy Awards, Odile Marchetti won Best Actress.", default_kb,
                 ("award",))
    assert [c.verdict for c in got] == ["refuted"]


def test_a_category_on_the_award_noun_is_the_award(default_kb):
    got = claims("At the 97th Academy Awards, Conclave won the best picture Oscar.", default_kb,
                 ("award",))
    assert [c.verdict for c in got] == ["refuted"]
    assert got[0].slots["award"] == "academy-award-for-best-picture"


def test_every_work_a_win_is_said_to_be_for_is_accounted_for(default_kb):
    text = ("At the 26th Academy Awards, Walt Disney carried off prizes for his work on The "
            "Living Desert and Bear Country.")
    assert verdicts(text, default_kb, ("award",)) == ["supported"]
    text = ("At the 26th Academy Awards, Walt Disney carried off prizes for his work on The "
            "Living Desert and Roman Holiday.")
    got = claims(text, default_kb, ("award",))
    assert [c.verdict for c in got] == ["refuted"]
    assert "Roman Holiday" in got[0].explanation


def test_a_nomination_is_dated_by_the_announcement(default_kb):
    def dated(text):
        return [c for c in claims(text, default_kb) if c.category == "date"]
    got = dated("Mikey Madison earned her first Oscar nomination for Anora in January 2025.")
    assert [c.verdict for c in got] == ["supported"]
    got = dated("Mikey Madison earned her first Oscar nomination for Anora in February 2025.")
    assert [c.verdict for c in got] == ["refuted"]
    assert "January 23, 2025" in got[0].explanation
    # a win in the same clause dates the ceremony
    got = dated("Anora won five Oscars at the 97th Academy Awards, from six nominations, in "
                "March 2025.")
    assert got and all(c.verdict == "supported" for c in got)


def test_a_first_nomination_is_checked_against_the_career(default_kb):
    got = claims("Timothée Chalamet earned his first Oscar nomination for A Complete Unknown.",
                 default_kb, ("award",))
    assert [c.verdict for c in got] == ["refuted"]
    assert "Call Me by Your Name" in got[0].explanation or "90th" in got[0].explanation
    got = claims("Timothée Chalamet earned his first Oscar nomination for Call Me by Your Name.",
                 default_kb, ("award",))
    assert [c.verdict for c in got] == ["supported"]
    # "that first Palme" is the prize's first edition, not the winner's first
    assert verdicts("That first Palme went to Marty.", default_kb, ("award",)) == ["supported"]


def test_a_superlative_on_a_winner_noun_is_a_record_not_a_plain_win(default_kb):
    # the row is the record (over the winners since Lawrence's), never a plain win
    got = claims("Mikey Madison is the youngest Best Actress winner since Jennifer Lawrence.",
                 default_kb, ("award",))
    assert [c.verdict for c in got] == ["supported"] and "youngest" in got[0].explanation
    # "its only win" counts the owner's own wins: still read
    got = claims("Conclave took Best Adapted Screenplay at the 97th Academy Awards, its only win "
                 "from eight nominations there.", default_kb)
    assert any(c.verdict == "supported" for c in got)


def test_a_place_inside_a_person_s_name_is_part_of_the_name(default_kb):
    # "Sydney" is a city the KB knows; "Sydney Halvorsen" is a person it does not
    got = claims("Anora stars Sydney Halvorsen as Ani.", default_kb, ("played_by",))
    assert [c.verdict for c in got] == ["refuted"]
    assert "Mikey Madison" in got[0].explanation and "Sydney Halvorsen" in got[0].explanation


def test_the_cue_s_preposition_may_hang_on_its_object(default_kb):
    got = claims("Anora stars Mikey Madison as Ani.", default_kb, ("played_by",))
    assert [c.verdict for c in got] == ["supported"]
    got = claims("Anora stars Karren Karagulian as Ani.", default_kb, ("played_by",))
    assert [c.verdict for c in got] == ["refuted"]


def test_the_first_since_an_earlier_holder_is_refuted_by_the_list_in_order(default_kb):
    r = reelcheck.check("Anora became the first film since Marty to win both the Palme d'Or "
                        "and Best Picture.", kb=default_kb)
    rec = [c for c in r.claims if c.category == "record"]
    assert [c.verdict for c in rec] == ["refuted"] and "Parasite" in rec[0].explanation
    r = reelcheck.check("Anora became the first film since Parasite to win both the Palme d'Or "
                        "and Best Picture.", kb=default_kb)
    assert [c.verdict for c in r.claims if c.category == "record"] == ["supported"]


def test_a_since_bound_belongs_to_its_own_record_phrase(default_kb):
    text = ("Anora would be the 4th film to win both the Palme d'Or and Best Picture, and only "
            "the 2nd since 1956.")
    r = reelcheck.check(text, kb=default_kb)
    # "since 1956" is neither the fourth's bound nor the year of a Palme d'Or
    assert not [c for c in r.claims if c.verdict == "refuted"]
    r = reelcheck.check("Anora is the second film since Marty to win both the Palme d'Or and "
                        "Best Picture.", kb=default_kb)
    assert [c.verdict for c in r.claims if c.category == "record"] == ["supported"]


def test_an_edition_ordinal_is_no_record(default_kb):
    text = "The Godfather won Best Picture at the 45th ceremony, where Bob Fosse won Best Director."
    got = claims(text, default_kb, ("award",))
    assert [c.verdict for c in got] == ["supported", "supported"]


def test_a_debut_made_at_a_festival_is_a_premiere(default_kb):
    got = claims("Anora made its debut at the Locarno Film Festival.", default_kb, ("festival",))
    assert [c.verdict for c in got] == ["refuted"]
    assert "Cannes" in got[0].explanation
    got = claims("Anora made its debut at Cannes.", default_kb, ("festival",))
    assert [c.verdict for c in got] == ["supported"]
    # a debut with no festival is a career's, not a premiere
    assert claims("Mikey Madison made her debut in a television series.", default_kb,
                  ("festival",)) == []


def test_an_ordinal_win_is_counted_in_the_career(default_kb):
    text = "Frances McDormand won her third Best Actress Oscar for Nomadland."
    assert verdicts(text, default_kb, ("award",)) == ["supported"]
    got = claims("Frances McDormand won her second Best Actress Oscar for Nomadland.", default_kb,
                 ("award",))
    assert [c.verdict for c in got] == ["refuted"] and "third" in got[0].explanation


def test_a_count_that_leaves_out_honorary_prizes_holds(default_kb):
    got = claims("Gone with the Wind won eight competitive Oscars in 1940.", default_kb,
                 ("award_count",))
    assert [c.verdict for c in got] == ["supported"]
    got = claims("Gone with the Wind won nine Oscars in 1940.", default_kb, ("award_count",))
    assert [c.verdict for c in got] == ["refuted"]


def test_a_title_read_as_a_clause_is_still_the_subject(default_kb):
    got = claims("All About Eve received 14 Oscar nominations.", default_kb, ("award_count",))
    assert [c.verdict for c in got] == ["supported"]
    got = claims("All About Eve received 12 Oscar nominations.", default_kb, ("award_count",))
    assert [c.verdict for c in got] == ["refuted"]
    # two actresses nominated in one category are two of the film's nominations
    assert "14 nominations" in claims("All About Eve received 14 Oscar nominations.",
                                      default_kb, ("award_count",))[0].explanation


def test_an_ordinal_win_of_a_prize_with_a_complete_history(default_kb):
    # every Palme d'Or winner is listed: a second Palme is counted over the whole list
    text = "Ruben Östlund took his second Palme with Triangle of Sadness."
    assert verdicts(text, default_kb, ("award",)) == ["supported"]
    got = claims("Ruben Östlund took his third Palme with Triangle of Sadness.", default_kb,
                 ("award",))
    assert [c.verdict for c in got] == ["refuted"]


def test_a_shared_prize_is_won_by_both(default_kb):
    text = "Apocalypse Now shared the 1979 Palme d'Or with The Tin Drum."
    assert verdicts(text, default_kb, ("award",)) == ["supported"]
    got = claims("Apocalypse Now shared the 1979 Palme d'Or with Taxi Driver.", default_kb,
                 ("award",))
    assert [c.verdict for c in got] == ["refuted"] and "Tin Drum" in got[0].explanation
    # a given name alone beside a full name may share its surname: never refuted as a stranger
    got = claims("Ethan and Joel Coen shared Best Director at the 80th Academy Awards.",
                 default_kb, ("award",))
    assert got and all(c.verdict != "refuted" for c in got)


def test_a_count_told_as_an_event_may_be_the_night_s_or_the_career_s(default_kb):
    # the paragraph names the edition; the count's sentence names none
    before = "The 26th Academy Awards were held in 1954. "
    text = before + "Walt Disney walked away with four statuettes."
    assert verdicts(text, default_kb) == ["supported"]        # that night's four
    text = before + "Walt Disney walked away with 22 competitive Oscars."
    assert verdicts(text, default_kb) == ["supported"]        # the career's 22
    text = "The 10th Academy Awards were held in 1938. Walt Disney walked away with four statuettes."
    got = claims(text, default_kb, ("award_count",))
    assert [c.verdict for c in got] == ["refuted"]            # neither reading holds
    assert "10th Academy Awards" in got[0].explanation and "in all" in got[0].explanation
    # a perfect states the career only
    text = before + "Walt Disney has won four Oscars."
    assert verdicts(text, default_kb) == ["refuted"]
    # a bare prize noun in a passage that names the edition is that night's show: it may
    # refute, and both readings naming one night are said once
    text = ("Anora was the big winner at the 97th Academy Awards. Sean Baker himself "
            "collected five statuettes.")
    got = claims(text, default_kb, ("award_count",))
    assert [c.verdict for c in got] == ["refuted"]
    assert got[0].explanation.count("not 5") == 1


def test_a_month_with_a_year_dates_the_ceremony_not_the_film(default_kb):
    # the 2024 films' Oscars were given in March 2025; March 2024 was the 96th
    got = claims("Mikey Madison won Best Actress at the Oscars in March 2024.", default_kb,
                 ("award",))
    assert [c.verdict for c in got] == ["refuted"]
    assert "March 2, 2025" in got[0].explanation
    assert verdicts("Mikey Madison won Best Actress at the Oscars in March 2025.",
                    default_kb) == ["supported"]
    # a year that dates the event ("in 2024") is the ceremony's: the films' year does not
    # support it, and does not let it be refuted either
    assert verdicts("Mikey Madison won Best Actress for Anora in 2024.", default_kb) == [
        "not_enough_info"]
    # a year on the prize may be the films' year
    assert verdicts("Mikey Madison won the 2024 Best Actress Oscar for Anora.",
                    default_kb) == ["supported"]


def test_a_bare_number_a_win_verb_takes_counts_the_prizes_in_play(default_kb):
    before = "The 97th Academy Awards were held in March. "
    assert verdicts(before + "Emilia Perez, which led the field, won two.",
                    default_kb) == ["supported"]
    assert verdicts(before + "Emilia Perez, which led the field, won three.",
                    default_kb) == ["refuted"]


def test_a_time_counted_from_another_event_is_a_slot_of_its_own(default_kb):
    # "Two years earlier" is not judged by any number 2 in the facts: only a claim that read
    # the shift judges it (Triet's Palme came one year before Baker's, not two)
    text = ("Anora won the Palme d'Or at Cannes in 2024. Two years earlier, Justine Triet had "
            "won for Anatomy of a Fall.")
    got = [c for c in reelcheck.check(text, kb=default_kb).claims
           if c.subject and c.subject.id == "justine-triet"]
    assert got and all(c.verdict != "supported" for c in got)
    # a shift the award claim reads as the year is judged by it
    text = "Parasite won Best Picture in 2020. Two years later, CODA won Best Picture."
    got = [c for c in reelcheck.check(text, kb=default_kb).claims
           if c.subject and c.subject.id == "coda-2021-film"]
    assert [c.verdict for c in got] == ["supported"]


def test_an_order_in_time_is_a_slot_the_win_alone_does_not_judge(default_kb):
    # "back-to-back Palmes": Östlund's two Palmes were five years apart; the wins hold but the
    # order the sentence states is not theirs to judge: a claim of the run does (verify/
    # streaks.py), and the complete Palme record refutes it
    r = reelcheck.check("Ruben Östlund won back-to-back Palmes for The Square and Triangle of "
                        "Sadness.", kb=default_kb)
    runs = [c for c in r.claims if c.predicate == "streak"]
    assert [(c.text, c.verdict) for c in runs] == [("back-to-back", "refuted")]
    assert all(c.verdict != "refuted" for c in r.claims if c.predicate != "streak")


def test_a_live_entrys_clock_time_before_its_colon_is_no_slot(default_kb):
    # a live blog stamps each entry with the time it was posted; the KB cannot check a clock
    # time the clause itself states, but the stamp is not the clause's
    lead = "Our live coverage of the 97th Academy Awards continues.\n\n"
    assert verdicts(lead + "10:21 p.m.: Mikey Madison wins best actress for Anora.",
                    default_kb) == ["supported"]
    assert verdicts(lead + "9:02 p.m. ET \u2014 Kieran Culkin wins best supporting actor for "
                    "A Real Pain.", default_kb) == ["supported"]
    assert verdicts(lead + "10:21 p.m.: Demi Moore wins best actress for The Substance.",
                    default_kb) == ["refuted"]
    # a time the clause states is still a slot the KB cannot judge
    assert verdicts(lead + "Mikey Madison won best actress for Anora at 10:21 p.m.",
                    default_kb) == ["not_enough_info"]
