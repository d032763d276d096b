"""The age family on the parse: who an age is said of, at which event, and when an age may
refute. Sentences are written for these tests; the facts are the default KB's (Mikey Madison at
the 97th Academy Awards; Ani and Vanya's ages in Anora)."""
from __future__ import annotations

import reelcheck
from age_claims import ages, one


def test_an_age_at_an_event_the_clause_names(default_kb):
    c = one("Mikey Madison won Best Actress at 25 at the 97th Academy Awards.", default_kb)
    assert (c.subject.id, c.verdict) == ("mikey-madison", "supported")
    c = one("Mikey Madison won Best Actress at the age of 30 at the 97th Academy Awards.",
            default_kb)
    assert c.verdict == "refuted" and "25" in c.explanation


def test_an_apposed_age_is_the_age_when_written(default_kb):
    # "Jane Roe, 31," is her age when the article was written: older than at the event is
    # no error, younger (by more than a preview's year) is
    assert one("Mikey Madison, 25, won Best Actress at the 97th Academy Awards.",
               default_kb).verdict == "supported"
    assert one("Mikey Madison, 31, won Best Actress at the 97th Academy Awards.",
               default_kb).verdict == "not_enough_info"
    assert one("Mikey Madison, 19, won Best Actress at the 97th Academy Awards.",
               default_kb).verdict == "refuted"


def test_then_puts_an_apposed_age_at_the_clause_s_event(default_kb):
    # "X, then 28, won": the age at the win the clause states, not when the piece was written
    c = one("Mikey Madison, then 30, took home the Best Actress Oscar.", default_kb)
    assert c.verdict == "refuted" and "25" in c.explanation
    c = one("Mikey Madison, then aged 25, took home the Best Actress Oscar.", default_kb)
    assert c.verdict == "supported"
    # "now" keeps the age of the writing: never refuted by the age at the win
    c = one("Mikey Madison, now 30, took home the Best Actress Oscar.", default_kb)
    assert c.verdict == "not_enough_info"
    # someone the KB lacks
    got = ages("Ilse Varga, then 30, took home a prize in Berlin.", default_kb)
    assert all(c.verdict == "not_enough_info" for c in got)


def test_a_time_is_not_an_age(default_kb):
    assert ages("Mikey Madison arrived at 6 for the 97th Academy Awards.", default_kb) == []


def test_a_description_is_resolved_but_never_refuted(default_kb):
    text = ("Mikey Madison won Best Actress at the 97th Academy Awards. "
            "The 25-year-old actress thanked her director from the stage.")
    c = one(text, default_kb)
    assert (c.subject.id, c.verdict) == ("mikey-madison", "supported")
    c = one(text.replace("25-year-old", "29-year-old"), default_kb)
    assert c.verdict == "not_enough_info"


def test_a_character_s_age_and_the_apposition_after_a_bracket(default_kb):
    c = one("Ani (Mikey Madison), a 30-year-old dancer, marries a rich heir.", default_kb)
    assert (c.slots["character"], c.verdict) == (True, "refuted")
    assert "23" in c.explanation and c.text == "a 30-year-old dancer"
    # the parser may hang the apposition on the sentence's subject: the comma decides
    text = ("Ani takes a job with Vanya (Mark Eydelshteyn), the 21-year-old son of a wealthy "
            "Russian family.")
    c = one(text, default_kb)
    assert (c.subject.label, c.verdict) == ("Ivan Zakharov", "supported")


def test_a_person_the_kb_lacks_is_named_but_left_open(default_kb):
    c = one("Maria Delgado, 25, won Best Actress at the 97th Academy Awards.", default_kb)
    assert c.verdict == "not_enough_info" and "Maria Delgado" in c.explanation


