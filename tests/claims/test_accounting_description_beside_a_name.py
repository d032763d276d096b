"""A description set off beside a name ("Barbie, the year's biggest box office hit, won one
Oscar") is a statement of its own about that name, not a slot of the clause around it: where
no reader makes a claim of it, it is an open `entity_description` claim (claims/descriptions.py)
whose words the slot account keeps apart (claims/accounting.py `SAID_BESIDE`), so the main
clause's claim is judged on its own slots. The description is never supported and never
refutes; a one-slot mutant of the main clause is refuted as without it. Sentences are written
for these tests."""
from __future__ import annotations

import reelcheck


def _claims(text, kb):
    return [(c.verdict, c.category, c.slots.get("kind"), c.text)
            for c in reelcheck.check(text, kb=kb).claims]


TRUE = (
    # news recap, a degree on the subject
    ("Barbie, the year's biggest box office hit, won just one Oscar.", "count"),
    # listicle, a parenthetical
    ("Barbie (the summer's biggest blockbuster) won one Academy Award.", "count"),
    # review register, a number in the description
    ("Oppenheimer, a three-hour biopic, won Best Picture at the 96th Academy Awards.", "award"),
    ("Poor Things, a 141-minute Frankenstein riff, won four Oscars.", "count"),
    # content farm, the description on the object
    ("The Best Picture prize went to Oppenheimer, the biggest adult drama of the decade.",
     "award"),
    # retrospective, a number inside a description of a person
    ("Jamie Lee Curtis, the daughter of two Hollywood stars, won Best Supporting Actress for "
     "Everything Everywhere All at Once.", "award"),
    # headline-ish, the description before the name
    ("The year's biggest hit, Barbie, won just one Oscar.", "count"),
    # a time told in it
    ("Ke Huy Quan, a former child star of the 1980s, won Best Supporting Actor at the 95th "
     "Academy Awards.", "award"),
    # an amount the parser tags oddly, with a phrase hung on it
    ("Anora, a $6 million indie about a Brooklyn dancer, won five Oscars.", "count"),
)

MUTANTS = (
    "Barbie, the year's biggest box office hit, won just two Oscars.",
    "Barbie (the summer's biggest blockbuster) won two Academy Awards.",
    "Oppenheimer, a three-hour biopic, won Best Picture at the 95th Academy Awards.",
    "Poor Things, a 141-minute Frankenstein riff, won five Oscars.",
    "Best Actor went to Brendan Fraser, a two-decade Nolan collaborator, at the 96th Academy "
    "Awards.",
    "The year's biggest hit, Barbie, won just three Oscars.",
    "Anora, a $6 million indie about a Brooklyn dancer, won six Oscars.",
    "Ke Huy Quan, a former child star of the 1980s, won Best Supporting Actor at the 94th "
    "Academy Awards.",
)


def test_the_main_claim_is_judged_on_its_own_slots(default_kb):
    for text, category in TRUE:
        got = _claims(text, default_kb)
        assert ("supported", category) in [(v, c) for v, c, _k, _t in got], (text, got)
        assert "refuted" not in [v for v, *_ in got], (text, got)
    # ... and a one-slot mutant of the main clause is refuted as without the description
    for text in MUTANTS:
        got = _claims(text, default_kb)
        assert "refuted" in [v for v, _c, k, _t in got if k != "entity_description"], (text, got)
        assert "supported" not in [v for v, c, _k, _t in got if c in ("count", "award")], (
            text, got)


def test_the_description_is_its_own_open_claim(default_kb):
    for text, _category in TRUE:
        got = _claims(text, default_kb)
        own = [(v, t) for v, _c, k, t in got if k == "entity_description"]
        assert own and all(v == "not_enough_info" for v, _t in own), (text, got)
    # ... but not where another reader judges it (an age, a runtime), nor a place among a
    # maker's films, which stays a slot of the clause (`accounting._career_place`)
    for text, kind in (("Mikey Madison, a 25-year-old newcomer, won Best Actress for Anora.",
                        "count"),
                       ("Anora, a 139-minute comedy, won five Oscars.", "runtime")):
        got = _claims(text, default_kb)
        assert "entity_description" not in [k for *_x, k, _t in got], (text, got)
        assert ("supported", kind) in [(v, c) for v, c, _k, _t in got], (text, got)
    # the description ends at the comma that closes it: what follows is the main clause's
    got = _claims("Best Supporting Actor went to Kieran Culkin, the youngest of three acting "
                  "brothers, for A Real Pain.", default_kb)
    assert [t for _v, _c, k, t in got if k == "entity_description"] == [
        "the youngest of three acting brothers"], got
    got = _claims("Anora, Baker's third film in competition, took the Palme d'Or.", default_kb)
    assert got and all(v == "not_enough_info" for v, *_ in got), got
    assert "entity_description" not in [k for *_x, k, _t in got], got



def test_a_one_word_partial_name_holds_no_description(default_kb):
    # "Max" is one word of a longer KB name (a designer's): no sure link, so no description
    # is said of that person
    r = reelcheck.check("Mikey Madison got her start on television. From 2016 she played Max, "
                        "the eldest daughter of Pamela Adlon's character, on the FX comedy "
                        "Better Things.", kb=default_kb)
    assert not [c for c in r.claims if c.predicate == "description"
                and "the eldest daughter" in c.text], [(c.text, c.explanation) for c in r.claims]
