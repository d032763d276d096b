"""Who shot a film is a slot of the format claim that names them ("X shot W on 35mm"): the
claim holds only when the KB credits X with the shooting (the film's cinematographer or its
director), and stays open, never refuted, for anyone else. Sentences written for these tests;
the facts are the default KB's (Drew Daniels shot Anora, on 35mm film; Sean Baker directed
Tangerine, shot on iPhone 5s smartphones)."""
from __future__ import annotations

import reelcheck


def formats(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.slots.get("kind") == "format"]


def test_the_credited_cinematographer_or_director_holds(default_kb):
    for text in ("Drew Daniels shot Anora on 35mm film, as he had Red Rocket.",
                 "Sean Baker famously filmed Tangerine on an iPhone."):
        got = formats(text, default_kb)
        assert [c.verdict for c in got] == ["supported"], text


def test_someone_the_kb_does_not_credit_leaves_the_format_open(default_kb):
    got = formats("Hoyte van Hoytema shot Anora on 35mm film.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]
    assert "Hoyte van Hoytema" in got[0].explanation
    assert got[0].text.startswith("Hoyte van Hoytema")


def test_a_wrong_format_is_refuted_whoever_shot_it(default_kb):
    got = formats("Drew Daniels shot Anora digitally.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
