"""Oscar history of films other than Anora, told the way reviews and listicles tell it: a
year on the subject's own winner noun is not the verb's time, "won X a second Oscar" counts
X's wins, a title's own word ("No Country ...") is no count of none, and "the Academy"
names the Oscars. True sentences hold, one wrong slot refutes, a name the KB lacks or an
undated slot stays open.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck
from award_claims import awards, verdicts


def test_a_year_on_the_subjects_winner_noun_is_not_the_verbs(default_kb):
    # "1994" dates Forrest Gump's Best Picture (the film's year), not Hanks's Best Actor,
    # which came at the 1995 ceremony: it must not be read as the 1994 ceremony
    got = awards("The 1994 Best Picture winner Forrest Gump also earned Tom Hanks his second "
                 "Oscar.", default_kb)
    assert [c.verdict for c in got] == ["supported", "supported"]
    assert verdicts("Last decade's champion, the 2018 Best Picture winner Green Book, also "
                    "earned Mahershala Ali an Oscar.", default_kb) == ["supported", "supported"]
    # the ordinal is still checked: Hanks's first came a year earlier (Philadelphia)
    assert verdicts("The 1994 Best Picture winner Forrest Gump also earned Tom Hanks his first "
                    "Oscar.", default_kb) == ["supported", "refuted"]


def test_an_indefinite_ordinal_counts_the_subjects_wins(default_kb):
    assert verdicts("Green Book won Mahershala Ali a second Oscar.",
                    default_kb) == ["supported"]
    assert verdicts("Cate Blanchett took home a second Oscar for Blue Jasmine.",
                    default_kb) == ["supported"]
    # one slot wrong: Ali's win for Green Book was his second, not his third
    assert verdicts("Green Book won Mahershala Ali a third Oscar.", default_kb) == ["refuted"]
    # one night's wins are not ordered: "a second" of Parasite's four stays open
    assert verdicts("Parasite won a second Oscar, for Best Director.",
                    default_kb) == ["not_enough_info"]
    # a holder noun in a series ("a fourth straight winner") is no count of the subject's wins
    assert "refuted" not in verdicts("For the distributor Neon, it was a fourth straight "
                                     "Palme d'Or winner.", default_kb)


def test_a_titles_own_word_is_no_count_of_none(default_kb):
    assert verdicts("Javier Bardem won the supporting actor Oscar for No Country for Old Men.",
                    default_kb) == ["supported"]
    assert verdicts("Javier Bardem won the Best Actor Oscar for No Country for Old Men.",
                    default_kb) == ["refuted"]
    # the film itself said to have won none still refutes (it won four)
    assert verdicts("No Country for Old Men won no Oscars.", default_kb) == ["refuted"]


def test_the_academy_names_the_oscars(default_kb):
    assert verdicts("The Academy honoured Roma with Best Foreign Language Film and Best "
                    "Cinematography.", default_kb) == ["supported", "supported"]
    assert verdicts("The Academy honoured Roma with Best Picture.", default_kb) == ["refuted"]
    # another academy is not the Oscars: nothing read as an Oscar category
    assert verdicts("The European Film Academy honoured Roma with Best Cinematography.",
                    default_kb) == []


def test_lost_to_and_beat_are_one_edition(default_kb):
    # true: both were up for the prize at one ceremony, and the one named won it
    assert verdicts("At the Oscars, Saving Private Ryan lost Best Picture to Shakespeare in "
                    "Love.", default_kb) == ["supported"]
    assert verdicts("At the Oscars, Bradley Cooper lost Best Actor to Eddie Redmayne.",
                    default_kb) == ["supported"]
    # each holds alone, but not at one ceremony: American Beauty won a year later
    assert verdicts("At the Oscars, Saving Private Ryan lost Best Picture to American Beauty.",
                    default_kb) == ["refuted"]
    assert verdicts("American Beauty beat Saving Private Ryan for Best Picture at the Academy "
                    "Awards.", default_kb) == ["refuted"]
    # the loser in a coordinated clause ("was nominated ... but lost to")
    got = verdicts("Saving Private Ryan was nominated for Best Picture at the Oscars but lost "
                   "to American Beauty.", default_kb)
    assert got == ["supported", "refuted"]
    # DiCaprio was not in the Best Actor race the year Redmayne won it
    assert verdicts("At the Oscars, Leonardo DiCaprio lost Best Actor to Eddie Redmayne.",
                    default_kb) == ["refuted"]
    # a loser the KB lacks: nothing to compare, never refuted
    assert "refuted" not in verdicts("At the Oscars, Bridget Harlow lost Best Supporting "
                                     "Actress to Lupita Nyong'o.", default_kb)
    # no show named: read as the Oscars, support only
    assert "refuted" not in verdicts("Saving Private Ryan lost Best Picture to American "
                                     "Beauty.", default_kb)


def test_a_win_told_inside_a_record_is_read(default_kb):
    # the win holds, the record words are beyond the KB: open, never supported whole
    got = awards("Halle Berry became the first Black woman to win the Academy Award for Best "
                 "Actress.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]
    assert got[0].slots["subject"] == "halle-berry"
    assert verdicts("Kathryn Bigelow became the first woman to win the Oscar for Best "
                    "Director.", default_kb) == ["not_enough_info"]
    # the win itself wrong: refuted whatever the record words
    assert verdicts("Roma became the first Mexican film to win Best Picture at the Oscars.",
                    default_kb) == ["refuted"]
    assert verdicts("Parasite became the first South Korean film to win the Palme d'Or in "
                    "2018.", default_kb) == ["refuted"]
    # a record still to come, or denied, tells no win
    assert verdicts("Anora could become the first film to win Best Picture at the Oscars.",
                    default_kb) == []
    assert verdicts("Roma was not the first Mexican film to win Best Picture at the Oscars.",
                    default_kb) == []
    # a record the record family decides keeps its own claim alone
    r = reelcheck.check("Parasite became the first film to win both the Palme d'Or and Best "
                        "Picture since Marty.", kb=default_kb)
    assert [c.slots.get("kind") for c in r.claims] == ["record"]


def test_a_count_on_a_noun_that_includes_a_prize_counts_them_all(default_kb):
    # "11" counts Titanic's wins, of which Best Picture is one: not eleven Best Pictures
    assert verdicts("Titanic's 11 Oscar wins included Best Picture.",
                    default_kb) == ["supported", "supported"]
    assert verdicts("Titanic's 12 Oscar wins included Best Picture.",
                    default_kb) == ["refuted", "supported"]
    assert verdicts("Titanic's 11 Oscar wins included Best Actress.",
                    default_kb) == ["supported", "refuted"]
    # a category on the counted noun itself still binds the count
    assert verdicts("Meryl Streep's three Best Actress Oscars came decades apart.",
                    default_kb) == ["refuted"]


def test_a_rivals_nomination_is_dated_by_the_night_it_lost(default_kb):
    assert verdicts("The Hurt Locker beat Avatar for Best Picture at the Oscars in March 2010.",
                    default_kb) == ["supported"]
    assert verdicts("Avatar lost Best Picture to The Hurt Locker at the Oscars in March 2010.",
                    default_kb) == ["supported"]
    assert verdicts("The Hurt Locker beat Avatar for Best Picture at the Oscars in April 2010.",
                    default_kb) == ["refuted"]


def test_a_films_count_in_a_year_it_was_not_in_the_running(default_kb):
    # Ben-Hur's night was the 32nd ceremony (1960, for the films of 1959)
    assert verdicts("Ben-Hur won 11 Academy Awards in 1962.", default_kb) == ["refuted"]
    assert verdicts("Slumdog Millionaire scooped eight Academy Awards in 2011.",
                    default_kb) == ["refuted"]
    # the year it was held, or the year of its films: never refuted on the year
    assert verdicts("Titanic won 11 Oscars in 1998.", default_kb) == ["supported"]
    assert "refuted" not in verdicts("Slumdog Millionaire scooped eight Academy Awards in "
                                     "2008.", default_kb)
    # a year in another clause is not the count's
    assert verdicts("In 2012, Titanic, which won 11 Oscars, returned to cinemas.",
                    default_kb) == ["supported"]
    assert "refuted" not in verdicts("By 2005, Titanic had won 11 Oscars.", default_kb)


def test_a_gendered_description_names_the_one_person_it_fits(default_kb):
    got = awards("Mikey Madison grew up in Los Angeles. The actress won Best Actress in 2025.",
                 default_kb)
    assert [(c.subject.id, c.verdict) for c in got] == [("mikey-madison", "supported")]
    # a reading, not a statement: a wrong prize is left open, never refuted
    assert verdicts("Adrien Brody grew up in New York. The actor won Best Actor in 2010.",
                    default_kb) == ["not_enough_info"]
    # "the actor" is not the director the passage is about
    assert verdicts("Sean Baker grew up in New Jersey. The actor won Best Actor in 2025.",
                    default_kb) == []


def test_a_category_listed_beside_another_show_s_prize_is_its_own_show_s(default_kb):
    # "won the Palme d'Or and Best Picture": Cannes has no Best Picture, the Oscars do
    got = [(c.slots.get("award"), c.verdict)
           for c in awards("Anora took the Palme d'Or and Best Picture.", default_kb)]
    assert got == [("palme-d-or", "supported"),
                   ("academy-award-for-best-picture", "supported")], got
    # a reading, not a statement: a film that never won it is left open, never refuted
    assert verdicts("Titane took the Palme d'Or and Best Picture.", default_kb) == \
        ["supported", "not_enough_info"]
    # "the festival's" prize is no Oscar, even in a text that names no show
    assert "supported" not in verdicts("Anora also picked up the festival's screenplay award.",
                                       default_kb)


def test_a_rivalry_with_no_prize_named_is_read_at_its_night(default_kb):
    # someone with no nomination at all at the night won nothing there (her whole record is
    # complete); the night may be the one the passage is about, as a reading that supports
    assert verdicts("At the 96th Academy Awards, Lily Gladstone lost to Mikey Madison.",
                    default_kb) == ["refuted"]
    assert verdicts("At the 96th Academy Awards, Emma Stone beat Lily Gladstone.",
                    default_kb) == ["supported"]
    assert verdicts("Oppenheimer dominated the 96th Academy Awards. Lily Gladstone lost to "
                    "Emma Stone.", default_kb)[-1:] == ["supported"]
    assert verdicts("Oppenheimer dominated the 96th Academy Awards. Lily Gladstone lost to "
                    "Mikey Madison.", default_kb)[-1:] in ([], ["not_enough_info"])


def test_a_participle_after_a_set_off_phrase_in_a_verbless_parse_is_the_predicate(default_kb):
    # the parser may root "X, nominated for A, lost to Y." on the name with "lost" as its
    # participle: "lost to Y" is then said of X, not of a prize X names
    lead = "The 93rd Academy Awards were held in April 2021.\n\n"
    got = awards(lead + "Thomas Vinterberg, nominated for Best Director for Another Round, lost "
                 "to Chloe Zhao.", default_kb)
    assert any(c.slots.get("rival") == "thomas-vinterberg" and c.verdict == "supported"
               for c in got), [(c.text, c.verdict) for c in got]
    got = awards(lead + "Thomas Vinterberg, nominated for Best Director for Another Round, lost "
                 "to Emerald Fennell.", default_kb)
    assert any(c.slots.get("rival") == "thomas-vinterberg" for c in got)
    assert all(c.verdict != "supported" for c in got if c.slots.get("rival"))


def test_a_nomination_outside_the_categorys_complete_list_at_a_named_night(default_kb):
    # Karren Karagulian (in the KB, never nominated) at the night the clause names
    got = awards("At the 97th Academy Awards, Karren Karagulian was nominated for best "
                 "supporting actor.", default_kb)
    assert [c.verdict for c in got] == ["refuted"] and "Yura Borisov" in got[0].explanation
    assert verdicts("At the 97th Academy Awards, Yura Borisov was nominated for best "
                    "supporting actor.", default_kb) == ["supported"]
    # the passage's night is only a reading: never refuted through it
    got = verdicts("The 97th Academy Awards were held in March 2025. Karren Karagulian was "
                   "nominated for best supporting actor.", default_kb)
    assert "refuted" not in got


def test_another_festivals_prize_in_a_gapped_clause_is_not_the_palme(default_kb):
    # "the Golden Lion" (read by the NER as an organisation) is the gapped clause's prize, of
    # a festival the KB keeps no record of: never the winner, never the passage's Palme
    text = ("Jafar Panahi won the Palme d'Or at the 78th Cannes Film Festival. He previously "
            "won the Golden Bear in Berlin for Taxi in 2015, and the Golden Lion in Venice for "
            "The Circle in 2000.")
    got = awards(text, default_kb)
    assert all(c.verdict != "refuted" for c in got), [(c.text, c.explanation) for c in got]
    assert [c.verdict for c in got][:1] == ["supported"]
