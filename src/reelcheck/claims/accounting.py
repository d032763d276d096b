"""Slot accounting: a support must have judged every slot its clause states.

At extraction (`record`), each claim of a parsed sentence notes what its clause states: the
clause is the predicate's dependency subtree without the clauses that hang in it (relative,
adverbial, complement, coordinated verbs: lexicon `accounting.clause_deps`), and its slots are
the numbers, dates, ordinals and amounts, the KB entities, and the names the KB lacks that the
clause attaches as a person, a work or a rival. At verification (`account`), a `supported`
claim whose clause states a slot that neither it nor another claim of its sentence judged (the
slot's entity, name or number is in no claim's slots, facts or explanation) becomes
`not_enough_info`, naming the slot. It never refutes.
"""
from __future__ import annotations

from typing import Optional
from ..kb.awards import award_family, year_named
from ..textutil import fold

from .context import tie_in_description
from .intervals import event_objects, governing_verb, told_event
from .frames import (category_phrase_start, first_conjunct, hyphen_word, leading_label_end,
                     set_off_comparatives)
from .text import MONTHS, NUMBER_WORDS, ORDINAL_WORDS

_SKIP_NUMBER_WORDS = {"a", "an", "single"}


# claims that tell a part or a credit: a co-star they name is a slot the film's cast judges
CREDIT_CATEGORIES = frozenset({"cast", "filmography"})

# claims whose words stay slots of the other claims of their clause (claims/descriptions.py)
LENDS_NO_SLOTS = frozenset({"character_role"})
# the claims of a description set off beside a name (claims/descriptions.py)
SAID_BESIDE = frozenset({"entity_description"})


def _conf() -> dict:
    from .parse import lexicon
    return lexicon().section("accounting")


def _is_head(t, deps) -> bool:
    if t.dep_ in ("advcl", "xcomp") and t.pos_ == "VERB" and _rival_verb(t) and not any(
            x.dep_ in ("nsubj", "nsubjpass") for x in t.children):
        return False   # "won Best Picture, beating X": whom the win beat is said of the win
    return t.dep_ in deps or (t.dep_ == "conj" and t.pos_ in ("VERB", "AUX"))


def _rival_verb(t) -> bool:
    """A verb whose object is the one beaten (lexicon relations with a `beaten` object)."""
    from .parse import lexicon
    return any(c.relation.role("dobj") == "beaten" for c in lexicon().verb_cues(t.lemma_.lower()))


def _clause_of(t, deps):
    while not _is_head(t, deps) and t.head.i != t.i:
        t = t.head
    return t


def _depth(t) -> int:
    n = 0
    while t.head.i != t.i:
        t, n = t.head, n + 1
    return n


def _readings(text: str, scales: dict) -> list[set]:
    """What a number, date or amount says, one set of acceptable values per number in it
    ("$6 million": {6, 6000000}; "February 9, 2020": {2}, {9}, {2020}); [] for none."""
    words = []
    for w in text.replace("-", " ").replace("/", " ").split():
        w = w.strip("$£€(),.;:'\"").lower()
        if w:
            words.append(w)
    out: list[set] = []
    skip, half = -1, False
    for k, w in enumerate(words):
        if k == skip:
            continue
        if w == "half":   # "half a dozen": half of the number that follows
            half = True
            continue
        val: Optional[float] = None
        digits = w.replace(",", "")
        for suf in ("st", "nd", "rd", "th", "s"):
            if digits.endswith(suf) and digits[:-len(suf)].replace(".", "", 1).isdigit():
                digits = digits[:-len(suf)]
                break
        unit = None
        for sc in scales:   # "6m", "1.2bn"
            if digits.endswith(sc) and digits[:-len(sc)].replace(".", "", 1).isdigit():
                digits, unit = digits[:-len(sc)], sc
                break
        if digits.replace(".", "", 1).isdigit():
            val = float(digits)
        elif w in NUMBER_WORDS and w not in _SKIP_NUMBER_WORDS:
            val = float(NUMBER_WORDS[w])
            unit_word = words[k + 1] if k + 1 < len(words) else ""
            if val in (20, 30, 40, 50, 60, 70, 80, 90) and 0 < NUMBER_WORDS.get(
                    unit_word, 0) < 10 and unit_word not in _SKIP_NUMBER_WORDS:
                val, skip = val + NUMBER_WORDS[unit_word], k + 1   # "twenty-one"
        elif w in ORDINAL_WORDS:
            val = float(ORDINAL_WORDS[w])
        elif w in MONTHS and len(w) > 3:
            val = float(MONTHS[w])
        if val is None:
            continue
        if half:
            val, half = val / 2, False
        alts = {val}
        nxt = words[k + 1] if k + 1 < len(words) else None
        scale = scales.get(unit) if unit else scales.get(nxt) if nxt else None
        if scale:
            alts.add(val * scale)
        out.append(alts)
    return out


_LONG_DASHES = "\u2014\u2013"


def _field_dashes(text: str) -> list[tuple[int, int]]:
    """(start, end) of each long dash set off by a space on either side, the spaces with it,
    left to right and never sharing a space."""
    out, last = [], 0
    for i, ch in enumerate(text):
        if ch in _LONG_DASHES and i - 1 >= last and text[i - 1].isspace() \
                and i + 1 < len(text) and text[i + 1].isspace():
            out.append((i - 1, i + 2))
            last = i + 2
    return out


def _row_fields(text: str) -> list:
    """The character ranges of a credit row's fields: a line of three or more parts set off
    by spaced long dashes, with no closing stop (a title, its director, its cast, its
    running time); one field spanning the whole text for anything else (prose, where a
    dash sets off an aside of its sentence)."""
    seps = _field_dashes(text) if any(d in text for d in _LONG_DASHES) else []
    if len(seps) < 2 or "\n" in text.strip() or text.rstrip().endswith((".", "!", "?")):
        return [(0, len(text))]
    out, a = [], 0
    for start, end in seps:
        out.append((a, start))
        a = end
    return out + [(a, len(text))]


def record(p, found: list) -> None:
    """Note on each claim of a parsed sentence the slots of each clause its words hold
    (shallowest first); the verifier takes the clause the claim itself judged best."""
    if p is None or not found:
        return
    conf = _conf()
    deps = set(conf.get("clause_deps", ()))
    doc, off = p.doc, p.offset
    fields = _row_fields(doc.text)
    homes: list = []   # each token's clause head (`_clause_of`), found once for all the claims

    def home_of(t) -> int:
        if not homes:
            homes.extend(_clause_of(x, deps).i for x in doc)
        return homes[t.i]
    for c in found:
        toks = [t for t in doc if c.start <= off + t.idx and off + t.idx + len(t.text) <= c.end]
        if not toks:
            continue
        heads = sorted((t for t in toks if _is_head(t, deps)), key=_depth)
        if heads:
            clauses = [{t.i for t in doc if home_of(t) == h.i} for h in heads]
        else:   # a claim said in a noun phrase: the slots of its own words
            root = min(toks, key=_depth)
            home = home_of(root)
            own = [t for t in toks if home_of(t) == home]
            clauses = [{t.i for t in own} | {
                x.i for t in own if t.i == root.i or t.pos_ in ("NOUN", "PROPN")
                for ch in t.children if ch.dep_ == "amod" for x in ch.subtree} | {
                x.i for ch in root.children if ch.dep_ == "poss" for x in ch.subtree}
                | _comparative_after(root, doc[home])
                | (_subject_time(root, doc[home], conf, deps) if c.slots.get("kind") not in
                   set(conf.get("subject_time_own_kinds", ())) else set())]
            # the words describing a noun belong to it ("the lowest-grossing winner", also
            # when the claim's words open after them and end in a phrase of the verb), and so
            # does its possessor ("Howard's Oscar-winning Gladiator": whose film it is); when
            # the noun is the clause's subject, the time its verb states is its time too
        held = {t.head.head.i for t in toks if t.dep_ == "pobj" and t.head.dep_ == "prep"
                and _held_record_noun(t.head.head)}
        for clause in clauses if held else ():   # "set the record of 14 nominations": the
            clause |= held   # record the count is said as is the count's to account for
        for clause, h in zip(clauses, heads) if heads else ():
            # "one of three films to win five Oscars", "one of two people who won four in a
            # night": how many the set the clause restricts holds is stated of the claim
            clause |= _set_size(h)
        led = {t.head.head.i for t in toks if t.dep_ == "pobj" and t.head.dep_ == "prep"
               and t.head.head.pos_ == "VERB" and _degree(t.head.head, p, conf)}
        for clause in clauses if led and not heads else ():   # "led the field with 13
            clause |= led   # nominations": the lead the count is said with, likewise
        # a slot inside another claim's words, apart from this claim's, is that claim's to
        # account for ("awarded the Palme to A and the Grand Prix to B": B is the second's)
        # (not a description's own claim, "Igor, a taxi driver": it only ever supports or
        # leaves open what the character is, so a claim whose clause states it still must)
        apart = {t.i for o in found if o is not c and (o.end <= c.start or c.end <= o.start)
                 and o.slots.get("kind") not in LENDS_NO_SLOTS
                 for t in doc if o.start <= off + t.idx < o.end}
        # a description set off beside a name ("Barbie, the year's biggest hit, won ..."):
        # its own claim's words, though the claim's words run over it
        apart |= {t.i for o in found if o is not c and o.slots.get("kind") in SAID_BESIDE
                  and c.start <= o.start and o.end <= c.end and (c.start, c.end) != (o.start, o.end)
                  for t in doc if o.start <= off + t.idx < o.end}
        # a credit row's fields ("Title (2023) — Directed by A — Starring B, C — 120 min"):
        # a field is no slot of a claim made in another one
        apart |= {t.i for t in doc if not any(a <= t.idx < b for a, b in fields
                                              if a < c.end - off and c.start - off < b)}
        # (an order is the clause's even where a claim on the time between the events holds
        # its words: that claim judges it, or, dropped, leaves it open)
        c.slots["stated_slots"] = [_slots(p, clause - apart, conf, (c.start, c.end),
                                          partner=c.category == "plot",
                                          credit=c.category in CREDIT_CATEGORIES)
                                   + _orders(p, clause, conf)
                                   + (_clause_orders(p, clause) if c.category == "plot" else [])
                                   for clause in clauses]
        c.slots["sentence_at"] = off


