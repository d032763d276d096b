""""'Anora' is the first American film since 'The Tree of Life' to win the Palme d'Or": with
the titles in quotes the parser hangs the infinitive on the title the "since" phrase right
after the record's head holds; it is the record's achievement (claims/records.py
`_achievement_verb`), so the record is read and its bound checked. Sentences are written for
these tests; the facts are the default KB's record lists."""
from __future__ import annotations

from award_claims import record_verdicts


def test_the_infinitive_after_a_quoted_since_title_is_the_records(default_kb):
    assert record_verdicts('Critics were not surprised: "Anora" is the first American film since '
                           '"The Tree of Life" to win the Palme d\'Or.', default_kb) == ["supported"]
    assert record_verdicts('"Anora" is the first American film since "Pulp Fiction" to win the '
                           'Palme d\'Or.', default_kb) == ["refuted"]
