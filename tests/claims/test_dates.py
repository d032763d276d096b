"""The date family on the parse: which event a date is the date of, what that event is of, and
when a date may refute. Sentences are written for these tests; the facts are the default KB's
(Sean Baker's and Yura Borisov's birth dates, the 97th Academy Awards and its nominations, the
77th Cannes festival, Anora's premiere and releases)."""
from __future__ import annotations

import reelcheck


def dates(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.slots.get("kind") == "date"]


def one(text, kb):
    got = dates(text, kb)
    assert len(got) == 1, [(c.text, c.predicate, c.verdict) for c in got]
    return got[0]


def test_a_birth_date_true_and_false(default_kb):
    c = one("Sean Baker was born on February 26, 1971, in New Jersey.", default_kb)
    assert (c.predicate, c.subject.id, c.verdict) == ("date_of_birth", "sean-baker", "supported")
    c = one("Sean Baker was born on March 4, 1973.", default_kb)
    assert c.verdict == "refuted" and "1971" in c.explanation
    # a bare year after "born ... in"
    assert one("Yura Borisov was born in Reutov in 1992.", default_kb).verdict == "supported"
    assert one("Yura Borisov was born in Reutov in 1990.", default_kb).verdict == "refuted"


def test_a_participle_set_off_after_a_name(default_kb):
    c = one("Yura Borisov, born December 8, 1992, grew up outside Moscow.", default_kb)
    assert (c.predicate, c.verdict) == ("date_of_birth", "supported")


def test_a_date_in_another_clause_is_not_the_event_s(default_kb):
    # June 3, 2010 is when he moved, not when he was born: it is no birth date
    got = dates("Yura Borisov, who moved to Moscow on June 3, 2010, was born in 1992.",
                default_kb)
    assert [(c.predicate, c.object, c.verdict) for c in got] == [
        ("date_of_birth", "1992", "supported")]
    # the premiere is the relative clause's; the main clause's date is no premiere date
    got = dates("Anora, which premiered at Cannes on May 21, 2024, won the Palme d'Or after "
                "the jury met on May 24, 2024.", default_kb)
    assert [(c.predicate, c.verdict) for c in got] == [("premiere_date", "supported")]


def test_a_ceremony_date(default_kb):
    c = one("The 97th Academy Awards were held on March 2, 2025, in Los Angeles.", default_kb)
    assert (c.predicate, c.subject.id, c.verdict) == ("ceremony_date", "97th-academy-awards",
                                                       "supported")
    c = one("The 97th Academy Awards took place on March 9, 2025.", default_kb)
    assert c.verdict == "refuted"
    # the parser hangs "held" on the main verb: the comma says what was held
    c = one("At the 97th Academy Awards, held on March 9, 2025, the host sang.", default_kb)
    assert (c.subject.id, c.verdict) == ("97th-academy-awards", "refuted")


def test_an_edition_named_by_description_refutes_only_when_it_can_mean_no_other(default_kb):
    lead = "Anora won Best Picture at the 97th Academy Awards. "
    c = one(lead + "The ceremony was held on March 2, 2025.", default_kb)
    assert (c.subject.id, c.verdict) == ("97th-academy-awards", "supported")
    # the piece names one ceremony and no other award family: "the ceremony" is that one
    c = one(lead + "The ceremony was held on March 9, 2025.", default_kb)
    assert c.verdict == "refuted"
    # another family's show named in the piece: "the ceremony" might be either, and January
    # 5, 2025 is the Globes' day
    c = one("Anora won Best Picture at the 97th Academy Awards, weeks after the 82nd Golden "
            "Globes. The ceremony was held on January 5, 2025.", default_kb)
    assert c.verdict == "not_enough_info"
    # ... but a day near the Oscars' that neither show was held on is wrong whichever it means
    c = one("Anora won Best Picture at the 97th Academy Awards, weeks after the 82nd Golden "
            "Globes. The ceremony was held on March 9, 2025.", default_kb)
    assert c.verdict == "refuted"
    # a show the KB does not know named in the piece: the same
    c = one(lead + "Its cast went on to the Harbour Critics Awards. The ceremony was held on "
            "March 9, 2025.", default_kb)
    assert c.verdict == "not_enough_info"
    # "an event", or a ceremony another word qualifies, is not sure to be the edition
    never_refuted((lead + "The event was held on March 9, 2025.",
                   lead + "The next ceremony was held on March 9, 2025."), default_kb)


def test_a_festival_described_in_a_dispatch_on_one_edition(default_kb):
    lead = "Anora took the Palme d'Or at the 77th Cannes Film Festival. "
    c = one(lead + "The festival opened on May 14 with twenty-two films in competition.",
            default_kb)
    assert (c.predicate, c.verdict) == ("start_date", "supported")
    c = one(lead + "The festival opened on May 16 with twenty-two films in competition.",
            default_kb)
    assert (c.predicate, c.verdict) == ("start_date", "refuted")
    # a festival the KB lacks named in the piece: "the festival" may be that one
    c = one(lead + "Later it went to the Kestrel Bay Film Festival. The festival opened on "
            "May 16.", default_kb)
    assert c.verdict == "not_enough_info"


def test_a_date_set_off_after_an_edition_s_description(default_kb):
    lead = "Anora took Best Picture at the 97th Academy Awards. "
    c = one(lead + "Then came Oscar night, March 2, and five statuettes.", default_kb)
    assert (c.predicate, c.subject.id, c.verdict) == ("ceremony_date", "97th-academy-awards",
                                                       "supported")
    assert c.text.startswith("Oscar night")
    c = one(lead + "Then came Oscar night, March 4, and five statuettes.", default_kb)
    assert c.verdict == "refuted"
    # another family's night in a passage on the Oscars is not the Oscars'
    assert dates(lead + "Then came BAFTA night, March 4, and a speech.", default_kb) == []


