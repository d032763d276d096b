"""A listicle's row that is a film's title and nothing else -- set in bold ("**Patton (1970)**")
or in words a headline would not capitalise ("Kramer vs. Kramer (1979)") -- is a heading of
its own: "it" and "the film" in the prose under it mean that row's film, never the film of the
item above it or the list's most-named film (`claims/text.py`, `headline`;
`claims/context.py`, `Resolver._title_line`). Articles in the project's own words about facts
the default KB holds."""
import reelcheck

BOLDED = """Three Best Picture winners from the early nineties, revisited

**The Silence of the Lambs (1991)**

The thriller won Best Picture at the 64th Academy Awards and still feels dangerous.

**Unforgiven (1992)**

It won Best Picture at the 65th Academy Awards. Clint Eastwood directed it.

**Schindler's List (1993)**

It took Best Picture at the 66th Academy Awards.
"""

PLAIN = """Best Picture winners of the late seventies, in order

Annie Hall (1977)

It won Best Picture at the 50th Academy Awards. The film was directed by Woody Allen.

Kramer vs. Kramer (1979)

It won Best Picture at the 52nd Academy Awards. Robert Benton directed the film.
"""


def _claims(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category in ("award", "crew")]


def test_a_bolded_one_word_title_row_is_its_items_film(default_kb):
    got = _claims(BOLDED, default_kb)
    assert "refuted" not in [v for v, _e in got], got
    assert ("supported", "Unforgiven won the Academy Award for Best Picture at the 65th "
            "Academy Awards.") in got, got
    assert any(v == "supported" and e.startswith("Unforgiven was directed by Clint Eastwood")
               for v, e in got), got


def test_a_title_in_its_own_case_is_a_row(default_kb):
    got = _claims(PLAIN, default_kb)
    assert "refuted" not in [v for v, _e in got], got
    assert ("supported", "Kramer vs. Kramer won the Academy Award for Best Picture at the 52nd "
            "Academy Awards.") in got, got


def test_a_wrong_director_under_the_row_is_refuted_with_its_film(default_kb):
    got = _claims(PLAIN.replace("Robert Benton directed", "Woody Allen directed"), default_kb)
    assert [e for v, e in got if v == "refuted"][:1] and all(
        e.startswith("Kramer vs. Kramer") for v, e in got if v == "refuted"), got


def test_a_line_of_prose_naming_a_film_is_no_row(default_kb):
    # a title followed by words of its own is no heading: "it" below is read as before
    text = ("Annie Hall beat Star Wars and The Goodbye Girl (1977)\n\n"
            "It won Best Picture at the 50th Academy Awards.")
    got = _claims(text, default_kb)
    assert "refuted" not in [v for v, _e in got], got


COUNTS = """The early seventies' Best Picture winners, ranked

**The French Connection (1971)**

The film won Best Picture at the 44th Academy Awards. The film won 5 of its 8 nominations. The French Connection remains a great chase movie.

**Patton (1970)**

It won Best Picture at the 43rd Academy Awards. The film won 7 of its 10 nominations.
"""


def test_the_film_under_a_row_is_no_mere_reading(default_kb):
    # the list's most-named film is another, but the row over the paragraph says which film
    # "the film" is: a wrong count there is refuted, not left open as a pronoun's reading
    got = [(c.verdict, c.explanation) for c in reelcheck.check(COUNTS, kb=default_kb).claims
           if c.slots.get("kind") == "award_count"]
    assert "refuted" not in [v for v, _e in got], got
    got = [(c.verdict, c.explanation) for c in reelcheck.check(
        COUNTS.replace("won 7 of its 10", "won 8 of its 10"), kb=default_kb).claims
        if c.slots.get("kind") == "award_count" and "Patton" in c.explanation]
    assert got and got[-1][0] == "refuted", got


TWO_PARAGRAPHS = """Best Picture, the mid-2000s edition

2007 – The Departed

It won Best Picture at the 79th Academy Awards, ending Martin Scorsese's long wait.

It won 4 Oscars in all that night.

2005 – Million Dollar Baby

It took Best Picture at the 77th Academy Awards.

It beat Finding Neverland to the top prize, and it won 4 Oscars in all.
"""


def test_an_items_second_paragraph_is_still_about_its_row(default_kb):
    got = [(c.verdict, c.explanation) for c in reelcheck.check(TWO_PARAGRAPHS, kb=default_kb).claims
           if c.category in ("award", "count")]
    assert "refuted" not in [v for v, _e in got], got
    assert any(v == "supported" and "Million Dollar Baby" in e and "Finding Neverland" in e
               for v, e in got), got


def test_prose_naming_another_film_ends_the_rows_reach(default_kb):
    # the paragraph above names another film: "it" after it is not taken from the row
    text = TWO_PARAGRAPHS.replace("It took Best Picture at the 77th Academy Awards.",
                                  "It took Best Picture at the 77th Academy Awards over Ray.")
    got = [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=default_kb).claims
           if c.category in ("award", "count")]
    assert "refuted" not in [v for v, _e in got], got