def _set_size(h) -> set:
    """The number of a "one of N nouns" set that clause `h` restricts: a relative clause on
    the noun ("one of two people who won four Oscars in a night") or an infinitive right
    after it ("one of three films to win five Oscars", which the parser may hang on the
    verb "one" is the attribute of). The claim made in the clause states that N as well:
    a slot it must account for, or the claim stays open."""
    noun = None
    if h.dep_ in ("relcl", "acl") and h.head.dep_ == "pobj":
        noun = h.head
    elif h.dep_ in ("advcl", "xcomp", "acl") and any(x.dep_ == "aux" and x.lower_ == "to"
                                                      for x in h.children):
        for a in h.head.children:
            if a.lower_ == "one" and a.dep_ in ("attr", "appos", "dobj") and \
                    a.right_edge.i + 1 == h.left_edge.i:
                noun = next((o for pr in a.children if pr.dep_ == "prep" and pr.lower_ == "of"
                             for o in pr.children if o.dep_ == "pobj"), None)
    if noun is None or noun.head.lower_ != "of" or noun.head.head.lower_ != "one":
        return set()
    return {x.i for x in noun.children if x.dep_ == "nummod"}


def _subject_time(root, verb, conf: dict, deps: set) -> set:
    """The words of the time a clause's verb states when a claim said in a noun phrase is
    the verb's subject ("Her role in Scream came in 2021", "His previous film, Red Rocket,
    was made in 2019"): the year is when the role or the film was, a slot of the claim."""
    if root.dep_ not in set(conf.get("subject_deps", ())) or root.head.i != verb.i \
            or verb.i == root.i:
        return set()
    kinds = set(conf.get("subject_time_ents", ()))
    # ("has made films for two decades": a span the verb lasted, not a time of the noun's)
    spans = set(conf.get("subject_time_span_preps", ()))
    out: set = set()
    for ch in verb.children:
        if ch.dep_ in set(conf.get("subject_time_deps", ())) and ch.lower_ not in spans and any(
                x.ent_type_ in kinds for x in ch.subtree):
            out |= {x.i for x in ch.subtree if _clause_of(x, deps).i == verb.i}
    return out   # (not a clause hanging in it: "on March 2, hosted by X")