def test_an_age_in_years_and_days_states_the_days_too(default_kb):
    # the KB holds Yura Borisov's birth date and the ceremony's date: the days are computed
    ok = one("Yura Borisov earned a nomination at 32 years and 84 days at the 97th Academy "
             "Awards.", default_kb)
    assert ok.verdict == "supported" and "84 days" in ok.text
    bad = one("Yura Borisov earned a nomination at 32 years and 90 days at the 97th Academy "
              "Awards.", default_kb)
    assert bad.verdict == "refuted" and "84 days" in bad.explanation
    # only an age at the event is known (no undisputed birth date): the years hold, the days
    # stay open rather than supported
    open_ = one("Mikey Madison won Best Actress at the 97th Academy Awards at 25 years and "
                "10 days.", default_kb)
    assert open_.verdict == "not_enough_info" and "10 days" in open_.explanation


def test_a_number_written_in_words_with_a_hyphen_is_read_whole(default_kb):
    # "twenty-one" is 21 however the tokenizer splits it, never 20 (nor 1)
    c = one("In Anora, the twenty-one-year-old Vanya marries Ani.", default_kb)
    assert (c.subject.id, c.verdict) == ("ivan-zakharov", "supported")
    c = one("In Anora, the twenty-two-year-old Vanya marries Ani.", default_kb)
    assert c.verdict == "refuted" and "not 22" in c.explanation


def test_a_fronted_film_title_is_no_apposition(default_kb):
    # "In Anora, the 20-year-old ...": the age is not said of what "In Anora" names
    c = one("In Anora, the 20-year-old Vanya marries Ani.", default_kb)
    assert c.subject.id == "ivan-zakharov"


def test_an_event_whose_date_sources_dispute_decides_where_every_date_agrees(default_kb):
    # sources date the 40th Spirit Awards to the 22nd or the 23rd of February 2025; Sean Baker
    # (born 26 February 1971) was 53 on both
    c = one("At the 2025 Spirit Awards, Sean Baker, 53, collected his prize.", default_kb)
    assert c.verdict == "supported"
    c = one("At the 2025 Spirit Awards, Sean Baker, 45, collected his prize.", default_kb)
    assert c.verdict == "refuted" and "not 45" in c.explanation


def test_an_age_with_no_event_is_checked_against_the_latest_year_the_piece_names(default_kb):
    c = one("The film came out in 2015. Sean Baker, 44, directed Tangerine.", default_kb)
    assert c.verdict == "supported" and "2015" in c.explanation
    # a year is not a writing date: an age that does not fit it is left open, never refuted
    c = one("The film came out in 2015. Sean Baker, 40, directed Tangerine.", default_kb)
    assert c.verdict == "not_enough_info"


def test_a_pronoun_holder_is_the_passages_person_and_never_refutes(default_kb):
    lead = "Mikey Madison took Best Actress at the 97th Academy Awards. "
    c = one(lead + "She set a personal milestone there at the age of 25.", default_kb)
    assert (c.subject.id, c.verdict, c.slots["support_only"]) == ("mikey-madison", "supported",
                                                                  True)
    # the wrong age is open, not refuted: the sentence did not name whom it means
    assert one(lead + "She set a personal milestone there at the age of 29.",
               default_kb).verdict == "not_enough_info"


def test_an_age_with_a_softening_word_or_in_a_relative_clause(default_kb):
    lead = "The 97th Academy Awards took place on March 2, 2025. "
    # "now 25", "who is 25": her age when written, said of the name they are set off after
    c = one(lead + "Mikey Madison, now 25, collected Best Actress.", default_kb)
    assert (c.subject.id, c.slots["age"], c.verdict) == (
        "mikey-madison", 25, "supported")
    c = one(lead + "Mikey Madison, who is 25, collected Best Actress.", default_kb)
    assert (c.subject.id, c.verdict) == ("mikey-madison", "supported")
    # a wrong age borrowed from the passage's edition is open, not refuted
    assert one(lead + "Mikey Madison, now 19, collected Best Actress.",
               default_kb).verdict == "not_enough_info"
    # "at just 25" is an age at the win: one row with it
    r = reelcheck.check(lead + "At just 25, Mikey Madison collected Best Actress.", kb=default_kb)
    rows = [c for c in r.claims if "Madison" in c.text]
    assert [c.verdict for c in rows] == ["supported"] and "25" in rows[0].explanation
    # a person the KB lacks: nothing to check
    got = ages(lead + "Odile Marchetti, now 25, collected a prize.", default_kb)
    assert all(c.verdict == "not_enough_info" for c in got)


