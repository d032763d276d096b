"""Spun copy (lexicon `spin`, claims/attach.py `_despun`): a rewriting tool's near-synonyms
("took dwelling", "grew to become", "particular person", "historical past", "night time",
"set this report", "movie pageant", "in Could 2024", "by profitable", "Finest Movie
Modifying") are read as the words they replace, where normal English cannot mean them
otherwise; the words reported stay the sentence's own."""
from __future__ import annotations

from battery import run

from reelcheck.claims.attach import _despun, _spun_spans
from reelcheck.nlp import nlp


def test_spun_copy_battery(default_kb):
    """Every true spun sentence is supported and every one-slot mutant refuted."""
    passed, total, wrong = run("spun_copy_battery.tsv", default_kb)
    assert not wrong
    assert passed == total


def _spans(text):
    doc = nlp()(text)
    return [(doc[a:b].text, words) for a, b, words in _spun_spans(doc)]


def test_spun_words_read_only_where_they_cannot_mean_otherwise():
    # a record made by the verb before it, a month before a year, a win between a
    # preposition and the prize
    assert ("report", ["record"]) in _spans("In 1954, Walt Disney first set this report.")
    assert ("report", ["record"]) in _spans("She tied Walt Disney's report last night.")
    assert ("Could", ["May"]) in _spans("The film bowed at Cannes in Could 2024.")
    assert ("profitable", ["winning"]) in _spans("He made history by profitable four Oscars.")
    # the same words in normal English stay as said
    assert _spans("The critic filed a report on the festival.") == []
    assert _spans("Could the film win Best Picture in 2025?") == []
    assert _spans("After profitable runs in theaters, the film won Best Picture.") == []
    assert _spans("It could 2 times over have won.") == []


def test_despun_keeps_the_sentences_own_words():
    doc = nlp()("He won four Oscars in a single night time and took dwelling a statuette.")
    again = _despun(doc)
    assert again.text == doc.text
    night = next(t for t in again if t.text == "night time")
    assert night.lemma_ == "night" and night.idx == doc.text.index("night time")
    assert next(t for t in again if t.text == "dwelling").lemma_ == "home"


def test_candidate_gate_reads_what_spun_words_stand_for():
    from reelcheck.claims.attach import spun_readings
    low = "walt disney had established that report in 1954."
    assert "record" in spun_readings(low, set(low.rstrip(".").split()))
    low = "the film won four oscars in a single night time."
    assert "night" in spun_readings(low, set(low.rstrip(".").split()))


def test_spun_individual_is_a_noun_or_an_adjective_by_what_follows():
    noun = _spans("She became the first particular person in line.")
    adjective = _spans("She won 4 particular person Oscars.")
    assert ("particular person", ["person"]) in noun
    assert ("particular person", ["individual"]) in adjective


def test_a_noun_read_as_its_common_synonym_only_as_a_noun():
    assert ("individual", ["person"]) in _spans("She is the second individual ever to do it.")
    assert _spans("He wins four individual prizes.") == []