def _slots(p, clause: set, conf: dict, span: tuple, partner: bool = False,
           credit: bool = False) -> list:
    """What one clause states: ("entity", text, id), ("name", text, None) for a name the KB
    lacks, ("number", text, [acceptable values per number]). `partner`: the clause tells an
    event of the story, whose object a person noun may describe ("marries the son of a
    Ukrainian billionaire": the one she marries, whom the event's facts name). `credit`: the
    clause tells a part or a credit, whose co-star ("opposite X", "alongside X": the cast
    section's `partner_preps`) is a slot ("costar", text, id or None) the KB judges by the
    film's cast."""
    from .parse import lexicon
    costar_preps = set(lexicon().section("cast").get("partner_preps") or ()) if credit else set()
    argument_deps = set(conf.get("argument_deps", ()))
    subject_deps = set(conf.get("subject_deps", ()))
    name_preps = set(conf.get("name_preps", ()))
    person_preps = set(conf.get("person_preps", ()))
    name_deps = set(conf.get("name_deps", ()))
    name_kinds = set(conf.get("name_kinds", ()))
    number_kinds = set(conf.get("number_kinds", ()))
    entity_types = set(conf.get("entity_types", ()))
    doer_kinds = set(conf.get("doer_kinds", ()))
    scales = conf.get("scales", {})
    doc, off = p.doc, p.offset
    linked = [a for a in p.args if a.entity]
    # the characters a story's clause names as its arguments: who does it and to whom
    story_people = {a.head for a in linked if a.kind == "character"} if partner else set()
    context = set(conf.get("context_preps", ()))
    # not slots of the clause: a possessor names whose a thing is ("Haneke's Amour"); a context
    # preposition brings in a statement of its own ("after two delays"); a name modifying a
    # noun describes it ("the Zakharov house"); a description in apposition ("Anora, a
    # romance between ...") tells of its noun, and gives no count ("Phoenix, 45,"), nor does
    # "one of five"; another item of a list outside the claim's words is another claim's
    aside = set()
    numbers_aside = set()
    described = set()   # a description in apposition: its names tell of its noun, but a
    # number it states ("a 180-minute drama", "the 19-year-old son") is a slot all the same
    for t in doc:
        if t.i not in clause:
            continue
        if t.dep_ == "conj" and t.pos_ not in ("VERB", "AUX") and not all(
                span[0] <= off + x.idx < span[1] for x in t.subtree) and not (
                first_conjunct(t).dep_ == "pobj" and first_conjunct(t).head.lower_
                in set(conf.get("companion_preps", ()))) and not (
                partner and t.i in story_people and first_conjunct(t).i in story_people):
            # (each "alongside" one a slot; and each of a list of the story's people a story's
            # event is done by or to: "sends Toros, Garnick and Lulu", all sent)
            aside |= {x.i for x in t.subtree}
            if t.head.pos_ in ("VERB", "AUX"):   # a clause whose verb was left out: the
                # verb's words after it are its own ("... and best picture ten months later")
                aside |= {x.i for pc in t.head.children if pc.i > t.i and pc.dep_ in (
                    "prep", "advmod", "npadvmod") for x in pc.subtree}
        elif t.dep_ == "poss" or (t.dep_ == "prep" and (
                t.lower_ in context or t.head.lower_ in context)) or (
                t.dep_ == "compound" and t.pos_ == "PROPN" and t.head.pos_ == "NOUN"):
            aside |= {x.i for x in t.subtree} - {   # "three years after X" measures it
                x.i for c in t.children if c.dep_ == "npadvmod" for x in c.subtree}
        elif t.dep_ == "appos" and any(x.dep_ == "det" for x in t.children):
            last = max(t.subtree, key=lambda x: x.i)
            if not (t.pos_ == "NOUN" and off + t.idx < span[1] <= off + last.idx + len(last.text)):
                described |= {x.i for x in t.subtree}   # (unless the claim is said in it:
                # "Anora, the lowest-grossing winner in decades" as a win)
        elif _trailing_description(t):
            described |= {x.i for x in t.subtree}
        elif t.dep_ == "appos" or (t.lower_ == "one" and any(
                x.lower_ == "of" for x in t.children)):
            numbers_aside |= {x.i for x in t.subtree} - _career_place(t)
    stated = []
    seen: set = set()
    label = leading_label_end(doc)
    for a in p.args:   # whose film it is: "Brady Corbet's Anora won" says he made it
        if a.entity and a.kind == "person" and a.head in clause and \
                (w := _made_work(p, doc[a.head])) is not None:
            stated.append(("maker", a.text, (a.entity, w)))
            seen.add((a.start, a.end))
        elif a.entity and a.kind == "person" and a.head in clause and \
                (w := _bracket_credit(p, a)) is not None:
            # "Gladiator (Ridley Scott) won", a list's row "2001 – Gladiator (Ridley Scott)":
            # a name set in brackets after a film's title is someone the film is credited to
            stated.append(("credit", a.text, (a.entity, w)))
            seen.add((a.start, a.end))
    for t in doc:   # a lone surname no one was linked by, owning a film: "Howard's Gladiator"
        if t.i in clause and t.dep_ == "poss" and t.pos_ == "PROPN" \
                and not getattr(p.arg_at(t.i), "entity", None) \
                and not any(x.dep_ in ("compound", "flat") for x in t.children) \
                and (w := _made_work(p, t)) is not None:
            stated.append(("maker", t.text, (None, w)))
    for a in p.args:
        if a.head not in clause or a.head in aside or (a.start, a.end) in seen:
            continue
        if a.kind == "dateline":
            continue   # "LOS ANGELES, March 3, 2025 — X won ...": the day it was filed
        if a.last <= label and (a.kind == "time" or not a.entity and a.kind not in number_kinds):
            continue   # "9:20 p.m.: X wins ...": a live entry's clock time is when it was
            # posted, no slot of the clause after it; "LOS ANGELES (Wire) — X won ...": a
            # dateline names where and by whom it was filed
        if a.head in described and (a.entity or a.kind not in number_kinds):
            continue
        if not a.entity and any(b.start <= a.start and a.end <= b.end for b in linked):
            continue   # "2020" inside "the 2020 Oscars": the ceremony is the slot
        if _denied(doc, a):
            continue   # "in 2012, not 2010": the other value is said not to hold
        h = doc[a.head]
        fc = first_conjunct(h)
        if a.kind == "person" and (fc.dep_ == "pobj" and fc.head.lower_ in costar_preps or any(
                m.lower_ in costar_preps and m.dep_ in ("amod", "compound", "nmod")
                and m.i < a.first for m in h.children)):
            # "plays Vanya opposite X": X shares the film's cast, known to the KB or not (also
            # where the parser reads the preposition as a modifier of the name it opens)
            stated.append(("costar", a.text, a.entity))
            seen.add((a.start, a.end))
            continue
        if a.entity and a.kind == "person" and fc.dep_ == "pobj" \
                and fc.head.lower_ in set(conf.get("companion_preps", ())):
            stated.append(("companion", a.text, a.entity))   # "won X alongside Emma Stone"
            seen.add((a.start, a.end))
            continue
        if a.entity and a.kind in doer_kinds and (first_conjunct(h).dep_ in subject_deps or (
                first_conjunct(h).dep_ == "pobj" and first_conjunct(h).head.lower_ == "by"
                and first_conjunct(h).head.dep_ in ("agent", "prep"))):
            stated.append(("entity", a.text, a.entity))
        elif a.entity and a.kind in set(conf.get("place_kinds", ())) and _event_place(h, conf, p):
            stated.append(("place", a.text, a.entity))   # "were held in New York": where
            # the event itself took place, which the claim's facts must name
        elif a.entity and a.kind in set(conf.get("place_kinds", ())) and (
                show := _place_named_show(h, conf, linked, p)) is not None:
            stated.append(("name", show, None))   # "at the Venice Film Festival": a show
            # the KB lacks, which the claim's facts must name (not a description of Venice)
        elif a.entity:
            if a.kind not in entity_types and a.head not in story_people or any(
                    x.dep_ == "compound" and x.pos_ == "PROPN" and not (a.first <= x.i < a.last)
                    for x in h.children) or (h.dep_ in ("compound", "nmod", "amod")
                                             and h.head.pos_ == "NOUN" and h.head.i not in
                                             range(a.first, a.last)):
                continue   # "National Drive" is not the film Drive: a longer name the KB
                # lacks; "the Better Things actor" describes a person, it is not a slot
            if a.kind in ("person", "film", "work", "character") and not _argument(
                    h, argument_deps, name_preps, name_deps) and not (
                    a.kind == "person" and _names_a_work(h, person_preps, ())):
                continue
            if a.kind == "person" and first_conjunct(h).dep_ in subject_deps:
                continue
            stated.append(("entity", a.text, a.entity))
        elif a.kind in number_kinds:
            r = _readings(a.text, scales)
            if r == [{1.0}] and a.head not in numbers_aside | described \
                    and _record_ordinal(h, p, conf):
                stated.append(("ordinal", a.text, a.start))
                seen.add((a.start, a.end))
                continue   # "became the first Irish-born winner": a record, not a count
            if not r or h.dep_ in ("nsubj", "nsubjpass") or a.head in numbers_aside \
                    or (r == [{1.0}] and not any(ch.isdigit() for ch in a.text)):
                continue   # "the two married", "one of the Manson girls": no count stated
            if h.lemma_.lower() in set(conf.get("career_span_units", ())) and any(
                    x.dep_ == "nummod" for x in h.children) and a.kind != "ordinal" and \
                    h.dep_ == "pobj" and h.head.lower_ in set(
                        conf.get("subject_time_span_preps", ())) and h.head.head.pos_ in (
                        "VERB", "AUX", "NOUN"):
                # "won two Oscars across three decades": the span the wins are said over,
                # judged only by a claim that measured it (`account`)
                stated.append(("span", a.text, (r, off + doc[a.first].idx)))
                continue
            if _shift(a.text, conf):
                # "Two years earlier": a time counted from another event, judged only by a
                # claim that read it so, never by any number that happens to match
                stated.append(("shift", a.text, r))
                continue
            stated.append(("number", a.text, r))
        elif not a.entity and (n := _numbered_unknown(doc, a)) is not None:
            # "won Finest Actor at the 86th Academy Accolades": an edition the KB cannot name
            # (a spun or unknown show) still states its number, which a claim must judge
            stated.append(("number", a.text, [{float(n)}]))
        elif not a.entity and a.kind in set(conf.get("venue_kinds", ())) \
                and not any(b.start < a.end and a.start < b.end for b in linked) \
                and _event_place(h, conf, p):
            stated.append(("name", a.text, None))   # "held at the Shrine Auditorium": a
            # venue the KB does not know is still where the event was, a slot to judge
        elif any(b.start < a.end and a.start < b.end for b in linked) or any(
                x.dep_ == "det" and x.lower_ in ("a", "an") for x in h.children):
            continue   # a span around a KB name is a misread name; "a Muscovite" is no name
        elif (a.kind in name_kinds and _argument(h, argument_deps, name_preps, name_deps)
              and first_conjunct(h).dep_ not in subject_deps) \
                or _names_a_work(h, name_preps, name_deps):
            stated.append(("name", a.text, None))
        else:
            continue
        seen.add((a.start, a.end))
    degrees = [t for t in doc if t.i in clause and t.i not in aside | described
               and _degree(t, p, conf)]
    for t in degrees:   # a degree: "the highest-grossing winner", "her most acclaimed film"
        if t.pos_ == "VERB" and t.lemma_.lower() in set(conf.get("degree_verbs", ())):
            # "led all films with five wins": the verb itself
            lo, hi = p.span_of(t.i, t.i + 1)
            stated.append(("degree", doc.text[lo - off:hi - off], lo))
            continue
        if any(d.i != t.i and t.i in {x.i for x in d.subtree} for d in degrees):
            continue   # ("lowest" of "lowest-grossing": one degree, said once)
        lo, hi = p.span_of(min(x.i for x in t.subtree), max(x.i for x in t.subtree) + 1)
        stated.append(("degree", doc.text[lo - off:hi - off], lo))
    for t in doc:   # a first of a person's career: "Barbie, her directorial debut" (in the
        # claim's own words: an apposition outside them is the description's own claim's)
        if t.i in clause and t.i not in aside | described and _career_first(t, p, conf):
            lo, hi = p.span_of(min(x.i for x in t.subtree if x.i <= t.i), t.i + 1)
            if span[0] <= lo and hi <= span[1]:
                stated.append(("degree", doc.text[lo - off:hi - off], lo))
    kin = set(conf.get("kin_nouns", ()))
    for t in doc:   # a tie in apposition: "Toros, Vanya's godfather,", "Quan, Baker's wife,",
        # "Garnick, the brother of Toros,", and the tie before the name: "Vanya's mother, Galina"
        # (for a story's deed, a tie of one it is done with is its own: "sent along with his
        # cousin Garnick" names who goes with them by the tie)
        with_ = partner and t.dep_ == "pobj" and t.head.lower_ == "with"
        if t.i not in clause or t.i in aside and not with_ or t.lower_ not in kin:
            continue
        owner = _kin_owner(t)
        named = next((x for x in t.children if x.dep_ == "appos"
                      and getattr(p.arg_at(x.i), "kind", None) == "character"), None)
        if named is None and t.dep_ == "compound" and t.head.i > t.i \
                and getattr(p.arg_at(t.head.i), "kind", None) == "character":
            named = t.head   # the tie before the name, with no comma: "Vanya's uncle Toros"
        if owner is None and named is not None and partner:
            # a story's claim: "sent along with his cousin Garnick", "with his cousin,
            # Garnick": a tie of a name, owned by a pronoun (on the tie or on the name); whose
            # it is, only a claim over the tie decides
            owner = next((x for x in (*t.children, *named.children) if x.dep_ == "poss"
                          and x.lower_ in ("his", "her", "their")), None)
        if owner is None or (t.dep_ != "appos" and named is None):
            continue   # (a pronoun's tie, "Quan, his wife,", is the passage's: not read here)
        listed = {x.i for c in t.children if c.dep_ in ("conj", "cc") for x in c.subtree}
        words = [x.i for x in t.subtree if not x.is_punct and x.i not in listed]
        if owner.pos_ == "PRON":
            words.append(owner.i)
        lo, hi = p.span_of(min(words), max(words) + 1)
        who = [getattr(p.arg_at(x.i), "entity", None)
               for x in (t.head if t.dep_ == "appos" else named, owner)]
        # the whole word: "Toros's brother-in-law" names no "brother" the KB may hold
        stated.append(("kin", doc.text[lo - off:hi - off], (lo, hi, hyphen_word(t),
                                                            tuple(who))))
    vague = set(conf.get("character_vague", ())) | kin
    for t in doc:   # what a character is: "Ani, a 23-year-old lawyer,", "Ani is a waitress"
        kin_of_a_noun = t.lower_ in kin and _kin_owner(t) is None and _described_nouns(t, vague)
        # (a tie to someone unnamed, "the son of a Russian oligarch", is what they are)
        if t.i not in clause or t.i in aside or t.pos_ != "NOUN" \
                or t.lemma_.lower() in vague and not kin_of_a_noun \
                or not any(x.dep_ == "det" or x.dep_ == "poss" and x.pos_ == "NOUN"
                           for x in t.children):
            continue   # (a noun phrase with its article or a common noun owning it, "the
            # club's manager": "Ani, 23, bickers" is no description, "Vanya's bride" a tie)
        holder = None
        if t.dep_ == "appos":
            holder = p.arg_at(t.head.i)
        elif t.dep_ == "attr" and t.head.lemma_ == "be":
            holder = next((p.arg_at(x.i) for x in t.head.children if x.dep_ == "nsubj"), None)
        holder = holder or p.given_name(t)   # "plays a waitress named Ani"
        if holder is None and partner and t.dep_ == "dobj" and _person_noun(t, kin):
            holder = _PARTNER   # the other party of the story's event, told by its facts
        elif holder is None or holder.kind != "character" or not holder.entity:
            continue
        words = [x for x in t.children if x.dep_ == "compound" and x.pos_ == "NOUN"] + [t]
        lo, hi = p.span_of(words[0].i, t.i + 1)
        noun = " ".join([x.lower_ for x in words[:-1]] + [t.lemma_.lower()])
        told = _described_nouns(t, vague)
        if told:   # the nouns that place it ("the son of a Russian general", "the club's
            # bouncer"): each a word the KB's texts about the character must tell too
            lo, hi = p.span_of(min(x.i for x in t.subtree), max(x.i for x in t.subtree) + 1)
        stated.append(("job", doc.text[lo - off:hi - off], (
            None if holder is _PARTNER else holder.entity, noun, told)))
    for t in doc:   # a proper name no NER span holds, attached as a work or a rival (a
        # lower-case word the tagger calls one, as "b." of "(b. 1971)", names nothing)
        if t.i in clause and t.i not in aside | described and t.pos_ == "PROPN" \
                and not t.text[:1].islower() \
                and p.arg_at(t.i) is None and t.i >= label \
                and t.dep_ != "compound" and _names_a_work(t, name_preps, name_deps):
            first = min(x.i for x in t.subtree if x.i <= t.i)
            # (a category phrase is its own words, not a name the parser hung on it: "...,
            # B Best Supporting Actor" with B a compound of "Best")
            first = category_phrase_start(doc, t.i) or first
            lo, hi = p.span_of(first, t.i + 1)
            if (lo, hi) not in seen:
                stated.append(("name", doc.text[lo - off:hi - off], None))
                seen.add((lo, hi))
    return stated


def _made_work(p, h) -> Optional[str]:
    """The KB film a person's name says is theirs: its possessor ("Brady Corbet's Anora"), or
    the owner of a noun in apposition to it, either side ("Anora, Sean Baker's comedy,", "the
    Ron Howard film Gladiator", "Anora, a Brady Corbet film", "Anora, the latest from Brady
    Corbet"): a noun set beside the title is the title, so whose it is says whose the film is."""
    from .parse import lexicon
    lx = lexicon().section("filmography")
    if h.dep_ == "pobj" and h.head.lower_ in set(lx.get("maker_preps", ())):
        noun = h.head.head
    elif h.dep_ in ("poss", "compound"):
        noun = h.head
    else:
        return None
    if noun.dep_ == "compound" and h.dep_ == "compound":
        return None   # ("the Ron Howard" of a longer name: only its last word owns the noun)
    for title in (noun, noun.head if noun.dep_ == "appos" else None,
                  *(x for x in noun.children if x.dep_ == "appos")):
        if title is None or title.i == h.i:
            continue
        if title is not noun and h.dep_ == "poss" and noun.pos_ == "PROPN":
            continue   # (a possessive names whose its own noun is)
        if title is noun and h.dep_ != "poss":
            continue   # ("the Ron Howard film": the film, not its title, is the compound's)
        w = p.arg_at(title.i)
        if w is not None and w.entity and w.kind in ("film", "work") and w.head == title.i \
                and not (w.first <= h.i < w.last):
            return w.entity
    return None


