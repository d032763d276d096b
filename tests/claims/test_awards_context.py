"""A win whose prize the clause leaves to its passage: a category named in a sentence before
("... nominated for Best Actress at the 97th Academy Awards. She won the statuette"), then a
bare win ("won in March 2025", "won for Anora in 2025") or a definite bare prize noun ("won the
award", "the prize", "the honor"). The prize so read is a reading, not the clause's words: it
may support the claim but never refute it.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck
from award_claims import awards


def _last(text, kb):
    got = awards(text, kb)
    assert got, text
    return got[-1]


def test_a_definite_bare_prize_is_the_category_named_before(default_kb):
    c = _last("Mikey Madison was up for Best Actress at the 97th Academy Awards. She won the "
              "statuette.", default_kb)
    assert c.verdict == "supported"
    assert "Best Actress" in c.explanation
    c = _last("Anora was nominated for Best Picture at the 97th Academy Awards. The film won "
              "the prize.", default_kb)
    assert c.verdict == "supported" and "Best Picture" in c.explanation
    c = _last("Anora was nominated for Best Picture at the 97th Academy Awards. It won the "
              "award.", default_kb)
    assert c.verdict == "supported" and "Best Picture" in c.explanation


def test_a_bare_win_takes_the_category_the_passage_names(default_kb):
    c = _last("The Best Actress race was tight at the 97th Academy Awards. Mikey Madison won "
              "for Anora in 2025.", default_kb)
    assert c.verdict == "supported" and "Best Actress" in c.explanation
    c = _last("Emma Stone was nominated for Best Actress at the 96th Academy Awards. She won "
              "in 2024.", default_kb)
    assert c.verdict == "supported" and "Best Actress" in c.explanation
    c = _last("Anora was nominated for Best Picture at the 97th Academy Awards. The film "
              "triumphed in March.", default_kb)
    assert c.verdict == "supported"


def test_a_prize_read_from_the_passage_never_refutes(default_kb):
    # the category is the passage's, not the clause's: what may refute is only that she won
    # nothing at all at the night the passage named (read as any prize of that night)
    c = _last("Demi Moore was nominated for Best Actress at the 97th Academy Awards. She won "
              "the award.", default_kb)
    assert c.verdict == "refuted"
    c = _last("Timothee Chalamet was nominated for Best Actor at the 97th Academy Awards. He "
              "won the category.", default_kb)
    assert c.verdict == "refuted" and "won nothing" in c.explanation
    # negated, the reading is not widened: left open
    c = _last("Mikey Madison was nominated for Best Actress at the 97th Academy Awards. She did "
              "not win the award.", default_kb)
    assert c.verdict != "refuted" or "Best Actress" in c.explanation
    c = _last("The Best Actress race was tight at the 97th Academy Awards. Demi Moore won for "
              "The Substance in 2025.", default_kb)
    assert c.verdict == "not_enough_info"
    c = _last("Lily Gladstone was nominated for Best Actress at the 96th Academy Awards. She "
              "won in 2024.", default_kb)
    assert c.verdict == "not_enough_info"


def test_two_categories_in_the_passage_leave_the_prize_open(default_kb):
    # which of the two she won the text does not say: not Best Actress by default
    for c in awards("Mikey Madison was nominated for Best Actress and Best Original Song at "
                    "the 97th Academy Awards. She won the award.", default_kb)[1:]:
        assert c.verdict != "refuted"
        assert "Best Original Song" not in c.explanation


def test_a_show_noun_or_a_person_the_kb_lacks(default_kb):
    # "the Globe" names another show: the Oscar category is not its prize
    for c in awards("Mikey Madison was nominated for Best Actress at the 97th Academy Awards. "
                    "She won the Globe.", default_kb):
        assert "Academy Award for Best Actress at the 97th" not in c.explanation \
            or c.text.startswith("Mikey Madison was nominated")
    # a winner the KB lacks is never refuted
    for c in awards("The Best Actress race was tight at the 97th Academy Awards. Jane "
                    "Plimpton won for Blue Harbor in 2025.", default_kb):
        assert c.verdict != "refuted"


def test_a_description_with_no_gender_is_the_one_person_of_the_passage(default_kb):
    c = _last("Adrien Brody was nominated for Best Actor at the 97th Academy Awards. The star "
              "won the honor.", default_kb)
    # the category and the night the passage named
    assert c.verdict == "supported" and "Best Actor at the 97th" in c.explanation
    c = _last("Kieran Culkin starred in A Real Pain. The performer won Best Supporting Actor at "
              "the 97th Academy Awards.", default_kb)
    assert c.verdict == "supported" and c.slots["subject"] == "kieran-culkin"
    # read as the passage's one person: a false win is left open, not refuted
    c = _last("Demi Moore was nominated for Best Actress at the 97th Academy Awards. The star "
              "won the award.", default_kb)
    assert c.verdict != "supported"
    # two people the noun may be: no claim about either
    assert [c for c in awards("Mikey Madison and Adrien Brody starred in two films. The star "
                              "won Best Actress at the 97th Academy Awards.", default_kb)
            if c.text.startswith("star")] == []
    # a person the KB lacks: never refuted
    for c in awards("Jane Plimpton starred in Blue Harbor. The star won Best Actress at the "
                    "97th Academy Awards.", default_kb):
        assert c.verdict != "refuted"


def test_person_nouns_of_the_awards_lexicon(default_kb):
    c = _last("Mikey Madison starred in Anora. The Brooklyn native took home Best Actress at "
              "the 97th Academy Awards.", default_kb)
    assert c.verdict == "supported" and c.slots["subject"] == "mikey-madison"
    # the director of the passage's film, by a noun for one or by the film's possessive
    c = _last("Sean Baker made Anora. The Anora helmer won Best Director at the 97th Academy "
              "Awards.", default_kb)
    assert c.verdict == "supported" and c.slots["subject"] == "sean-baker"
    c = _last("Anora played at Cannes in 2024. The film's director won the Palme d'Or.",
              default_kb)
    assert c.verdict == "supported" and c.slots["subject"] == "sean-baker"
    # a false win read through the passage's one person is left open
    c = _last("Demi Moore starred in The Substance. The veteran won Best Actress at the 97th "
              "Academy Awards.", default_kb)
    assert c.verdict == "not_enough_info"


def test_the_director_with_no_film_in_the_passage_is_its_one_director(default_kb):
    c = _last("Sean Baker competed for the Palme d'Or in 2024. The director won the prize.",
              default_kb)
    assert c.verdict == "supported" and c.slots["subject"] == "sean-baker"
    # the passage's one person is no director the KB knows: no claim about her
    assert [c for c in awards("Demi Moore competed for the Palme d'Or in 2024. The director "
                              "won the prize.", default_kb) if c.text.startswith("director")] == []


def test_a_film_called_by_a_description_is_the_passage_film(default_kb):
    c = _last("Anora premiered at Cannes in 2024. The indie won the Palme d'Or.", default_kb)
    assert c.verdict == "supported" and c.slots["subject"] == "anora-2024-film"
    got = awards("Oppenheimer opened in July 2023. The biopic won seven Oscars.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    # one slot wrong: the count
    got = awards("Oppenheimer opened in July 2023. The biopic won eight Oscars.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]


def test_a_show_the_clause_names_outranks_the_passage_s(default_kb):
    # a paragraph on the Oscars, then a guild prize whose category the parse loses: the prize
    # is read as the guild's, never as one of the passage's Oscars
    r = reelcheck.check("Anora won five Oscars. Sean Baker picked up the Writers Guild prize "
                        "for original screenplay weeks earlier.", kb=default_kb)
    got = [c for c in r.claims if c.subject and c.subject.id == "sean-baker"]
    assert got and all("Academy" not in c.explanation for c in got)
    assert all(c.slots.get("family") == "wga-awards" for c in got)


def test_a_with_clause_after_a_count_of_none_is_not_the_prize(default_kb):
    # "came away empty-handed, with X beating Y": the 'with' opens a clause, so the verb is
    # not "come away with" (a prize) but the count of none it states (Anora won no Globe)
    r = reelcheck.check("At the Golden Globes in January, Anora came away empty-handed, with "
                        "Demi Moore beating Mikey Madison for the musical or comedy actress "
                        "prize.", kb=default_kb)
    assert r.claims and all(c.verdict == "supported" for c in r.claims)
    assert any(c.slots.get("kind") == "award_count" and c.slots.get("count") == 0
               for c in r.claims)


def test_it_is_the_film_said_before_not_one_the_sentence_names_after(default_kb):
    # "it" comes before "Emilia Pérez" in its sentence: it means the film said earlier (Anora,
    # which won no Globe), never the one named after it (which won four)
    r = reelcheck.check("Anora's long road to the Oscars\n\nSean Baker's comedy entered the "
                        "season as an outsider. At the Golden Globes in January it came away "
                        "empty-handed, and Emilia Pérez took the top comedy prize.",
                        kb=default_kb)
    zero = [c for c in r.claims if c.slots.get("kind") == "award_count"]
    assert [(c.subject.id, c.verdict) for c in zero] == [("anora-2024-film", "supported")]


def test_a_prize_the_kb_lacks_is_not_read_as_an_oscar(default_kb):
    # "the Silver Lion" (a Venice prize the KB lacks), or any award in a sentence naming a
    # festival, is not the Oscars' Best Director: no reading that says "this does not hold"
    for text in ("Brady Corbet won the Silver Lion for best direction.",
                 "The Brutalist premiered at the Venice Film Festival in September 2024, where "
                 "Brady Corbet won a prize for best direction."):
        got = [c for c in reelcheck.check(text, kb=default_kb).claims if c.category == "award"]
        assert all("Academy" not in c.explanation for c in got), text
    # a bare category with no show named is still read as the Oscars
    got = [c.verdict for c in reelcheck.check("Sean Baker won Best Director.",
                                              kb=default_kb).claims]
    assert got == ["supported"]


def test_a_numbered_ceremony_of_the_show_a_category_is_read_as(default_kb):
    # no show named, but "the 96th ceremony": the category is read as the Oscars', at that
    # edition (Emma Stone won Best Actress at the 89th and the 96th, not the 90th)
    def got(n):
        return [(c.verdict, c.explanation) for c in reelcheck.check(
            f"Emma Stone took home the Best Actress statuette at the {n} ceremony.",
            kb=default_kb).claims if c.category == "award"]
    (v, why), = got("96th")
    assert v == "supported" and "96th" in why
    (v, why), = got("90th")
    assert v == "not_enough_info" and "Frances McDormand" in why


def test_a_work_said_as_it_or_the_film_is_the_passages_film_to_confirm_never_to_refute(
        default_kb):
    # Iñárritu won Best Director twice (Birdman, 87th; The Revenant, 88th): "for the same
    # film" after a sentence on The Revenant picks the 88th
    lead = "Leonardo DiCaprio won best actor for The Revenant at the 88th Academy Awards. "
    for said in ("for the film", "for the same film", "for it"):
        got = [c for c in reelcheck.check(lead + f"Alejandro G. Iñárritu took best director "
                                                 f"{said}.", kb=default_kb).claims
               if c.start >= len(lead) and c.category == "award"]
        assert [c.verdict for c in got] == ["supported"], said
        assert "88th" in got[0].explanation, (said, got[0].explanation)
    # Brie Larson's win was for Room: the film read is not hers, so her win is left open
    got = [c for c in reelcheck.check(lead + "Brie Larson won best actress for the film.",
                                      kb=default_kb).claims
           if c.start >= len(lead) and c.category == "award"]
    assert [c.verdict for c in got] == ["not_enough_info"]


def test_a_count_of_prizes_borrows_no_category_from_the_passage(default_kb):
    # "six wins" counts every prize of the night, not the Best Actress the paragraph before
    # named (Mad Max: Fury Road won six Oscars at the 88th, none of them Best Actress)
    text = ("Brie Larson was named best actress for Room at the 88th Academy Awards.\n\n"
            "Mad Max: Fury Road ended the evening with six wins.")
    got = [c for c in reelcheck.check(text, kb=default_kb).claims if "Mad Max" in c.text]
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]


def test_the_one_film_a_sentence_names_picks_the_evidence_of_a_prize_said_without_a_work(
        default_kb):
    # Willem Dafoe was nominated for Best Supporting Actor at the 59th (Platoon) and the 90th
    # (The Florida Project): the sentence names the second film, so its night is the evidence
    got = [c for c in reelcheck.check(
        "The Florida Project came next, with Willem Dafoe earning an Oscar nomination for best "
        "supporting actor.", kb=default_kb).claims if c.category == "award"]
    assert [c.verdict for c in got] == ["supported"] and "90th" in got[0].explanation
    # a film the prize was not for is no evidence, and takes nothing away
    got = [c for c in reelcheck.check(
        "Platoon made his name, and Willem Dafoe won an Oscar nomination for best supporting "
        "actor in 2018.", kb=default_kb).claims if c.category == "award"]
    assert [c.verdict for c in got] == ["supported"] and "90th" in got[0].explanation


def test_the_prize_is_the_one_the_sentence_named_and_a_since_phrase_keeps_its_year(default_kb):
    # "the prize" after "the Palme d'Or" in one sentence is the Palme, not the passage's
    # category; "in 2011" inside "since ..." is the time of Malick's win, not Baker's
    # (spun text, as content farms write it: "primary" for "first", so no record is read)
    text = ("Mikey Madison won best actress for Anora.\n\nAnora won the Palme d'Or in May "
            "2024, making Sean Baker the primary American to take the prize since Terrence "
            "Malick's The Tree of Life in 2011.")
    got = [c for c in reelcheck.check(text, kb=default_kb).claims
           if "take the prize" in c.text]
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]
    assert "Palme" in got[0].explanation


def test_a_year_in_a_list_of_films_is_a_title(default_kb):
    # "1917" coordinated with Joker is the film, not a year that would clash with the 92nd
    got = [c for c in reelcheck.check("Parasite beat Joker and 1917 for best picture at the "
                                      "92nd Academy Awards.", kb=default_kb).claims
           if c.category == "award"]
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]
    assert all(c.slots.get("year") != 1917 for c in got)


def test_a_pronoun_in_a_relative_clause_on_a_person_is_that_person(default_kb):
    # "she" is Jennifer Lawrence, whom the relative clause is on, not the main clause's Madison
    text = ("Mikey Madison won best actress at the 97th Academy Awards. She is one of the "
            "youngest winners of the category, after Jennifer Lawrence, who was 22 when she "
            "won for Silver Linings Playbook.")
    got = [c for c in reelcheck.check(text, kb=default_kb).claims if "Silver" in c.text]
    assert [(c.slots.get("subject"), c.verdict) for c in got] == [
        ("jennifer-lawrence", "supported")], [(c.text, c.explanation) for c in got]


def test_a_film_after_its_owners_name_is_read_when_the_ner_joins_them(default_kb):
    # the NER may read "Ryan Coogler's Sinners" as one person's name; the KB person before the
    # film owns it, and the film is still the clause's subject
    got = [c for c in reelcheck.check("Ryan Coogler's Sinners won best original screenplay at "
                                      "the 98th Academy Awards.", kb=default_kb).claims
           if c.category == "award"]
    assert [(c.slots.get("subject"), c.verdict) for c in got] == [
        ("sinners-2025-film", "supported")]


def test_a_list_row_s_span_closes_its_bracket(default_kb):
    got = [c for c in reelcheck.check("The 96th Academy Awards\n\nBest Supporting Actress: Da'Vine "
                                      "Joy Randolph (The Holdovers)\n", kb=default_kb).claims
           if c.category == "award"]
    assert [(c.verdict, c.text) for c in got] == [
        ("supported", "Best Supporting Actress: Da'Vine Joy Randolph (The Holdovers)")]
