"""A maker's film called by its genre noun ("Quentin Tarantino's crime anthology", "her
caper") is the maker's film the passage means, like "Sean Baker's film" (lexicon
`film_descriptions`)."""
from award_claims import award_verdicts


def test_a_genre_noun_of_the_maker_stands_for_the_film(default_kb):
    assert award_verdicts("Quentin Tarantino's crime anthology won the Palme d'Or in 1994.",
                          default_kb) == ["supported"]
    text = "Pulp Fiction (1994). Quentin Tarantino's crime anthology won the Palme d'Or."
    assert award_verdicts(text, default_kb) == ["supported"]


def test_the_wrong_year_is_not_supported(default_kb):
    got = award_verdicts("Quentin Tarantino's crime anthology won the Palme d'Or in 1995.",
                         default_kb)
    assert got and "supported" not in got