def _bracket_credit(p, a) -> Optional[str]:
    """The KB film whose title a person's name is set in brackets right after ("Gladiator
    (Ridley Scott)", "No Time to Die (Billie Eilish and Finneas O'Connell)"): the brackets
    hold names only (and the "and" or commas between them, and the film's year: "Gladiator
    (Ridley Scott, 2000)"); else None."""
    doc = p.doc
    k = a.first - 1
    while k >= 0 and doc[k].text != "(":
        b = p.arg_at(k)
        if b is not None and b.kind == "person":
            k = b.first - 1
        elif doc[k].lower_ in ("and", "&", ",") or _bracket_year(doc[k]):
            k -= 1
        else:
            return None
    if k < 1:
        return None
    w = p.arg_at(k - 1)
    if w is None or not w.entity or w.kind not in ("film", "work") or w.last != k:
        return None
    j = a.last
    while j < len(doc) and doc[j].text != ")":
        b = p.arg_at(j)
        if b is not None and b.kind == "person":
            j = b.last
        elif doc[j].lower_ in ("and", "&", ",") or _bracket_year(doc[j]):
            j += 1
        else:
            return None
    return w.entity if j < len(doc) else None


def _bracket_year(tok) -> bool:
    """A year set in a film's brackets beside its credit ("Gladiator (Ridley Scott, 2000)")."""
    return tok.like_num and len(tok.text) == 4 and tok.text.isdigit()


def _orders(p, clause: set, conf: dict) -> list:
    """The order the clause puts its event in against another one ("after its premiere",
    "ahead of the Oscars", "before winning the Palme"): ("order", words, offset of the
    direction word), judged only by a claim on the time between the two (claims/intervals.py).
    The other side is an event: a verb ("after winning"), a show or an edition of one, or an
    event noun of the lexicon (`accounting.event_nouns`: "premiere", "release", "win")."""
    from .parse import lexicon
    lx = lexicon().section("intervals")
    dirs, heads = lx.get("directions", {}), lx.get("direction_heads", {})
    events = set(conf.get("event_nouns", ()))
    doc, off = p.doc, p.offset
    out = []
    for t in doc:
        if t.i not in clause or governing_verb(t) is None:
            continue
        objs = event_objects(t, dirs, heads)
        if not objs:
            continue
        shows = [o for o in objs if o.dep_ == "pobj" and (o.lemma_.lower() in events or getattr(
            p.arg_at(o.i), "kind", None) in ("award", "ceremony", "festival"))]
        deeds = [o for o in objs if o.dep_ == "pcomp"]
        if not shows and not deeds:
            continue   # ("after two delays", "before Anora": no event to put it against)
        lo, hi = p.span_of(t.i, max(x.i for o in objs for x in o.subtree) + 1)
        # the one festival a phrase puts the event after ("After Cannes, it played
        # Telluride", "after its Cannes premiere"), which a showing's claim may judge by the
        # film's premiere
        fests = {a.entity for o in shows for x in [o] + [c for c in o.children
                                                         if c.dep_ in ("compound", "amod")]
                 if (a := p.arg_at(x.i)) is not None and a.kind == "festival" and a.entity}
        after = next(iter(fests)) if len(fests) == 1 and (
            dirs.get(t.lower_) or heads.get(t.lower_)) == 1 else None
        # a deed ("after seeing her in Scream") is an event only where a claim tells it
        out.append(("order", doc.text[lo - off:hi - off],
                    (off + t.idx, None if shows else off + deeds[0].idx, after)))
    return out


def _clause_orders(p, clause: set) -> list:
    """The order a clause of its own puts a story claim in against another event of the story
    ("Before they marry in Las Vegas, his parents fly in", "After the henchmen arrive, they
    marry": an adverbial clause opened by a direction word of `intervals.directions`, hanging
    on a verb of the claim's clause, whatever its verb): ("story_order", words, (offset of the
    direction word, offset of the event's verb, (the event's verb, the claim clause's verbs)),
    as lemmas). Judged as "before the wedding" is (`_after_a_told_event`), or by a note of the
    story that tells both events in that order (`_order_in_notes`); else left open: the KB's
    plot facts order no two events."""
    from .parse import lexicon
    dirs = lexicon().section("intervals").get("directions") or {}
    doc, off = p.doc, p.offset
    own = tuple(sorted({doc[i].lemma_.lower() for i in clause if doc[i].pos_ in ("VERB", "AUX")
                        and doc[i].lemma_ != "be"}))
    out = []
    for t in doc:
        if t.i not in clause or t.pos_ not in ("VERB", "AUX"):
            continue
        for v in t.children:
            mark = next((m for m in v.children if m.dep_ == "mark" and m.lower_ in dirs), None)
            if v.dep_ != "advcl" or v.i in clause or mark is None:
                continue
            lo, hi = p.span_of(mark.i, v.right_edge.i + 1)
            out.append(("story_order", doc.text[lo - off:hi - off],
                        (off + mark.idx, off + v.idx, (v.lemma_.lower(), own))))
    return out


def _order_in_notes(kb, film: Optional[str], words: str, verbs: tuple) -> bool:
    """Whether a text of the film's story (a plot fact, a plot note) tells the event of an order
    clause ("after he proposes": propose) and one of the claim clause's verbs in the order the
    clause says: for "after", the event before the claim's verb in the text ("Vanya proposes;
    Ani and Vanya marry"), for "before", after it. Verbs are one by lemma, by the plot
    section's paraphrases (`note_conflicts._deed_keys`) or by the event it names
    (`plot.event_verbs`: "wed" is "marry")."""
    from .note_conflicts import _deed_keys, _note_doc
    from .parse import lexicon
    dirs = lexicon().section("intervals").get("directions") or {}
    first = words.split()[0].strip(".,;:()'\"").lower() if words.split() else ""
    sign, (other, own) = dirs.get(first), verbs
    if kb is None or not film or not sign or not own:
        return False
    texts = [f for f in kb.facts(subject=film, predicate="plot")] + [
        f for f in kb.facts(subject=film, predicate="statement")
        if f.qualifiers.get("category") == "plot"]
    events = lexicon().section("plot").get("event_verbs") or {}

    def keys(words) -> set:
        return set(words) | {events[w] for w in words if w in events}
    other, own = keys([other]), keys(own)
    for f in texts:
        doc = _note_doc(f)
        theirs = [n.i for n in doc if n.pos_ in ("VERB", "AUX", "NOUN")
                  and other & keys(_deed_keys(n))]
        mine = [n.i for n in doc if n.pos_ in ("VERB", "AUX") and own & keys(_deed_keys(n))]
        if any((m - o) * sign > 0 for o in theirs for m in mine):
            return True
    return False


def _after_the_premiere(kb, c, fest: Optional[str]) -> bool:
    """Whether a showing's claim is put after the festival where the KB holds the film's world
    premiere ("After Cannes, Anora played Telluride"): its first showing, which every showing
    at another festival follows."""
    if kb is None or fest is None or c.predicate != "festival_screening" or \
            not c.slots.get("festival") or c.slots.get("negated"):
        return False
    fam = award_family(kb, fest)
    if award_family(kb, c.slots["festival"]) == fam:
        return False
    # (an edition said is that edition: "after Cannes 2023" is not after a 2024 premiere)
    return any(not f.disputed and (f.value == fest or fest == fam and
                                   award_family(kb, f.value) == fam)
               for f in kb.facts(subject=c.slots.get("subject"), predicate="premiered_at"))


def _premiere_then_win(kb, c, words: str, deed: int, others: list) -> bool:
    """Whether an order phrase puts a film's world premiere before a win of it that a supported
    claim of the sentence tells ("premiered at Cannes in May 2019 before winning the Palme"),
    or the win after the premiere ("won the Palme after premiering at Cannes"): a film is
    shown before it wins anything, and its world premiere is its first showing. The premiere's
    claim must name the festival where the KB holds the world premiere (not a later showing
    somewhere else); a win put before the premiere is left open, never judged so."""
    from .parse import lexicon
    if kb is None or not words.split():
        return False
    dirs = lexicon().section("intervals").get("directions") or {}
    sign = dirs.get(words.split()[0].lower().strip(".,;:()'\""))

    def premiere(x) -> Optional[str]:   # the festival of a premiere claim
        if x.slots.get("negated") or x.slots.get("regional"):
            return None
        if x.predicate == "premiere_date":
            return x.slots.get("event")
        if x.predicate == "premiered_at" and x.slots.get("premiere"):
            return x.slots.get("festival")
        return None

    def won(x) -> bool:
        return x.predicate == "award_received" and x.slots.get("polarity") == "won" \
            and not x.slots.get("negated")

    def told(x) -> bool:   # the claim that tells the deed the order phrase names
        return x.start <= deed < x.end

    for o in others:
        # "premiered ... before winning X": the win tells the deed; "won X after premiering
        # ...": the premiere does (one of the two is the claim judged)
        pairs = [(c, o), (o, c)]
        got = next(((p_, w) for p_, w in pairs if premiere(p_) and won(w) and (
            sign == -1 and told(w) and not told(p_) or sign == 1 and told(p_))), None)
        if got is None:
            continue
        shown, win = got
        film, fest = shown.slots.get("subject"), premiere(shown)
        if not film or win.slots.get("subject") != film:
            continue
        if any(not f.disputed and award_family(kb, f.value) == award_family(kb, fest)
               for f in kb.facts(subject=film, predicate="premiered_at")):
            return True
    return False


