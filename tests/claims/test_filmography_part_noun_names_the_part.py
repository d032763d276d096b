"""A credit said with a part noun ("her turn as X in Y", "known for the role of X in Y", "her
breakout role was X in Y", "her breakout came with the role of X in Y") names the part: the
name is a slot of the credit, judged by the KB's note on that credit. A part the KB gives to
another of the person's credits refutes; the right one supports; a part the KB does not name
for that credit leaves it open. Sentences written for these tests; facts of the default KB's
Anora sheet (Madison: Amber Freeman in Scream, Max Fox in Better Things; Karagulian: Razmik in
Tangerine, Arash in Starlet; Borisov: Ljoha in Compartment No. 6)."""
from __future__ import annotations

import pytest

import reelcheck


def _credits(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "filmography"]


def _show(got):
    return [(c.text, c.verdict, c.explanation) for c in got]


@pytest.mark.parametrize("text", [
    "Mikey Madison's turn as Amber Freeman in Scream won her a new following.",
    "Madison became known for the role of Max Fox in Better Things.",
    "Madison's breakout came with the role of Max Fox in Better Things.",
    "Madison's breakout role was Amber Freeman in Scream.",
    "Karagulian's role as Razmik in Tangerine made him a festival favourite.",
    "Baker admired Borisov's turn as Ljoha in Compartment No. 6.",
])
def test_the_right_part_supports_the_credit(default_kb, text):
    got = _credits(text, default_kb)
    assert got and all(c.verdict == "supported" for c in got), _show(got)
    assert any(c.slots.get("role") for c in got), _show(got)


@pytest.mark.parametrize("text", [
    "Mikey Madison's turn as Amber Freeman in Better Things won her a new following.",
    "Madison became known for the role of Max Fox in Scream.",
    "Madison's breakout role came as Max Fox in Scream.",
    "Madison's breakout role was Susan Atkins in Scream.",
    "Karagulian's role as Razmik in Starlet made him a festival favourite.",
])
def test_a_part_of_another_credit_refutes(default_kb, text):
    got = _credits(text, default_kb)
    assert any(c.verdict == "refuted" for c in got), _show(got)


def test_a_part_the_kb_does_not_name_stays_open(default_kb):
    got = _credits("Ekamasova, known for the role of Galina in The Americans, plays Vanya's "
                   "mother.", default_kb)
    assert got and not any(c.verdict in ("supported", "refuted") for c in got), _show(got)


def test_a_part_noun_another_person_owns_is_not_the_credits_part(default_kb):
    # Madison's credit is not stated; Borisov's part is his own
    got = _credits("Madison admired Borisov's turn as Ljoha in Compartment No. 6.", default_kb)
    assert got and all(c.slots.get("subject") == "yura-borisov" for c in got), _show(got)
    assert all(c.slots.get("role") == "Ljoha" for c in got), _show(got)
    assert all(c.verdict == "supported" for c in got), _show(got)
