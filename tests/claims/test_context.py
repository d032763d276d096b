"""What a sentence's claims take from the piece around them: which film the piece is about,
how far a hedge reaches, and the year the piece was written by. Articles are written for these
tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck
from reelcheck.claims.context import written_by
from reelcheck.model import Document


def test_a_title_set_off_as_a_title_outweighs_a_bare_name(default_kb):
    # "Annie" is a film in the KB and, here, only a person's name: it is said more often than
    # the film the piece is about, but the piece names that film in its heading and in quotes
    text = ("ANORA\n"
            "Running time: 139 minutes.\n"
            "Annie is the name she goes by at work. Annie lives in Brighton Beach. Annie "
            "dances at a Manhattan club.\n"
            "Sean Baker wrote \u201cAnora\u201d for Mikey Madison.\n")
    runtime = [c for c in reelcheck.check(text, kb=default_kb).claims
               if c.category == "runtime"]
    assert [(c.subject.id, c.verdict) for c in runtime] == [("anora-2024-film", "supported")]


def test_a_hedge_reaches_its_clause_not_what_is_said_of_the_subject_on_the_side(default_kb):
    r = reelcheck.check("At the 2025 Spirit Awards, Sean Baker, 53, who wrote Anora, reportedly "
                        "rushed to the stage.", kb=default_kb)
    age = [c for c in r.claims if c.slots.get("kind") == "age"]
    assert [(c.hedged, c.verdict) for c in age] == [(False, "supported")]
    crew = [c for c in r.claims if c.category == "crew"]
    assert crew and not any(c.hedged for c in crew)
    # the reported clause itself stays hedged
    r = reelcheck.check("Sean Baker reportedly wrote Anora in a month.", kb=default_kb)
    assert r.claims and all(c.hedged for c in r.claims)


def test_the_year_a_piece_was_written_by():
    assert written_by(Document(id="a", text="It opened in 2019 and again in 2024.")) == 2024
    assert written_by(Document(id="b", text="It opened in 2019.", date="2025-03-02")) == 2025
    assert written_by(Document(id="c", text="No year here.")) is None


def test_a_description_resolved_to_a_person_keeps_them_in_focus(default_kb):
    # two women are named first; "the 24-year-old actress" is resolved to one of them by her
    # age, and the next paragraph's "the Scream star" is read as that same person
    text = ("Mikey Madison and Demi Moore were both nominated at the 97th Academy Awards.\n\n"
            "The 25-year-old actress won that night.\n\n"
            "Backstage, the Scream star thanked her director.")
    got = [c for c in reelcheck.check(text, kb=default_kb).claims
           if c.category == "filmography"]
    assert [(c.subject.id, c.verdict) for c in got] == [("mikey-madison", "supported")]
    # with no description between, the star is not resolved two paragraphs on
    text = ("Mikey Madison and Demi Moore were both nominated at the 97th Academy Awards.\n\n"
            "The ceremony ran long.\n\n"
            "Backstage, the Scream star thanked her director.")
    assert not [c for c in reelcheck.check(text, kb=default_kb).claims
                if c.category == "filmography"]


def test_what_unnamed_sources_say_is_hearsay(default_kb):
    def hedges(text):
        return [(c.category, c.hedged) for c in reelcheck.check(text, kb=default_kb).claims]
    for text in ("Insiders claim Anora took home six Oscars.",
                 "Sources say Anora was shot in 20 days.",
                 "Fans insist Sean Baker directed Tangerine."):
        got = hedges(text)
        assert got and all(h for _c, h in got), (text, got)
    # a named speaker, or a plain statement, is not hearsay
    for text in ("Sean Baker says he shot Anora on 35mm film.", "Anora took home five Oscars."):
        got = hedges(text)
        assert got and not any(h for _c, h in got), (text, got)


def test_the_film_the_lede_names_is_what_the_piece_is_about(default_kb):
    # Anora is named once, in the opening paragraph; another film is named once later on. A
    # reader takes "the film" in a paragraph that names none as the film the piece opened with.
    text = ("Made for about $6 million, Anora became the season's unlikely champion.\n\n"
            "Sean Baker had shown the same thrift a decade earlier with Tangerine.\n\n"
            "The film premiered in competition at Cannes on May 21, 2024.\n\n"
            "It carries an R rating.")
    got = {(c.category, c.subject.id if c.subject else None, c.verdict)
           for c in reelcheck.check(text, kb=default_kb).claims
           if c.category in ("festival", "production")}
    assert got == {("festival", "anora-2024-film", "supported"),
                   ("production", "anora-2024-film", "supported")}


def test_a_film_named_once_past_the_lede_is_not_the_topic(default_kb):
    # the first film is named only in the third paragraph, among others: "the film" two
    # paragraphs later has no referent, and nothing is checked against a guess
    text = ("Awards season is long, and this one was longer than most.\n\n"
            "Critics argued for weeks.\n\n"
            "Some preferred Anora; some, Conclave.\n\n"
            "Another paragraph of opinion follows here.\n\n"
            "The film premiered in competition at Cannes on May 21, 2024.")
    got = [c for c in reelcheck.check(text, kb=default_kb).claims if c.category == "festival"]
    assert all(c.verdict != "refuted" for c in got)
    assert not any(c.subject and c.subject.id == "anora-2024-film" for c in got)


def test_it_is_never_a_film_its_sentence_names_only_after_it(default_kb):
    # Parasite premiered at Cannes in May 2019; Shoplifters, named after "It", a year before
    text = ("Parasite is a dark comedy. It premiered at Cannes in May 2019, a year after "
            "Shoplifters won the Palme d'Or.")
    got = [c for c in reelcheck.check(text, kb=default_kb).claims
           if c.category in ("date", "festival")]
    assert got and {(c.subject.id, c.verdict) for c in got} == {
        ("parasite-2019-film", "supported")}
    text = "Anora is a comedy. It was shot in Brooklyn, unlike The Brutalist."
    got = [c for c in reelcheck.check(text, kb=default_kb).claims if c.category == "location"]
    assert [(c.subject.id, c.verdict) for c in got] == [("anora-2024-film", "supported")]


def test_an_attribution_to_an_unnamed_source_hedges_its_sentence_only(default_kb):
    # "..., according to one outlet": reported, so marked hedged (a wrong date is still shown
    # refuted, as a rumour); the next sentence is told as fact
    r = reelcheck.check("The Substance premiered on May 20, according to one outlet. Anora "
                        "premiered on May 21.", kb=default_kb)
    got = [(c.subject.id, c.verdict, c.hedged) for c in r.claims if c.category == "date"]
    assert got == [("the-substance-2024-film", "refuted", True),
                   ("anora-2024-film", "supported", False)]
    # a named source is no hedge
    r = reelcheck.check("The Substance premiered on May 19, according to Variety.",
                        kb=default_kb)
    assert [c.hedged for c in r.claims if c.category == "date"] == [False]


def test_that_film_after_a_sentence_about_a_title_the_kb_lacks_is_unsure(default_kb):
    # the sentence's subject is a title the KB lacks, its KB film only the one it beat: "that
    # film" next may be the unknown one, so no KB film is judged for it
    text = ("Harbour Lights beat La La Land for Best Picture. Barry Jenkins directed that film.")
    r = reelcheck.check(text, kb=default_kb)
    assert not [c for c in r.claims if c.category == "crew"]
    # with the subject a KB film, "that film" is it (Barry Jenkins directed Moonlight)
    text = "Moonlight beat La La Land for Best Picture. Barry Jenkins directed that film."
    got = [(c.subject.id, c.verdict) for c in reelcheck.check(text, kb=default_kb).claims
           if c.category == "crew"]
    assert got == [("moonlight-2016-film", "supported")]


def test_it_after_a_coordinated_clause_about_an_unknown_name_is_not_the_passages_film(
        default_kb):
    # "Harbour Lights" (invented) is what "it" most likely is; Anora, the passage's film,
    # must not be confirmed or refuted for it
    text = ("Anora took the Palme d'Or in May 2024.\n\nHarbour Lights won the Golden Bear in "
            "February, and it won best picture in March.")
    got = [c for c in reelcheck.check(text, kb=default_kb).claims if c.start > 40]
    assert [c for c in got if c.subject and c.subject.id == "anora-2024-film"] == [], \
        [(c.text, c.verdict, c.explanation) for c in got]
    # a KB film the sentence names is still what "it" is
    text = ("Anora took the Palme d'Or in May 2024.\n\nHarbour Lights lost to Anora in "
            "February, and it won best picture in March.")
    got = [c for c in reelcheck.check(text, kb=default_kb).claims
           if c.text.startswith("it won")]
    assert [(c.subject.id, c.verdict) for c in got] == [("anora-2024-film", "supported")]