def test_an_age_now_is_bounded_by_the_year_of_the_film_the_piece_is_about(default_kb):
    # no year in the text: a piece about a film of 2024 was written in 2024 or later, when
    # Sean Baker (born 1971) was 52 or 53
    text = "Anora keeps winning. Sean Baker, 53, thanked his cast."
    c = one(text, default_kb)
    assert c.verdict == "supported" and "2024" in c.explanation
    # an age that does not fit is left open: the piece may be from a later year
    assert one(text.replace("53", "58"), default_kb).verdict == "not_enough_info"


def test_birth_dates_that_differ_by_a_few_days_still_give_an_age_in_a_year(default_kb):
    # sources date Mikey Madison's birth to two days of 1999: in 2024 she was 24 or 25 either way
    c = one("Anora keeps winning. The 25-year-old Mikey Madison thanked her director.",
            default_kb)
    assert c.verdict == "supported" and "born in 1999" in c.explanation


def test_an_age_said_with_a_copula(default_kb):
    # "She was 25.": the number is what the copula says of its subject (a pronoun: the person
    # the passage is about, so it may support but never refute)
    text = "Mikey Madison won Best Actress at the 97th Academy Awards. She was {}."
    assert one(text.format(25), default_kb).verdict == "supported"
    assert one(text.format(19), default_kb).verdict == "not_enough_info"
    # the noun left out: "a 24-year-old from Coney Island" is said of the subject
    c = one("Ani is a 24-year-old from Coney Island.", default_kb)
    assert (c.subject.id, c.verdict) == ("anora-mikheeva", "refuted") and "23" in c.explanation
    assert one("Ani is a 23-year-old from Coney Island.", default_kb).verdict == "supported"
    # a predicate noun the KB does not know is what the subject is, not who is that age
    c = one("Mark Eydelshteyn (Vanya) is a 22-year-old Muscovite.", default_kb)
    assert c.subject is not None and c.subject.id == "mark-eydelshteyn"
    # a name the KB lacks is named but left open
    got = ages("Ilse Varga won Best Actress at the 97th Academy Awards. Varga is 31.", default_kb)
    assert got and all(c.verdict == "not_enough_info" for c in got)


def test_a_description_after_a_played_by_phrase_is_the_character_s(default_kb):
    text = "Later she meets Vanya, portrayed by Mark Eydelshteyn, the {}-year-old heir of a rich family."
    c = one(text.format(21), default_kb)
    assert (c.subject.id, c.verdict) == ("ivan-zakharov", "supported")
    assert one(text.format(24), default_kb).verdict == "refuted"
    # a person's trade after it is the actor's, which the KB does not date here
    c = one("Later she meets Vanya, played by Mark Eydelshteyn, the 21-year-old actor.", default_kb)
    assert c.subject.id == "mark-eydelshteyn" and c.verdict != "refuted"


def test_made_her_a_winner_at_an_age(default_kb):
    # the age is of whom the verb made a winner; the edition is her one win in that family
    text = "Mikey Madison grew up in Los Angeles. Anora made her an Oscar winner at {}."
    row = [c for c in reelcheck.check(text.format(25), kb=default_kb).claims
           if "winner at" in c.text]
    assert [c.verdict for c in row] == ["supported"] and "25 at the 97th" in row[0].explanation
    row = [c for c in reelcheck.check(text.format(29), kb=default_kb).claims
           if "winner at" in c.text]
    assert [c.verdict for c in row] == ["not_enough_info"]   # a pronoun: never refuted
    # the edition stated in the clause: refuted
    c = one("The 97th Academy Awards made Mikey Madison an Oscar winner at 29.", default_kb)
    assert c.verdict == "refuted" and "25" in c.explanation


