"""An 'as' phrase hanging on a partner ("alongside B as Y") is B's part when the cast verb
already holds its subject's own part as its object ("A plays a waitress, alongside B as Y"):
it is never paired with A. Sentences written for these tests; the facts are the default KB's
(Anora: Mikey Madison plays Ani, Yura Borisov plays Igor)."""
from __future__ import annotations

import reelcheck

LEAD = "Anora opened in Cannes. "


def cast(text, kb):
    return [(c.subject.label if c.subject else None,
             c.slots.get("actor"), c.verdict)
            for c in reelcheck.check(LEAD + text, kb=kb).claims if c.category == "cast"]


def test_the_partner_s_part_is_not_the_subject_s(default_kb):
    got = cast("Madison plays a waitress called Ani, alongside Yura Borisov as Igor.",
               default_kb)
    assert all(v != "refuted" for _, _, v in got)
    assert ("Igor", "yura-borisov", "supported") in got


def test_the_partner_s_part_with_a_bare_object(default_kb):
    got = cast("Madison plays a stripper, alongside Yura Borisov as Igor.", default_kb)
    assert all(v != "refuted" for _, _, v in got)
    assert ("Igor", "yura-borisov", "supported") in got
    # "A stars opposite B as X", A with no part of its own: the 'as' phrase stays A's
    got = cast("Madison stars opposite Mark Eydelshteyn as Ani.", default_kb)
    assert ("Anora Mikheeva", "mikey-madison", "supported") in got