def test_the_host_of_a_ceremony_dates_it(default_kb):
    lead = "Anora took Best Picture at the 97th Academy Awards. "
    c = one(lead + "Conan O'Brien hosted the ceremony on March 2.", default_kb)
    assert (c.predicate, c.verdict) == ("ceremony_date", "supported")
    assert one(lead + "Conan O'Brien hosted the ceremony on March 16.",
               default_kb).verdict == "refuted"
    # a schedule told in the future may have changed: never refuted
    never_refuted([lead + "Conan O'Brien will host the ceremony on March 16."], default_kb)
    # a party hosted after the show is not the show
    never_refuted([lead + "Neon hosted a party after the 97th Academy Awards on March 3."],
                  default_kb)


def never_refuted(texts, kb):
    for text in texts:
        assert all(c.verdict != "refuted" for c in dates(text, kb)), text


def test_nominations_announced(default_kb):
    c = one("Nominations for the 97th Academy Awards were announced on January 23, 2025.",
            default_kb)
    assert (c.predicate, c.verdict) == ("nominations_announced", "supported")
    c = one("Nominations for the 97th Academy Awards were announced on January 17, 2025.",
            default_kb)
    assert c.verdict == "refuted"


def test_a_relative_date_or_a_time_zone_s_weekday_is_never_refuted(default_kb):
    # the 97th Academy Awards were held on a Sunday (a Monday in Asia)
    never_refuted(("The 97th Academy Awards were held on Monday.",
                   "The 97th Academy Awards were held last month.",
                   "The 97th Academy Awards were held on Sunday."), default_kb)
    assert one("The 97th Academy Awards were held on Sunday.",
               default_kb).verdict == "supported"
    # a weekday alone of the named edition's one night, in no time zone its day
    c = one("The 97th Academy Awards were held on Thursday.", default_kb)
    assert c.verdict == "refuted" and "March 2, 2025" in c.explanation


def test_a_release_in_a_country(default_kb):
    c = one("Le Pacte released Anora in France on October 30, 2024.", default_kb)
    assert (c.predicate, c.slots["country"], c.verdict) == ("release_date", "france",
                                                            "supported")
    assert one("Le Pacte released Anora in France on October 23, 2024.",
               default_kb).verdict == "refuted"
    # somewhere the KB holds no date for: not refuted
    got = dates("Anora opened in Norway on March 14, 2025.", default_kb)
    assert all(c.verdict != "refuted" for c in got)


def test_a_plan_and_a_television_premiere_are_not_refuted(default_kb):
    got = dates("Neon plans to release Anora in the US on March 14, 2025.", default_kb)
    assert all(c.verdict != "refuted" for c in got)
    got = dates("Anora had its television premiere on May 13, 2025.", default_kb)
    assert got == []


def test_a_festival_s_run(default_kb):
    c = one("The 77th Cannes Film Festival closed on May 25, 2024.", default_kb)
    assert (c.predicate, c.verdict) == ("end_date", "supported")
    c = one("The 77th Cannes Film Festival opened on May 20, 2024.", default_kb)
    assert (c.predicate, c.verdict) == ("start_date", "refuted")
    got = dates("The 77th Cannes Film Festival ran from May 14 to May 25, 2024.", default_kb)
    assert sorted((c.predicate, c.verdict) for c in got) == [
        ("end_date", "supported"), ("start_date", "supported")]


def test_a_premiere(default_kb):
    c = one("Anora had its world premiere at Cannes on May 21, 2024.", default_kb)
    assert (c.predicate, c.verdict) == ("premiere_date", "supported")
    c = one("Anora had its world premiere at Cannes on May 17, 2024.", default_kb)
    assert c.verdict == "refuted"


def test_a_film_or_person_the_kb_lacks(default_kb):
    never_refuted(("Harbour Lights premiered at Cannes on May 3, 2024.",
                   "Ilse Varga was born on May 2, 1980.",
                   "The Silver Gannet ceremony was held on March 9, 2025."), default_kb)


def test_sources_that_disagree_on_one_event_still_rule_out_a_date_none_gives(default_kb):
    # the default KB holds Mikey Madison's birth date as disputed (25 March / 8 April 1999)
    assert one("Mikey Madison was born on April 8, 1999.", default_kb).verdict == \
        "not_enough_info"
    wrong = one("Mikey Madison was born on March 25, 2000.", default_kb)
    assert wrong.verdict == "refuted" and "1999" in wrong.explanation
    # a release is many events (limited, wide, per country): a disputed one refutes nothing
    never_refuted(["Anora hit US theaters on October 25, 2024."], default_kb)


def test_an_edition_named_before_the_ceremony_noun_dates_that_edition(default_kb):
    import reelcheck
    r = reelcheck.check("The 97th Oscars ceremony was held at the Dolby Theatre on March 3.",
                        kb=default_kb)
    dates = [c for c in r.claims if c.category == "date"]
    assert [c.verdict for c in dates] == ["refuted"]
    assert "March 2, 2025" in dates[0].explanation
    # a month and year that are an award claim's slot are checked there, once
    r = reelcheck.check("Anora took Best Picture at the Oscars in March 2024.", kb=default_kb)
    assert [c.category for c in r.claims] == ["award"]
    assert r.claims[0].verdict == "refuted"


def firsts(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "achievement_date"]


def test_a_pronoun_dating_an_achievement_dates_its_first_time(default_kb):
    # the KB keeps the holders of four Oscars at one ceremony: Walt Disney first, at the 26th
    # Academy Awards (1954)
    lead = "Ask a film buff who took home four Oscars in one night and "
    got = firsts(lead + "the answer goes back to 1954.", default_kb)
    assert got == []   # "the answer" is not a pronoun standing for the achievement
    got = firsts("Quiz hosts love asking who took home four Oscars in one night, since it "
                 "goes back to 1954.", default_kb)
    assert [(c.slots["achievement"], c.verdict) for c in got] == [
        ("four_oscars_one_night", "supported")]
    got = firsts("Quiz hosts love asking who took home four Oscars in one night, but it "
                 "dates back to 1941.", default_kb)
    assert [c.verdict for c in got] == ["refuted"] and "1954" in got[0].explanation
    # no achievement the KB keeps in the sentence: nothing to date
    assert firsts("Quiz hosts love asking about silent films, but it dates back to 1941.",
                  default_kb) == []


