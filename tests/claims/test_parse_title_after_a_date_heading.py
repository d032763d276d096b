"""An "on this day" entry: a date heading the sentence ("March 24, 1998: ...") is a fragment
with its own root, so a one-word title the parser read into the clause after it ("Titanic
ties ...": "Titanic" an adjective of the noun "ties") is read again as a name as it would be
without the date (`claims/parse.py`, `_title_read_as_a_name`, `_heading_date_end`). Sentences in
the project's own words about facts the default KB holds."""
import reelcheck


def _counts(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "award_count"]


def test_a_title_after_a_date_heading_is_read(default_kb):
    text = "March 1998: Titanic ties Ben-Hur's record by winning 11 Oscars at the 70th Academy Awards."
    assert _counts(text, default_kb) == ["supported"]
    assert _counts(text.replace("11 Oscars", "12 Oscars"), default_kb) == ["refuted"]
