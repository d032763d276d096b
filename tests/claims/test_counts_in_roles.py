"""A count said in a role ("as an editor") is read within the role's class of categories; a
count said in a role no class singles out ("as a producer") or in several roles ("as director,
writer and editor", where writers often leave out the Best Picture won as a producer) is a
part of the record the KB cannot single out: open both ways (sentences written for
reelcheck's tests). "won three Oscars as director, writer and editor" had been refuted as
"won 4, not 3", and "four Oscars as a director and cinematographer" supported."""
from __future__ import annotations

import pytest

import reelcheck


def verdicts(text: str, kb) -> list[str]:
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims]


@pytest.mark.parametrize("text", [
    "Sean Baker won three Oscars as director, writer and editor.",
    "At the 97th Academy Awards Sean Baker won three Oscars as director, writer and editor.",
    "Sean Baker won four Oscars as a director and cinematographer.",
    "Sean Baker won four Oscars as a producer.",
])
def test_count_in_roles_no_class_singles_out_is_open(default_kb, text):
    got = verdicts(text, default_kb)
    assert got and "supported" not in got and "refuted" not in got, got


@pytest.mark.parametrize("text, want", [
    ("Sean Baker won one Oscar as an editor.", "supported"),
    ("Sean Baker won two Oscars as an editor.", "refuted"),
    ("Sean Baker won one Oscar as a writer.", "supported"),
    ("Sean Baker won two Oscars as a writer.", "refuted"),
])
def test_count_in_one_craft_role(default_kb, text, want):
    got = verdicts(text, default_kb)
    assert want in got, got
    if want == "supported":
        assert "refuted" not in got, got
