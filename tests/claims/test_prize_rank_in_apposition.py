"""A prize's rank said beside its name ("the Grand Prix, the festival's top prize") is a claim
of its own: the show's top and second prizes are known, so a wrong rank is refuted; a prize
that once was the top prize under its name is judged at the sentence's year (or its winner's).
Sentences written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def ranks(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "prize_rank"]


def test_the_second_prize_called_the_top_one_is_refuted(default_kb):
    assert ranks("The Zone of Interest won the Grand Prix, the festival's top prize.",
                 default_kb) == ["refuted"]
    assert ranks("Critics cheered when the Grand Prix, Cannes' top award, went to Sentimental "
                 "Value in 2025.", default_kb) == ["refuted"]
    # its true rank is supported
    assert ranks("The Zone of Interest won the Grand Prix, the festival's second prize.",
                 default_kb) == ["supported"]


def test_the_top_prize_ranked_lower_is_refuted(default_kb):
    assert ranks("Anatomy of a Fall took the Palme d'Or, the festival's highest honour.",
                 default_kb) == ["supported"]
    assert ranks("Anatomy of a Fall took the Palme d'Or, the festival's runner-up prize.",
                 default_kb) == ["refuted"]
    # a rank said of another show makes no rank claim
    assert ranks("Anatomy of a Fall won the Palme d'Or, the Oscars' top prize.",
                 default_kb) == []


def test_the_rank_does_not_leave_the_win_unjudged(default_kb):
    got = reelcheck.check("Anatomy of a Fall took the Palme d'Or, the festival's highest "
                          "honour.", kb=default_kb).claims
    assert [c.verdict for c in got] == ["supported", "supported"]


def test_a_former_top_prize_is_judged_at_its_year(default_kb):
    assert ranks("The Lost Weekend won the Grand Prix, the festival's top prize, in 1946.",
                 default_kb) == ["supported"]
    # no year and no winner the KB knows: open
    assert ranks("Nobody expected the Grand Prix, the festival's top prize, to go abroad.",
                 default_kb) in ([], ["not_enough_info"])


def test_a_rank_set_off_by_dashes_is_read(default_kb):
    # the parser hangs an aside between dashes on the verb, not the prize
    assert ranks("Trier took the Grand Prix \u2014 the festival\u2019s second-highest award "
                 "\u2014 for Sentimental Value.", default_kb) == ["supported"]
    assert ranks("Trier took the Grand Prix \u2014 the festival\u2019s highest award \u2014 "
                 "for Sentimental Value.", default_kb) == ["refuted"]


def test_a_former_top_prize_is_dated_by_its_film_or_the_paragraph_s_edition(default_kb):
    # the film the prize was taken for, or the edition the paragraph speaks of, dates it
    assert ranks("Joachim Trier accepted the Grand Prix \u2014 the festival\u2019s top award "
                 "\u2014 for Sentimental Value.", default_kb) == ["refuted"]
    assert ranks("The 78th Cannes Film Festival closed on Saturday. Joachim Trier accepted "
                 "the Grand Prix, the festival's top award.", default_kb) == ["refuted"]
    assert ranks("The 78th Cannes Film Festival closed on Saturday. Joachim Trier accepted "
                 "the Grand Prix, the festival's runner-up award.", default_kb) == ["supported"]
