"""A film's doing after a run of title-case words is read on that run's own line (issue #12,
false flags in award lists): in a list of prizes, the next line's "Best ..." is the next
item, not a prize said of the run, so a title the KB lacks, one word off a KB film's,
is not flagged as that film misspelt."""
from __future__ import annotations

from reelcheck.link import link_names
from reelcheck.model import Document


def _flags(kb, text):
    return [(m.text, m.suggestion)
            for m in link_names(Document(id="t", text=text), kb) if m.issue == "misspelled"]


def test_next_line_of_a_prize_list_is_no_cue(default_kb):
    text = ("Festival round-up, the main prizes\n"
            "Grand Prix: a road movie from Portugal\n"
            "Direction: Miguel Gomes, Grand Tour\n"
            "Best Actor: Jesse Plemons, Kinds of Kindness\n")
    assert _flags(default_kb, text) == []


def test_cue_on_the_same_line_still_reads_the_slip(default_kb):
    text = ("Festival round-up, the main prizes\n"
            "Grand Prix: a road movie from Portugal\n"
            "Back in 1967, Grand Prex won best sound at the Oscars.\n")
    assert _flags(default_kb, text) == [("Grand Prex", "Grand Prix")]