def _after_a_told_event(words: str, blob: str) -> bool:
    """Whether an order phrase puts a story deed after an event ("after the wedding", "following
    the marriage": a later direction of `intervals.directions`, an event noun of
    `plot.event_nouns`) that the claim's own facts (`blob`) speak of by a noun of the same event
    ("to have the marriage annulled"): what a fact does to the marriage comes after it was made.
    A deed set before the event is never judged so."""
    from .parse import lexicon
    dirs = lexicon().section("intervals").get("directions") or {}
    nouns = lexicon().section("plot").get("event_nouns") or {}
    ws = [w.strip(".,;:()'\"").lower() for w in words.split()]
    if not ws or (dirs.get(ws[0]) or 0) <= 0:
        return False
    events = {nouns[w] for w in ws[1:] if w in nouns} | {
        e for w in ws[1:] for v, e in (lexicon().section("plot").get("event_verbs") or {}).items()
        if w in _forms(v)}
    told = {nouns[w] for w in (x.strip(".,;:()'\"") for x in blob.split()) if w in nouns}
    return bool(events & told)


def _story_event_verb(words: str) -> bool:
    """Whether an order's words name an event of the story by its verb (`plot.event_verbs`)."""
    from .parse import lexicon
    verbs = lexicon().section("plot").get("event_verbs") or {}
    ws = {w.strip(".,;:()'\"").lower() for w in words.split()}
    return any(ws & _forms(v) for v in verbs)


def _forms(lemma: str) -> set:
    """Every form of a verb ("marry": marries, married, marrying)."""
    from ..nlp import surface_forms
    return set(surface_forms(lemma)) | {lemma}


def _shift(text: str, conf: dict) -> bool:
    """Whether a number's words count time from another event ("two years earlier", "a
    decade later"): a shift word of the lexicon (qualifiers.edition_shift) and a time unit."""
    from .parse import lexicon
    words = {w.strip(".,;:").lower() for w in text.split()}
    shifts = set(lexicon().qualifiers.get("edition_shift", {}))
    return bool(words & shifts) and bool(words & set(conf.get("shift_units", ())))


def _held_record_noun(t) -> bool:
    """A record noun whose counted 'of' / 'for' phrase its verb makes the subject's count
    (claims/frames.py `_held_record`: "tied the mark of 14 nominations")."""
    from .frames import _held_record
    from .parse import lexicon
    if t.dep_ not in ("dobj", "obj"):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("of", "for") and _held_record(o, t)
           for c in t.children for o in c.children if o.dep_ == "pobj"):
        return True
    # "tied the all-time record with 11 wins": the count under the verb's "with" is the
    # record's, said as the subject's
    rc = lexicon().qualifiers.get("record_containers") or {}
    return t.lemma_.lower() in rc.get("nouns", ()) and t.head.lemma_.lower() in rc.get(
        "verbs", ()) and any(c.dep_ == "prep" and c.lower_ == "with" and c.i > t.i and any(
            o.dep_ == "pobj" and any(n.dep_ == "nummod" for n in o.children)
            for o in c.children) for c in t.head.children)


def _comparative_after(noun, verb) -> set:
    """The words of a comparative set off right after a counted noun, on the noun or on its
    verb ("received 11 nominations, more than any other film"): what the count is said to
    be, so the count's own to account for."""
    return {x.i for ch in set_off_comparatives(noun, verb) for x in ch.subtree}


def _degree(t, p, conf: dict) -> bool:
    """A superlative modifying a noun of the clause (tagged so, or written as a hyphenated
    compound the lexicon lists): a record the sentence states of its noun, judged only by a
    record claim over it. Not one inside a name ("Best Picture") or a bound ("at least")."""
    if _held_record_noun(t):
        return True   # "shares the record of 11 wins": the count is the holder's, the record
        # (that no one had more) is judged only by a record claim over it
    if t.pos_ == "VERB" and t.lemma_.lower() in set(conf.get("degree_verbs", ())) and not any(
            c.dep_ == "prt" for c in t.children):
        # "led all films with five wins": the verb ranks its subject first by the tally its
        # "with" phrase counts (a tally of its own: "led the cast" ranks nothing)
        # a tally of prizes ("with five wins") or a bare number ("topped the nominations
        # with 13"); "led the jury with eight members" ranks no one
        preps = set(conf.get("degree_verb_preps", ()))
        tallies = set(conf.get("degree_verb_tallies", ()))
        return any(c.dep_ == "prep" and c.lower_ in preps and any(
            o.dep_ == "pobj" and (o.like_num and not list(o.children) or (
                o.lemma_.lower() in tallies and any(n.dep_ == "nummod" for n in o.children)))
            for o in c.children) for c in t.children)
    # (a comparative set off after the tally, "11 nominations, more than any other film",
    # may hang on the verb as a noun phrase of its own)
    set_off = t.dep_ in ("npadvmod", "appos") and t.tag_ in ("JJR", "RBR")
    if t.dep_ not in ("amod", "advmod", "attr", "acomp") and not set_off \
            or p.arg_at(t.i) is not None:
        return False
    if t.head.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB") or t.ent_type_:
        return False
    words = set(conf.get("degree_words", ())) | set(conf.get("sequence_words", ()))
    whole = "".join(x.text for x in t.subtree).lower()
    if whole in words:
        return True   # (or an order in time: "back-to-back Palmes", "consecutive wins")
    if t.tag_ == "JJS" and t.dep_ == "amod" and t.i > 0 and t.doc[t.i - 1].lower_ == "the" \
            and t.lower_ in set(conf.get("degree_quantifiers", ())):
        return True   # "won the most Oscars": a superlative; "most critics" is a quantifier
    if t.tag_ in ("JJR", "RBR") and t.lower_ in set(conf.get("degree_comparatives", ())):
        # "won more Oscars than anyone else", "four wins, more than any other performer": a
        # "than" phrase (on the comparative or the noun it modifies) over everyone
        every = set(conf.get("degree_universals", ()))
        return any(o.dep_ == "pobj" and (o.lower_ in every or any(
            d.dep_ in ("det", "predet") and d.lower_ in every for d in o.children))
            for x in (t, t.head) for c in x.children
            if c.dep_ == "prep" and c.lower_ == "than" for o in c.children)
    if t.tag_ not in ("JJS", "RBS") or t.lower_ in set(conf.get("degree_not", ())):
        return False   # ("the oldest best actor winner": "oldest" read as an adverb of "best")
    if t.head.lemma_.lower() in set(conf.get("degree_judgement_nouns", ())):
        return False   # "in the night's closest race": a judgement of the race, no record
    # "the biggest film", "its most-nominated picture": a noun it describes (a verb's
    # participle in a hyphenated compound describes the noun above it)
    return t.dep_ == "amod" or (t.dep_ == "advmod" and t.head.dep_ == "amod")


def _part_kind_said(text: str, blob: str) -> bool:
    """Whether a claim's facts (`blob`) tell the kind of part a career ordinal places ("his
    first English-language role", "his first lead": a note "first English-language role",
    "role: lead"): every word of the phrase but its owner, its ordinal and the bare part nouns
    ("role", "part") is a word of the facts, and there is one."""
    conf = _conf()
    generic = set(conf.get("career_part_nouns", ())) - {"lead"} | set(
        conf.get("person_possessives", ()))
    words = [w.strip(".,;:\"()").lower() for w in text.split()]
    owned = [i for i, w in enumerate(words) if w in generic or w.endswith(("'s", "\u2019s"))]
    words = [w for w in words[owned[0] + 1 if owned else 0:]
             if w and w not in ORDINAL_WORDS and w not in generic]
    said = {w.strip(".,;:'\"()") for w in blob.lower().split()}
    return bool(words) and all(w in said for w in words)


def _career_first(t, p, conf: dict) -> bool:
    """A noun naming a person's first work ("her directorial debut", "Gerwig's solo debut"), a
    work placed by a word of order in time ("his previous film": `career_work_nouns`), or
    a part placed by an ordinal ("her first leading role": lexicon `career_part_nouns`), owned
    by the person: like a superlative, a record of the person's films the credit alone does
    not judge (a debut claim over it does). Not a work's own debut, its premiere ("the
    film's debut at Cannes")."""
    if t.pos_ != "NOUN":
        return False
    if t.lemma_.lower() in set(conf.get("career_work_nouns", ())):
        # "his previous film": a work placed in time among the person's films
        if not any(x.dep_ == "amod" and x.lower_ in set(conf.get("career_order_words", ()))
                   for x in t.children):
            return False
    elif t.lemma_.lower() in set(conf.get("career_part_nouns", ())):
        # "her first leading role": a part placed by an ordinal among the person's parts
        if not any(x.dep_ == "amod" and x.lower_ in ORDINAL_WORDS for x in t.children):
            return False
    elif t.lemma_.lower() not in set(conf.get("career_first_nouns", ())):
        return False
    poss = next((x for x in t.children if x.dep_ == "poss"), None)
    if poss is None:
        return False
    arg = p.arg_at(poss.i)
    return poss.lower_ in set(conf.get("person_possessives", ())) or (
        arg is not None and arg.kind == "person")


# the slots a claim keeps of an ordinal it read (claims/awards/)
_ORDINAL_READINGS = ("nth_winner", "career_ordinal", "nomination_ordinal", "held_rank",
                     "held_only")


def _event_place(h, conf: dict, p=None) -> bool:
    """Whether a place hangs on a verb of an event's taking place ("were held in New York",
    "was staged at the Dolby Theatre": lexicon accounting.event_place_verbs) through "in" or
    "at": where the event was, a slot of its own (not a scene set for a win: "In Los Angeles,
    X won ...")."""
    for _ in range(2):   # (or on the venue the verb names: "held at the Dolby Theatre in LA")
        prep = h.head if h.dep_ == "pobj" else None
        if prep is None or prep.lower_ not in ("in", "at"):
            return False
        if prep.head.pos_ in ("VERB", "AUX"):
            v = prep.head
            if v.lemma_.lower() in set(conf.get("event_place_verbs", ())):
                return True
            if v.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "place"
                                                  for c in v.children):
                return True   # "took place at the Royal Albert Hall"
            # "the Gotham Awards were handed out at ...": a verb of giving prizes whose
            # passive subject is the show itself (not "she was handed the prize at ...")
            shows = set(conf.get("event_kinds_named", ()))
            return p is not None and v.lemma_.lower() in set(
                conf.get("show_giving_verbs", ())) and any(
                c.dep_ == "nsubjpass" and p.arg_at(c.i) is not None
                and p.arg_at(c.i).kind in shows for c in v.children)
        h = prep.head
    return False


