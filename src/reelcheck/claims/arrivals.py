"""Who is already gone when others arrive, in a film's story ("Upon reaching the mansion, they
learn that Vanya has vanished", "By the time the henchmen show up, Vanya has fled").

A verb of `plot.arrivals.absence_verbs` said in a prior form (a perfect, "already", or the
complement of a verb of discovery: what one learns has happened before) or a state of
`absence_states` ("Vanya is gone"), of a character, and set at an arrival: a clause or an
'upon'/'on' phrase on it (or on its verb of discovery) whose verb is one of `arrival_verbs`,
at a noun of `arrival_nouns` (an arrival naming no place may be another, later one). The claim is one of kind `plot_absence`:
the absent character (`who`) and the ones arriving (`arrivers`: characters named, or True for
a noun or pronoun the paragraph may make theirs). verify/plot.py judges it by the KB's plot fact
of the arrival (`action: arrival`), which says who is there when they come.
"""
from __future__ import annotations

from typing import Optional

from ..model import Claim, EntityRef
from .frames import conjuncts
from .parse import Parsed, lexicon


def _words() -> dict:
    return lexicon().section("plot").get("arrivals") or {}


def word_lemmas() -> frozenset:
    """The lemmas of the absence verbs and states, for the family's candidate gate."""
    w = _words()
    return frozenset(w.get("absence_verbs") or ()) | frozenset(w.get("absence_states") or ())


def _prior(tok) -> bool:
    """Whether an absence verb is said as done before the moment of its clause: a perfect
    ("has vanished", "had fled"), "already", or a state ("is gone")."""
    w = _words()
    if tok.lemma_.lower() in set(w.get("absence_states") or ()) or tok.lower_ in set(
            w.get("absence_states") or ()):
        return tok.dep_ in ("acomp", "ROOT", "ccomp", "conj") or tok.pos_ == "ADJ"
    return tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have"
                                     for c in tok.children) \
        or any(c.dep_ == "advmod" and c.lower_ == "already" for c in tok.children)


def _arrival(verb) -> Optional[object]:
    """The arrival a verb is set at: the verb of an adverbial clause on it opened by a word of
    `arrival_marks` ("when they arrive at the house"), or of an 'upon'/'on' phrase ("upon
    reaching the mansion"), when that verb is one of `arrival_verbs` and names where, by a
    noun of `arrival_nouns` only."""
    w = _words()
    marks, verbs = set(w.get("arrival_marks") or ()), set(w.get("arrival_verbs") or ())
    nouns = set(w.get("arrival_nouns") or ())
    def timed(x) -> bool:   # "by the time they arrive": the phrase on the clause or beside it
        return any(c.dep_ == "prep" and c.lower_ in marks and any(
            o.dep_ == "pobj" and o.lemma_.lower() in set(w.get("time_nouns") or ())
            for o in c.children) for c in x.children)
    got = [c for c in verb.children if c.dep_ == "advcl" and (timed(verb) or timed(c) or any(
        m.dep_ in ("mark", "advmod") and m.lower_ in marks for m in c.children))]
    # "by the time they arrive": the clause hangs on "time"
    got += [r for c in verb.children if c.dep_ == "prep" and c.lower_ in marks
            for o in c.children if o.dep_ in ("pcomp", "pobj")
            for r in [o, *(k for k in o.children if k.dep_ in ("relcl", "acl"))]]
    for a in got:
        if a.lemma_.lower() not in verbs or a.pos_ not in ("VERB", "AUX"):
            continue
        where = [o for o in a.children if o.dep_ == "dobj"] + [
            o for c in a.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"
            and o.lemma_.lower() not in set(w.get("time_nouns") or ())]
        if not where or any(o.pos_ in ("NOUN", "PROPN") and o.lemma_.lower() not in nouns
                            for o in where):
            continue   # "upon reaching Las Vegas": another arrival than at the house (and
            # one that names no place may be a later one: "when Igor arrives the next day")
        return a
    return None


def absence_claims(reader, p: Parsed, hedged: bool) -> list[Claim]:
    """The `plot_absence` claims of a parsed sentence (see the module's doc)."""
    w = _words()
    discovery = set(w.get("discovery_verbs") or ())
    lemmas = word_lemmas()   # (read once per sentence, not twice per token)
    out = []
    for tok in p.doc:
        if tok.lemma_.lower() not in lemmas and tok.lower_ not in lemmas:
            continue
        found = tok.dep_ == "ccomp" and tok.head.lemma_.lower() in discovery
        if not (_prior(tok) or found):
            continue
        # (a state completing "be": the clause hangs on the copula, "Vanya is gone")
        arrival = _arrival(tok) or (_arrival(tok.head) if found or tok.dep_ == "acomp"
                                    else None)
        if arrival is None:
            continue
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and tok.dep_ == "acomp":
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        a = p.arg_at(subj.i) if subj is not None else None
        if a is None or a.kind != "character" or not a.entity:
            continue
        comer = next((c for c in arrival.children if c.dep_ == "nsubj"), None)
        if comer is None and found:
            comer = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if comer is None:
            continue
        ca = p.arg_at(comer.i)
        named = [x for t in conjuncts(comer) if (x := p.arg_at(t.i)) is not None
                 and x.kind == "character" and x.entity]
        arrivers = sorted({x.entity for x in named}) if ca is not None \
            else reader._arrivers_word(p, comer)
        if not arrivers:
            continue
        film = reader._film_of(p, tok.i, [a])
        if film is None:
            continue
        lo = min(tok.i, subj.i, arrival.left_edge.i, comer.i)
        hi = max(tok.i, subj.i, arrival.i) + 1
        start, end = p.span_of(lo, hi)
        s = p.sentence
        start, end = max(s.start, start), min(s.end, end)
        out.append(Claim(id="", start=start, end=end, text=reader.text[start:end],
                         category="plot", subject=EntityRef(film, reader.kb.label(film)),
                         predicate="plot", object="absence", hedged=hedged,
                         slots=dict(kind="plot_absence", subject=film, who=a.entity,
                                    arrivers=arrivers, negated=False)))
    return out
