""""opposite X" / "alongside X" on a part or a credit names a co-star: a slot of the claim that
the KB judges by the film's cast. A co-star the KB holds in that cast lets the part stand; one it
does not (or a name it lacks) leaves the part open, never refuted; and a partner preposition the
parser folds into the name or reads as the name's modifier still names a co-star, not the one
who plays. Sentences written for these tests; facts of the default KB's Anora sheet."""
from __future__ import annotations

import reelcheck


def _cast(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category in ("cast", "filmography")]


def _verdicts(text, kb):
    return [(c.text, c.verdict, c.explanation) for c in _cast(text, kb)]


def test_a_costar_in_the_films_cast_lets_the_part_stand(default_kb):
    for text in ("Mark Eydelshteyn, who stars opposite Mikey Madison as Vanya, was barely "
                 "known outside Russia before the shoot.",
                 "The newcomer Mark Eydelshteyn, who plays opposite Yura Borisov as Vanya, "
                 "trained at a Moscow theatre school."):
        got = _cast(text, default_kb)
        assert got and all(c.verdict == "supported" for c in got), _verdicts(text, default_kb)


def test_a_costar_outside_the_films_cast_leaves_the_part_open(default_kb):
    # Simon Rex is no name of the KB; Willem Dafoe is, but not in Anora's cast
    for text in ("Mark Eydelshteyn, who stars opposite Simon Rex as Vanya, was barely known "
                 "outside Russia before the shoot.",
                 "Mark Eydelshteyn, who stars opposite Willem Dafoe as Vanya, was barely known "
                 "outside Russia before the shoot."):
        got = _cast(text, default_kb)
        assert got and not any(c.verdict == "supported" for c in got), _verdicts(text, default_kb)
        assert not any(c.verdict == "refuted" for c in got), _verdicts(text, default_kb)


def test_a_partner_folded_into_the_name_is_not_the_player(default_kb):
    # the parser takes "Opposite" for part of the name; the one who plays is the subject
    text = "Opposite Madison, Mark Eydelshteyn plays Vanya."
    got = _cast(text, default_kb)
    assert got and not any(c.verdict == "refuted" for c in got), _verdicts(text, default_kb)
    assert any(c.verdict == "supported" for c in got), _verdicts(text, default_kb)
    # ... and the mutant part is still refuted as the subject's
    got = _cast("Opposite Madison, Mark Eydelshteyn plays Igor.", default_kb)
    assert any(c.verdict == "refuted" and "Borisov" in c.explanation for c in got), [
        (c.text, c.verdict, c.explanation) for c in got]


def test_an_as_phrase_after_a_misread_partner_is_the_partners(default_kb):
    # the parser reads "stars" as a noun and "opposite" as a modifier of the partner's name:
    # "as Vanya" after the partner is the partner's part, not the subject's
    text = "Madison stars as Ani opposite Mark Eydelshteyn as Vanya."
    got = _cast(text, default_kb)
    assert got and not any(c.verdict == "refuted" for c in got), _verdicts(text, default_kb)
