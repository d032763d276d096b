"""The festival family on the parse: a film's world premiere is one event, so the KB's record
of it decides a premiere at any festival, even one the KB does not know; a regional premiere
or a screening is not the world premiere. Sentences are written for these tests; the facts are
the default KB's (Anora's world premiere at the 77th Cannes Film Festival)."""
from __future__ import annotations

import reelcheck


def festival(text, kb):
    got = [c for c in reelcheck.check(text, kb=kb).claims if c.category == "festival"]
    assert len(got) == 1, [(c.text, c.verdict) for c in got]
    return got[0]


def test_a_premiere_at_a_festival_the_kb_lacks_is_refuted_by_the_world_premiere(default_kb):
    c = festival("Anora premiered at the Venice Film Festival.", default_kb)
    assert c.verdict == "refuted" and "Cannes" in c.explanation
    assert "the Venice Film Festival" in c.explanation
    # a city that hosts a festival, after "at", names the festival
    assert festival("Anora premiered at Venice.", default_kb).verdict == "refuted"


def test_the_known_festival_however_written_is_supported(default_kb):
    for text in ("Anora premiered at the Festival de Cannes.",
                 "Anora premiered in competition for the Palme d'Or.",
                 "The Sean Baker film Anora debuted at Cannes."):
        assert festival(text, default_kb).verdict == "supported", text


def test_a_regional_premiere_or_a_screening_is_not_the_world_premiere(default_kb):
    c = festival("Anora had its North American premiere at the Lakeside Film Festival.",
                 default_kb)
    assert c.predicate == "festival_screening" and c.verdict == "not_enough_info"
    c = festival("Anora screened at the Lakeside Film Festival.", default_kb)
    assert c.verdict == "not_enough_info"


def test_a_festival_s_section_stands_for_the_festival(default_kb):
    c = festival("Anora was picked for the main competition of the 2024 Cannes Film Festival.",
                 default_kb)
    assert c.verdict == "supported"


def test_no_film_screens_at_an_edition_that_ended_before_its_world_premiere(default_kb):
    c = festival("Anora was picked for the main competition of the 2023 Cannes Film Festival.",
                 default_kb)
    assert c.verdict == "refuted" and "May 21, 2024" in c.explanation
    c = festival("Anora screened at the 76th Cannes Film Festival.", default_kb)
    assert c.verdict == "refuted"
    # a later screening the KB does not list stays undecided
    c = festival("Anora screened at the 78th Cannes Film Festival.", default_kb)
    assert c.verdict == "not_enough_info"


def test_a_bare_year_with_the_premiere_is_checked_and_is_part_of_the_claim(default_kb):
    got = [c for c in reelcheck.check("Anora debuted at Cannes in 2023.", kb=default_kb).claims
           if c.category == "festival"]
    assert [c.verdict for c in got] == ["refuted"]
    assert got[0].text.endswith("in 2023")
    got = [c for c in reelcheck.check("Anora debuted at Cannes in 2024.", kb=default_kb).claims
           if c.category == "festival"]
    assert [c.verdict for c in got] == ["supported"]
def test_a_festival_named_before_the_premiere_noun(default_kb):
    # "its Cannes premiere": the festival a premiere noun's modifier names
    c = festival("Fresh from its Cannes premiere, Anora headed to New York.", default_kb)
    assert (c.slots["festival"], c.slots["premiere"], c.verdict) == (
        "cannes-film-festival", True, "supported")
    c = festival("Anora's Cannes debut left the audience cheering.", default_kb)
    assert (c.slots["premiere"], c.verdict) == (True, "supported")
    # a city before the noun may be a regional premiere there: never the world one
    for text in ("Fresh from its Toronto premiere, Anora headed to New York.",
                 "Fresh from its Venice premiere, Anora headed to New York."):
        c = festival(text, default_kb)
        assert (c.slots["premiere"], c.verdict) == (False, "not_enough_info"), text
    # a film the KB lacks
    got = reelcheck.check("Fresh from its Cannes premiere, Silver Gannet headed to New York.",
                          kb=default_kb).claims
    assert all(c.verdict != "refuted" for c in got)


