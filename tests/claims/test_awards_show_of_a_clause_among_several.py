"""A sentence that names two shows: a clause that names none takes the edition a "where" clause
hangs on, else the first of the shows named that has the category it says. Sentences are
written for these tests; the facts are the default KB's (The Lost Weekend: the first Cannes
festival's top prize and Best Picture at the 18th Academy Awards, where Ray Milland won Best
Actor; Pulp Fiction: the 1994 Palme d'Or and a Best Picture nomination that Forrest Gump won)."""
from __future__ import annotations

from award_claims import award_rows as verdicts


LOST = ("The Lost Weekend shared the top prize at Cannes in 1946 and won Best Picture at the "
        "18th Academy Awards, where Ray Milland was named ")


def test_where_names_the_edition_the_clause_hangs_on(default_kb):
    assert ("Ray Milland was named Best Actor", "supported") in verdicts(
        LOST + "Best Actor.", default_kb)
    assert ("Ray Milland was named Best Supporting Actor", "refuted") in verdicts(
        LOST + "Best Supporting Actor.", default_kb)


def test_the_show_that_has_the_category(default_kb):
    text = ("Pulp Fiction won the Palme in 1994 and seven Oscar nominations, but lost Best "
            "Picture to {}.")
    assert ("lost Best Picture to Forrest Gump", "supported") in verdicts(
        text.format("Forrest Gump"), default_kb)
    assert ("lost Best Picture to Schindler's List", "refuted") in verdicts(
        text.format("Schindler's List"), default_kb)
