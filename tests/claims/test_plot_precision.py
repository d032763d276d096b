"""Plot statements that share words with a KB plot note or fact but say something else: another
character does it, another pair marries, a place the note puts under another verb. None of
them may be supported; a true statement in other words still is. Sentences are written for
these tests; the facts are the default KB's (in Anora Ani and Vanya marry in Las Vegas; at the
end Igor drives Ani home and gives back her ring; Ani lives in Brighton Beach and works at a
club in Manhattan)."""
from __future__ import annotations

import pytest
from story_claims import after_lead


def plot(text, kb):
    return after_lead(text, kb, lambda c: c.category == "plot")


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
    # (the drive is the deed claim's; the ring, a clause of its own, the note's)
    got = verdicts("Igor drives Ani home and hands back her wedding ring.", default_kb)
    assert got and set(got) == {"supported"}, got


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


# -- who does a deed, whose kin, whom one lives with ---------------------------------------------
@pytest.mark.parametrize("text", [
    "In Anora, Ani pays Vanya $15,000 to be her boyfriend for a week.",   # payer and payee swapped
    "Ani hires Vanya for a week.",
    "Toros throws a New Year's Eve party and pays Ani to be his girlfriend.",   # a shared doer
])
def test_a_deed_by_another_doer_is_not_supported(text, default_kb):
    got = verdicts(text, default_kb)
    assert "supported" not in got and "refuted" not in got, (text, got)


@pytest.mark.parametrize("text", [
    "Vanya hires Ani for a week.",
    "Ani is hired by Vanya for a week.",
])
def test_the_deed_by_its_doer_is_supported(text, default_kb):
    assert "supported" in verdicts(text, default_kb), text


@pytest.mark.parametrize("text", [
    "In Anora, Ani's parents fly from Russia to New York to have the marriage annulled.",
    "Ani's parents send Toros, Garnick and Igor to end the marriage.",
])
def test_kin_the_story_does_not_give_the_character_stay_open(text, default_kb):
    got = verdicts(text, default_kb)
    assert got and set(got) == {"not_enough_info"}, (text, got)


def test_kin_the_story_gives_the_character_is_the_story(default_kb):
    assert "supported" in verdicts("In Anora, Vanya's parents fly in from Russia.", default_kb)


def test_a_doer_the_note_names_in_another_role(default_kb):
    text = ("When the henchmen arrive at the mansion, Ani runs off and leaves Vanya with "
            "Garnick and Igor.")
    assert "supported" not in verdicts(text, default_kb)
    text = ("When the henchmen arrive at the mansion, Vanya runs off and leaves Ani with "
            "Garnick and Igor.")
    assert "supported" in verdicts(text, default_kb)


@pytest.mark.parametrize("text,verdict", [
    ("Ani shares a home with her grandmother in Brighton Beach.", None),
    ("Ani lives with her grandmother in Brighton Beach.", "not_enough_info"),
    ("Ani lives with her sister in Brighton Beach.", "supported"),
    ("Igor lives with his grandmother in Brighton Beach.", "supported"),
])
def test_whom_a_character_lives_with(text, verdict, default_kb):
    got = verdicts(text, default_kb)
    if verdict is None:
        assert "supported" not in got and "refuted" not in got, (text, got)
    else:
        assert got == [verdict], (text, got)


# -- what a journey or a deed is for ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "In Anora, Vanya's parents fly from Russia to New York to celebrate the marriage.",
    "Toros is sent with Garnick and Igor to celebrate the marriage.",
    "Vanya's parents send Toros to bless the marriage.",
])
def test_another_purpose_is_not_the_storys(text, default_kb):
    got = verdicts(text, default_kb)
    assert "supported" not in got and "refuted" not in got, (text, got)


@pytest.mark.parametrize("text", [
    "In Anora, Vanya's parents fly from Russia to New York to end the marriage.",
    "Vanya's parents send Toros to break up the marriage.",
    # a purpose that says nothing more than that it is seen to
    "Nikolai and Galina Zakharov fly from Russia to New York to deal with the situation.",
])
def test_the_storys_purpose_in_other_words(text, default_kb):
    got = verdicts(text, default_kb)
    assert got and set(got) == {"supported"}, (text, got)


def test_a_purpose_does_not_save_a_journey_the_story_never_makes(default_kb):
    text = ("Ani meets Vanya at the club. Later the newlyweds are flown to Moscow to face his "
            "parents at the family dacha.")
    assert verdicts(text, default_kb) == ["refuted"]


def test_an_aside_on_the_groom_is_no_part_of_the_wedding_claim(default_kb):
    got = plot("Vanya, the son of a Ukrainian oligarch, marries Ani.", default_kb)
    assert all("Ukrainian" not in c.text for c in got if c.verdict == "supported"), \
        [(c.text, c.verdict) for c in got]


def test_another_destination_than_the_notes(default_kb):
    got = plot("At the very end, Igor drives Ani to the airport and hands back her ring.",
               default_kb)
    assert all("airport" not in c.text for c in got if c.verdict == "supported"), \
        [(c.text, c.verdict) for c in got]
    assert "supported" in verdicts("At the very end, Igor drives Ani home and hands back her "
                                   "ring.", default_kb)


def test_another_deed_done_to_the_notes_thing(default_kb):
    # the note returns the ring; a clause that keeps or sells it is another deed
    for text in ("At the very end, Igor drives Ani home and keeps her wedding ring.",
                 "Igor drives Ani home and sells her wedding ring."):
        got = plot(text, default_kb)
        assert all("ring" not in c.text for c in got if c.verdict == "supported"), \
            (text, [(c.text, c.verdict) for c in got])
    assert "supported" in verdicts("Igor drives Ani home and then gives her the ring back.",
                                   default_kb)


def test_a_deed_another_story_text_tells_still_holds(default_kb):
    # one note returns the ring, another gives it back: giving it back is the story's
    got = plot("The film ends with Igor driving Ani home and giving back her ring.", default_kb)
    assert "supported" in [c.verdict for c in got]