def test_a_festival_by_description_is_the_piece_s(default_kb):
    import reelcheck

    def fest(text):
        return [c for c in reelcheck.check(text, kb=default_kb).claims
                if c.slots.get("kind") == "festival"]
    lead = "Anora took the Palme d'Or at Cannes.\n\n"
    # "the festival" is the one festival the piece names: it supports, and never refutes
    got = fest(lead + "Anora premiered at the festival.")
    assert [(c.slots["festival"], c.verdict) for c in got] == [("cannes-film-festival",
                                                                 "supported")]
    got = fest("Flow took a prize at Cannes.\n\nThe Wild Robot premiered at the festival.")
    assert all(c.verdict != "refuted" for c in got)
    # with a year it is that year's edition, named or by description (a clause it hangs on)
    got = fest(lead + "It was the 2023 festival, where Anora premiered, that mattered.")
    assert [(c.slots["festival"], c.verdict) for c in got] == [("76th-cannes-film-festival",
                                                                 "refuted")]
    got = fest(lead + "Anora premiered at the 2024 festival.")
    assert [c.verdict for c in got] == ["supported"]
    # a description another place qualifies, or in a piece naming no festival: no claim
    assert fest(lead + "Anora screened at the 2024 festival in Toronto.") == []
    assert fest("Anora premiered at the festival.") == []


# -- the section a film played, and festival cities after other prepositions ---------------------
def test_the_section_a_clause_states_is_part_of_the_claim(default_kb):
    # Anora played the main competition at Cannes: a film plays one section of a festival
    for text in ("At Cannes, Anora was shown in the Un Certain Regard sidebar.",
                 "Anora unspooled in the Critics' Week strand at Cannes in 2024."):
        c = festival(text, default_kb)
        assert c.verdict == "refuted" and "main competition" in c.explanation, text
    for text in ("Anora was screened in competition at the 2024 Cannes Film Festival.",
                 "Anora was chosen for the official competition at Cannes."):
        assert festival(text, default_kb).verdict == "supported", text


def test_a_section_the_kb_does_not_record_leaves_the_claim_open(default_kb):
    # the KB holds Anora's Toronto screening, but no section for it; a section the lexicon does
    # not list is never refuted, even where the KB records another
    c = festival("Anora screened at Toronto in the Gala Presentations programme.", default_kb)
    assert c.verdict == "not_enough_info"
    c = festival("Anora screened in the Frontline Cinema section at Cannes.", default_kb)
    assert c.verdict == "not_enough_info"


def test_a_festival_city_or_landmark_after_at_or_on(default_kb):
    c = festival("Anora was shown at Telluride over Labor Day weekend.", default_kb)
    assert c.verdict == "supported" and "Telluride" in c.explanation
    assert festival("Anora debuted on the Croisette.", default_kb).verdict == "supported"
    # the date bound to the same clause decides: the Croisette debut was in 2024
    assert festival("Anora debuted on the Croisette in 2022.", default_kb).verdict == "refuted"
    # a world premiere at a festival where the film only screened is left open
    assert festival("Anora premiered at Telluride.", default_kb).verdict == "not_enough_info"
    # a film the KB lacks: nothing to decide
    r = reelcheck.check("The Salt Orchard debuted on the Croisette in 2021.", kb=default_kb)
    assert all(c.verdict != "refuted" for c in r.claims)


def test_its_in_a_fronted_clause_is_the_main_clause_s_film(default_kb):
    # "its" before the main clause stands for that clause's subject, a film
    c = festival("Not long after its Venice premiere, Parasite was everywhere.", default_kb)
    assert c.slots["subject"] == "parasite-2019-film" and c.verdict == "not_enough_info"


# -- a tour of festivals: other verbs of screening, and a list of festivals --------------------
def festivals(text, kb):
    return sorted((c.predicate, c.verdict)
                  for c in reelcheck.check(text, kb=kb).claims if c.category == "festival")


SCREENED = ("festival_screening", "supported")


def test_a_film_that_plays_or_travels_to_a_festival_screens_there(default_kb):
    for text in ("After Cannes the film went on tour, and Anora played at TIFF.",
                 "Anora then travelled to Telluride.",
                 "From there Anora headed to Toronto."):
        assert festivals(text, default_kb) == [SCREENED], text
    # no list the KB holds is complete for screenings: another festival is left open
    assert festivals("Anora travelled to the Locarno Film Festival.", default_kb) == [
        ("festival_screening", "not_enough_info")]
    # "played" with a character is the cast's, a person's trip no screening
    assert festivals("Mikey Madison played Ani.", default_kb) == []
    assert festivals("Mikey Madison travelled to Toronto.", default_kb) == []


