""""Anora is the fourth film to win both ..., after The Lost Weekend, Marty and Parasite": the
holders an "after" phrase names before the subject are a slot of the rank (claims/records.py
`_earlier_holders`, verify/records.py `_earlier_named`). Before, the phrase was left outside
the claim and a wrong name in it went unchecked under a supported rank. A name the record
list does not hold before the subject leaves the claim open (a list kept of one reading of a
record may leave out a holder of another), as does a name the KB lacks. Sentences are written
for these tests; the facts are the default KB's record lists."""
from __future__ import annotations

from award_claims import record_verdicts


def test_the_earlier_holders_named_after_a_rank_are_checked(default_kb):
    for text in ("Anora became only the fourth film ever to win both the Palme d'Or and the "
                 "Oscar for Best Picture, after The Lost Weekend, Marty and Parasite.",
                 "Parasite became the third film to win both the Palme d'Or and Best Picture, "
                 "after Marty and The Lost Weekend.",
                 "Sean Baker is the second person, after Walt Disney, to win four Oscars in one "
                 "night."):
        assert record_verdicts(text, default_kb) == ["supported"], text
    # (before, each of these was supported with the wrong name unchecked)
    for text in ("Anora became only the fourth film ever to win both the Palme d'Or and the "
                 "Oscar for Best Picture, after The Lost Weekend, Marty and Titanic.",
                 "Sean Baker is the second person, after Bong Joon-ho, to win four Oscars in one "
                 "night.",
                 "Parasite became the third film to win both the Palme d'Or and Best Picture, "
                 "after Marty and Gigi Holloway."):
        assert record_verdicts(text, default_kb) == ["not_enough_info"], text
