"""A count's qualifiers that a set-off phrase, a span or a group states (sentences written for
reelcheck's tests): each is judged, or the claim stays open; none is ignored.

- "four Oscars, all in acting categories", "two wins, both for Best Actress", "each for a
  leading role": a phrase after "all", "both" or "each" is said of every one counted, so it
  narrows the count as the same phrase unset off would (a class, a category, else a part the
  KB cannot single out);
- "won two Oscars across three decades": the span is judged only by a claim that measured it,
  not by a count that happens to hold the same number;
- "one of three films to win five Oscars": how many the group holds is a slot of the claim
  made in the clause that restricts it; and "became one of only two people to win ..." is a
  record even when the parser hangs the infinitive on "became"."""
from __future__ import annotations

import pytest

import reelcheck


def verdicts(text: str, kb) -> list[str]:
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims]


@pytest.mark.parametrize("text, want", [
    # a class said of every one counted
    ("At the 97th Academy Awards, Sean Baker won four Oscars, all in acting categories.",
     "refuted"),
    ("By the end of the night Sean Baker had won four Oscars, all in writing categories.",
     "refuted"),
    ("Adrien Brody has won two Oscars, both in acting categories.", "supported"),
    ("Adrien Brody has won two Oscars, both in writing categories.", "refuted"),
    # a category said of every one counted
    ("Sean Baker won four Oscars, all for Best Director.", "refuted"),
    ("Katharine Hepburn won four Oscars, all of them for Best Actress.", "supported"),
    ("Katharine Hepburn won four Oscars, all of them for Best Supporting Actress.", "refuted"),
    ("Emma Stone has now won two Academy Awards, both for Best Actress.", "supported"),
    # a film or a night said of every one counted is read as it is unset off
    ("Sean Baker won four Oscars, all for Anora.", "supported"),
    ("Sean Baker won five Oscars, all for Anora.", "refuted"),
    ("Anora won five Oscars, all in one night.", "supported"),
])
def test_restated_count_is_narrowed(default_kb, text, want):
    got = verdicts(text, default_kb)
    assert want in got, got
    if want == "supported":
        assert "refuted" not in got, got
    else:
        assert "supported" not in got, got


@pytest.mark.parametrize("text", [
    "Adrien Brody has won two Oscars, both for the same role.",
    "Katharine Hepburn won four Oscars, each for a leading role.",
    "Anora earned six nominations, all in major categories.",
])
def test_restated_count_that_the_kb_cannot_single_out_stays_open(default_kb, text):
    got = verdicts(text, default_kb)
    assert "supported" not in got and "refuted" not in got, got


@pytest.mark.parametrize("text", [
    "Adrien Brody has won two Oscars across three decades.",
    "Adrien Brody has won two Oscars over two decades.",
    "In all, Sean Baker won four Oscars across two decades.",
])
def test_span_a_count_is_said_over_is_not_judged_by_the_count(default_kb, text):
    got = verdicts(text, default_kb)
    assert got and "supported" not in got and "refuted" not in got, got
    # (a span a claim measured stays judged)
    got = verdicts("Adrien Brody won his second Oscar 22 years after his first.", default_kb)
    assert got and all(v == "supported" for v in got), got


@pytest.mark.parametrize("text", [
    "Anora was one of three films to win five Oscars that year.",
    "Sean Baker is one of two people who won four Oscars in a single night.",
])
def test_group_size_is_a_slot_of_the_claim_it_restricts(default_kb, text):
    got = verdicts(text, default_kb)
    assert got and "supported" not in got, got


@pytest.mark.parametrize("text, want", [
    ("Sean Baker became one of only two people to win four Oscars in a single night.",
     "supported"),
    ("Sean Baker became one of only three people to win four Oscars in a single night.",
     "refuted"),
])
def test_group_record_after_became(default_kb, text, want):
    got = verdicts(text, default_kb)
    assert want in got, got
