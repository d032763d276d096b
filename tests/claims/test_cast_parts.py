"""Cast and crew claims whose film is left unsaid: the article's lead names the film, and a later
sentence speaks of its cast or crew by "it", "the film" or nothing at all. Sentences are written
for these tests; the facts are the default KB's (Anora: Sean Baker directed and edited it, Drew
Daniels shot it; Yura Borisov, Mark Eydelshteyn, Karren Karagulian, Aleksei Serebryakov and
Mikey Madison are in its cast). Rupert Quill is invented."""
from __future__ import annotations

import reelcheck

LEAD = "Anora is a 2024 comedy by Sean Baker about a dancer from Brighton Beach. "


def claims(text, kb, lead=LEAD):
    return [c for c in reelcheck.check(lead + text, kb=kb).claims if c.start >= len(lead)]


def parts(text, kb, lead=LEAD):
    return [(c.subject.id, c.verdict) for c in claims(text, kb, lead)
            if c.slots.get("kind") == "part"]


# -- a part said by what it is, in the film the lead names --------------------------------------
def test_a_described_part_puts_its_player_in_the_cast(default_kb):
    assert parts("Borisov plays the softer henchman.", default_kb) == \
        [("yura-borisov", "supported")]
    assert parts("Aleksei Serebryakov portrays a furious oligarch.", default_kb) == \
        [("aleksei-serebryakov", "supported")]
    assert parts("Yura Borisov, who plays one of the goons, barely speaks.", default_kb) == \
        [("yura-borisov", "supported")]


def test_a_casting_participle_or_passive_names_the_player(default_kb):
    assert parts("Mark Eydelshteyn, the Russian actor cast as the rich kid, is a find.",
                 default_kb) == [("mark-eydelshteyn", "supported")]
    assert parts("Karagulian, an Armenian-American actor, was cast as the fixer.",
                 default_kb) == [("karren-karagulian", "supported")]


def test_a_part_elsewhere_or_denied_or_of_a_named_one_is_no_claim(default_kb):
    # another work, another time, a denial, a relation to someone the passage names
    assert parts("Borisov plays a conductor in a new series.", default_kb) == []
    assert parts("Borisov played a soldier years ago.", default_kb) == []
    assert parts("Borisov does not play the older henchman.", default_kb) == []
    assert parts("Serebryakov plays her father-in-law.", default_kb) == []
    assert parts("Borisov plays Igor's quieter partner.", default_kb) == []
    # a film named in the sentence is the one meant: not read from the lead
    assert parts("In Compartment No. 6, Borisov plays a miner.", default_kb) == []


def test_a_person_outside_the_cast_or_unknown_is_no_part_claim(default_kb):
    # "plays the piano": the director is in no cast; a name the KB lacks cannot be checked
    assert parts("Sean Baker plays the piano.", default_kb) == []
    assert parts("Rupert Quill plays the bartender.", default_kb) == []
    got = claims("Rupert Quill plays the bartender.", default_kb)
    assert all(c.verdict != "refuted" for c in got)


def test_the_described_part_is_not_judged_so_a_number_in_it_stays_open(default_kb):
    got = [c for c in claims("Borisov plays the gentler of the two henchmen.", default_kb)
           if c.slots.get("kind") == "part"]
    assert [c.verdict for c in got] == ["not_enough_info"]


# -- crew: the film said by "it", "the film" or a pronoun subject --------------------------------
def test_an_editing_verb_with_the_film_unsaid(default_kb):
    rows = lambda t: [(c.predicate, c.verdict) for c in claims(t, default_kb)  # noqa: E731
                      if c.category == "crew"]
    assert rows("Baker also cut it himself.") == [("film_editor", "supported")]
    assert rows("He cut the film on a laptop in his kitchen.") == [("film_editor", "supported")]
    # the lead names one film: "the film" is it, and the KB's full credit refutes another
    assert rows("Drew Daniels cut the film.") == [("film_editor", "refuted")]
    # "cut a scene" names no film
    assert rows("Baker cut a scene with the sister.") == []


def test_a_pronoun_credit_the_kb_does_not_bear_out_is_dropped(default_kb):
    # "she" may be anyone: a guess the KB contradicts is no claim, never a refute
    got = claims("Mikey Madison is the lead. She directed it.",
                 default_kb)
    assert not any(c.predicate == "director" and c.verdict == "refuted" for c in got)


def test_a_credit_said_twice_is_one_claim_over_both(default_kb):
    got = [c for c in claims("Baker was also the editor, cutting the film in six months.",
                             default_kb) if c.predicate == "film_editor"]
    assert [c.verdict for c in got] == ["supported"]
    assert got[0].text.startswith("Baker was also the editor") and "cutting" in got[0].text


def test_a_film_read_from_a_passage_of_two_films_does_not_refute(default_kb):
    # "it" after a sentence naming two films is a reading: open, not refuted
    got = [c for c in claims("Drew Daniels edited it.", default_kb,
                             lead="Sean Baker made Anora after Tangerine. ")
           if c.predicate == "film_editor"]
    assert [c.verdict for c in got] == ["not_enough_info"]
    # the same credit with the film named is refuted by the KB's full credit
    got = [c for c in claims("Drew Daniels edited Anora.", default_kb,
                             lead="Sean Baker made Anora after Tangerine. ")
           if c.predicate == "film_editor"]
    assert [c.verdict for c in got] == ["refuted"]
    # and the true credit is still confirmed
    got = [c for c in claims("Baker edited it himself.", default_kb,
                             lead="Sean Baker made Anora after Tangerine. ")
           if c.predicate == "film_editor"]
    assert [c.verdict for c in got] == ["supported"]


def test_a_cast_participle_on_the_actor_the_passage_is_about(default_kb):
    lead = "Anora, Sean Baker's comedy, stars Mikey Madison. Mark Eydelshteyn learned English for it. "
    got = [c for c in claims("The Russian actor, cast as the heir, had never worked abroad.",
                             default_kb, lead=lead) if c.slots.get("kind") == "part"]
    assert [(c.subject.id, c.verdict) for c in got] == [("mark-eydelshteyn", "supported")]
    assert got[0].text.startswith("The Russian actor")


def test_a_name_beside_the_actor_noun_wins_over_the_passage_s_actor(default_kb):
    got = parts("The Russian actor Mark Eydelshteyn, cast as the heir, learned English for it.",
                default_kb)
    assert got == [("mark-eydelshteyn", "supported")]
