"""Nominations-morning and snubs writing: a past denial that names no night is about the
occasion the passage means, not the whole record. Sentences are written for these tests; the
facts are the default KB's Oscar record."""
from __future__ import annotations

import reelcheck


def claims(text, kb):
    return reelcheck.check(text, kb=kb).claims


def noms(text, kb):
    return [c for c in claims(text, kb) if c.predicate == "nominated_for"]


def test_a_past_denial_without_a_night_is_not_refuted_by_an_older_nomination(default_kb):
    # nominated for Best Director once (the 90th), not at the night this piece is about
    got = noms("When this year's Oscar nominations were read out, Greta Gerwig did not get an "
               "Oscar nomination for best director.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]
    assert "whole record" in got[0].explanation


def test_a_denial_of_the_whole_record_or_of_a_named_night_still_refutes(default_kb):
    for text in ("Greta Gerwig has never been nominated for the Oscar for best director.",
                 "Greta Gerwig was never nominated for the Oscar for best director.",
                 "Greta Gerwig has not been nominated for the Oscar for best director.",
                 "Greta Gerwig was not nominated for the Oscar for best director at the 90th "
                 "Academy Awards."):
        assert [c.verdict for c in noms(text, default_kb)] == ["refuted"], text
    ok = noms("Bradley Cooper was not nominated for the Oscar for best director for Maestro.",
              default_kb)
    assert [c.verdict for c in ok] == ["supported"]


def test_a_count_of_nominations_in_one_race_is_not_the_film_s_total(default_kb):
    # Sentimental Value had nine nominations at the 98th, two of them for supporting actress
    for text in ("At the 98th Academy Awards, Sentimental Value picked up two nominations in "
                 "the supporting actress race.",
                 "Sentimental Value collected two nominations in the supporting actress "
                 "category at the 98th Academy Awards, for its two younger stars."):
        got = [c for c in claims(text, default_kb) if c.slots.get("kind") == "award_count"]
        assert [c.verdict for c in got if c.verdict == "refuted"] == [], text
    # the total is still checked when no race narrows it
    got = [c for c in claims("At the 98th Academy Awards, Sentimental Value picked up two "
                             "nominations.", default_kb) if c.slots.get("kind") == "award_count"]
    assert [c.verdict for c in got] == ["refuted"]


def test_a_bare_count_with_an_including_list_counts_all_the_wins(default_kb):
    # La La Land won six at the 89th, Best Director one of them (once, not six times)
    got = [c for c in claims("At the 89th Academy Awards, La La Land won six, including best "
                             "director.", default_kb)
           if c.slots.get("kind") in ("award", "award_count")]
    assert sorted((c.slots["kind"], c.verdict) for c in got) == [
        ("award", "supported"), ("award_count", "supported")]
    got = claims("At the 89th Academy Awards, La La Land won six, including best director for "
                 "Damien Chazelle.", default_kb)
    assert got and not any(c.verdict == "refuted" for c in got)
    bad = [c for c in claims("At the 89th Academy Awards, La La Land won nine, among them best "
                             "director.", default_kb) if c.slots.get("kind") == "award_count"]
    assert [c.verdict for c in bad] == ["refuted"]


def test_every_one_of_its_nominations_is_all_of_them(default_kb):
    # The Return of the King won all 11 of its nominations at the 76th
    text = ("The Lord of the Rings: The Return of the King won every one of its {} "
            "nominations at the 76th Academy Awards.")
    got = [c for c in claims(text.format(11), default_kb) if c.slots.get("kind") == "award_count"]
    assert got and all(c.verdict == "supported" for c in got)
    assert any(c.slots["count"] == 11 and c.slots["polarity"] == "won" for c in got)
    bad = [c for c in claims(text.format(13), default_kb) if c.slots.get("kind") == "award_count"]
    assert "refuted" in [c.verdict for c in bad]


def test_a_category_after_a_comma_does_not_narrow_the_count(default_kb):
    # Emilia Perez had 13 nominations at the 97th, one of them for international feature
    got = [c for c in claims("Emilia Pérez arrived at the 97th Academy Awards with 13 "
                             "nominations, the most ever for a foreign-language film.", default_kb)
           if c.slots.get("kind") in ("award", "award_count")]
    assert got and not any(c.verdict == "refuted" for c in got)
    assert any(c.slots.get("count") == 13 and c.verdict == "supported" for c in got)


def test_a_bare_number_after_a_light_verb_counts_what_the_last_count_counted(default_kb):
    # at the 97th: The Brutalist had 10 nominations, Anora 6 nominations and 5 wins
    text = ("At the 97th Academy Awards, The Brutalist picked up 10 nominations. Anora, Sean "
            "Baker's film, earned {}.")
    got = [c for c in claims(text.format("six"), default_kb)
           if c.slots.get("kind") == "award_count" and c.subject
           and c.subject.id == "anora-2024-film"]
    assert [(c.slots["polarity"], c.verdict) for c in got] == [("nominated", "supported")]
    got = [c for c in claims(text.format("five"), default_kb)
           if c.slots.get("kind") == "award_count" and c.subject
           and c.subject.id == "anora-2024-film"]
    # (the night is the paragraph's, so a wrong count is not refuted on it, only not supported)
    assert [c.slots["polarity"] for c in got] == ["nominated"]
    assert all(c.verdict != "supported" for c in got)
    # after a count of wins the same verb counts wins
    got = [c for c in claims("At the 97th Academy Awards, The Brutalist won three Oscars, and "
                             "Anora earned five.", default_kb)
           if c.slots.get("kind") == "award_count" and c.subject
           and c.subject.id == "anora-2024-film"]
    assert [(c.slots["polarity"], c.verdict) for c in got] == [("won", "supported")]


def test_an_owner_pronoun_in_the_object_is_the_clause_subject(default_kb):
    # the surname in the relative clause names the director, not the nominee
    text = ("Ryan Coogler's Sinners topped the field at the 98th Academy Awards. Michael B. "
            "Jordan, who is the lead in the Coogler film, received his first nomination for "
            "best actor.")
    got = noms(text, default_kb)
    assert got and not any(c.verdict == "refuted" for c in got)
    assert {c.subject.id for c in got} == {"michael-b-jordan"}


def test_a_person_s_film_noun_is_that_person_s_film_not_the_passage_s(default_kb):
    # the passage's film is Killers of the Flower Moon; Triet's film at the 96th is Anatomy
    # of a Fall, Nolan's is Oppenheimer (13 nominations)
    lead = "Killers of the Flower Moon picked up ten nominations at the 96th Academy Awards. "
    got = noms(lead + "Justine Triet's courtroom thriller was nominated for best picture.",
               default_kb)
    assert "anatomy-of-a-fall-2023-film" in {c.subject.id for c in got}
    assert not any(c.subject.id == "killers-of-the-flower-moon-2023-film" and "Triet" in c.text
                   for c in got)
    got = [c for c in claims(lead + "Christopher Nolan's film topped the field with 12 "
                             "nominations.", default_kb) if c.slots.get("kind") == "award_count"
           and c.slots.get("count") == 12]
    assert [(c.subject.id, c.verdict) for c in got] == [("oppenheimer-2023-film", "refuted")]


def test_each_listed_nominee_is_checked_for_the_work_after_the_name(default_kb):
    # at the 97th: Brody for The Brutalist, Chalamet for A Complete Unknown (Chalamet was
    # also nominated at the 90th, for another film, and never for Dune)
    row = ("Announced on Thursday, the best actor nominees are Adrien Brody for The Brutalist, "
           "Timothée Chalamet for {}, Colman Domingo for Sing Sing.")
    ok = noms(row.format("A Complete Unknown"), default_kb)
    assert [c.verdict for c in ok] == ["supported"]
    assert "75th" not in ok[0].explanation and "90th" not in ok[0].explanation
    bad = noms(row.format("Dune"), default_kb)
    assert bad and not any(c.verdict == "supported" for c in bad)


def test_a_forecast_of_a_record_is_no_claim(default_kb):
    # Baker did become the first to win four Oscars for one film in one night; said as a
    # forecast before the ceremony it is neither supported nor refuted
    for text in ("Should the night go his way, Sean Baker could become the first person to win "
                 "four Oscars for one film in one night.",
                 "Sean Baker may become the first person to win four Oscars for one film in "
                 "one night.",
                 "Sean Baker is expected to become the first person to win four Oscars for one "
                 "film in one night."):
        got = claims(text, default_kb)
        assert all(c.verdict == "not_enough_info" or c.hedged for c in got), (
            text, [(c.predicate, c.verdict) for c in got])
    got = claims("Sean Baker became the first person to win four Oscars for one film in one "
                 "night.", default_kb)
    assert [c.verdict for c in got] == ["supported"]


def test_prizes_named_as_another_set_are_not_the_passage_s_show(default_kb):
    # Anora won Oscars at the 97th; "the guild awards" are not the Oscars
    text = ("Our picks for the 97th Academy Awards follow.\n\n"
            "Anora heads into the night after sweeping the guild awards.")
    assert not any(c.verdict == "supported" and c.slots.get("family") == "academy-awards"
                   for c in claims(text, default_kb))
    # a bare prize noun with no such words still reads as the passage's show
    got = claims("Our picks for the 97th Academy Awards follow.\n\nAnora took home the big "
                 "prizes.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    # words that point back at a category already named keep the passage's show
    got = noms("Kieran Culkin was nominated for best supporting actor at the 97th Academy "
               "Awards. Jeremy Strong, who plays a lawyer in The Apprentice, was nominated in "
               "the same category.", default_kb)
    assert [c.verdict for c in got] == ["supported", "supported"]


def test_a_count_up_to_another_event_is_not_the_whole_record(default_kb):
    # Julianne Moore: five nominations in all, four of them before her win for Still Alice
    for n in ("four", "five"):
        got = [c for c in claims(f"Julianne Moore had been up for an Oscar {n} times before "
                                 "her first win.", default_kb)
               if c.slots.get("kind") == "award_count"]
        assert got and all(c.verdict == "not_enough_info" for c in got), n
    got = [c for c in claims("Julianne Moore has been up for an Oscar four times.", default_kb)
           if c.slots.get("kind") == "award_count"]
    assert [c.verdict for c in got] == ["refuted"]


def test_a_denial_as_of_the_piece_is_not_refuted_by_a_win_it_may_predate(default_kb):
    # Nolan's wins are at the 96th (2024); a preview naming 2024 may predate them
    preview = ("The 96th Academy Awards will be held on March 10, 2024. Christopher Nolan, who "
               "has never won an Oscar, is the favourite.")
    got = [c for c in claims(preview, default_kb) if c.predicate == "award_received"]
    assert got and not any(c.verdict == "refuted" for c in got)
    later = ("Looking back from 2025: Christopher Nolan, who has never won an Oscar, made Tenet "
             "in 2020.")
    got = [c for c in claims(later, default_kb) if c.predicate == "award_received"]
    assert [c.verdict for c in got] == ["refuted"]


def test_a_count_said_of_several_together_is_not_each_one_s(default_kb):
    # Conclave and A Complete Unknown had eight nominations each at the 97th: 16 in all
    for text in ("At the 97th Academy Awards, Conclave and A Complete Unknown collected 16 "
                 "nominations between them.",
                 "At the 97th Academy Awards, Conclave and A Complete Unknown together collected "
                 "16 nominations.",
                 "At the 97th Academy Awards, Conclave and A Complete Unknown collected 16 "
                 "nominations combined."):
        got = claims(text, default_kb)
        assert not any(c.verdict == "refuted" for c in got), text
    got = [c for c in claims("At the 97th Academy Awards, Conclave and A Complete Unknown "
                             "finished with eight nominations apiece.", default_kb)
           if c.slots.get("kind") == "award_count"]
    assert got and all(c.verdict == "supported" for c in got)


def test_a_person_s_nomination_for_a_work_is_refuted_by_the_work_s_complete_list(default_kb):
    # Villeneuve was nominated for Best Director once (the 89th, Arrival); Dune: Part Two's
    # nominations at the 97th hold no Best Director
    got = noms("Denis Villeneuve picked up an Oscar nomination for best director for Dune: "
               "Part Two.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "Dune: Part Two" in got[0].explanation
    ok = noms("Denis Villeneuve picked up an Oscar nomination for best director for Arrival.",
              default_kb)
    assert [c.verdict for c in ok] == ["supported"]


def test_a_participle_after_a_clause_about_a_speech_is_not_the_film_s_runtime(default_kb):
    text = ("Oppenheimer took best picture at the 96th Academy Awards. Cillian Murphy then "
            "delivered a long acceptance speech, running almost four minutes.")
    assert not any(c.predicate == "runtime" for c in claims(text, default_kb))


def test_an_owner_pronoun_in_a_relative_clause_is_its_antecedent_s(default_kb):
    text = ("In the best actress race, Jessie Buckley was nominated for Hamnet, alongside Rose "
            "Byrne, Kate Hudson, Renate Reinsve and Emma Stone, who picked up her sixth "
            "nomination for Bugonia.")
    got = [c for c in claims(text, default_kb) if c.predicate == "nth_prize"]
    assert not any(c.subject and c.subject.id == "jessie-buckley" for c in got)


def test_missing_out_on_a_nomination_denies_it(default_kb):
    # at the 96th: Robbie was not nominated for best actress, Stone was
    got = noms("Margot Robbie missed out on a best actress nomination at the 96th Academy "
               "Awards.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    got = noms("Emma Stone missed out on a best actress nomination at the 96th Academy Awards.",
               default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    got = noms("Margot Robbie was denied a best actress nomination at the 96th Academy Awards.",
               default_kb)
    assert [c.verdict for c in got] == ["supported"]


def test_a_most_nominated_claim_over_a_narrower_or_wider_pool_is_not_the_night_s_top(default_kb):
    # Oppenheimer led the 96th with 13; Barbie had 8, Poor Things 11
    for text in ("At the 96th Academy Awards, Barbie received the most nominations of any film "
                 "made by a woman director.",
                 "At the 96th Academy Awards, Poor Things received the most nominations ever for "
                 "a Greek director's comedy.",
                 "Oppenheimer broke the record for most nominations with 13 at the 96th Academy "
                 "Awards."):
        got = [c for c in claims(text, default_kb) if c.predicate == "record"]
        assert not any(c.verdict in ("refuted", "supported") for c in got), text
    got = [c for c in claims("Poor Things received the most nominations at the 96th Academy "
                             "Awards.", default_kb) if c.predicate == "record"]
    assert [c.verdict for c in got] == ["refuted"]


def test_no_nomination_told_as_an_event_is_a_denial_at_one_night(default_kb):
    # Robbie was up for Best Actress at the 90th (I, Tonya) and not at the 96th
    got = noms("When the Oscar shortlists came out, Margot Robbie picked up no nomination for "
               "best actress.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]
    assert "whole record" in got[0].explanation
    got = noms("Margot Robbie received no nomination for best actress at the 96th Academy "
               "Awards.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    got = noms("Margot Robbie received no nomination for best actress at the 90th Academy "
               "Awards.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    # the perfect is the whole record: still a count of none, refuted
    got = noms("Margot Robbie has received no Oscar nominations for best actress.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]


def test_a_denial_in_a_passage_about_one_night_is_read_at_that_night(default_kb):
    lead = "Oppenheimer topped the nominations for the 96th Academy Awards with 13. "
    # Robbie: up for Best Actress at the 90th only; Gerwig: up for Best Director at the 90th
    for text in ("The list of best actress hopefuls had no room for Margot Robbie: she was "
                 "not nominated for best actress.",
                 "Greta Gerwig was passed over for best director."):
        got = [c for c in claims(lead + text, default_kb) if c.slots.get("negated")]
        assert got and {c.verdict for c in got} == {"supported"}, text
        assert all("96th" in c.explanation for c in got), text
    # a nominee of that night said to be snubbed, or a winner: read at the night, never refuted
    # (and never supported)
    for text in ("Martin Scorsese was snubbed for best director.",
                 "Emma Stone was not nominated for best actress."):
        got = [c for c in claims(lead + text, default_kb) if c.slots.get("negated")]
        assert got and {c.verdict for c in got} == {"not_enough_info"}, text


def test_a_count_set_off_beside_a_nominee_noun_is_not_the_verb_s_wins(default_kb):
    # Streep: 21 nominations, three wins; the 21 describes the nominee, not the wins
    got = claims("Meryl Streep, a nominee 21 times over, has yet to win another Oscar.",
                 default_kb)
    assert not [c for c in got if c.verdict == "refuted"]
    # a count of the verb's own still refutes
    got = claims("Glenn Close, a nominee eight times over, has won two Oscars.", default_kb)
    assert [c.verdict for c in got if c.slots.get("kind") == "award_count"] == ["refuted"]


def test_a_denial_for_a_work_is_checked_against_the_work_s_complete_record(default_kb):
    # Barbie had no Best Director nomination at the 96th; Villeneuve was up for Arrival (89th)
    got = noms("Even with Barbie's box office, Greta Gerwig did not land a best director "
               "nomination for Barbie.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    got = noms("Denis Villeneuve was not up for the Oscar for best director for Arrival.",
               default_kb)
    assert [c.verdict for c in got] == ["refuted"]
