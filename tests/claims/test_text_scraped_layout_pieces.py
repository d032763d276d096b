"""A scraped copy runs a photo caption or an "[ad]" marker into the text on one line, set off
by a wide gap ("... for Anora (AFP)    Jane Roe, who ..."): the gap ends a piece, so the
caption's words are no slots of the sentence after it. Sentences written for these tests;
the facts are the default KB's (Karren Karagulian plays Toros in Anora, not Igor)."""
from __future__ import annotations

import reelcheck
from reelcheck.claims.text import split_sentences

CAPTION = "Pictured: Karren Karagulian on the red carpet for Anora (AFP)    "


def cast(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "cast"]


def test_the_caption_is_a_piece_of_its_own():
    text = CAPTION + "Karagulian, a longtime collaborator of Sean Baker, plays Toros."
    assert [s.text for s in split_sentences(text)] == [
        CAPTION.rstrip(), "Karagulian, a longtime collaborator of Sean Baker, plays Toros."]


def test_the_part_after_the_caption_is_judged_alone(default_kb):
    got = cast(CAPTION + "Karren Karagulian, a longtime collaborator of Sean Baker, plays "
               "Toros.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "AFP" not in got[0].text
    got = cast(CAPTION + "Karren Karagulian, a longtime collaborator of Sean Baker, plays "
               "Igor.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "AFP" not in got[0].text


def test_an_ad_marker_and_a_narrow_gap():
    pieces = [s.text for s in split_sentences(
        "Borisov on Anora   [ad]   Yura Borisov plays Igor in Anora.")]
    assert pieces == ["Borisov on Anora", "[ad]", "Yura Borisov plays Igor in Anora."]
    # (two spaces inside a sentence are a typing habit, no layout)
    assert len(split_sentences("Yura Borisov  plays Igor in Anora.")) == 1
