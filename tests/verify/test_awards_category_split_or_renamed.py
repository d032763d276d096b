"""A category named the way writers name it when the Academy's label brackets part of it: the
colour and black-and-white splits of the 1940s-60s ("Best Art Direction (Color)") and a
category renamed later whose label keeps the old name in brackets ("Best Production Design
(Art Direction)"). "Art direction" is not "direction" (Best Director), and the phrase may mean
any of the categories so labelled: it holds when one of them holds with the film stated."""
from tests.helpers.award_claims import only_award


def test_art_direction_is_not_read_as_best_director(default_kb):
    c = only_award("Urie McCleary won Best Art Direction for Blossoms in the Dust.", default_kb)
    assert c.verdict == "supported", c.explanation
    assert "Director" not in c.explanation


def test_the_split_category_named_with_its_bracket(default_kb):
    c = only_award("In 1942 Urie McCleary collected the Oscar for Best Art Direction (Color) "
                   "for Blossoms in the Dust.", default_kb)
    assert c.verdict == "supported", c.explanation


def test_the_renamed_category_named_by_its_old_name(default_kb):
    # Patton's win is labelled Best Production Design (Art Direction) in the record
    c = only_award("Urie McCleary took home the Oscar for art direction for Patton.",
                   default_kb)
    assert c.verdict == "supported", c.explanation


def test_a_film_he_won_nothing_for_is_not_supported(default_kb):
    c = only_award("Urie McCleary won the Oscar for art direction for Citizen Kane.",
                   default_kb)
    assert c.verdict != "supported", c.explanation


def test_best_direction_still_means_best_director(default_kb):
    c = only_award("Sean Baker won Best Direction for Anora.", default_kb)
    assert c.verdict == "supported", c.explanation
    assert "Best Director" in c.explanation


def test_a_bare_craft_noun_names_any_category_of_the_craft(default_kb):
    # Cover Girl's win was for scoring a musical (the record's Song Score or Adaptation Score),
    # not the Original Score of that night, which went to another film
    c = only_award("Morris Stoloff won his first Oscar for Cover Girl's score.", default_kb)
    assert c.verdict == "supported", c.explanation
    c = only_award("Morris Stoloff won an Oscar for the score of Cover Girl.", default_kb)
    assert c.verdict == "supported" and "Cover Girl" in c.explanation, c.explanation


def test_the_story_category_of_the_early_ceremonies(default_kb):
    # Ben Hecht's first was Underworld (1st ceremony), his second The Scoundrel (8th)
    got = [(c.verdict, c.category) for c in __import__("reelcheck").check(
        "Ben Hecht won Best Original Story for The Scoundrel, his first Oscar.",
        kb=default_kb).claims]
    assert ("supported", "award") in got and ("refuted", "record") in got, got
    c = only_award("Ben Hecht won Best Story for The Scoundrel.", default_kb)
    assert c.verdict == "supported" and "Original Story" in c.explanation, c.explanation
