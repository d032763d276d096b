"""A job in a 'with' phrase of a passive verb ("the film was made with cinematography by X"):
the parser hangs the "by" phrase right after the job on the verb, as its agent; it names the
job's maker, and the film is the verb's subject. Sentences written for these tests; facts from
the default KB (Anora: director of photography Drew Daniels, production designer Stephen Phelps)."""
from __future__ import annotations

import reelcheck

LEAD = "Anora opened in New York in October. "


def crew(text, kb):
    return [(c.predicate, c.slots.get("person") or c.slots.get("name"), c.verdict)
            for c in reelcheck.check(LEAD + text, kb=kb).claims if c.category == "crew"]


def test_the_agent_after_the_job_is_its_maker(default_kb):
    got = crew("The film was made with cinematography by Drew Daniels.", default_kb)
    assert [v for _, _, v in got] == ["supported"]


def test_another_maker_of_a_complete_credit_is_refuted(default_kb):
    got = crew("The film was made with cinematography by Stephen Phelps.", default_kb)
    assert [v for _, _, v in got] == ["refuted"]
