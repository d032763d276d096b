"""The paragraph under a heading of its own ("6. Spotlight (2016)", a ranked list's row, or a
headline) is about the one film the heading names: "it" and "the film" there mean that film,
before the article's most-named film (`claims/context.py`, `Resolver._heading_film`). Articles
in the project's own words about facts the default KB holds."""
import pytest

import reelcheck

RANKED = """Ranked: five Best Picture winners we keep rewatching

5. Green Book (2019)
The road movie beat Roma, and Mahershala Ali won his second supporting Oscar for it.

4. Spotlight (2016)
It won just two Oscars that night, Best Picture and Best Original Screenplay.

3. The Artist (2012)
The silent film won five Oscars, including Best Actor for Jean Dujardin.
"""


def _counts(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "award_count"]


def test_it_under_a_ranked_row_is_that_rows_film(default_kb):
    got = _counts(RANKED, default_kb)
    assert [v for v, _e in got] == ["supported", "supported"], got
    assert "Spotlight" in got[0][1] and "The Artist" in got[1][1]


def test_a_wrong_count_under_a_row_is_refuted_with_that_film(default_kb):
    got = _counts(RANKED.replace("won just two Oscars", "won just four Oscars"), default_kb)
    assert got[0][0] == "refuted" and "Spotlight" in got[0][1], got


@pytest.mark.parametrize("text", [
    # the line above names Spotlight but is a sentence of prose
    "Anora won Best Picture at the 97th Academy Awards. Anora also won Best Director.\n\n"
    "Spotlight won Best Picture at the 88th Academy Awards, in a year of strong films.\n\n"
    "It won five Oscars in all.",
    # "3. Spotlight ... ." is a numbered item of prose that ends a sentence, not a row
    "Anora won Best Picture at the 97th Academy Awards, and Anora's team celebrated.\n\n"
    "3. Spotlight took Best Picture at the 88th Academy Awards.\n\n"
    "It won five Oscars that night.",
])
def test_prose_above_is_no_heading(default_kb, text):
    # the paragraph's "it" is read as before (the article's film), never as Spotlight
    got = _counts(text, default_kb)
    assert got and all("Spotlight" not in e for _v, e in got), got


def test_a_title_row_ending_in_an_exclamation_mark_is_a_heading(default_kb):
    # "Oliver!" ends with a mark that would end a sentence; a line that is a title and
    # nothing else is a row all the same
    text = ("Best Picture winners of the late 1960s\n\n"
            "**In the Heat of the Night**\n"
            "The film won Best Picture at the 40th Academy Awards and five Oscars in all.\n\n"
            "**Oliver!**\n"
            "All told, it took home six Oscars from eleven nominations.\n")
    got = _counts(text, default_kb)
    assert got and all(v == "supported" for v, _e in got), got
    assert any("Oliver!" in e for _v, e in got), got
