"""Count lines with no verb of their own, as "by the numbers" boxes write them: the number
first, a dash or colon, then what it counts ("5 — Oscars won by Anora"), a counted noun whose
"for" phrase names the holder ("6 nominations for Anora"), and a passive with its "were" left
out ("Four Oscars won by Anora"). Before, the number was left unread (the line's prizes were
supported whatever the count) or the line formed no claim.
Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import pytest

import reelcheck

from award_claims import all_verdicts as _verdicts


def _counts(text, kb):
    return [(c.verdict, c.subject.label if c.subject else None)
            for c in reelcheck.check(text, kb=kb).claims if c.slots.get("kind") == "award_count"]


@pytest.mark.parametrize("text,want,who", [
    ("5 \u2014 Oscars won by Anora at the 97th Academy Awards.", "supported", "Anora"),
    ("4 \u2014 Oscars won by Anora at the 97th Academy Awards.", "refuted", "Anora"),
    ("11: Oscars won by Ben-Hur at the 32nd Academy Awards.", "supported", "Ben-Hur"),
    ("12: Oscars won by Ben-Hur at the 32nd Academy Awards.", "refuted", "Ben-Hur"),
    ("Four Oscars won by Anora at the 97th Academy Awards.", "refuted", "Anora"),
    ("Six nominations for Anora at the 97th Academy Awards.", "supported", "Anora"),
    ("Seven nominations for Anora at the 97th Academy Awards.", "refuted", "Anora"),
    ("Two wins for Wicked at the 97th Academy Awards.", "supported", "Wicked"),
    ("Three wins for Wicked at the 97th Academy Awards.", "refuted", "Wicked"),
    ("Nominations for Emilia P\u00e9rez at the 97th Academy Awards: 13.", "supported",
     "Emilia P\u00e9rez"),
    ("Nominations for Emilia P\u00e9rez at the 97th Academy Awards: 11.", "refuted",
     "Emilia P\u00e9rez"),
    ("The 97th Academy Awards by the numbers: 13 nominations for Emilia P\u00e9rez, the "
     "night's most.", "supported", "Emilia P\u00e9rez"),
    ("The 97th Academy Awards by the numbers: 14 nominations for Emilia P\u00e9rez, the "
     "night's most.", "refuted", "Emilia P\u00e9rez"),
])
def test_a_count_line_counts_its_holder(default_kb, text, want, who):
    got = _counts(text, default_kb)
    assert (want, who) in got, got
    if want == "supported":
        assert "refuted" not in _verdicts(text, default_kb)


def test_a_wrong_line_count_is_no_bare_win(default_kb):
    # the line's prizes were won, but the number is what it states
    assert "supported" not in _verdicts("4 \u2014 Oscars won by Anora at the 97th Academy "
                                        "Awards.", default_kb)


def test_a_year_before_a_dash_counts_nothing(default_kb):
    assert _counts("1999 \u2014 the year Mikey Madison was born.", default_kb) == []


def test_nominations_for_two_names_are_no_one_holder_s(default_kb):
    got = _counts("Six nominations for Anora and Flow at the 97th Academy Awards.", default_kb)
    assert not any(v == "refuted" for v, _ in got)
