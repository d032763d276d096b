"""A crew title with a count ("the two editors, A and B"): each named holder is a credit, and
the count is a slot of each. It holds only against the film's whole credit (declared complete
in the KB, or named whole by an Academy nomination); another count, or a credit not known
whole, leaves the credit open, never refuted. Sentences written for these tests; facts from the
default KB (Anora's full producer credit: Sean Baker, Samantha Quan, Alex Coco; Ford v
Ferrari's editing nomination names Michael McCusker and Andrew Buckland)."""
from __future__ import annotations

import reelcheck


def crew(text, kb):
    return [(c.slots.get("person"), c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.category == "crew"]


def test_the_right_count_of_a_complete_credit_supports(default_kb):
    got = crew("Anora won in Cannes. Its three producers, Samantha Quan, Alex Coco and Sean "
               "Baker, went on stage.", default_kb)
    assert got == [("samantha-quan", "supported"), ("alex-coco", "supported"),
                   ("sean-baker", "supported")]


def test_a_wrong_count_leaves_each_credit_open(default_kb):
    got = crew("Anora won in Cannes. Its four producers, Samantha Quan and Alex Coco, went on "
               "stage.", default_kb)
    assert got and all(v == "not_enough_info" for _, v in got)


def test_the_count_of_a_nominated_credit(default_kb):
    good = crew("Ford v Ferrari is about racing. Its two editors, Michael McCusker and Andrew "
                "Buckland, cut it fast.", default_kb)
    assert [v for _, v in good] == ["supported", "supported"]
    bad = crew("Ford v Ferrari is about racing. Its three editors, Michael McCusker and Andrew "
               "Buckland, cut it fast.", default_kb)
    assert bad and all(v == "not_enough_info" for _, v in bad)
