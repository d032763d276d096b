"""A format in a participle set off after the object of another verb ("She recalls Tangerine,
shot on an iPhone, as ...") is said of that object, not of the film the passage is about: the
parser hangs such a participle on the main verb. Sentences written for these tests; the facts
are the default KB's (Anora was shot on 35mm film; Tangerine on iPhone 5s smartphones)."""
from __future__ import annotations

import reelcheck

LEAD = "Anora is a 2024 film by Sean Baker. "


def formats(text, kb):
    r = reelcheck.check(LEAD + text, kb=kb)
    return [c for c in r.claims if c.start >= len(LEAD) and c.slots.get("kind") == "format"]


def test_the_object_before_the_participle_was_shot(default_kb):
    for text in ("Its producer also recalls Tangerine, shot on an iPhone, as the beginning.",
                 "Critics still praise Tangerine, filmed entirely on iPhones."):
        got = formats(text, default_kb)
        assert [(c.slots["subject"], c.verdict) for c in got] == [("tangerine", "supported")], text


def test_a_film_the_kb_lacks_is_never_the_main_film_refuted(default_kb):
    got = formats("Viewers remember Moonfall Street, shot on an iPhone, fondly.", default_kb)
    assert not [c for c in got if c.verdict == "refuted"]


def test_a_participle_after_the_last_title_of_a_list_is_said_of_that_title(default_kb):
    # the parser joins "shot ..." to "directed" as a second verb; set off right after the
    # last title (and its bracketed year), it tells how that film was shot, not Anora
    got = formats("Baker had earlier directed Starlet (2012) and Tangerine (2015), shot "
                  "entirely on an iPhone.", default_kb)
    assert [(c.slots["subject"], c.verdict) for c in got] == [("tangerine", "supported")]
    got = formats("Baker had earlier directed Starlet (2012) and Tangerine (2015), shot "
                  "entirely on 16mm.", default_kb)
    assert not [c for c in got if c.slots["subject"] != "tangerine" or c.verdict == "supported"]
