"""A film brought in by an indefinite description as the topic of a sentence ("A Latvian
animated film about a cat surprised many", "There was also a documentary about ...") is a
film of its own, which the KB may not know: a later "the film" may mean it, so it is not read
as the passage's film (which a wrong prize would refute). Such a sentence is parsed though it
names nothing the KB knows. A title noun that only modifies another ("a film crew") brings in
no film.

Sentences are written for these tests; facts are the default KB's (Anora won Best Picture and
Best Director at the 97th Academy Awards, and not Best Animated Feature)."""
from __future__ import annotations

from award_claims import awards

LEAD = "Anora won Best Picture at the 97th Academy Awards. "


def _last(text, kb):
    cut = text.rindex(". ", 0, len(text) - 1) + 2
    return [c for c in awards(text, kb) if c.start >= cut]


def test_an_indefinite_film_subject_is_a_film_of_its_own(default_kb):
    text = LEAD + ("A Latvian animated film about a cat charmed voters. The film won Best "
                   "Animated Feature.")
    assert not any(c.slots.get("subject") == "anora-2024-film" or c.verdict == "refuted"
                   for c in _last(text, default_kb))
    text = LEAD + ("There was also a documentary about a West Bank village. The film won "
                   "Best Documentary Feature.")
    assert not any(c.slots.get("subject") == "anora-2024-film" or c.verdict == "refuted"
                   for c in _last(text, default_kb))
    # a title noun that modifies another brings in no film
    got = _last(LEAD + "A film crew waited backstage. The film won Best Director too.",
                default_kb)
    assert [(c.slots.get("subject"), c.verdict) for c in got] == [
        ("anora-2024-film", "supported")], [c.explanation for c in got]
