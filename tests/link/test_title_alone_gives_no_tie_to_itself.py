"""A film the text names right, whose edition nothing else in the text ties to, is no reason
to read another run as that film with a word changed (issue #12, false flags on titles the KB
lacks): the text wrote that title right. A festival's prize that is also an old film's title
("the Grand Prix") does not make a new film one word off it ("Grand Tour") a misspelling.
Rivals named together still tie each other's titles ("A Full Unknown" beside Anora)."""
from __future__ import annotations

import pytest

from reelcheck.link import link_names
from reelcheck.model import Document


def _flags(kb, text):
    return [(m.text, m.suggestion)
            for m in link_names(Document(id="t", text=text), kb) if m.issue == "misspelled"]


@pytest.mark.parametrize("text", [
    "Payal Kapadia's debut feature took the Grand Prix on the Croisette, and Grand Tour "
    "won the directing prize for Miguel Gomes.",
    "The Grand Prix went to a film from Mumbai. Miguel Gomes's Grand Tour earned him the "
    "directing award.",
])
def test_run_a_word_off_a_title_written_right_is_another_film(default_kb, text):
    assert _flags(default_kb, text) == []


def test_rivals_named_together_still_tie_their_titles(default_kb):
    text = "Anora beat Conclave, A Full Unknown and The Brutalist for the top prize."
    assert _flags(default_kb, text) == [("A Full Unknown", "A Complete Unknown")]
