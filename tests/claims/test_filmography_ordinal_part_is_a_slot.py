"""A part placed by an ordinal among a person's parts ("her first leading role", "his second
lead") is a slot of the credit's clause (lexicon `accounting.career_part_nouns`): the credit
alone ("Mikey Madison's credits include Scream") does not judge it, so the claim is not
supported. Sentences are written for these tests; the facts are the default KB's (Mikey
Madison's credits include Scream and Anora; nothing says which was her first lead)."""
from __future__ import annotations

import reelcheck


def credits(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [(c.slots.get("work"), c.verdict) for c in r.claims if c.category == "filmography"]


def test_a_first_leading_role_is_not_supported_by_the_credit_alone(default_kb):
    got = credits("Mikey Madison's first leading role came in Scream.", default_kb)
    assert got == [("scream-2022-film", "not_enough_info")]
    got = credits("Madison landed her first lead in Scream.", default_kb)
    assert got == [("scream-2022-film", "not_enough_info")]
    # a part without an ordinal states no place among her parts
    got = credits("Mikey Madison's role in Scream got Sean Baker's attention.", default_kb)
    assert ("scream-2022-film", "supported") in got


def test_facts_that_tell_the_kind_of_part_judge_it(default_kb):
    # the KB's note on Eydelshteyn says Anora was his first English-language role; its note on
    # The Land of Sasha gives his role there as the lead
    r = reelcheck.check("Anora was Mark Eydelshteyn's first English-language role.", kb=default_kb)
    assert [c.verdict for c in r.claims] == ["supported"]
    got = credits("Mark Eydelshteyn had his first lead in The Land of Sasha.", default_kb)
    assert [v for _, v in got] == ["supported"]
    # ... but a bare "first role" is no kind of part a credit tells
    got = credits("Mikey Madison's first role came in Scream.", default_kb)
    assert got == [("scream-2022-film", "not_enough_info")]