def test_an_age_set_off_after_a_name_opens_the_gate_with_no_other_cue(default_kb):
    # no relation word, place or second name: the number set off by commas after a
    # character's or person's name is what makes the sentence worth parsing
    c = one("Ani, 23, bickers with the two brothers all night.", default_kb)
    assert (c.subject.id, c.slots["character"], c.verdict) == ("anora-mikheeva", True,
                                                               "supported")
    assert one("Ani, 27, bickers with the two brothers all night.",
               default_kb).verdict == "refuted"
    c = one("Mikey Madison, now 25, trained for months with a dance coach.", default_kb)
    assert (c.subject.id, c.object) == ("mikey-madison", 25)
    # a name the KB lacks: named, never refuted
    got = ages("Tamsin Okonkwo-Reyes, 34, trained for months with a dance coach.", default_kb)
    assert all(c.verdict != "refuted" for c in got)
    # a number that is not set off after a name is no age
    assert ages("Ani bickers with the two brothers, 23 times a night.", default_kb) == []


def test_an_age_now_holds_when_it_fits_every_birth_year_the_sources_give(default_kb):
    # the KB's sources give Mark Eydelshteyn two birth years (2001 and 2002): in 2024 he was
    # 21 or 22 by one and 22 or 23 by the other; only 22 holds either way, and none refutes
    text = "Anora played in Cannes in 2024. Mark Eydelshteyn, {}, plays the heir."
    assert one(text.format(22), default_kb).verdict == "supported"
    assert one(text.format(21), default_kb).verdict == "not_enough_info"
    assert one(text.format(23), default_kb).verdict == "not_enough_info"
    c = one("Anora played in Cannes in 2024. Mark Eydelshteyn is a 22-year-old from Russia.",
            default_kb)
    assert c.verdict == "supported"


def test_aged_set_off_at_the_end_or_the_front_of_a_clause_is_its_subject_s(default_kb):
    # the parser hangs a trailing "aged 25" on the ceremony's name, a fronted one on the verb:
    # either way it is the age of the clause's subject at the event that clause names
    c = one("Mikey Madison took Best Actress at the 97th Academy Awards, aged 25.", default_kb)
    assert (c.subject.id, c.verdict) == ("mikey-madison", "supported")
    assert one("Mikey Madison took Best Actress at the 97th Academy Awards, aged 19.",
               default_kb).verdict == "refuted"
    c = one("Aged 19, Mikey Madison took Best Actress at the 97th Academy Awards.", default_kb)
    assert c.verdict == "refuted" and c.text.startswith("Aged 19")
    # the event in another clause than the age's: never refuted
    c = one("Mikey Madison grew up in Los Angeles, aged 19, and later took Best Actress at the "
            "97th Academy Awards.", default_kb)
    assert c.verdict != "refuted"
    # a name the KB lacks: no refute
    got = ages("Tamsin Okonkwo-Reyes took Best Actress at the 97th Academy Awards, aged 19.",
               default_kb)
    assert all(c.verdict != "refuted" for c in got)


def test_a_copula_age_with_a_when_clause_is_the_age_at_that_clause_s_event(default_kb):
    c = one("Mark Eydelshteyn was 22 when Anora premiered at the 77th Cannes Film Festival.",
            default_kb)
    assert (c.subject.id, c.verdict) == ("mark-eydelshteyn", "supported")
    assert one("Mark Eydelshteyn was 30 when Anora premiered at the 77th Cannes Film Festival.",
               default_kb).verdict == "refuted"
    assert one("Mikey Madison was 25 when she won Best Actress.",
               default_kb).verdict == "supported"
    assert one("Mikey Madison was 19 when she won Best Actress at the 97th Academy Awards.",
               default_kb).verdict == "refuted"
    # the when-clause names no event: the passage's edition is not that time, and a win in
    # another clause is not either
    text = ("Mikey Madison took Best Actress at the 97th Academy Awards. "
            "She was 25 when she moved to Los Angeles.")
    assert one(text, default_kb).verdict == "not_enough_info"
    assert one("Mikey Madison was 19 when she moved to Los Angeles, and she took Best Actress "
               "at the 97th Academy Awards.", default_kb).verdict == "not_enough_info"
    assert all(c.verdict != "refuted" for c in ages(
        "Tamsin Okonkwo-Reyes was 19 when she took Best Actress at the 97th Academy Awards.",
        default_kb))


