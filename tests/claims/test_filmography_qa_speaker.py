"""An interview in Q&A layout: "I" in a paragraph opened by a speaker's name and a colon is
that speaker, "I" after "A:" and "you" after "Q:" the interviewee (the one an earlier name
prefix gave, else the person the piece is about); a quote's "I" elsewhere is no one.
Sentences written for these tests; the facts are the default KB's (Mikey Madison played
Amber Freeman in Scream, and was in Once Upon a Time in Hollywood; not in Red Rocket)."""
from __future__ import annotations

import reelcheck

HEAD = ("Mikey Madison, after the Oscars\n\nMikey Madison took Best Actress for Anora at 25. "
        "We met Mikey Madison at a hotel in Los Angeles.\n\n")


def credits(text, kb):
    return {c.slots.get("work"): c.verdict for c in reelcheck.check(text, kb=kb).claims
            if c.category == "filmography" and c.text[:1] in "IYyT"}


def test_a_named_speaker_and_the_answers_after_it(default_kb):
    got = credits(HEAD + "Q: People first saw you in Scream, right?\n\nMikey Madison: Sure. I "
                  "played Amber in Scream.\n\nQ: Anything before that?\n\nA: I was in Once "
                  "Upon a Time in Hollywood.", default_kb)
    assert got.get("scream-2022-film") == "supported"
    assert any(v == "supported" for k, v in got.items() if "hollywood" in (k or ""))


def test_a_credit_the_speaker_lacks_is_not_supported(default_kb):
    got = credits(HEAD + "Mikey Madison: Honestly, I also appeared in Red Rocket.", default_kb)
    assert got and all(v != "supported" for v in got.values())
    # (a quote's "I" outside the layout is no one)
    got = credits("Mikey Madison won Best Actress for Anora. \"I was in Starlet,\" a fan "
                  "shouted from the back.", default_kb)
    assert "starlet" not in got
