"""A prize noun after a counted category ("four Best Actress wins") is a noun even where the
parser takes it for a verb, or gives it the category as a subject: the sentence is reread with
a plain noun in its place (lexicon `parse_as_nouns`), so the count is the holder's count of
that category. Sentences are written for these tests; the facts are the default KB's complete
Oscar record (Katharine Hepburn won Best Actress four times)."""
from __future__ import annotations

from award_claims import award_verdicts as verdicts


def test_a_possessed_count_of_a_category(default_kb):
    assert verdicts("Katharine Hepburn's four Best Actress wins remain a record.",
                    default_kb) == ["supported"]
    assert verdicts("Katharine Hepburn holds the record with four Best Actress wins.",
                    default_kb) == ["supported"]


def test_a_wrong_count_is_not_supported(default_kb):
    assert "supported" not in verdicts(
        "Katharine Hepburn's three Best Actress wins remain a record.", default_kb)
    assert "supported" not in verdicts(
        "Katharine Hepburn holds the record with five Best Actress wins.", default_kb)
