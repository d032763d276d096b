"""A name romanized from another script has no one right Latin spelling: Anora's Russian and
Armenian cast written another way than the KB writes them is their name, not a misspelling.
Texts written for these tests, on the default KB."""
from __future__ import annotations

import pytest

from reelcheck.link import link_names
from reelcheck.link.variants import romanized_alike
from reelcheck.model import Document


def _names(kb, text):
    return {m.text: (m.entity.label, m.issue) for m in link_names(Document(id="t", text=text), kb)}


@pytest.mark.parametrize("text, written, label", [
    ("Anora's Moscow contingent: Aleksey Serebriakov, who plays the father.",
     "Aleksey Serebriakov", "Aleksei Serebryakov"),
    ("In Anora, Darja Ekamasova is the oligarch's wife.", "Darja Ekamasova", "Darya Ekamasova"),
    ("Vatche Tovmasyan plays Garnick in Anora.", "Vatche Tovmasyan", "Vache Tovmasyan"),
    ("Anora's Toros is played by Karren Karagulyan.", "Karren Karagulyan", "Karren Karagulian"),
    ("Anora stars Mikey Madison and Mark Eidelshteyn.", "Mark Eidelshteyn", "Mark Eydelshteyn"),
])
def test_another_romanization_is_the_name(default_kb, text, written, label):
    assert _names(default_kb, text).get(written) == (label, "none")


def test_a_surname_alone_romanized_another_way_is_the_name(default_kb):
    got = _names(default_kb, "Karren Karagulian plays Toros in Anora; Karagulyan has been in "
                             "every Baker film since Take Out.")
    assert got.get("Karagulyan") == ("Karren Karagulian", "none")


def test_slips_of_romanized_names_are_still_flagged(default_kb):
    got = _names(default_kb, "Karren Karagulian plays Toros in Anora; Karagullian has been in "
                             "every Baker film since Take Out.")
    assert got.get("Karagullian") == ("Karren Karagulian", "misspelled")
    # ("Karen" for Karren: a doubled consonant is a slip in any script)
    got = _names(default_kb, "Anora's Toros is played by Karen Karagulian.")
    assert got.get("Karen Karagulian") == ("Karren Karagulian", "misspelled")


def test_names_the_kb_gives_no_other_script_keep_their_one_spelling(default_kb):
    got = _names(default_kb, "Anora stars Mikey Madisyn as a dancer from Brighton Beach.")
    assert got.get("Mikey Madisyn") == ("Mikey Madison", "misspelled")


def test_romanized_alike_words():
    assert romanized_alike(["yuriy", "borisov"], ["yury", "borisov"])
    assert romanized_alike(["daria", "ekamasova"], ["darya", "ekamasova"])
    assert not romanized_alike(["juri", "borisov"], ["yura", "borisov"])   # (its first letter)
    assert not romanized_alike(["yura", "borisov"], ["yura", "borisov"])   # the same
    assert not romanized_alike(["karen"], ["karren"])
    assert not romanized_alike(["yura", "borisova"], ["yura", "borisov"])
