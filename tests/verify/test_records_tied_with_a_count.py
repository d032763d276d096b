""""Sean Baker tied Walt Disney's record for the most Oscars won in a single night, with four":
the count a tie is said to be made with is a slot of the tie (claims/records.py `_tied`); a
count other than the record's leaves the tie open instead of supported. Sentences are written
for these tests; the facts are the default KB's record lists."""
from __future__ import annotations

from award_claims import record_verdicts


def test_the_count_a_record_is_tied_with_must_be_the_records(default_kb):
    ok = "Sean Baker tied Walt Disney's record for the most Oscars won in a single night, with four."
    assert set(record_verdicts(ok, default_kb)) == {"supported"}
    bad = "Sean Baker tied Walt Disney's record for the most Oscars won in a single night, with five."
    assert set(record_verdicts(bad, default_kb)) == {"not_enough_info"}
