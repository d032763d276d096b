"""The registry of checks and the verdicts they give. Each relation family's module registers
its checks here with `@check(kind, ...)` (a claim's kind or predicate names its check); each check
returns a `Verdict` (or None: nothing decides it), built with `supported`, `refuted` or `nei`."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from rapidfuzz import fuzz

from ..kb.store import Fact
from ..textutil import fold


CHECKS: dict[str, Callable] = {}


def check(*kinds: str):
    def deco(fn):
        for k in kinds:
            CHECKS[k] = fn
        return fn
    return deco


@dataclass
class Verdict:
    verdict: str
    explanation: str
    facts: list[Fact] = field(default_factory=list)
    confidence: float = 0.5


def supported(expl: str, facts: Iterable[Fact], conf: float | None = None) -> Verdict:
    facts = list(facts)
    if conf is None:
        conf = 0.95 if any(len(f.sources) > 1 for f in facts) else 0.9
        if any(f.disputed for f in facts):
            conf = 0.6
    return Verdict("supported", expl, facts, conf)


def refuted(expl: str, facts: Iterable[Fact], conf: float = 0.9) -> Verdict:
    facts = list(facts)
    if any(len(f.sources) > 1 for f in facts):
        conf = max(conf, 0.95)
    return Verdict("refuted", expl, facts, conf)


def nei(expl: str, facts: Iterable[Fact] = ()) -> Verdict:
    return Verdict("not_enough_info", expl, list(facts), 0.5)


def L(kb, eid: Optional[str]) -> str:
    return kb.label(eid) if eid else "?"


def _firm(facts: Iterable[Fact]) -> list[Fact]:
    return [f for f in facts if not f.disputed]


def _unknown(c) -> Optional[Verdict]:
    """A place or a story person the KB lacks: the claim stays open, never refuted."""
    if c.slots.get("unknown"):
        return nei(f"The KB does not know {c.slots['unknown']}, so it cannot check this.")
    return None


def same_name(a: str, b: str) -> bool:
    """Whether two written names may be one person's: the same once folded, a surname or given
    name alone for the full name, or a spelling a letter or two away."""
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    # "Nolan" for "Christopher Nolan": a surname alone is the same person; so may a given name
    # alone be ("Ethan and Joel Coen": the surname is shared)
    return fb.endswith(" " + fa) or fa.endswith(" " + fb) or fb.startswith(fa + " ") \
        or fa.startswith(fb + " ") or fuzz.ratio(fa, fb) >= 88


_BOUND_WORDS = {"above": "more than", "below": "less than", "at_least": "at least",
                "at_most": "at most"}


def within_bound(got: int, said: int, bound: Optional[str]) -> Optional[bool]:
    """Whether a measure the KB gives (`got`) meets one the sentence bounds ("more than two
    decades": `bound` above 20); None when the sentence states no such bound."""
    return {"above": got > said, "below": got < said, "at_least": got >= said,
            "at_most": got <= said}.get(bound or "")


def bound_words(bound: str, said: str) -> str:
    """The bound said in words: "more than 20 years"."""
    return f"{_BOUND_WORDS.get(bound, '')} {said}".strip()
