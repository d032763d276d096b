"""Verification: a verdict, evidence and a one-line explanation for every claim.

The rule that governs everything here: **refute only what the KB can refute.** A claim is
`refuted` only when the KB holds the relevant fact and is complete for it — a functional value
(runtime, birth date, a character's actor) or a set a factsheet declared complete (a ceremony's
winners, a film's nominations, its director credit). Disputed facts never refute; entities the
KB lacks never refute. Everything else that no fact supports is `not_enough_info`.
"""
from __future__ import annotations

from typing import Callable, Optional

from ..model import Claim
from . import awards
from .checks import CHECKS, Verdict, noted
from .sources import cite


def verify_claims(claims: list[Claim], kb, doc=None, options=None) -> list[Claim]:
    """Fill verdict, evidence, explanation and confidence of each claim (in place).

    Claims the verifier finds are not check-worthy after all (a weak appositive that the KB
    does not bear out) are dropped from the list.
    """
    keep = []
    for c in claims:
        kind = c.slots.get("kind") or c.predicate
        fn: Optional[Callable] = CHECKS.get(kind)
        v: Optional[Verdict] = None
        if c.slots.get("subject") is None and c.slots.get("subject_name"):
            v = awards.unknown_winner(kb, c) if kind == "award" else None
            v = v or Verdict("not_enough_info", f"The KB does not know "
                             f"{c.slots['subject_name']}, so it cannot check this claim.")
        elif c.slots.get("subject") is None or (c.subject and kb.entity(c.subject.id) is None):
            v = Verdict("not_enough_info", "The KB does not know who or what this claim is about.")
        elif kind == "award" and c.slots.get("count") is not None:
            v = awards.award_count(kb, c) or Verdict(
                "not_enough_info", "The KB cannot count these wins.")
        elif fn is not None:
            v = awards.account(kb, c, fn(kb, c))
        if (v is None or v.verdict == "not_enough_info") and c.slots.get("note_fact") \
                and not c.slots.get("negated") and c.subject and kb.entity(c.subject.id):
            v = noted(kb, c.slots["note_fact"]) or v  # a sourced note says the whole clause
        if v is None:
            if c.slots.get("weak"):
                continue
            v = Verdict("not_enough_info", "The KB holds no fact that decides this claim.")
        if v.verdict == "drop":
            continue
        if c.slots.get("negated") and v.verdict in ("supported", "refuted"):
            v = _negate(v)
        if c.hedged and v.verdict == "supported" and not v.facts:
            v = Verdict("not_enough_info", "Presented as rumour; nothing in the KB bears it out.")
        v, evidence = cite(kb, v, doc)  # best source first; never the article itself
        c.verdict = v.verdict
        c.explanation = v.explanation
        if c.hedged and v.verdict == "not_enough_info" and "rumour" not in v.explanation:
            c.explanation = "Presented as rumour or hearsay. " + v.explanation
        c.evidence = evidence
        c.confidence = v.confidence
        keep.append(c)
    claims[:] = _merge_groups(keep, doc)
    if options is not None:
        _attach_passages(claims, kb, options)
    return claims


def _merge_groups(claims: list[Claim], doc=None) -> list[Claim]:
    """One statement, one row: the claims one frame made about several parties ("X lost Best
    Actress to Y" is a nomination for X and a win for Y) become one claim. It is refuted when a
    part is, supported when every part is, and its explanation names each part."""
    groups: dict[str, list[Claim]] = {}
    for c in claims:   # within a frame, claims whose words overlap are one statement
        g = c.slots.get("group")
        if not g:
            continue
        for k in range(100):
            key = f"{g}#{k}"
            members = groups.get(key)
            if members is None or any(m.start < c.end and c.start < m.end for m in members):
                groups.setdefault(key, []).append(c)
                c.slots["group"] = key
                break
    if not groups:
        return claims
    out, done = [], set()
    for c in claims:
        g = c.slots.get("group")
        if not g or len(groups[g]) == 1:
            out.append(c)
            continue
        if g in done:
            continue
        done.add(g)
        parts = groups[g]
        verdicts = [x.verdict for x in parts]
        head = next((x for x in parts if x.verdict == "refuted"), None) or parts[0]
        head.verdict = ("refuted" if "refuted" in verdicts else "supported"
                        if all(v == "supported" for v in verdicts) else "not_enough_info")
        order = {"refuted": 0, "not_enough_info": 1, "supported": 2}
        parts.sort(key=lambda x: order[x.verdict])
        head.explanation = " ".join(
            f"{'Holds' if x.verdict == 'supported' else 'Wrong' if x.verdict == 'refuted' else 'Open'}"
            f": {x.explanation}" for x in parts)
        head.start, head.end = min(x.start for x in parts), max(x.end for x in parts)
        head.evidence = [e for x in parts for e in x.evidence][:6]
        head.confidence = min(x.confidence for x in parts)
        if doc is not None:
            head.text = doc.text[head.start:head.end]
        out.append(head)
    return out


def _negate(v: Verdict) -> Verdict:
    """'X did not win Y': the KB's answer to 'X won Y', turned around."""
    if v.verdict == "supported":
        return Verdict("refuted", "The article denies it, but the KB says otherwise: "
                       + v.explanation, v.facts, v.confidence)
    return Verdict("supported", "Correctly denied: " + v.explanation, v.facts, v.confidence)


def _attach_passages(claims: list[Claim], kb, options) -> None:
    """Trusted-source passages as extra evidence for claims the KB could not decide."""
    undecided = [c for c in claims if c.verdict == "not_enough_info"]
    if not undecided or not getattr(options, "evidence_passages", 0):
        return
    try:
        from ..sources import open_sources, search_passages
    except ImportError:
        return
    index = open_sources(kb, options)
    if index is None:
        return
    nli = None
    if getattr(options, "nli_model", None):
        from ..nli import load_verifier
        nli = load_verifier(options.nli_model)
    for c in undecided:
        passages = search_passages(index, c.text, k=options.evidence_passages)
        c.evidence += passages
        if nli is not None and passages and not c.hedged:
            decision = nli.decide(c.text, [p.statement for p in passages])
            if decision is not None:
                label, prob = decision
                if label == "supported":
                    c.verdict, c.confidence = "supported", float(prob)
                    c.explanation = "A trusted passage entails this claim (NLI model)."