def test_the_win_an_age_hangs_on_names_its_event(default_kb):
    # the win the age's own clause states is the event: its ceremony is the KB's one such win
    c = one("Mikey Madison took the Best Actress Oscar at the age of 28.", default_kb)
    assert c.verdict == "refuted" and "25" in c.explanation
    c = one("Sean Baker was just 47 when he won Best Director.", default_kb)
    assert c.verdict == "refuted" and "54" in c.explanation
    c = one("Mikey Madison was 25 when she took home the Oscar.", default_kb)
    assert c.verdict == "supported"
    # an age given as of writing ("who was 27 at the time" in a relative clause) is not the
    # win's: older is no error
    assert one("Mikey Madison, who is 27, won the Oscar for Anora.", default_kb).verdict \
        != "refuted"
    # a win the KB does not hold for a person it lacks: nothing to refute
    assert all(c.verdict == "not_enough_info" for c in ages(
        "Ilse Varga was 29 when she won Best Actress.", default_kb))


def _ages_of(text, kb):
    return [(c.subject.id if c.subject else None, c.object, c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.predicate == "age"]


def test_an_age_said_of_the_name_a_subject_noun_stands_beside(default_kb):
    # "Its star X was N when ...": the copula's subject is "star"; the name beside it holds
    # the age (Michelle Yeoh, born 6 August 1962, won at the 95th Academy Awards, March 2023)
    assert _ages_of("Its star Michelle Yeoh was 60 when she collected her Oscar.",
                    default_kb) == [("michelle-yeoh", 60, "supported")]
    assert _ages_of("Its star Michelle Yeoh was 57 when she collected her Oscar.",
                    default_kb) == [("michelle-yeoh", 57, "refuted")]


def test_an_age_in_a_second_coordinated_copula(default_kb):
    # "... was born on ..., and was 35 when she won": the second copula has no subject of its
    # own; it shares the first clause's (Emma Stone, born 6 November 1988, won in March 2024)
    got = _ages_of("Emma Stone was born on November 6, 1988, and was 35 when she won "
                   "Best Actress for Poor Things.", default_kb)
    assert got == [("emma-stone", 35, "supported")]


def test_an_age_with_a_phrase_saying_when_it_held(default_kb):
    # "47 at the time of his Oscar win": the age at the win the phrase names (Cillian Murphy,
    # born 25 May 1976, won at the 96th Academy Awards, March 2024)
    assert _ages_of("Cillian Murphy, 47 at the time of his Oscar win, thanked his wife.",
                    default_kb) == [("cillian-murphy", 47, "supported")]
    assert _ages_of("Cillian Murphy, 44 at the time of his Oscar win, thanked his wife.",
                    default_kb) == [("cillian-murphy", 44, "refuted")]
    # "on the night", after a sentence naming the ceremony: that night's age, borrowed, so it
    # may support but not refute
    text = "Mikey Madison won Best Actress at the 97th Academy Awards. She was {} on the night."
    assert _ages_of(text.format(25), default_kb) == [("mikey-madison", 25, "supported")]
    assert [v for *_x, v in _ages_of(text.format(27), default_kb)] == ["not_enough_info"]


def test_an_age_at_a_win_takes_the_win_s_own_edition_not_the_passage_s(default_kb):
    # a paragraph on the 85th, then "took the prize for Room at 26": the age is at the win
    # for Room (the 88th, where Brie Larson, born 1 October 1989, was 26), never the 85th;
    # an age that no prize the sentence states is at ("was 29 when she won for Black Swan")
    # still reads the win as the passage's prize: the number is an age, it counts no wins
    text = ("Mikey Madison is one of the youngest Best Actress winners.\n\n"
            "Jennifer Lawrence won for Silver Linings Playbook at the 85th Academy Awards, when "
            "she was just 22.\n\n"
            "Brie Larson, born in 1989, took the prize for Room at {}. Natalie Portman was 29 "
            "when she won for Black Swan in 2011.")
    got = _ages_of(text.format(26), default_kb)
    assert ("brie-larson", 26, "supported") in got
    assert ("natalie-portman", 29, "supported") in got
    assert ("brie-larson", 23, "refuted") in _ages_of(text.format(23), default_kb)
