"""The title tables the dropped-word pass builds (a title with a grammar word left out, a
one-word title split in two, a contraction written out) depend on the title and the KB's
names only: they are made once per KB, and a document reads them as the pass always did."""
from reelcheck.ingest import Document
from reelcheck.link import link_names
from reelcheck.link.linker import _Linker
from reelcheck.link.spelling import _TIED_TITLES
from reelcheck.link.index import index_for


def _linked(kb, text):
    return [(m.text, m.entity.id, m.issue, m.suggestion)
            for m in link_names(Document(id="t", text=text), kb)]


def test_grammar_word_left_out_still_flagged_twice(default_kb):
    text = ("Martin Scorsese took Killers of Flower Moon to the 96th Academy Awards, "
            "where Lily Gladstone was nominated.")
    first = _linked(default_kb, text)
    again = _linked(default_kb, text)   # the second document reads the kept tables
    assert ("Killers of Flower Moon", "killers-of-the-flower-moon-2023-film", "misspelled",
            "Killers of the Flower Moon") in first
    assert again == first


def test_shortened_titles_are_made_once_per_kb(default_kb):
    linker = _Linker("", default_kb, index_for(default_kb, None))
    words = ("killers", "of", "the", "flower", "moon")
    got = linker._shortened_titles(words)
    assert (("killers", "of", "flower", "moon"), 2) in got
    assert (("killers", "the", "flower", "moon"), 1) in got
    assert linker._shortened_titles(words) is got     # read from the table, not made again
    key = ("shortened", linker.kb_key, words)
    assert _TIED_TITLES.get(key) is got


def test_one_word_title_split_in_two(default_kb):
    linker = _Linker("", default_kb, index_for(default_kb, None))
    assert (("nomad", "land"), -1) in linker._shortened_titles(("nomadland",))
    assert linker._shortened_titles(("moon",)) == []
