"""A listicle whose items are a row ("2. Jessica Tandy (Driving Miss Daisy)") over a paragraph
of prose: that prose is the item's, not a heading of the list, so the night it names is not
the next row's night (`claims/awards/passage.py`, `_item_body`). Articles in the project's own
words about facts the default KB holds."""
from award_claims import readings

LISTICLE = """Five late bloomers the Academy finally rewarded

1. Anthony Hopkins (The Father)
Hopkins was 83 when he won Best Actor at the 93rd Academy Awards, beating Chadwick Boseman and Gary Oldman.

2. Jessica Tandy (Driving Miss Daisy)
At 80, Tandy became the oldest Best Actress winner of her era when she triumphed at the 62nd Academy Awards.

3. Christopher Plummer (Beginners)
Plummer won Best Supporting Actor at 82 for playing a widower who comes out late in life.
"""


def test_no_row_takes_the_night_of_the_item_above_it(default_kb):
    got = readings(LISTICLE, default_kb, categories=("award", "count"))
    assert "refuted" not in [v for v, _e in got], got
    assert not [e for _v, e in got if "Jessica Tandy won nothing" in e
                or "not Christopher Plummer" in e]


def test_the_item_bodies_are_still_read(default_kb):
    got = readings(LISTICLE, default_kb, categories=("award", "count"))
    assert ("supported", "Anthony Hopkins won the Academy Award for Best Actor at the 93rd "
            "Academy Awards.") in got
    assert any(v == "supported" and "Christopher Plummer won the Academy Award for Best "
               "Supporting Actor at the 84th Academy Awards" in e for v, e in got), got


def test_a_list_under_a_heading_that_names_the_night_is_still_read(default_kb):
    text = ("Winners of the 97th Academy Awards\n\n"
            "Best Actress\n\nMikey Madison, Anora\n\n"
            "Best Supporting Actor\n\nKieran Culkin, A Real Pain\n")
    assert [v for v, _e in readings(text, default_kb)] == ["supported", "supported"]
    text = text.replace("Kieran Culkin", "Yura Borisov")
    assert [v for v, _e in readings(text, default_kb)] == ["supported", "refuted"]