def test_a_span_back_restating_the_date_before(default_kb):
    lead = "Quiz hosts love asking who took home four Oscars in one night, but it dates " \
           "back to 1954. "
    # the piece names 2030 as its latest year and has no date: it was written in 2030 or later
    got = firsts(lead + "That was more than 70 years ago. Its sequel is due in 2030.",
                 default_kb)
    assert [c.verdict for c in got] == ["supported", "supported"]
    # the piece cannot have been written after today: 1954 is well under 150 years back
    got = firsts(lead + "That's right, over 150 years ago.", default_kb)
    assert [c.verdict for c in got] == ["supported", "refuted"]
    # with no lower bound on when it was written, "about 70 years" stays open
    got = firsts(lead + "That was about 70 years ago.", default_kb)
    assert [c.verdict for c in got][1] == "not_enough_info"
    # a sentence naming something of its own does not restate the date before
    got = firsts(lead + "Anora was over 150 years ago.", default_kb)
    assert len(got) == 1


def test_a_span_back_dates_an_event_only_within_its_bounds(default_kb):
    # Anora premiered at Cannes in May 2024
    c = one("Anora premiered at Cannes over 30 years ago.", default_kb)
    assert c.verdict == "refuted"
    # written no earlier than 2025 (the latest year named) and no later than today
    c = one("Anora premiered at Cannes less than a decade ago, ahead of its 2025 Oscars.",
            default_kb)
    assert c.verdict == "supported"
    # the piece's year unknown below: "two years ago" may hold
    assert one("Anora premiered at Cannes two years ago.", default_kb).verdict != "refuted"
    # a year the piece names may lie ahead of it: it never makes a span back too long
    never_refuted(("Anora premiered at Cannes a year ago; a sequel is planned for 2031.",
                   "Anora premiered at Cannes one year ago, and a sequel is planned for 2031."),
                  default_kb)


def test_the_year_a_holder_set_a_record(default_kb):
    # Walt Disney's four Oscars in one night came at the 26th Academy Awards (1954); Sean Baker
    # matched them at the 97th (2025)
    c = firsts("Walt Disney set the record for four Oscars in one night in 1954.", default_kb)
    assert [(x.slots["holder"], x.verdict) for x in c] == [("walt-disney", "supported")]
    c = firsts("Sean Baker tied the record for four Oscars in one night in 2019.", default_kb)
    assert [x.verdict for x in c] == ["refuted"]
    # "this record": the achievement the passage named just before
    lead = "Sean Baker became the second person to win four Oscars in one night. "
    assert [x.verdict for x in firsts(lead + "Walt Disney first set this record in 1954.",
                                      default_kb)] == ["supported"]
    assert [x.verdict for x in firsts(lead + "Walt Disney first set this record in 1947.",
                                      default_kb)] == ["refuted"]
    # ... or a plain sentence stating it
    lead2 = "Walt Disney took home four Oscars in one night. "
    assert [x.verdict for x in firsts(lead2 + "He achieved this feat in 1949.",
                                      default_kb)] == ["refuted"]
    assert [x.verdict for x in firsts("Walt Disney made history in 1954 by taking home four "
                                      "Oscars in one night.", default_kb)] == ["supported"]
    assert firsts("Walt Disney made history in 1949.", default_kb) == []
    # a ceremony honours the year before it: one year off is not refuted
    assert [x.verdict for x in firsts(lead + "Walt Disney first set this record in 1953.",
                                      default_kb)] == ["not_enough_info"]
    # someone the KB does not list as a holder, or a record it keeps no list for: open
    assert all(x.verdict != "refuted" for x in firsts(
        lead + "Ilse Varga set this record in 1947.", default_kb))
    assert firsts("Ilse Varga set the record for the longest speech in 1947.", default_kb) == []


def test_attending_an_edition_on_a_day_dates_the_edition(default_kb):
    c = one("Mikey Madison attended the 97th Academy Awards on March 2, 2025.", default_kb)
    assert (c.predicate, c.verdict) == ("ceremony_date", "supported")
    assert one("Mikey Madison attended the 97th Academy Awards on March 9.",
               default_kb).verdict == "refuted"
    assert dates("Mikey Madison attended a dinner on March 9.", default_kb) == []


def test_no_release_before_the_world_premiere(default_kb):
    # Anora was first shown on 21 May 2024: a release in 2023 is wrong in any country, while a
    # later date the KB does not hold stays open
    got = [c for c in reelcheck.check("Anora hit theaters in March 2023.", kb=default_kb).claims
           if c.category == "date"]
    assert [c.verdict for c in got] == ["refuted"]
    got = [c for c in reelcheck.check("Anora reached cinemas on December 1, 2024.",
                                      kb=default_kb).claims if c.category == "date"]
    assert [c.verdict for c in got] != ["refuted"]
def test_it_happened_is_the_holder_s_time_or_any_holder_s(default_kb):
    # holders of four Oscars in one night: Walt Disney (1954), Sean Baker (2025)
    def verdicts(text):
        return [c.verdict for c in firsts(text, default_kb)]
    assert verdicts("Sean Baker took home four Oscars in one night. It happened in 2025.") == [
        "supported"]
    assert verdicts("Sean Baker took home four Oscars in one night. It happened in 2019.") == [
        "refuted"]
    # no holder named: any holder's year holds, one that is nobody's is refuted
    assert verdicts("Who took home four Oscars in one night? It happened in 2025.") == [
        "supported"]
    assert verdicts("Who took home four Oscars in one night? It happened in 1961.") == [
        "refuted"]
    # a repeat is not the time it happened first
    assert verdicts("Walt Disney took home four Oscars in one night in 1954. It happened again "
                    "in 1961.") == []