def test_each_festival_of_a_list_is_a_screening_of_its_own(default_kb):
    assert festivals("Anora played at TIFF and NYFF.", default_kb) == [SCREENED, SCREENED]
    assert festivals("Later that summer Anora travelled to Telluride and Toronto.",
                     default_kb) == [SCREENED, SCREENED]
    # a festival of the list the KB has no screening at: open, the others still supported
    assert festivals("Anora screened at Cannes and Berlin.", default_kb) == [
        ("festival_screening", "not_enough_info"), SCREENED]
    # a world premiere is one event: a list does not make two premieres
    assert len(festivals("Anora premiered at Cannes and later Venice.", default_kb)) == 1
    # a film the KB lacks: nothing refuted
    assert all(v != "refuted" for _p, v in festivals(
        "The Glass Orchard played at Berlin and Rotterdam.", default_kb))


def test_a_cleft_s_prepositional_focus_belongs_to_the_clause_it_introduces(default_kb):
    # "it was at X that ...": the phrase hangs on the copula; it is the clause's own place,
    # year or edition, whichever way the parser attached the clause
    c = festival("It was at the Berlin Film Festival that Anora premiered.", default_kb)
    assert c.verdict == "refuted" and "Cannes" in c.explanation
    c = festival("It was at Venice that Anora had its world premiere.", default_kb)
    assert c.verdict == "refuted"
    c = festival("It was at the Cannes Film Festival that Anora had its world premiere.",
                 default_kb)
    assert c.verdict == "supported"
    # a cleft focus the relation has no role for adds nothing; a film the KB lacks stays open
    c = festival("It was after Cannes that Anora screened at Telluride.", default_kb)
    assert c.verdict == "supported"
    got = [c for c in reelcheck.check("It was at Sundance that Quillon Harbor premiered.",
                                      kb=default_kb).claims]
    assert all(c.verdict != "refuted" for c in got)


def test_a_cleft_s_year_or_edition_decides_a_festival_win(default_kb):
    def award(text):
        got = [c for c in reelcheck.check(text, kb=default_kb).claims if c.category == "award"]
        assert len(got) == 1, [(c.text, c.verdict) for c in got]
        return got[0]
    assert award("It was in 2017 that Parasite took the Palme d'Or.").verdict == "refuted"
    assert award("It was in 2019 that Parasite took the Palme d'Or.").verdict == "supported"
    c = award("It was at the 76th Cannes Film Festival that Anora won the Palme d'Or.")
    assert c.verdict == "refuted" and "Anatomy of a Fall" in c.explanation


def test_a_premiere_noun_inside_a_section_s_name_is_no_premiere(default_kb):
    # "the Cannes Premiere section" names a section, not the film's Cannes premiere: it must
    # not support the world premiere while ignoring the section
    for text in ("Anora was shown in the Cannes Premiere section.",
                 "Anora bowed in the Cannes Premiere sidebar in 2024."):
        got = [c for c in reelcheck.check(text, kb=default_kb).claims
               if c.category == "festival"]
        assert all(c.verdict != "supported" for c in got), text
    # its own Cannes premiere still is one
    c = festival("Anora drew cheers at its Cannes premiere.", default_kb)
    assert c.verdict == "supported"


def test_a_section_only_one_festival_has_stands_for_that_festival(default_kb):
    # no festival named: Un Certain Regard, the Directors' Fortnight are Cannes's sections, and
    # the KB places Anora in the main competition
    for text in ("Anora bowed in the Directors' Fortnight.",
                 "In 2024 Anora was chosen for Un Certain Regard."):
        c = festival(text, default_kb)
        assert c.verdict == "refuted" and "main competition" in c.explanation, text
    # a section other festivals have too, another festival named, a film the KB lacks
    for text in ("Anora premiered in Critics' Week.",
                 "Anora screened in Un Certain Regard at Venice.",
                 "Pellucid Harbor premiered in Un Certain Regard."):
        got = [c for c in reelcheck.check(text, kb=default_kb).claims]
        assert all(c.verdict != "refuted" for c in got), text