def _place_named_show(h, conf: dict, linked: list, p) -> Optional[str]:
    """The name of a show the KB lacks that a place it knows names ("the Venice Film Festival":
    lexicon accounting.place_named_show_heads), set as the object of a preposition of its
    clause ("won the Palme d'Or at the Venice Film Festival"), or None. A show the KB holds
    ("the Cannes Film Festival") is linked as a whole, and so is not one."""
    heads = set(conf.get("place_named_show_heads", ()))
    x = h
    while x.dep_ == "compound" and x.head.i > x.i:
        x = x.head
    if x.i == h.i or x.dep_ != "pobj" or x.head.dep_ != "prep" or x.pos_ != "PROPN":
        return None
    words = [t for t in x.subtree if t.i <= x.i and t.dep_ in ("compound", "pobj")
             and t.pos_ == "PROPN"]
    if not words or not (x.lower_ in heads or " ".join(t.lower_ for t in words[-2:]) in heads):
        return None
    if any(a.first <= x.i < a.last for a in linked):
        return None
    lo, hi = p.span_of(words[0].i, x.i + 1)
    return p.doc.text[lo - p.offset:hi - p.offset]


def _trailing_description(t) -> bool:
    """A noun phrase set off by a comma after the verb's own object, which the parser hangs as
    a second object ("took the Palme d'Or at Cannes in 2019, the first Korean film to win
    it"): a description of the subject in apposition, a statement of its own."""
    if t.dep_ != "dobj" or t.i == 0 or not any(x.dep_ == "det" for x in t.children):
        return False
    left = min(x.i for x in t.subtree)
    return left > 0 and t.doc[left - 1].text == "," and any(
        o.dep_ == "dobj" and o.i < left for o in t.head.children)


def _numbered_unknown(doc, a) -> Optional[int]:
    """The number of an edition an unlinked name opens with, set as the place or time of its
    clause's event ("at the 86th Academy Accolades", "during the 3rd Global Film Gala"), else
    None."""
    if a.kind in ("person", "film", "work", "character") or a.last <= a.first:
        return None
    t = doc[a.first] if doc[a.first].lower_ != "the" else (
        doc[a.first + 1] if a.first + 1 < a.last else None)
    if t is None or t.i + 1 >= a.last:
        return None
    w = t.lower_
    if not (w[:-2].isdigit() and w[-2:] in ("st", "nd", "rd", "th")):
        return None
    h = doc[a.head]
    if h.dep_ != "pobj" or h.head.lower_ not in ("at", "in", "during"):
        return None
    return int(w[:-2])


def _edition_numbered(kb, edition, n: int) -> bool:
    """Whether the KB numbers the edition n ("the 1st Academy Awards")."""
    return kb is not None and isinstance(edition, str) and any(
        f.value == n for f in kb.facts(subject=edition, predicate="edition_number"))


def _career_place(t) -> set:
    """The ordinal of a person's career said in apposition ("Anora, Baker's second film in
    competition, won"): a place among the person's films is a slot of the claim whose words
    hold it (an age or a count set off in apposition, "Phoenix, 45,", is not): the
    filmography's reader judges it, or, when it cannot (a place among a subset of the films),
    the claim is left open. The ordinal's tokens, or none."""
    from .parse import lexicon
    lx = lexicon().section("filmography")
    if t.lemma_.lower() not in set(lx.get("first_nouns", ())) or not any(
            x.dep_ == "poss" for x in t.children):
        return set()
    nth = set(lx.get("feature_ordinals", {})) | set(lx.get("first_words", ()))
    return {x.i for x in t.children if x.dep_ in ("amod", "compound", "nmod", "advmod")
            and x.lower_ in nth}


def _record_ordinal(t, p, conf: dict) -> bool:
    """"the first" set on a noun of the clause ("became the first Irish-born winner", "the
    first woman to direct a Palme winner"): a record the sentence states of its noun, judged
    only by a record claim over it, as a superlative is. Not on a noun of time or of an
    edition ("for the first time", "the first night", "the first festival"), nor on a name
    of the KB or a capitalised name's word ("the first Best Actor": the category's first
    edition): those order what the clause tells, and their own claims read them."""
    head = t.head
    arg = p.arg_at(head.i)
    return t.dep_ == "amod" and head.pos_ == "NOUN" and not (arg is not None and arg.entity) \
        and not head.text[:1].isupper() \
        and head.lemma_.lower() not in set(conf.get("ordinal_not", ())) \
        and any(x.dep_ == "det" and x.lower_ == "the" for x in head.children)


def _denied(doc, a) -> bool:
    """"in 2012, not 2010", "not to X but to Y": a value said not to hold (up to the verb)."""
    before = doc[a.first - 1] if a.first > 0 else None
    if before is not None and before.dep_ == "neg":
        return True
    t = doc[a.head]
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        if any(x.dep_ == "neg" for x in t.children):
            return True
        t = t.head
    return False


def _related(slot, c, kb) -> bool:
    """A company that did what the clause tells ("released by Le Pacte") is judged when the KB
    ties it to the claim's film (its distributor, its production company)."""
    subj = c.slots.get("subject")
    if slot[0] != "entity" or kb is None or not isinstance(subj, str):
        return False
    e = kb.entity(slot[2])
    if e is None or e.type not in set(_conf().get("doer_kinds", ())):
        return False
    # (a body that gives a show's prizes, "the Critics Choice Association named Anora its
    # best picture": judged by a claim about that show's prize)
    # or "the Academy held its 97th ceremony on ...": judged by a claim about that show's edition
    shows = {f.subject for f in kb.facts(predicate="presented_by", object_entity=slot[2])}
    # (or "the Academy nominated Anora for six awards": a count at the show the body gives)
    if shows and any(award_family(kb, x) in shows for x in (c.slots.get("award"), subj,
                                                            c.slots.get("family")) if x):
        return True
    return any(f.value == slot[2] for f in kb.facts(subject=subj))


def _credit_known(kb, who: str, work: str) -> bool:
    """The KB ties the person to the work a possessive or a bracket gives them ("Baker's
    Anora", "Gladiator (Ridley Scott)"): a credit on it (any job, a part), an entry of their
    filmography, a prize or nomination for it (a director's nomination), a prize of the work
    naming them (a producer on its Best Picture), or a career note filed on it. Nothing else
    holds it, not even a KB that does not know who directed the film: the Oscar record names
    a film's director only through a nomination, so "Ron Howard's Gladiator" is left open
    (never refuted: no credit of the record is complete for every job)."""
    if kb is None:
        return False
    if any(f.value == who for f in kb.facts(subject=work)) or any(
            who in (f.qualifiers.get("recipients") or ()) for f in kb.facts(subject=work)):
        return True
    notes = set(_conf().get("credit_note_categories", ()))
    return any(f.value == work or f.qualifiers.get("for_work") == work
               or f.qualifiers.get("film") == work
               or f.predicate == "statement" and f.qualifiers.get("category") in notes
               and work in (f.qualifiers.get("about") or ())
               for f in kb.facts(subject=who))


def _surname_credit(kb, name: str, work: str) -> bool:
    """A lone surname owning a film no one was linked by ("Howard's Gladiator"): held when
    someone the KB ties to the film bears it (`_credit_known`); not held when it is only
    other people's surname in the KB; a word no KB person bears (a studio's, a name the KB
    lacks) is read as before, a description of the film."""
    if kb is None:
        return False
    low = fold(name).lower()

    def bears(e) -> bool:
        return e is not None and e.type == "person" and \
            fold(e.label).lower().split()[-1:] == [low]
    tied = set()
    for f in kb.facts_involving(work):
        tied |= {f.subject, *(f.qualifiers.get("recipients") or ())}
        if f.object_entity:
            tied.add(f.object_entity)
    if any(bears(kb.entity(x)) and _credit_known(kb, x, work) for x in tied if x != work):
        return True
    return not any(bears(e) for e in kb.search(name, limit=50))


def _kin_owner(t):
    """The person a tie noun is had by: its possessor ("Vanya's godfather") or the name after
    its "of" ("the brother of Toros"); a proper name, else None."""
    for x in t.children:
        if x.dep_ == "poss" and x.pos_ == "PROPN":
            return x
        if x.dep_ == "prep" and x.lower_ == "of":
            o = next((y for y in x.children if y.dep_ == "pobj"), None)
            if o is not None and o.pos_ == "PROPN":
                return o
    return None


def _described_nouns(t, vague: set) -> tuple:
    """The nouns that place a description's noun ("the son of a Russian general": general;
    "the club's bouncer": club): its owner and the objects of its "of", "at", "from", "in",
    common nouns not vague (`accounting.character_vague`), by lemma; and the nationality
    said of the noun or of those ("a Ukrainian heir", "the son of a Russian general":
    russian), which the KB's texts must tell too."""
    out = []
    for x in t.children:
        if x.dep_ == "poss" and x.pos_ == "NOUN":
            out.append(x)
        elif x.dep_ == "prep" and x.lower_ in ("of", "at", "from", "in"):
            out.extend(y for y in x.children if y.dep_ == "pobj" and y.pos_ == "NOUN")
    told = [x.lemma_.lower() for x in out if x.lemma_.lower() not in vague]
    return tuple(told + [a.lower_ for x in [t, *out] for a in x.children
                         if a.dep_ == "amod" and (a.ent_type_ == "NORP" or a.i > a.sent.start
                                                  and a.text[:1].isupper())])
    # (a proper adjective the tagger gives no nationality, "a Ukrainian billionaire", too)


# the holder of a description of an event's object: the event's other party (`_slots`)
_PARTNER = object()


def _person_noun(t, kin: set) -> bool:
    """A noun that names a person by a tie or a trade the lexicon knows (`kin_nouns`,
    `character_senses`): "the son of ...", "a billionaire"."""
    senses = {w for g in _conf().get("character_senses", ()) for w in g}
    return t.lower_ in kin or t.lemma_.lower() in kin | senses


