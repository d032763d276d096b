""""X joins Y as the only people to ...": the record's holders are named, not only counted
(claims/records.py slot `only_named`), so every one named must be among the KB's holders of
the achievement before the claim is supported (verify/records.py). One the KB's list lacks
leaves it open: a list kept of one reading of a record may leave out a holder of another.
Sentences are written for these tests; the facts are the default KB's record lists."""
from __future__ import annotations

from award_claims import record_verdicts


def test_a_named_fellow_holder_the_list_lacks_is_not_supported_the_true_one_is(default_kb):
    for text in ("Sean Baker joins Bong Joon-ho as the only people to win four Oscars in one "
                 "night.",
                 "Anora joins Titanic and Parasite as the only films to win both the Palme "
                 "d'Or and Best Picture."):
        got = record_verdicts(text, default_kb)
        assert got and "supported" not in got, (text, got)
    # (the true fellow holder still is)
    assert record_verdicts("Sean Baker joins Walt Disney as the only people to win four "
                           "Oscars in one night.", default_kb) == ["supported"]
