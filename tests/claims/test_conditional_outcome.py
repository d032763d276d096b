"""The outcome of a condition ("If it does, Baker would become the first ...") is told as a
prediction: its claims are hedged, and still checked against the KB (`claims/frames.py`,
`conditional_outcome`); a narrative "would" ("she would go on to win") is told as fact.
Sentences in the project's own words about facts the default KB holds."""
import reelcheck


def _claims(text, kb):
    return [(c.category, c.verdict, c.hedged) for c in reelcheck.check(text, kb=kb).claims]


def test_a_conditions_outcome_is_hedged_and_checked(default_kb):
    text = ("Anora could still pull off an upset. If it does, Sean Baker would become the "
            "first person to win four Oscars for one film.")
    assert _claims(text, default_kb) == [("record", "supported", True)]


def test_a_narrative_would_is_told_as_fact(default_kb):
    text = "Mikey Madison would go on to win Best Actress at the 97th Academy Awards."
    assert ("award", "supported", False) in _claims(text, default_kb)
    text = "Demi Moore would go on to win Best Actress at the 97th Academy Awards."
    assert ("award", "refuted", False) in _claims(text, default_kb)
