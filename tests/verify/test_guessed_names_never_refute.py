"""A name the linker reads as a misspelling by changing a whole word ("Two Towers" as the short
film Two Soldiers) is a guess at what the writer meant: a claim on it may hold, but it is never
refuted. A typo inside a word still refutes. Sentences written for these tests."""
from __future__ import annotations

import reelcheck


TEXT = ("The Return of the King won 11 Oscars.\n\nThe Two Towers won two Oscars.\n\n"
        "Dune: Part Two won two Oscars at the 97th Academy Awards.\n")


def test_a_whole_word_guess_is_never_refuted(default_kb):
    rep = reelcheck.check(TEXT, kb=default_kb)
    guessed = [m for m in rep.names if m.text == "Two Towers" and m.issue == "misspelled"]
    claims = [c for c in rep.claims if "Two Towers" in c.text]
    assert claims and all(c.verdict != "refuted" for c in claims), [
        (c.verdict, c.explanation) for c in claims]
    if guessed:   # (where the linker guesses, the claim says it read a guess)
        assert any("guess" in c.explanation for c in claims)


def test_a_typo_inside_a_word_still_refutes(default_kb):
    rep = reelcheck.check("Mikey Madison and Adrien Brody won at the 97th Academy Awards.\n\n"
                          "Adrian Brody won best actor at the 96th Academy Awards.", kb=default_kb)
    assert any(c.verdict == "refuted" and "Brody" in c.text for c in rep.claims), [
        (c.verdict, c.text) for c in rep.claims]