def test_a_bare_restatement_of_a_date_with_a_finer_day(default_kb):
    lead = "Walt Disney took home four Oscars in one night. It happened in 1954. "
    got = firsts(lead + "That was on March 25, 1954.", default_kb)
    assert [c.verdict for c in got] == ["supported", "supported"]
    # a day the KB's ceremony does not give: open, never refuted on the day alone
    got = firsts(lead + "That was on May 25, 1954.", default_kb)
    assert [c.verdict for c in got] == ["supported", "not_enough_info"]


def _date_verdicts(text, kb):
    return [(c.predicate, c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "date"]


def test_a_first_screening_is_the_world_premiere(default_kb):
    # "screened" alone is a premiere only at a festival; "first" on the verb makes it the
    # first showing anywhere (Anora: 21 May 2024)
    assert _date_verdicts("Anora first screened in May 2024.", default_kb) == [
        ("premiere_date", "supported")]
    assert _date_verdicts("Anora first screened back in May 2023.", default_kb) == [
        ("premiere_date", "refuted")]
    assert _date_verdicts("Anora screened in May 2023.", default_kb) == []
    # a film the KB lacks
    assert all(v != "refuted" for _, v in
               _date_verdicts("Glass Orchard first screened in May 2023.", default_kb))


def test_release_verbs_that_need_a_venue(default_kb):
    # "land", "drop" are a release only with cinemas (or a medium) as where it went
    assert _date_verdicts("Anora landed in cinemas during 2023.", default_kb) in (
        [], [("release_date", "refuted")])
    assert _date_verdicts("Anora landed in cinemas in 2023.", default_kb) == [
        ("release_date", "refuted")]
    assert _date_verdicts("Anora dropped into theaters across the country in 2024.",
                          default_kb) == [("release_date", "supported")]
    # a later year the KB holds no release for: open, not refuted
    assert _date_verdicts("Anora landed in theaters in 2026.", default_kb) == [
        ("release_date", "not_enough_info")]
    # no venue: no release
    assert _date_verdicts("Anora landed six nominations in January 2025.", default_kb) == []
    assert _date_verdicts("Anora hit $50 million in March 2025.", default_kb) == []
    assert _date_verdicts("Anora dropped to fourth place in March 2025.", default_kb) == []
    # a qualifier in another clause: the year dates the festival, not the release
    assert _date_verdicts("Anora landed in cinemas after the festival that ran in 2023.",
                          default_kb) == []
    assert _date_verdicts("Glass Orchard landed in cinemas in 2023.", default_kb) == []


def test_a_streaming_release_is_bounded_only_by_the_world_premiere(default_kb):
    assert _date_verdicts("Anora landed on streaming in March 2025.", default_kb) == [
        ("release_date", "not_enough_info")]
    assert _date_verdicts("Anora was released on streaming on February 18, 2025.",
                          default_kb) == [("release_date", "not_enough_info")]
    # before it was first shown: wrong on any medium
    assert _date_verdicts("Anora landed on streaming in 2023.", default_kb) == [
        ("release_date", "refuted")]


def test_a_premiere_on_a_medium_is_not_the_world_premiere(default_kb):
    assert _date_verdicts("Anora first screened on television in May 2025.", default_kb) == []
    assert _date_verdicts("Anora premiered on TV in June 2025.", default_kb) == []


def test_another_film_of_the_passage_s_maker_is_not_its_film(default_kb):
    text = "Anora won the Palme d'Or. {}"
    for s in ("His previous film hit theaters in March 2021.",
              "Baker's earlier film landed in cinemas in 2021."):
        assert _date_verdicts(text.format(s), default_kb) == []
    assert _date_verdicts(text.format("The film landed in cinemas in 2023."), default_kb) == [
        ("release_date", "refuted")]


def test_a_bare_year_premiere_is_bounded_by_the_world_premiere(default_kb):
    # no festival named, so no work-year reading: a year before the world premiere is wrong,
    # the world premiere's year holds, a later year may be one country's premiere
    def one(text):
        got = [c for c in reelcheck.check(text, kb=default_kb).claims if c.category == "date"]
        assert len(got) == 1, [(c.text, c.verdict) for c in got]
        return got[0].verdict
    assert one("Anora, which premiered in 2023, follows a dancer.") == "refuted"
    assert one("Anora premiered in 2024.") == "supported"
    assert one("Anora premiered in 2025.") == "not_enough_info"


def test_a_screening_date_is_part_of_the_festival_claim(default_kb):
    got = [c for c in reelcheck.check("The film Anora was screened at Cannes on May 21, 2023.",
                                      kb=default_kb).claims if c.category == "festival"]
    assert [c.verdict for c in got] != ["supported"]


def test_a_bare_year_on_a_birth_participle(default_kb):
    def got(text):
        return [(c.text, c.verdict) for c in reelcheck.check(text, kb=default_kb).claims
                if c.category == "date"]
    assert got("Sean Baker (born 1971) directed Anora.") == [("Sean Baker (born 1971)",
                                                             "supported")]
    assert [v for _t, v in got("Sean Baker, born 1972, directed Anora.")] == ["refuted"]


def test_a_weekday_said_of_the_passage_s_family(default_kb):
    lead = "Anora earned six nominations for the 97th Academy Awards.\n\n"
    # the nominations were announced on Thursday, January 23, 2025
    c = one(lead + "Its stars, who landed Oscar nominations Thursday, celebrated.", default_kb)
    assert (c.predicate, c.subject.id, c.verdict) == ("nominations_announced",
                                                       "97th-academy-awards", "supported")
    # a weekday never refutes
    never_refuted([lead + "Its stars, who landed Oscar nominations Monday, celebrated."],
                  default_kb)
    # another family's nominations are not the passage's edition's
    assert dates(lead + "Its stars, who landed BAFTA nominations Thursday, celebrated.",
                 default_kb) == []


def datelines(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "dateline"]


def test_a_dateline_in_a_festival_town(default_kb):
    body = "\nMikey Madison walked the red carpet with Sean Baker for Anora."
    # the 77th Cannes festival ran from May 14 to May 25, 2024
    got = datelines("NEWS WIRE\nCannes, France – 19 May 2024" + body, default_kb)
    assert [(c.subject.id, c.verdict) for c in got] == [("cannes-film-festival", "supported")]
    assert "77th Cannes" in got[0].explanation
    # a piece may be filed there on any day: a day outside the festival is left open
    got = datelines("NEWS WIRE\nCannes, France – 3 July 2024" + body, default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]
    # a town with no festival the KB knows, or a date inside a sentence, is no dateline
    assert datelines("NEWS WIRE\nReutov, Russia – 19 May 2024" + body, default_kb) == []
    assert datelines("Anora screened in Cannes on 19 May 2024." + body, default_kb) == []


def test_a_country_in_the_date_s_own_conjunct(default_kb):
    # the parser hangs both conjuncts on "reaches": the place beside each date is its own
    # (Anora opened in France on October 30, 2024, in Germany on October 31)
    got = dates("Anora reaches American cinemas through Neon on October 18 and French ones "
                "through Le Pacte on October 30.", default_kb)
    assert [(c.slots["country"], c.verdict) for c in got] == [
        ("united-states", "supported"), ("france", "supported")]
    assert got[1].text.startswith("French ones")
    got = dates("Anora reaches French cinemas on October 30 and German ones on November 7.",
                default_kb)
    assert [(c.slots["country"], c.verdict) for c in got] == [
        ("france", "supported"), ("germany", "refuted")]
    # two countries in one phrase name no one country for the date: never refuted
    never_refuted(["Neon released Anora in American and German cinemas on November 7, 2024."],
                  default_kb)


def test_the_answer_to_a_when_question_dates_its_event(default_kb):
    quiz = ("Quiz night\n\n1. When did Anora premiere?\nAnswer: At Cannes, on May {d}, 2024.\n")
    c = one(quiz.format(d=21), default_kb)
    assert (c.predicate, c.verdict, c.text) == ("premiere_date", "supported", "on May 21, 2024")
    assert one(quiz.format(d=17), default_kb).verdict == "refuted"
    # a question asking something else: the answer's date is not said of its verb
    assert dates("Quiz night\n\n1. Who directed Anora?\nAnswer: Sean Baker, on May 3, 2024.\n",
                 default_kb) == []


def test_a_full_date_of_a_prize_dates_the_family_s_ceremony_of_its_year(default_kb):
    # the award family reads the day as the prize's; the Oscars of 2020 were the 92nd
    # (February 9, 2020): a day off refutes, the right day supports
    c = one("Bong Joon Ho's Parasite took best picture on February 10, 2020.", default_kb)
    assert (c.predicate, c.subject.id, c.verdict) == ("ceremony_date", "92nd-academy-awards",
                                                       "refuted")
    c = one("On March 2, 2025, Sean Baker collected best director for Anora.", default_kb)
    assert (c.subject.id, c.verdict) == ("97th-academy-awards", "supported")
    # a prize of a family the KB lacks names no ceremony
    assert dates("On March 2, 2025, Rina Volk took the Golden Gannet for Saltmarsh.",
                 default_kb) == []


def test_a_family_s_night_is_the_edition_the_sentence_s_winner_won_at(default_kb):
    lead = "Neon spent heavily on its awards campaign. "
    c = one(lead + "Then it was Oscar night, March 4, when Anora took five Academy Awards.",
            default_kb)
    assert (c.subject.id, c.verdict) == ("97th-academy-awards", "refuted")
    c = one(lead + "Oscar night, March 2, was kind to Mikey Madison, who won best actress.",
            default_kb)
    assert (c.subject.id, c.verdict) == ("97th-academy-awards", "supported")
    # no winner the KB knows in the sentence: the night is no edition (no claim)
    assert dates(lead + "Oscar night, March 9, belonged to Tobias Venn, who won best actor.",
                 default_kb) == []


def test_a_month_alone_after_in(default_kb):
    lead = "Anora won the Palme d'Or at the 77th Cannes Film Festival. "
    # a month of no year may support a release, never refute it (which year is open)
    c = one(lead + "It comes to German cinemas through a local distributor in October.",
            default_kb)
    assert (c.predicate, c.slots["country"], c.verdict) == ("release_date", "germany",
                                                             "supported")
    c = one(lead + "It came to German cinemas in December.", default_kb)
    assert c.verdict == "not_enough_info"
    # a birthday's month is the same in every year: it refutes
    assert one("Sean Baker was born in July.", default_kb).verdict == "refuted"
    assert one("Yura Borisov, born in December, grew up near Moscow.",
               default_kb).verdict == "supported"
    # "may" the modal is no month
    assert dates("Anora may reach German cinemas in time.", default_kb) == []


def test_a_weekday_of_a_nomination_with_no_edition_named_is_the_nominee_s(default_kb):
    # the passage names no edition: the sentence's nominee was nominated at one (the 97th, its
    # nominations out on a Thursday); a weekday alone supports, never refutes
    c = one("Mikey Madison picked up an Oscar nomination Thursday.", default_kb)
    assert (c.predicate, c.subject.id, c.verdict) == ("nominations_announced",
                                                       "97th-academy-awards", "supported")
    assert one("Mikey Madison picked up an Oscar nomination Monday.",
               default_kb).verdict == "not_enough_info"


def test_a_day_of_no_year_of_a_family_is_its_edition_of_the_year_of_writing(default_kb):
    # the piece names 2025 as its latest year: the Golden Globes of 2025 (January 5); a day
    # of no year may support, never refute
    lead = "Nominations for the 97th Academy Awards came out on January 23, 2025. "
    got = [c for c in dates(lead + "Anora came fresh from the Golden Globes, which were "
                            "handed out on Jan. 5.", default_kb)
           if c.subject.id == "82nd-golden-globe-awards"]
    assert [c.verdict for c in got] == ["supported"]
    got = [c for c in dates(lead + "The Golden Globes were handed out on Jan. 8.", default_kb)
           if c.subject.id == "82nd-golden-globe-awards"]
    assert [c.verdict for c in got] == ["not_enough_info"]


def test_a_part_of_a_year(default_kb):
    # "early 1971", "the fall of 2024", "spring 2024", "mid-2023": the year may refute as a
    # bare year does; the part only supports a match and leaves a miss open
    assert one("Sean Baker was born in early 1971.", default_kb).verdict == "supported"
    c = one("Sean Baker was born in late 1974.", default_kb)
    assert c.verdict == "refuted" and "late 1974" in c.explanation
    assert one("Sean Baker was born in the autumn of 1971.", default_kb).verdict == \
        "not_enough_info"
    assert one("The 97th Academy Awards took place in early 2025.", default_kb).verdict == \
        "supported"
    assert one("The 97th Academy Awards took place in the summer of 2024.",
               default_kb).verdict == "refuted"
    assert one("Anora reached U.S. cinemas in the fall of 2024.", default_kb).verdict == \
        "supported"
    assert one("Anora reached U.S. cinemas in spring 2024.", default_kb).verdict != "refuted"
    # before the world premiere: nothing of it came out then
    assert one("Anora first screened in mid-2023.", default_kb).verdict == "refuted"
    # a film the KB lacks
    assert all(c.verdict == "not_enough_info" for c in dates(
        "Harbour Lights reached U.S. cinemas in early 2025.", default_kb))
    # the year of another clause does not date the birth
    c = one("Sean Baker, who was born in 1971, made Tangerine in early 2015.", default_kb)
    assert c.predicate == "date_of_birth" and c.verdict == "supported"


# -- varied phrasing (round dates9): sentences written for these tests -------------------------

def test_birth_dates_in_varied_packaging(default_kb):
    # a relative clause, a fronted participle, a parenthesis, a participle set off by commas
    c = one("Sean Baker, who was born on February 26, 1971, grew up in New Jersey.", default_kb)
    assert (c.predicate, c.verdict) == ("date_of_birth", "supported")
    assert one("Born in July 1964, Aleksei Serebryakov plays the oligarch father.",
               default_kb).verdict == "supported"
    c = one("Serebryakov (born 1966) plays the father.", default_kb)
    assert (c.subject.id, c.verdict) == ("aleksei-serebryakov", "refuted")
    assert one("Darya Ekamasova, who was born in 1986, plays the mother.",
               default_kb).verdict == "refuted"
    # an age stated in another clause does not stand in for the birth year
    c = one("Yura Borisov, who turns 33 this year, was born in 1994.", default_kb)
    assert (c.subject.id, c.verdict) == ("yura-borisov", "refuted")


def test_a_birth_year_the_kb_holds_as_disputed_refutes_only_outside_every_value(default_kb):
    # two sources disagree on the day, both say 1999: another year is wrong either way
    c = one("Mikey Madison was born in 2001.", default_kb)
    assert c.verdict == "refuted" and "1999" in c.explanation


def test_release_and_premiere_dates_in_other_words(default_kb):
    assert one("Anora hit British cinemas on 1 November 2024.", default_kb).verdict == "supported"
    assert one("Anora arrived in UK cinemas on 8 November 2024.",
               default_kb).verdict == "refuted"
    c = one("Anora opened in France on October 23, 2024.", default_kb)
    assert c.verdict == "refuted" and "October 30" in c.explanation
    c = one("Anora, which debuted at Cannes on May 19, 2024, went on to win.", default_kb)
    assert (c.predicate, c.verdict) == ("premiere_date", "refuted")


def test_a_us_release_the_sources_dispute_is_refuted_only_where_they_agree(default_kb):
    # the sources give October 18 and October 9: they agree on the month, not the day
    c = one("Anora opened in US theaters in November 2024.", default_kb)
    assert c.verdict == "refuted" and "October 2024" in c.explanation
    assert one("Sean Baker's film Anora reached American screens in September 2024.",
               default_kb).verdict == "refuted"
    assert one("Anora hit US theaters on October 9, 2024.", default_kb).verdict == \
        "not_enough_info"   # what a source says
    assert one("Anora hit US theaters on October 12, 2024.", default_kb).verdict == \
        "not_enough_info"   # a day the sources dispute: a release is many events
    assert one("Anora opened in US theaters in October 2024.", default_kb).verdict == \
        "supported"


def test_ceremony_dates_in_other_words(default_kb):
    c = one("The 78th BAFTA Film Awards were presented on 16 February 2025.", default_kb)
    assert (c.subject.id, c.verdict) == ("78th-british-academy-film-awards", "supported")
    c = one("The Golden Globes, held on January 12, 2025, snubbed Anora.", default_kb)
    assert (c.subject.id, c.verdict) == ("82nd-golden-globe-awards", "refuted")
    assert one("The Oscars took place on March 3, 2025.", default_kb).verdict == "refuted"


def test_an_unknown_film_s_dates_make_no_verdict(default_kb):
    got = dates("Glimmerfall, the 2021 drama by Petra Vonn, opened in cinemas on June 4, 2021.",
                default_kb)
    assert all(c.verdict == "not_enough_info" for c in got)


def test_a_film_year_a_note_does_not_state_is_not_supported_by_the_note(default_kb):
    # a note naming the film and the prize says nothing of the year in the parenthesis
    for text in ("Parasite (2018) won the Palme d'Or.",
                 "Neon distributed Triangle of Sadness (2021), another Palme d'Or winner."):
        got = [c for c in reelcheck.check(text, kb=default_kb).claims
               if c.slots.get("kind") == "work_year"]
        assert got and all(c.verdict != "supported" for c in got), [
            (c.text, c.verdict, c.explanation) for c in got]
    # the right year still holds
    got = [c for c in reelcheck.check("Parasite (2019) won the Palme d'Or.",
                                      kb=default_kb).claims if c.slots.get("kind") == "work_year"]
    assert [c.verdict for c in got] == ["supported"]


def test_a_possessive_year_is_the_film_s_not_the_win_s(default_kb):
    # "2017's Parasite": the year belongs to the film, so the win is not read as the 2017
    # ceremony's; the film's year is a claim of its own
    def kinds(text):
        return {c.slots.get("kind"): c for c in reelcheck.check(text, kb=default_kb).claims}
    got = kinds("2017's Parasite won Best Picture.")
    assert got["award"].verdict == "supported" and got["award"].slots.get("year") is None
    # first shown at Cannes in May 2019 (kb/factsheets/premieres.yaml): not a film of 2017
    assert got["work_year"].verdict == "refuted"
    got = kinds("2019's Mank won Best Cinematography.")   # no premiere in the KB: open
    assert got["award"].verdict == "supported" and got["award"].slots.get("year") is None
    assert got["work_year"].verdict == "not_enough_info"
    got = kinds("2023's Anatomy of a Fall took the Palme d'Or.")
    assert got["award"].verdict == "supported" and got["work_year"].verdict == "supported"
    # a year before the world premiere the KB holds refutes the film's year
    got = kinds("2023's Anora took Best Picture.")
    assert got["work_year"].verdict == "refuted"


def test_the_ceremony_means_the_one_edition_its_paragraph_comes_to(default_kb):
    # the paragraph names one family and its winner won at one edition of it
    got = dates("Anora won best picture at the Oscars. The ceremony was held on March 3, 2025.",
                default_kb)
    assert [(c.subject.id, c.verdict) for c in got] == [("97th-academy-awards", "refuted")]
    got = dates("Anora won best picture at the Oscars; the ceremony, held on March 2, was "
                "hosted by Conan O'Brien.", default_kb)
    assert [(c.subject.id, c.verdict) for c in got] == [("97th-academy-awards", "supported")]
    # a piece on several award shows: the paragraph decides
    got = dates("Anora won the Golden Globe for best musical or comedy in January.\n\n"
                "At the 97th Academy Awards, the film took five prizes. The ceremony took place "
                "on Sunday, March 9.", default_kb)
    assert [(c.subject.id, c.verdict) for c in got] == [("97th-academy-awards", "refuted")]
    got = dates("Anora won the Palme d'Or at Cannes. The festival opened on May 15, 2024.",
                default_kb)
    assert [(c.subject.id, c.verdict) for c in got] == [("77th-cannes-film-festival", "refuted")]


def test_the_ceremony_stays_open_where_its_paragraph_is_unsure(default_kb):
    for text in (
            # two families in the paragraph
            "Anora won the Golden Globe and then best picture at the Oscars. The ceremony was "
            "held on March 3, 2025.",
            # a winner of several editions
            "Steven Spielberg won best director at the Oscars. The ceremony was held on "
            "March 3, 2025.",
            # a name of that kind the KB lacks
            "Anora won best picture at the Oscars. The Governors Awards honored others. The "
            "ceremony was held on March 3, 2025.",
            # another edition than the paragraph's
            "Anora won best picture at the Oscars. The next ceremony was held on March 3, 2025.",
            "Anora won best picture at the Oscars. A ceremony was held on March 3, 2025.",
            # a film the KB lacks
            "Kestrel Bay won best picture at the Oscars. The ceremony was held on March 3, 2025."):
        assert all(c.verdict != "refuted" for c in dates(text, default_kb)), text


def test_a_later_stage_of_a_release_is_not_refuted_by_the_opening(default_kb):
    for text in ("Anora's wide release in the US came in November 2024.",
                 "Anora opened wide in the US in November 2024."):
        assert one(text, default_kb).verdict == "not_enough_info", text
    # a theatrical release is the cinema release
    c = one("Anora's theatrical release came in September 2024.", default_kb)
    assert (c.predicate, c.verdict) == ("release_date", "refuted")


def test_a_release_noun_a_participle_modifies(default_kb):
    # "followed" parsed as the noun's modifier: the noun's event, its country
    c = one("Anora's French release followed on November 30, 2024.", default_kb)
    assert (c.predicate, c.slots["country"], c.verdict) == ("release_date", "france", "refuted")
    c = one("Anora's German release followed on October 31, 2024.", default_kb)
    assert c.verdict == "supported"


def test_an_edition_named_by_its_family_and_a_year(default_kb):
    c = one("Cannes opened its 2024 edition on May 15.", default_kb)
    assert (c.subject.id, c.verdict) == ("77th-cannes-film-festival", "refuted")
    c = one("The Oscars' 2024 ceremony took place on March 10.", default_kb)
    assert (c.subject.id, c.verdict) == ("96th-academy-awards", "supported")
    # the family and the one year the sentence gives; the bare year is no second claim
    c = one("At Cannes in 2024, the festival opened on May 15.", default_kb)
    assert (c.subject.id, c.verdict) == ("77th-cannes-film-festival", "refuted")
    # no family said: nothing to date
    assert dates("The 2025 ceremony was held on March 3.", default_kb) == []


def test_a_release_in_the_month_of_the_festival_premiere_is_not_refuted(default_kb):
    # some count the festival premiere as the first release
    for text in ("Anora was released in May 2024.", "Anora was released on May 21, 2024."):
        assert one(text, default_kb).verdict == "not_enough_info", text
    assert one("Anora was released in September 2024.", default_kb).verdict == "refuted"


def test_made_its_world_premiere_read_through_a_misparse(default_kb):
    # the parser may take "world" for the subject of "premiere": its possessor is the film
    c = one("Anora made its world premiere on May 21, 2023 at Cannes.", default_kb)
    assert (c.predicate, c.verdict) == ("premiere_date", "refuted")
    c = one("Anora made its world premiere on May 21, 2024 at Cannes.", default_kb)
    assert c.verdict == "supported"


def test_a_wrong_weekday_is_named_in_the_explanation(default_kb):
    c = one("The Oscars took place on Monday, March 2, 2025.", default_kb)
    assert c.verdict == "refuted" and "not Monday, March 2, 2025" in c.explanation


def test_a_record_a_relative_clause_says_who_set_and_when(default_kb):
    got = [c for c in reelcheck.check("Sean Baker won four Oscars in one night, a record Walt "
                                      "Disney set in 1954.", kb=default_kb).claims
           if c.slots.get("kind") == "achievement_date"]
    assert [(c.slots["holder"], c.verdict) for c in got] == [("walt-disney", "supported")]
    got = [c for c in reelcheck.check("Sean Baker won four Oscars in one night, a record Walt "
                                      "Disney set in 1962.", kb=default_kb).claims
           if c.slots.get("kind") == "achievement_date"]
    assert [c.verdict for c in got] == ["refuted"]
    # a holder the KB lacks: nothing decided
    got = [c for c in reelcheck.check("Sean Baker won four Oscars in one night, a record Ilse "
                                      "Varga set in 1953.", kb=default_kb).claims
           if c.slots.get("kind") == "achievement_date"]
    assert all(c.verdict != "refuted" for c in got)


def test_an_event_noun_after_a_preposition_of_sequence_takes_its_own_date(default_kb):
    # "... in May 2024 before opening in US theaters in October": October is the opening's
    got = [(c.predicate, c.verdict) for c in dates(
        "Anora bowed at Cannes in May 2024 before opening in American theaters in October.",
        default_kb)]
    assert ("release_date", "supported") in got
    assert all(v != "refuted" for _p, v in got) and ("premiere_date", "not_enough_info") \
        not in got, got
    # the wrong month for the opening is not the premiere's: never a refute of the premiere
    got = [(c.predicate, c.verdict) for c in dates(
        "Anora bowed at Cannes in May 2024 before opening in American theaters in December.",
        default_kb)]
    assert ("release_date", "supported") not in got and all(
        not (p == "premiere_date" and v == "refuted") for p, v in got), got


def test_a_release_told_by_bringing_or_putting_the_film_in_cinemas(default_kb):
    # the venue hangs on the verb as its 'to' (parsed as a dative) or 'in' phrase
    c = one("Le Pacte brought Anora to French cinemas on October 30, 2024.", default_kb)
    assert (c.predicate, c.verdict) == ("release_date", "supported")
    c = one("Universal sent Anora to British screens on November 8, 2024.", default_kb)
    assert (c.predicate, c.verdict) == ("release_date", "refuted")
    c = one("Neon put Anora in American theaters on October 18, 2024.", default_kb)
    assert (c.predicate, c.verdict) == ("release_date", "supported")
    # bringing someone somewhere is no release
    assert dates("Neon brought Mikey Madison to Los Angeles on October 18, 2024.",
                 default_kb) == []


def test_a_first_screening_is_the_premiere_wherever_it_was(default_kb):
    # "its first (public) screening": the first showing anywhere, festival or not (Nomadland's
    # world premiere was on 11 September 2020)
    c = one("Nomadland had its first screening in September 2020.", default_kb)
    assert (c.predicate, c.verdict) == ("premiere_date", "supported")
    c = one("Nomadland had its first public screening in September 2019.", default_kb)
    assert (c.predicate, c.verdict) == ("premiere_date", "refuted")
    # a screening that is not the first is a festival's or a city's, no premiere claim
    assert dates("Nomadland had a screening in September 2020.", default_kb) == []


def test_a_film_noun_with_its_title_beside_it_is_that_title(default_kb):
    # "Sean Baker's film Anora": the noun is the title beside it, wherever else the piece's
    # films are named (Anora opened in US cinemas in October 2024)
    text = "The Florida Project came first. Sean Baker's film Anora reached American screens in "
    assert one(text + "September 2024.", default_kb).verdict == "refuted"
    assert one(text + "October 2024.", default_kb).verdict == "supported"


def test_a_release_in_a_country_the_kb_holds_none_for_takes_no_other_countrys_date(default_kb):
    # the American opening day, said of a country the KB holds no release for: not supported
    got = dates("Anora opened in Spain on October 18, 2024, months after Cannes.", default_kb)
    assert got and all(c.verdict == "not_enough_info" for c in got), \
        [(c.text, c.verdict) for c in got]
    # a city is dated by the release of the country it lies in
    c = one("In Los Angeles, Anora opened on October 18, 2024.", default_kb)
    assert c.verdict == "supported"


def test_the_ceremony_is_where_the_sentence_s_own_winner_won_not_the_last_one_named(default_kb):
    # the paragraph's last edition is the 97th; the second sentence's winner won at the 96th
    text = ("Best Picture went to Anora at the 97th Academy Awards. "
            "Oppenheimer had collected seven statuettes at the ceremony staged in {}.")
    held = [c for c in dates(text.format(2025), default_kb) if c.predicate == "ceremony_date"
            and "2025" in c.text and "staged" in c.text]
    assert held and all(c.verdict != "supported" for c in held), \
        [(c.text, c.verdict, c.explanation) for c in held]
    held = [c for c in dates(text.format(2024), default_kb) if c.predicate == "ceremony_date"
            and "staged" in c.text]
    assert held and all(c.verdict == "supported" for c in held), \
        [(c.text, c.verdict, c.explanation) for c in held]
