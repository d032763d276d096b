""""The 2018 film" stands for a film of 2018: where the passage's latest film is a namesake of
another year, the phrase means the namesake of that year the document names, else no film
(never the other year's facts). Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def counts(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "award_count"]


_LEAD = ("Lady Gaga starred in the 2018 A Star Is Born. Decades before, the 1954 A Star Is "
         "Born went home from the Oscars with no win. ")


def test_the_year_on_the_film_noun_picks_the_remake(default_kb):
    got = [c for c in counts(_LEAD + "By contrast the 2018 film won one Oscar.", default_kb)
           if "2018 film" in c.text or c.text.startswith("film")]
    assert [(c.subject.id, c.verdict) for c in got] == [("a-star-is-born-2018-film", "supported")]


def test_a_wrong_count_is_refuted_with_that_years_figure(default_kb):
    got = [c for c in counts(_LEAD + "By contrast the 2018 film won four Oscars.", default_kb)
           if c.text.startswith("film") or "2018 film" in c.text]
    assert [c.verdict for c in got] == ["refuted"]
    assert "91st" in got[0].explanation


def test_no_namesake_of_that_year_named_means_no_film(default_kb):
    got = counts("The 1954 A Star Is Born went home from the Oscars with no win. The 1937 "
                 "film won two Oscars.", default_kb)
    assert all(c.subject is None or c.subject.id != "a-star-is-born-1954-film"
               for c in got if "1937" in c.text or c.text.startswith("film"))