def _kin_known(kb, noun: str, who: tuple) -> bool:
    """The KB has the tie: a plot relation of that name between the two ("Garnick, Toros's
    brother"), the first one's description telling it of the second ("Lulu, Ani's friend":
    "Ani's friend at the club"), or, a spouse's noun, their marriage."""
    if kb is None or len(who) < 2 or None in who[:2]:
        return False
    a, b = who[:2]
    if noun in ("wife", "husband", "spouse"):
        return any(f.value in (a, b) for x in (a, b) for f in kb.facts(subject=x,
                                                                        predicate="spouse"))
    from .parse import lexicon
    # the relations the noun names: "mom" a mother, "parents" a father or a mother
    single = lexicon().section("cast").get("relation_nouns") or {}
    groups = lexicon().section("plot").get("group_kin") or {}
    rels = {noun, single.get(noun, noun), *(groups.get(noun) or ())}
    for f in kb.facts(predicate="plot"):
        q = f.qualifiers or {}
        if q.get("relation") in rels and list(q.get("agents") or [])[:2] == [a, b]:
            return True
    return tie_in_description(kb, a, b, noun)


def _job_known(kb, who: str, noun: str, blobs: list) -> bool:
    """What a character is said to be ("a waitress") is told by a text of the KB about them
    (their description, a plot fact they are an agent of, a note about them or on the story of
    their film) or by a
    judged claim's words: the noun itself or one of its sense (`accounting.character_senses`:
    "dancer" and "stripper")."""
    groups = [set(g) for g in _conf().get("character_senses", ())]
    senses = [g for g in groups if noun in g] or [g for g in groups if noun.split()[-1] in g]
    said = {noun}.union(*senses)
    texts = list(blobs)
    if kb is not None:
        e = kb.entity(who)
        if e is not None and getattr(e, "description", None):
            texts.append(e.description)
        for f in kb.facts(predicate="plot"):
            if who in (f.qualifiers.get("agents") or ()):
                texts.append(str(f.value))
        films = {f.qualifiers.get("film") for f in kb.facts(subject=who, predicate="played_by")}
        for f in kb.facts(predicate="statement"):   # a note about them, or on their story
            if who in (f.qualifiers.get("about") or ()) or (
                    f.subject in films and f.qualifiers.get("category") == "plot"):
                texts.append(str(f.value))
    for t in texts:
        low = " " + " ".join(w.strip(",.;:()'\"") for w in t.lower().split()) + " "
        if any(f" {w} " in low or f" {w}s " in low or f" {w}es " in low for w in said):
            return True
    return False


def _argument(t, deps: set, preps: set, name_deps: set) -> bool:
    t = first_conjunct(t)
    return t.dep_ in deps or _names_a_work(t, preps, name_deps)


def _names_a_work(t, preps: set, deps: set) -> bool:
    if t.dep_ in deps:
        return True
    return t.dep_ == "pobj" and t.head.lower_ in preps


_EDITION_FACTS = ("ceremony_date", "edition_of", "edition_number", "start_date", "end_date")


def _atoms(c, facts, kb=None) -> tuple[tuple, str]:
    nums: set = set()
    strs: list[str] = []
    dates: set = set()   # (year, month, day) of the editions the claim was judged at

    def walk(x, depth=0):
        if depth > 4 or x is None:
            return
        if isinstance(x, bool):
            return
        if isinstance(x, (int, float)):
            nums.add(float(x))
        elif isinstance(x, str):
            strs.append(x.lower())
        elif isinstance(x, dict):
            for k, y in x.items():
                if k not in ("stated_slots", "sentence_at", "reach"):   # (offsets, no values)
                    walk(y, depth + 1)
        elif isinstance(x, (list, tuple, set, frozenset)):
            for y in x:
                walk(y, depth + 1)
        elif hasattr(x, "id") and hasattr(x, "label"):
            strs.append(str(x.id).lower())
            strs.append(str(x.label).lower())
    walk(c.slots)
    walk(c.subject)
    walk(c.object)
    strs.append(c.explanation.lower())
    for e in c.evidence:
        strs.append((e.statement or "").lower())
    for f in facts or ():
        walk(f.subject)
        walk(f.value)
        walk(f.qualifiers)
    if kb is not None:   # the date, number and show of an edition the claim was judged at
        for x in [x for x in strs if x and " " not in x and "-" in x and len(x) < 80]:
            e = kb.entity(x)
            if e is not None and e.type in ("ceremony", "festival"):
                for f in kb.facts(subject=x):
                    if f.predicate not in _EDITION_FACTS:
                        continue
                    ymd = str(f.value).split("-")
                    if len(ymd) == 3 and all(v.isdigit() for v in ymd):
                        dates.add(tuple(float(v) for v in ymd))
                    else:
                        walk(f.value)
    blob = " \n ".join(strs)
    words = []   # a date written as a KB date ("2024-05-25") is a date, its year a number:
    for w in blob.split():   # its month and day are no count ("the fifth winner")
        ymd = _iso_date(w.strip(".,;:()[]'\""))
        if ymd:
            dates.add(ymd)
            w = str(int(ymd[0]))
        words.append(w)
    for w in words:   # every number written in the claim's words (a run of digits ends at
        if w.isalpha():   # the word's end; a word of letters alone holds none)
            continue
        run = ""
        for ch in w + " ":
            if ch.isdigit() or (ch == "." and run and "." not in run):
                run += ch
                continue
            if run:
                try:
                    nums.add(float(run.rstrip(".")))
                except ValueError:
                    pass
                run = ""
    return (nums, dates), blob


def _character_named(kb, eid: str, blob: str) -> bool:
    """Whether the claim's words, facts or notes name a character by any of its names ("Ivan"
    judged by a note that calls him "Vanya"), as whole words."""
    e = kb.entity(eid)
    if e is None or e.type != "character":
        return False
    words = " " + " ".join(w.strip(".,;:()[]'\"!?") for w in blob.replace("'s ", " ").split()) + " "
    names = {e.label, *(x for x, _k in kb.aliases_of(eid))}
    return any(f" {n.lower()} " in words for n in names if n)


def _iso_date(w: str):
    """(year, month, day) of a word written as a KB date ("2024-05-25"), else None."""
    ymd = w.split("-")
    if len(ymd) == 3 and [len(v) for v in ymd] == [4, 2, 2] and all(v.isdigit() for v in ymd):
        return tuple(float(v) for v in ymd)
    return None


def _consumed(slot, atoms, blob: str, kb=None) -> bool:
    kind, text, value = slot
    nums, dates = atoms
    if kind == "entity" and kb is not None and kb.facts(predicate="edition_of",
                                                         object_entity=value):
        return True   # a show ("the Oscars") is the frame of its prizes, judged with them
    if kind == "entity" and kb is not None and any(
            f.value.lower() in blob for f in kb.facts(subject=value, predicate="part_of")
            if isinstance(f.value, str)):
        return True   # a prize of the show the claim was judged at ("in competition for
        # the Palme d'Or" of a premiere at Cannes)
    if kind == "number":
        if all(alts & nums for alts in value) or text.lower() in blob:
            return True
        # a date of the edition the claim was judged at ("on February 9, 2020", "in May 2024")
        calendar = any(w.strip(".,").lower() in MONTHS for w in text.split()) or any(
            v >= 1000 for alts in value for v in alts)
        days = {v for d in dates for v in d}   # "ran from May 14 to May 25, 2024"
        return calendar and all(alts & days for alts in value)
    if kind in ("entity", "place") and isinstance(value, str) and value.lower() in blob:
        return True   # (a place named with its article: "The Beverly Hilton")
    if kind == "entity" and kb is not None and _character_named(kb, value, blob):
        return True
    if kind == "entity" and kb is not None and year_named(kb, text, value) in nums:
        return True   # a show named by its year ("the 1976 Oscars"): the claim judged the year
    # a list names each of its items ("Original Screenplay and Film Editing")
    return all(x in blob for x in _list_items(text))


def _list_items(text: str) -> list:
    """The items of a name that is a list ("Best Original Screenplay and Best Film Editing")."""
    parts = [x.strip(" ()[]\"'") for x in text.lower().replace(" and ", ",").split(",")]
    return [x for x in parts if x]


_RACE = ("award_received", "nominated_for")
# the kinds of claim that read a tie between two people (claims/cast.py's story relations,
# the spouse claims)
_TIE_KINDS = ("relation", "spouse")


def _in_the_race(slot, races: set, kb) -> bool:
    """A rival or a fellow nominee ("over La La Land", "upset Demi Moore") is judged when the
    KB has them in the race -- the prize and edition -- a decided claim of the sentence was
    judged in."""
    if slot[0] != "entity" or kb is None or not races:
        return False
    return any((f.value, f.qualifiers.get("ceremony")) in races
               for pred in _RACE for f in kb.facts_involving(slot[2], pred))


def _other_show_date(o, c, facts: dict, slot) -> bool:
    """Whether `o` only dates a show other than the ones `c`'s verdict was judged at: "won
    Best Director in 2015 and in 2019" reads a date claim "the 2019 show was held in 2019",
    which says nothing of the win, so it does not judge the win's "2019"."""
    if o is c or slot[0] != "number" or o.predicate != "ceremony_date":
        return False
    mine = {f.qualifiers.get("ceremony") for f in facts.get(id(c)) or ()} - {None}
    theirs = {f.subject for f in facts.get(id(o)) or ()}
    return bool(mine) and bool(theirs) and not (mine & theirs)


def _parts(slot) -> list:
    """A number slot of several numbers ("in 1948 or 1950") may be judged number by number,
    each by any claim."""
    kind, text, value = slot
    if kind != "number" or len(value) < 2:
        return []
    return [(kind, "\0", [alts]) for alts in value]


