"""A relative clause right after a closing parenthesis is said of the noun the parenthesis is
set after ("a dancer called Anora (Jane Roe, also up for an award) who elopes with ..."), not of
a word inside it (claims/attach.py `_relatives_after_a_parenthesis`). Sentences are written for
these tests; the facts are the default KB's (in Anora, Ani, played by Mikey Madison, marries
Vanya in Las Vegas)."""
from __future__ import annotations

from story_claims import after_lead


def test_the_clause_after_the_parenthesis_is_the_named_ones(default_kb):
    from reelcheck.claims.attach import _attach_low
    from reelcheck.nlp import parse
    doc = _attach_low(next(iter(parse([
        "It follows a dancer called Anora (Madison, also up for best actress) who elopes "
        "with a rich boy."]))))
    elopes = next(t for t in doc if t.lower_ == "elopes")
    assert elopes.head.text == "Anora"


def test_the_wedding_of_the_named_one_is_read(default_kb):
    got = [(c.text, c.verdict) for c in after_lead(
        "Borisov stars in a fable about a dancer called Anora (Madison, also up for best "
        "actress) who elopes with the son of wealthy Russians.", default_kb,
        lambda c: c.category == "plot")]
    assert [v for t, v in got if "elopes" in t] == ["supported"], got
