"""A paragraph that names no show carries on the last one named, but a category that show does
not have cannot be its prize: when the show the document leads with has it, the clause is read
as that show's (and may be refuted like any category of a named show). Sentences are written
for these tests; the facts are the default KB's (the 97th Academy Awards)."""
from __future__ import annotations

from award_claims import award_rows as verdicts

LEAD = ("Anora Rules The 97th Academy Awards\n\n"
        "Mikey Madison took Best Actress, beating Demi Moore, who had been the favourite since "
        "winning the Screen Actors Guild award.\n\n")


def test_a_category_the_guild_lacks_is_the_leading_shows(default_kb):
    got = verdicts(LEAD + "The film also took home Best Film Editing.", default_kb)
    assert ("film also took home Best Film Editing", "supported") in got
    got = verdicts(LEAD + "Yura Borisov earned a nomination for Best Supporting Actor.",
                   default_kb)
    assert ("Yura Borisov earned a nomination for Best Supporting Actor", "supported") in got


def test_the_leading_shows_reading_refutes_a_wrong_category(default_kb):
    got = verdicts(LEAD + "The film also took home Best Adapted Screenplay.", default_kb)
    assert ("film also took home Best Adapted Screenplay", "refuted") in got
    got = verdicts(LEAD + "Yura Borisov earned a nomination for Best Actor.", default_kb)
    assert ("Yura Borisov earned a nomination for Best Actor", "refuted") in got


def test_no_borrowing_when_the_leading_show_lacks_it_too(default_kb):
    # neither the guild nor the Oscars have a prize for stunts: left open
    got = verdicts(LEAD + "The film also took home Best Stunt Design.", default_kb)
    assert all(v == "not_enough_info" for t, v in got if "Stunt" in t)
