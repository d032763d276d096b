"""Two readings of wire copy (claims/parse.py `_title_after_its_noun`, claims/awards/
`_elided_kind`): a title right after the common noun it names is that noun's apposition, not a
second subject that lets the noun stand for the passage's film; a bare number after "had"
counts the noun the count before it named, and with none before it counts nothing said.
Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck

LEAD = "The 95th Academy Awards belonged to Everything Everywhere All at Once.\n\n"


def claims(text, kb):
    return reelcheck.check(text, kb=kb).claims


def test_a_title_after_its_noun_is_the_subject(default_kb):
    got = claims(LEAD + 'The Netflix war drama "All Quiet on the Western Front" collected four '
                 "Oscars.", default_kb)
    counts = [c for c in got if c.predicate == "award_count"]
    assert [c.verdict for c in counts] == ["supported"], [(c.text, c.explanation) for c in got]
    assert counts[0].subject.id == "all-quiet-on-the-western-front-2022-film"
    got = claims(LEAD + 'The Netflix war drama "All Quiet on the Western Front" collected six '
                 "Oscars.", default_kb)
    bad = [c for c in got if c.verdict == "refuted"]
    assert bad and all("Everything Everywhere" not in c.explanation for c in bad)


def test_a_bare_number_after_had_counts_the_noun_before_it(default_kb):
    got = claims("At the 95th Academy Awards, Tar, which had six nominations, won nothing, and "
                 "neither did The Fabelmans, which had seven.", default_kb)
    assert not [c for c in got if c.verdict == "refuted"], [(c.text, c.explanation) for c in got]
    assert any(c.predicate == "nomination_count" and c.verdict == "supported"
               and "Fabelmans" in c.text for c in got)


def test_a_bare_number_after_had_with_no_noun_before_states_nothing(default_kb):
    got = claims("At the 95th Academy Awards, The Fabelmans had seven.", default_kb)
    assert not [c for c in got if c.category in ("award", "count")], [
        (c.text, c.verdict) for c in got]
