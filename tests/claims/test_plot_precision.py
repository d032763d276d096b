"""Plot statements that share words with a KB plot note or fact but say something else: another
character does it, another pair marries, a place the note puts under another verb. None of
them may be supported; a true statement in other words still is. Sentences are written for
these tests; the facts are the default KB's (in Anora Ani and Vanya marry in Las Vegas; at the
end Igor drives Ani home and gives back her ring; Ani lives in Brighton Beach and works at a
club in Manhattan)."""
from __future__ import annotations

import pytest

import reelcheck

LEAD = "Anora is set in New York. "


def plot(text, kb):
    r = reelcheck.check(LEAD + text, kb=kb)
    return [c for c in r.claims if c.category == "plot" and c.start >= len(LEAD)]


def verdicts(text, kb):
    return [c.verdict for c in plot(text, kb)]


@pytest.mark.parametrize("text", [
    "In Anora, Ani and Igor marry at a chapel in Las Vegas.",   # another groom
    "Ani weds Toros in Las Vegas.",
    "In Anora, Ani marries Toros at a chapel in Las Vegas.",
])
def test_a_wedding_of_another_pair_is_not_the_storys(text, default_kb):
    got = verdicts(text, default_kb)
    assert "supported" not in got and "refuted" not in got, (text, got)


@pytest.mark.parametrize("text", [
    "Ani and Vanya get married in Las Vegas.",
    "In Anora, Ani and Vanya tie the knot at a Las Vegas chapel.",
])
def test_the_storys_wedding_in_other_words(text, default_kb):
    assert verdicts(text, default_kb) == ["supported"], text


@pytest.mark.parametrize("text", [
    "Garnick drives Ani home and hands back her wedding ring.",
    "In the final scene, Garnick drives Ani home and returns her wedding ring.",
])
def test_another_characters_deed_is_not_supported(text, default_kb):
    assert "supported" not in verdicts(text, default_kb), text


def test_the_right_doer_of_the_deed_is_supported(default_kb):
    assert verdicts("Igor drives Ani home and hands back her wedding ring.",
                    default_kb) == ["supported"]


@pytest.mark.parametrize("text", [
    "Ani resides in Manhattan and dances at a club in Brighton Beach.",
    "In Anora, Ani lives in Manhattan and works at a club in Brighton Beach.",
    "In Anora, Ani works at a Brighton Beach club.",
])
def test_places_swapped_between_verbs_are_not_supported(text, default_kb):
    got = verdicts(text, default_kb)
    assert "supported" not in got and "refuted" not in got, (text, got)


@pytest.mark.parametrize("text", [
    "Ani resides in Brooklyn and dances at a club in Manhattan.",   # Brighton Beach is in it
    "In Anora, Ani is a 23-year-old stripper who lives in Brighton Beach.",
])
def test_a_place_holding_the_notes_place_still_agrees(text, default_kb):
    got = verdicts(text, default_kb)
    assert got and set(got) == {"supported"}, (text, got)


def test_a_wedding_with_a_name_the_kb_lacks_stays_open(default_kb):
    got = verdicts("In Anora, Ani marries Tomas Verlaine at a chapel in Las Vegas.", default_kb)
    assert "supported" not in got and "refuted" not in got
