"""A note's verb in a "for" phrase on a verb with a named object is said of that object ("thanked
Jane Roe for casting her": Roe cast her). A clause that makes someone else the doer of that
verb is not what the note says, whoever the note is about. Sentences are written for these
tests; the note is the default KB's (Sean Baker thanked Quentin Tarantino for casting Mikey
Madison in Once Upon a Time in Hollywood)."""
from __future__ import annotations

import pytest
import reelcheck


def noted(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "statement" or "note" in (c.explanation or "")]


@pytest.mark.parametrize("text", [
    "Sean Baker cast Mikey Madison in Once Upon a Time in Hollywood.",
    "Baker praised Samantha Quan for casting Mikey Madison in Once Upon a Time in Hollywood.",
])
def test_another_doer_of_the_notes_verb_is_not_supported(text, default_kb):
    got = [c.verdict for c in noted(text, default_kb)]
    assert "supported" not in got, (text, got)


@pytest.mark.parametrize("text", [
    "At the Oscars, Baker thanked Quentin Tarantino for casting Mikey Madison in Once Upon a "
    "Time in Hollywood.",
    "Baker thanked Quentin Tarantino for casting Madison in Once Upon a Time in Hollywood.",
])
def test_the_same_controlled_doer_is_still_the_notes(text, default_kb):
    # (the title now parses as the object of "casting ... in": the typed credit claim, which
    # speaks before a note, says the casting; either way the sentence is supported)
    got = [c.verdict for c in reelcheck.check(text, kb=default_kb).claims]
    assert got == ["supported"], text


# A phrasal verb whose word a note has only as another part of speech tells another event: "end
# up together" is not the note's "at the end" (the default KB's ending note: Igor drives Ani home
# and gives back her wedding ring).
@pytest.mark.parametrize("text", [
    "Anora is set in New York. Igor and Ani end up together.",
    "Anora is set in New York. In the final scene Igor and Ani end up together.",
])
def test_a_phrasal_verb_is_not_the_notes_noun(text, default_kb):
    got = [c.verdict for c in reelcheck.check(text, kb=default_kb).claims
           if c.category == "plot"]
    assert "supported" not in got, (text, got)


def test_a_phrasal_verb_the_note_does_not_have_leaves_the_rest_to_match(default_kb):
    text = "Anora is set in New York. At the end, Igor drives Ani home and hands back her ring."
    got = [c.verdict for c in reelcheck.check(text, kb=default_kb).claims
           if c.category == "plot"]
    # (the drive is the deed claim's; the ring, a clause of its own, the note's)
    assert got and set(got) == {"supported"}, got


# A place named only inside a title the note holds is not said by the note: "Florida" in "The
# Florida Project" (the default KB's note on Baker: "Tangerine (2015), not The Florida Project,
# was shot on iPhones").
@pytest.mark.parametrize("text", [
    "Anora is a 2024 film by Sean Baker. The Florida Project, which was shot in Florida, "
    "grossed $11 million.",
    "Anora is a 2024 film by Sean Baker. Baker shot The Florida Project in Florida.",
])
def test_a_place_inside_a_title_is_not_the_notes(text, default_kb):
    got = [c for c in reelcheck.check(text, kb=default_kb).claims
           if "note" in (c.explanation or "") and "iPhone" in c.explanation]
    assert not got, [(c.text, c.verdict) for c in got]


# A cleft ("it is X who ...") says its verb of X: a note telling another's deed does not support
# it, and the cleft's frame alone ("At the end, it is Garnick") says nothing a note can support.
@pytest.mark.parametrize("text", [
    "Anora is a 2024 film by Sean Baker. At the end, it is Garnick who drives Ani home.",
    "Anora is a 2024 film by Sean Baker. It is Toros who drives Ani home at the end.",
    "Anora is a 2024 film by Sean Baker. It was Garnick who gave back her ring.",
])
def test_a_cleft_of_another_doer_is_not_supported(text, default_kb):
    got = [c.verdict for c in reelcheck.check(text, kb=default_kb).claims
           if c.category == "plot"]
    assert "supported" not in got, (text, got)


@pytest.mark.parametrize("text", [
    "Anora is a 2024 film by Sean Baker. At the end, it is Igor who drives Ani home.",
    "Anora is a 2024 film by Sean Baker. It was Igor who gave back her ring.",
])
def test_a_cleft_of_the_doer_is_supported(text, default_kb):
    got = [c.verdict for c in reelcheck.check(text, kb=default_kb).claims
           if c.category == "plot"]
    assert got == ["supported"], (text, got)
