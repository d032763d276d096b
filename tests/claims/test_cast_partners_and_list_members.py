"""Cast members named beside another's part and in lists:
- a partner phrase on a verb of a part ("plays Vanya opposite A", "portrays B alongside C")
  puts each partner in the film's cast, a claim of its own; the parser may read "opposite A"
  as the verb's object with "opposite" its modifier;
- a name the KB lacks in a cast list ("Cast: A, B, Jane Roe") is a member of its own: the
  other members' places hold without it;
- a member verb labelling a list ("Starring: A, B, C") lists the cast as a cast noun does.

Sentences written for these tests; the facts are the default KB's (Anora: Mikey Madison plays
Ani, Mark Eydelshteyn Vanya, Yura Borisov Igor, Karren Karagulian Toros, Vache Tovmasyan
Garnick; Sean Baker directed it)."""
from __future__ import annotations

import reelcheck

LEAD = "Anora opened wide after Cannes.\n\n"


def _claims(text, kb):
    return reelcheck.check(text, kb=kb).claims


def _about(claims, name, category="cast"):
    hit = [c for c in claims if c.category == category and name in c.text]
    assert hit, (name, [(c.text, c.verdict) for c in claims])
    return hit[-1]


def test_the_partner_opposite_a_part_is_in_the_cast(default_kb):
    got = _claims(LEAD + "Mark Eydelshteyn plays opposite Mikey Madison as Vanya.", default_kb)
    part = [c for c in got if c.predicate == "played_by"]
    assert part and all(c.verdict == "supported" for c in part), [
        (c.text, c.verdict, c.explanation) for c in part]
    assert any(c.text == "Mikey Madison" and c.verdict == "supported" for c in got)


def test_a_partner_who_is_no_cast_member_is_not_confirmed(default_kb):
    got = _claims(LEAD + "Mark Eydelshteyn plays Vanya opposite Sean Baker.", default_kb)
    partner = [c for c in got if c.text == "Sean Baker"]
    assert partner and partner[0].verdict == "not_enough_info", [
        (c.text, c.verdict, c.explanation) for c in got]


def test_partners_listed_after_alongside(default_kb):
    got = _claims(LEAD + "The scene-stealer is Karren Karagulian, who portrays Toros alongside "
                  "Yura Borisov and Vache Tovmasyan.", default_kb)
    assert _about(got, "Yura Borisov").verdict == "supported"
    assert _about(got, "Vache Tovmasyan").verdict == "supported"


def test_an_unknown_name_in_a_cast_list_leaves_the_others_standing(default_kb):
    got = _claims(LEAD + "Cast: Mikey Madison, Mark Eydelshteyn, Simon Rex.", default_kb)
    first = _about(got, "Mikey Madison")
    assert first.verdict == "supported", (first.text, first.verdict, first.explanation)
    assert _about(got, "Mark Eydelshteyn").verdict == "supported"


def test_a_starring_label_lists_the_cast(default_kb):
    got = _claims(LEAD + "Starring: Mikey Madison, Yura Borisov, Karren Karagulian.",
                  default_kb)
    for name in ("Mikey Madison", "Yura Borisov", "Karren Karagulian"):
        assert _about(got, name).verdict == "supported", name


def test_partners_set_off_on_the_subject_are_each_in_the_cast(default_kb):
    got = _claims("Mikey Madison, alongside Yura Borisov and Sean Baker, stars in Anora.",
                  default_kb)
    assert any(c.text == "Yura Borisov" and c.verdict == "supported" for c in got), [
        (c.text, c.verdict) for c in got]
    assert any(c.text == "Sean Baker" and c.verdict == "not_enough_info" for c in got)
