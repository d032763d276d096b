"""A length set on a clause's subject with "at" is the film's runtime, whether it is fronted
("At 139 minutes it never drags", the subject a pronoun for the film in focus) or set off by
commas right after the subject ("Anora, at 139 minutes, never drags"); the verb's negation
denies only what the verb says. Sentences are written for these tests; the default KB gives
Anora 139 minutes (sources differ, so a wrong length is never refuted)."""
from __future__ import annotations

import reelcheck


def runtimes(text, kb):
    return [(c.text, c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "runtime"]


def test_a_fronted_length_on_a_pronoun_subject(default_kb):
    got = runtimes("Anora is a long film. At 139 minutes it never drags.", default_kb)
    assert [v for _t, v in got] == ["supported"]
    got = runtimes("Anora is a long film. At 150 minutes it never drags.", default_kb)
    assert [v for _t, v in got] == ["not_enough_info"]


def test_a_length_set_off_after_the_subject_is_not_denied_by_the_verb(default_kb):
    assert runtimes("Anora, at 139 minutes, never drags.", default_kb) == [
        ("Anora, at 139 minutes, never drags", "supported")]
    assert [v for _t, v in runtimes("Anora, at 150 minutes, never drags.", default_kb)] == \
        ["not_enough_info"]
