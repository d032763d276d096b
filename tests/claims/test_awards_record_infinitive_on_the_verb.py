"""A record's win when the parser hung its "to win" on the verb ("became the third woman to
win ...", "made history as the first Native American to win ...") or hung a "for FILM" set off
by a comma on the record's noun: the win is still told of the subject, with its film, and the
KB's complete Oscar record decides it (claims/parse.py `_record_infinitive_on_the_verb`).
Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def verdicts(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [c.verdict for c in r.claims if c.slots.get("kind") == "award"]


def test_the_film_after_a_comma_is_the_records_win(default_kb):
    # the record words stay unchecked; the film is the win's slot
    assert verdicts("Jane Campion became the third woman to win the Academy Award for Best "
                    "Director, for The Power of the Dog.", default_kb) == ["not_enough_info"]
    assert verdicts("Jane Campion became the third woman to win the Academy Award for Best "
                    "Director, for The Piano.", default_kb) == ["refuted"]
    assert verdicts("Kathryn Bigelow made history as the first woman to win the Oscar for Best "
                    "Director, for The Hurt Locker.", default_kb) == ["not_enough_info"]
    assert verdicts("Kathryn Bigelow made history as the first woman to win the Oscar for Best "
                    "Director, for Zero Dark Thirty.", default_kb) == ["refuted"]
    assert verdicts("Troy Kotsur, a stage veteran, became the first deaf man to win an acting "
                    "Oscar, for Nomadland.", default_kb) == ["refuted"]


def test_a_class_the_parser_takes_for_a_name_is_the_records_noun(default_kb):
    # "Native American": a group, no name; the winner is the subject of "made history"
    assert verdicts("In a speech that brought the room to its feet, Lily Gladstone made history "
                    "as the first Native American to win the Oscar for Best Actress, for Killers "
                    "of the Flower Moon.", default_kb) == ["refuted"]
    assert verdicts("Michelle Yeoh made history as the first Asian woman to win the Oscar for "
                    "Best Actress, for Everything Everywhere All at Once.",
                    default_kb) == ["not_enough_info"]
    assert verdicts("In 2021, Frances McDormand made history as the first Asian woman to win the "
                    "Oscar for Best Director.", default_kb) == ["refuted"]