def account(claims: list, facts: dict, kb=None) -> None:
    """Turn a support whose clause states a slot no claim of its sentence judged into
    not_enough_info (in place). `facts`: id(claim) -> the facts of its verdict. Of the clauses
    a claim's words hold, its clause is the one whose slots it judged most itself."""
    by_sentence: dict = {}
    for c in claims:
        if "sentence_at" in c.slots:
            by_sentence.setdefault(c.slots["sentence_at"], []).append(c)
    for group in by_sentence.values():
        atoms = [_atoms(c, facts.get(id(c)), kb) for c in group]
        decided = [c.verdict in ("supported", "refuted") for c in group]
        races = {(f.value, f.qualifiers.get("ceremony")) for o, d in zip(group, decided) if d
                 for f in facts.get(id(o)) or () if f.predicate in _RACE
                 and f.qualifiers.get("ceremony")}
        # the work a race's prize went to or was up for ("lost to X for A Real Pain")
        works = {f.qualifiers.get("for_work") for o, d in zip(group, decided) if d
                 for f in facts.get(id(o)) or () if f.predicate in _RACE} - {None}
        # the shows and results the decided wins and nominations were judged at: a person
        # said to share them ("alongside X") must hold the same result there
        nights = {(f.predicate, f.qualifiers.get("ceremony")) for o, d in zip(group, decided)
                  if d for f in facts.get(id(o)) or () if f.predicate in _RACE
                  and f.qualifiers.get("ceremony")}
        for c, (nums, blob) in zip(group, atoms):
            clauses = c.slots.get("stated_slots")
            if c.verdict != "supported" or not clauses:
                continue
            own = [sum(_consumed(s, nums, blob, kb) for s in cl) for cl in clauses]
            stated = clauses[own.index(max(own))]
            # a slot is judged by the claim itself, by a claim of the sentence the KB decided,
            # or, a number, by a claim of its own that says it ("at 35", its age claim)
            def judged(s):
                if s[0] in ("degree", "ordinal"):   # a record claim over it judged it, or
                    # a claim that read the ordinal as the order of a category's winners or
                    # of a career's prizes ("the first film to win Best Picture")
                    # a claim whose facts say it (a note: "her first role"), or one judged at
                    # the edition the ordinal counts ("the first Best Picture winner")
                    # (a degree: or the claim itself, which read it as the winners' order
                    # by age, its span opening after the rank word or not)
                    rank = c.slots.get("age_rank") or {}
                    if s[0] == "degree" and rank.get("read"):
                        return True
                    if s[0] == "degree" and any(
                            (r := o.slots.get("age_rank") or {}).get("read") and r.get("rank_at")
                            and r["rank_at"][0] <= s[2] < r["rank_at"][1] for o in group):
                        return True   # "X, the youngest winner in a decade, won ...": the
                        # rank is the apposition's own claim, judged there
                    if rank.get("nth_read") and rank["nth_at"][0] <= s[2] < rank["nth_at"][1]:
                        return True   # "the tenth-youngest": the place among the winners'
                        # ages, which the claim checked (verify/ages.py _nth_age_rank)
                    if s[0] == "degree" and _part_kind_said(s[1], blob):
                        return True   # "his first English-language role": the claim's
                        # facts tell that kind of part ("first English-language role")
                    if s[0] == "degree" and c.slots.get("award") and s[1].lower() in (
                            c.slots.get("award_phrase") or "").lower().split():
                        return True   # "won the highest honor": the show's top prize, read
                        # as that prize by the claim itself
                    return any((o.category == "record" or o.slots.get("kind") in (
                                    "debut", "prize_rank")   # ("the Palme, Cannes' highest
                                # honour": the prize's rank, read by its own claim)
                                or s[0] == "ordinal" and (any(
                        o.slots.get(k) for k in _ORDINAL_READINGS) or _consumed(s, n, b, kb)
                        or _edition_numbered(kb, o.slots.get("ceremony"), 1)))
                        and o.start <= s[2] < o.end and (d or o is c)
                        for o, (n, b), d in zip(group, atoms, decided))
                if s[0] == "kin":   # a claim decided over the tie, or one whose facts name it
                    # (a claim over the tie judges it when it reads ties: a story relation or
                    # a marriage; a credit over the whole clause says nothing of the tie)
                    lo, hi, noun, who = s[2]
                    return _kin_known(kb, noun, who) or any(
                        d and o is not c and o.start <= lo and hi <= o.end
                        and o.slots.get("kind") in _TIE_KINDS or (
                        d or o is c) and noun in {w.strip(".,;:()'\"") for w in b.split()}
                        for o, (n, b), d in zip(group, atoms, decided))
                if s[0] == "costar":   # "opposite X": X is in the cast of the part's film,
                    # or a claim of its own (a credit of X's, decided or not) tells it
                    if any(o is not c and (o.slots.get("subject") == s[2] and s[2]
                                           or o.slots.get("subject_name") == s[1])
                           for o in group):
                        return True
                    if s[2] is None:   # a name the KB lacks: a part played opposite it
                        # stays open; a cast list's member beside it ("stars A alongside B")
                        # is a list item of its own, which the KB cannot name
                        return c.slots.get("kind") != "played_by"
                    return _costars(kb, c, s[2])
                if s[0] == "companion":   # "alongside X": X shares the result that night
                    if c.category != "award":
                        return True   # ("produced it alongside X": a statement of its own)
                    if kb is not None and nights and all(
                            any(f.qualifiers.get("ceremony") == cer
                                for f in kb.facts(subject=s[2], predicate=pred))
                            for pred, cer in nights):
                        return True
                    return judged(("entity", s[1], s[2]))
                if s[0] == "order":   # a decided claim on the time between the events
                    at, deed, after = s[2]
                    if _after_the_premiere(kb, c, after):
                        return True
                    if deed is not None and _premiere_then_win(kb, c, s[1], deed, [
                            o for o, d in zip(group, decided) if d and o is not c
                            and o.verdict == "supported"]):
                        return True
                    if c.category == "plot" and any(
                            o is c and _after_a_told_event(s[1], b)
                            for o, (n, b) in zip(group, atoms)):
                        return True   # "After the wedding, his parents fly in": the story's
                        # fact of the flight is about the marriage the wedding made
                    if c.category == "plot" and deed is not None and _story_event_verb(s[1]):
                        return False   # "before marrying, his parents fly in": an order of
                        # two of the story's events its facts do not tell
                    if deed is not None and not any(
                            o is not c and o.start <= deed < o.end and told_event(o)
                            for o in group):
                        return True   # a deed no claim tells as an event (a prize won, a
                        # premiere, a release): a statement of its own
                    return any(d and o.slots.get("kind") in ("gap", "interval", "nth_interval")
                               and o.start <= at < o.end or o is c and " ".join(
                                   s[1].lower().split()) in b.lower()   # (a note saying so)
                               for o, (n, b), d in zip(group, atoms, decided))
                if s[0] == "story_order":   # "after he proposes, they marry in Vegas": the
                    # event the claim's facts make it follow, or a story text telling both in
                    # that order; else open (`_clause_orders`)
                    return any(o is c and _after_a_told_event(s[1], b)
                               for o, (n, b) in zip(group, atoms)) or _order_in_notes(
                        kb, c.slots.get("subject"), s[1], s[2][2])
                if s[0] == "span":   # a claim that measured the time there, or words that
                    # say the same span
                    return any(d and o is not c and o.slots.get("kind") in (
                        "gap", "interval", "nth_interval") and o.start <= s[2][1] < o.end
                        or (d or o is c) and " ".join(s[1].lower().split()) in b
                        for o, (n, b), d in zip(group, atoms, decided))
                if s[0] == "shift":   # a claim that read the shift ("N years later")
                    return any((d or o is c) and o.slots.get("year_shift") in s[2][0]
                               for o, d in zip(group, decided))
                if s[0] == "place":   # where the event was: a claim that holds it there
                    # (a place refuted by its own claim leaves the rest of the clause open)
                    return any(_consumed(s, n, b, kb) for o, (n, b) in zip(group, atoms)
                               if o is c or o.verdict == "supported")
                if s[0] == "name" and s[1] in (c.slots.get("other_members") or ()):
                    return True   # another member of the claim's list, the KB lacks: a
                    # claim of its own, not a slot of this one ("Cast: A, B, Jane Roe")
                if s[0] in ("maker", "credit"):   # whose film it is ("Howard's Gladiator"),
                    # a name in brackets after a film ("Gladiator (Ridley Scott)"): the KB
                    # ties the person to it (a director's nomination, a producer's Best Picture)
                    return _credit_known(kb, *s[2]) if s[2][0] else \
                        _surname_credit(kb, s[1], s[2][1])
                if s[0] == "job":   # what a character is: a text about them tells it
                    blobs = [b for o, (n, b), d in zip(group, atoms, decided) if d or o is c]
                    if s[2][0] is None:   # the event's other party: each one its facts name
                        # besides the claim's own (or, where the reader took the party in
                        # too, besides its first, the doer); none named: nothing tells it
                        own = list(c.slots.get("who") or ())
                        agents = [a for f in facts.get(id(c)) or ()
                                  for a in (f.qualifiers or {}).get("agents") or ()]
                        who = [a for a in agents if a not in own] or [
                            a for a in agents if own and a != own[0]]
                        return bool(who) and all(_job_known(kb, a, w, [])
                                                 for a in who for w in (s[2][1], *s[2][2]))
                    return all(_job_known(kb, s[2][0], w, blobs) for w in (s[2][1], *s[2][2]))
                return any(_consumed(s, n, b, kb) for o, (n, b), d in zip(group, atoms, decided)
                           if (o is c or d or s[0] == "number")
                           and not _other_show_date(o, c, facts, s)) or _in_the_race(s, races, kb) \
                    or (s[0] == "entity" and s[2] in works) or _related(s, c, kb)
            def items_judged(s):
                # a list's items each judged by its own claim ("won Best Original Screenplay
                # and Best Film Editing": one claim per prize)
                items = _list_items(s[1]) if s[0] == "name" else []
                return len(items) > 1 and all(any(
                    x in b for o, (n, b), d in zip(group, atoms, decided) if o is c or d)
                    for x in items)
            left = [s for s in stated if not judged(s) and not items_judged(s)
                    and not (_parts(s) and all(judged(x) for x in _parts(s)))]
            if left:
                what = ", ".join(f"'{s[1]}'" for s in left)
                c.verdict = "not_enough_info"
                c.explanation = (f"{c.explanation} The sentence also says {what}, which was "
                                 f"not checked.")
                c.slots["unjudged"] = [s[1] for s in left]


def _costars(kb, c, partner: str) -> bool:
    """Whether the KB holds `partner` in the cast of the film a part or credit claim is about:
    the claim's film, or the film whose cast gives the claim's character a player."""
    if kb is None:
        return False
    films = {c.slots.get(k) for k in ("film", "work")} - {None}
    if c.slots.get("kind") == "played_by" and c.slots.get("subject"):
        films |= {f.subject for f in kb.facts_with_qualifier("cast_member", "character",
                                                             c.slots["subject"])}
    return any(f.value == partner for film in films
               for f in kb.facts(subject=film, predicate="cast_member")) or any(
        f.value in films for f in kb.facts(subject=partner, predicate="notable_work"))
