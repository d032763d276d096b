"""The outcome of a condition ("If it does, Baker would become the first ...") is no statement:
a "would" clause with an "if" clause of its own is unasserted (`claims/frames.py`,
`unasserted`), while a narrative "would" ("she would go on to win") still tells what happened.
Sentences in the project's own words about facts the default KB holds."""
import reelcheck


def _claims(text, kb):
    return [(c.category, c.verdict) for c in reelcheck.check(text, kb=kb).claims]


def test_a_conditions_outcome_is_no_claim(default_kb):
    for text in ("Anora could still pull off an upset. If it does, Sean Baker would become the "
                 "first person to win four Oscars for one film.",
                 "If the Academy agrees, Demi Moore would take home Best Actress at the 97th "
                 "Academy Awards."):
        assert _claims(text, default_kb) == [], text


def test_a_narrative_would_is_still_a_claim(default_kb):
    text = "Mikey Madison would go on to win Best Actress at the 97th Academy Awards."
    assert ("award", "supported") in _claims(text, default_kb)
    text = "Demi Moore would go on to win Best Actress at the 97th Academy Awards."
    assert ("award", "refuted") in _claims(text, default_kb)
