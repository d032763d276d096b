"""An age phrase standing alone as the subject of a prize verb ("The 25-year-old took the
prize") describes the person the passage is about, as the age family reads it: that person is
the winner, a reading (support only), and no one when two people fit or the passage tells a
film's story (the phrase may be a character's). The claim's words open at the phrase's "the".

Sentences are written for these tests; facts are the default KB's (Mikey Madison won Best
Actress at the 97th Academy Awards for Anora, as Ani; Cillian Murphy won Best Actor at the 96th
for Oppenheimer)."""
from __future__ import annotations

from award_claims import awards


def _second(text, kb):
    """The award claims of the text's second sentence."""
    cut = text.index(". ") + 2
    return [c for c in awards(text, kb) if c.start >= cut]


def test_the_age_phrase_is_the_passage_s_winner(default_kb):
    text = ("Mikey Madison was named Best Actress at the 97th Academy Awards. "
            "The 25-year-old took the prize for Anora.")
    got = _second(text, default_kb)
    assert [(c.slots["subject"], c.verdict) for c in got] == [("mikey-madison", "supported")], \
        [(c.text, c.explanation) for c in got]
    assert got[0].text.startswith("The 25-year-old")
    # two people who fit leave the winner open
    text = ("Mikey Madison and Demi Moore were both up for Best Actress at the 97th Academy "
            "Awards. The 25-year-old won the award.")
    assert not any(c.slots.get("subject") for c in _second(text, default_kb))


def test_a_part_played_is_no_story_passage(default_kb):
    text = ("Mikey Madison was named Best Actress at the 97th Academy Awards. "
            "The 25-year-old won the award for her role as Ani.")
    got = _second(text, default_kb)
    assert [(c.slots["subject"], c.verdict) for c in got] == [("mikey-madison", "supported")], \
        [(c.text, c.explanation) for c in got]


def test_a_reading_is_never_refuted(default_kb):
    text = ("Cillian Murphy was named Best Actor at the 96th Academy Awards. "
            "The 47-year-old won the award for Poor Things.")
    got = _second(text, default_kb)
    assert got and all(c.verdict != "refuted" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]
