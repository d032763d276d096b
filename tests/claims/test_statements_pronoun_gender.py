"""A sourced note speaks for a clause only when their pronouns can be of one person: "the
first nomination of her career" is not the note that a film brought a man "his first
nominations". Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def test_her_first_nomination_is_not_his_note(default_kb):
    text = ("Anora went home with the top prize at the 97th Academy Awards.\n\nThe young "
            "Mikey Madison took the Oscar for best actress for playing Ani. It was the first "
            "nomination of her career.")
    got = [c for c in reelcheck.check(text, kb=default_kb).claims
           if "her career" in c.text]
    # before: supported by the note about Sean Baker's first nominations
    assert got == [] or all("his first" not in (c.explanation or "") for c in got)


def test_a_note_in_the_same_pronoun_still_speaks(default_kb):
    from reelcheck.claims.statements import Clause, pronoun_genders
    assert pronoun_genders("It was the first nomination of her career") == frozenset("f")
    assert pronoun_genders("the film brought him his first wins") == frozenset("m")
    assert Clause.of("It was her first", [], 0).genders == frozenset("f")
