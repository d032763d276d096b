"""A year that modifies a film dates the film: "the 2024 film Anora", "Anora (2024)".

It is a slot of its own, checked whatever else the sentence says. A film is of a year it was
shown or released in; the Academy's record says which calendar year's films a nominee was among;
a year before the world premiere cannot be the film's. A year elsewhere in the sentence, or in a
list of winners ("Amour, 2012"), is not read as the film's. Sentences are written for these
tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def years(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [c for c in r.claims if c.slots.get("kind") == "work_year"]


def test_the_year_of_a_film_holds_by_its_premiere_or_release(default_kb):
    got = years("Sean Baker's 2024 comedy Anora made Mikey Madison a star.", default_kb)
    assert [c.verdict for c in got] == ["supported"]


def test_a_year_before_the_world_premiere_is_refuted(default_kb):
    got = years("Critics adored the 2023 film Anora at the Oscars.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "May 21, 2024" in got[0].explanation
    got = years("Everyone remembers Anora (2023) for its ending.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]


def test_the_academy_record_dates_a_nominee_s_year(default_kb):
    got = years("Audrey Hepburn took Best Actress for the 1953 picture Roman Holiday.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    # a year the record does not rule out stays undecided
    got = years("Audrey Hepburn took Best Actress for the 1952 picture Roman Holiday.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]


def test_a_year_in_another_role_is_not_the_film_s(default_kb):
    # the year dates the event, not the film
    assert years("In 2023, Anora was still being cut in New York.", default_kb) == []
    # in a list of winners the year may be the prize's
    assert years("Michael Haneke won twice (Amour, 2012; The White Ribbon, 2009).",
                 default_kb) == []


def test_a_film_the_kb_lacks_has_no_year_claim(default_kb):
    assert years("The 2023 film Harbour Lights of Elsinore moved its audience.", default_kb) == []


def test_a_year_in_a_list_of_a_prize_s_winners(default_kb):
    # under a heading listing a prize's winners, "Title (year)" may give the edition's year
    # or the film's: either reading supports it
    got = years("Palme d'Or winners we still talk about\n\n- Titane (2021)\n"
                "- Parasite (2019)\n", default_kb)
    assert [c.verdict for c in got] == ["supported", "supported"]
    assert "74th Cannes" in got[0].explanation
    got = years("The Academy Award for Best Picture went to these winners:\n\n"
                "- Nomadland (2021)\n- Nomadland (2020)\n", default_kb)
    assert [c.verdict for c in got] == ["supported", "supported"]
    # a year no reading allows (after the edition and after every year the film is known
    # by), where the prize's list for that year is complete: refuted
    got = years("Palme d'Or winners we still talk about\n\n- Titane (2023)\n", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "2021" in got[0].explanation
    # a year the film is known by in another way (Parasite's Oscar night was in 2020): open
    got = years("Palme d'Or winners we still talk about\n\n- Parasite (2020)\n", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]


def test_a_list_that_is_not_of_winners_keeps_the_film_reading(default_kb):
    # a heading naming the prize but not its winners: the year is the film's alone
    got = years("In competition for the Palme d'Or this time\n\n- Titane (2023)\n", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]
    # a film the KB lacks in a list of winners: no claim
    assert years("Palme d'Or winners we still talk about\n\n- Harbour Lights of Elsinore "
                 "(2023)\n", default_kb) == []


def test_a_list_marker_the_ner_takes_into_a_name_leaves_the_title(default_kb):
    # "- Anora" read by the NER as a person's name is still the film the KB knows
    got = years("Recent Palme d'Or winners\n\n- Titane (2021)\n- Anora (2025)\n", default_kb)
    assert [c.slots["work"] for c in got] == ["titane-2021-film", "anora-2024-film"]
