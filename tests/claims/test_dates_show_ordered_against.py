"""A show the clause's event is ordered against ("two weeks after the BAFTAs", "weeks after the
Golden Globes") is another event: a date hanging on its name is that show's day, and the
clause's own date is never checked against that show (claims/dates.py `_event`: step 1 for a
date on the show's name under an order word; step 4 skips a show whose name's head is under
one). Before, "the Oscars were held on March 2, 2025, two weeks after the BAFTAs on February 16,
2025" refuted the Oscars with the BAFTAs' day, and "won Best Picture on March 2, 2025, weeks after
the Golden Globes" refuted the Globes with the Oscars' day. Sentences are written for these
tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def dates(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "date"]


def test_a_date_on_the_show_ordered_against_is_that_shows(default_kb):
    got = dates("This year the Oscars were held on March 2, 2025, two weeks after the BAFTAs on "
                "February 16, 2025.", default_kb)
    assert "refuted" not in [c.verdict for c in got], [(c.text, c.explanation) for c in got]
    bafta = [c for c in got if c.subject.id == "78th-british-academy-film-awards"]
    assert [c.verdict for c in bafta] == ["supported"], [(c.text, c.explanation) for c in got]


def test_a_wrong_day_for_that_show_refutes_that_show(default_kb):
    got = dates("This year the Oscars were held on March 2, 2025, two weeks after the BAFTAs on "
                "February 9, 2025.", default_kb)
    wrong = [c for c in got if c.verdict == "refuted"]
    assert [c.subject.id for c in wrong] == ["78th-british-academy-film-awards"], \
        [(c.text, c.explanation) for c in got]


def test_the_clauses_date_is_not_the_earlier_shows(default_kb):
    got = dates("Conclave lost Best Picture on March 2, 2025, weeks after the Golden Globes.",
                default_kb)
    assert "refuted" not in [c.verdict for c in got], [(c.text, c.explanation) for c in got]
