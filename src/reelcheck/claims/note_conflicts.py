"""Whether a KB note that shares a clause's words still says something else than the clause:
the checks the notes reader (claims/notes.py) runs on each note match, on the note's own parse.

`rebound`: the span's words are the note's, but bound otherwise there -- its verb said of
another doer, a modifier on another kin noun, another object in the same role, a number that
counts another noun, a contrary modifier ("out of competition" against "main competition"), an
adjective the note puts on another noun. `only_aside`: the one the note is about is named in
the span only in brackets on another noun. Either way the note does not support the clause.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..kb.places import place_relation
from ..model import Mention
from ..textutil import fold
from .frames import subject_token
from .parse import lexicon
from .statements import _names_in, _token


_NOTE_DOCS: dict[tuple[str, str], object] = {}
MODIFIER_DEPS = frozenset({"amod", "compound"})


def _note_doc(f):
    """The parse of a note's text (once per note)."""
    key = (f.id, f.value)
    got = _NOTE_DOCS.get(key)
    if got is None:
        from ..nlp import parse
        got = next(iter(parse([f.value])))
        if len(_NOTE_DOCS) < 20_000:
            _NOTE_DOCS[key] = got
    return got


def _possessor_is(owned, other) -> bool:
    """Whether `owned` is someone's ("Vanya's parents") and `other` is that someone by name
    ("Vanya"): X's relative is not X."""
    if owned.pos_ == "PROPN" or other.pos_ != "PROPN":
        return False
    names = {t.lower_ for t in other.subtree if t.pos_ == "PROPN"}
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" and c.lower_ in names
               for c in owned.children)


def _kin_against_name(owned, other) -> bool:
    """Whether `owned` is someone's kin by a common noun ("Ani's parents hear") where `other`,
    the note's doer of the same verb, is a name ("Vanya hears"): the kin of one is not a named
    doer the note tells (a kin the story names otherwise is left open too)."""
    return owned.pos_ == "NOUN" and other.pos_ == "PROPN" and any(
        c.dep_ == "poss" and c.pos_ == "PROPN" for c in owned.children)


def _verbal(t) -> bool:
    """A verb, or a word the parse gives a subject ("learns" tagged as a noun)."""
    return t.pos_ == "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)


def _norm(t) -> frozenset:
    """A token's content words as the notes read them (paraphrases folded in)."""
    kind, got = _token(t.lower_)
    out = set(got[0]) if kind == "w" and got[0] else set()
    kind, got = _token(t.lemma_.lower())
    return frozenset(out | (set(got[0]) if kind == "w" and got[0] else set()))


def _governor(t):
    """The verb a noun is the object of, through its phrase ("pulled away from a wedding":
    pulled), or None (its own clause's subject, a noun on a noun)."""
    if t.dep_ not in ("pobj", "dobj"):
        return None
    h, steps = t, 0
    while steps < 3 and h.head.i != h.i:
        if steps and h.dep_ not in ("prep", "advmod", "prt"):
            return None   # not through another noun ("a house in Brighton Beach")
        h, steps = h.head, steps + 1
        if _verbal(h):   # (a verb the tagger read as a noun with a subject: "they search X")
            return h
    return None


def _destination(t) -> bool:
    """An adverb that names where its verb goes (`notes.destination_adverbs`: "home")."""
    # (the parser may take "drives Ani home" for an object "Ani home")
    return t.dep_ in ("advmod", "npadvmod", "dobj") and t.head.pos_ == "VERB" and t.lower_ in set(
        lexicon().section("notes").get("destination_adverbs") or ())


def _role(t) -> str:
    """A noun's role on its verb: "dobj", or the preposition it is the object of ("to" for a
    destination adverb)."""
    if _destination(t):
        return "to"
    if t.dep_ == "dobj":
        return "dobj"
    same = lexicon().section("notes").get("role_prepositions") or {}
    return same.get(t.head.lower_, t.head.lower_)


def _other_object(inside: list, doc) -> bool:
    """Whether the span gives a verb the note also has an object in a role (the direct object,
    or a preposition's) where the note gives that verb's same role another and the span none
    of the note's ("called away from a funeral" against the note's "called away from a
    christening", "search Manhattan" against "search Brooklyn"): a slot the span states and
    the note contradicts."""
    def key(v) -> frozenset:   # (a light verb: its lemma, or the word it paraphrases)
        return _norm(v) | _deed_keys(v)

    def objects(toks, pos) -> list:
        return [(n, g) for n in toks if n.pos_ in pos
                and n.dep_ in ("pobj", "dobj") and (g := _governor(n)) is not None] + [
            (n, n.head) for n in toks if _destination(n) and n.dep_ != "dobj"]

    general = frozenset(lexicon().section("notes").get("general_nouns") or ())
    # common nouns only: a name may be a place inside the note's, and a common noun may
    # describe the note's name ("dedicated the prize" is its "dedicated the Palme d'Or")
    mine = objects(inside, ("NOUN",))
    note = objects(doc, ("NOUN",))
    for t, verb in mine:
        own, words, role = _norm(t), key(verb), _role(t)
        if not own or t.lemma_.lower() in general:
            continue   # ("to deal with the crisis": a word that may stand for any object)
        theirs = [n for n, g in note if _role(n) == role and key(g) & words]
        said = [x for x, v in mine if _role(x) == role and key(v) & words]
        if theirs and not any(_norm(n) & _norm(x) for n in theirs for x in said):
            return True
    return False


def _other_noun_of(inside: list, doc) -> bool:
    """Whether the span gives a noun a common noun in a phrase of its own ("the son of a
    Russian general") where the note gives the same noun, in the same phrase, other nouns and
    the span none of them ("the son of a Russian oligarch (a Moscow billionaire)": a noun set
    in apposition to the note's is the note's too): what it is of, the note tells otherwise."""
    general = frozenset(lexicon().section("notes").get("general_nouns") or ())

    def phrases(toks) -> list:   # (noun, its owner noun's words, preposition)
        out = []
        for n in toks:
            if n.pos_ != "NOUN" or n.dep_ not in ("pobj", "appos"):
                continue
            x = n
            while x.dep_ == "appos" and x.head.i != x.i:
                x = x.head
            if x.dep_ == "pobj" and x.head.dep_ == "prep" and x.head.head.pos_ == "NOUN":
                out.append((n, _norm(x.head.head), x.head.lower_))
        return out

    note = phrases(doc)
    mine = phrases(inside)
    for t, owner, prep in mine:
        if not _norm(t) or not owner or t.lemma_.lower() in general:
            continue
        theirs = [n for n, o, pr in note if pr == prep and o & owner]
        said = [x for x, o, pr in mine if pr == prep and o & owner]
        if theirs and not any(_norm(n) & _norm(x) for n in theirs for x in said):
            return True
    return False


def _kin_keys(t) -> frozenset:
    """The ties a kin noun (`notes.kin_nouns`, `plot.group_kin`) names: its lemma, the tie
    `cast.relation_nouns` files it under ("dad": father), and a group noun's ties ("parents":
    father and mother); a father or mother is a parent too. Empty for any other word."""
    w = t.lemma_.lower()
    kin = set(lexicon().section("notes").get("kin_nouns") or ())
    groups = lexicon().section("plot").get("group_kin") or {}
    single = lexicon().section("cast").get("relation_nouns") or {}
    if w not in kin and w not in single and t.lower_ not in groups:
        return frozenset()
    out = {w, single.get(w, w)} | set(groups.get(t.lower_) or ())
    if out & {"father", "mother", "parent"}:
        out.add("parent")
    return frozenset(out)


def _other_kin_doer(inside: list, doc) -> bool:
    """Whether the span says a deed of the note's (the same verb, or one the plot paraphrases
    file with it) is done by a kin noun ("Vanya's grandparents fly in") where the note's doer of
    it is another kin noun ("Vanya's parents fly"): which family member does it is a slot. A
    tie the note's noun takes in ("his father" of "his parents") is the note's."""
    def doers(toks) -> list:   # (kin ties, verb)
        return [(k, t.head) for t in toks if t.pos_ == "NOUN" and t.dep_ in (
            "nsubj", "nsubjpass") and (k := _kin_keys(t))]
    theirs = doers(doc)
    for keys, verb in doers(inside):
        same = [k for k, v in theirs if _same_deed(v, verb)]
        if same and not any(keys & k for k in same):
            return True
    return False


def _people_of(t, kb) -> frozenset:
    """The KB's characters and people a proper noun's phrase names ("Vanya", "Ivan Zakharov")."""
    got = set()
    for name in {_name_phrase(t), t.text}:
        for k in ("character", "person"):
            got |= {e.id for e in kb.entities_by_name(name, type=k)}
    return frozenset(got)


def _other_named_object(inside: list, doc, kb) -> bool:
    """Whether the span gives a verb the note also has a story person in a role (the direct
    object, or a preposition's: "search Brooklyn for Ani") where the note gives that verb's
    same role other people ("search Brooklyn for Vanya"): whom a deed is done to, or for, is
    a slot. Names are the KB's characters and people (a place is `_other_place`'s); the
    subject of a passive is its verb's object ("Vanya is left with Garnick" against the note's
    "leaving Ani with Garnick")."""
    def named(toks) -> list:   # (people, governing verb, role)
        out = []
        for n in toks:
            if n.pos_ != "PROPN":
                continue
            if n.dep_ == "compound" and _destination(n.head):
                g, role = n.head.head, "dobj"   # "drives Ani home", read as one object "Ani
                # home": the name is whom the verb takes there
            elif n.dep_ == "nsubjpass" and n.head.pos_ == "VERB":
                g, role = n.head, "dobj"
            elif n.dep_ in ("pobj", "dobj"):
                g = _governor(n)
                role = _role(n) if g is not None else None
            else:
                continue
            who = _people_of(n, kb) if g is not None else frozenset()
            if who:
                out.append((who, g, role))
        return out
    theirs = named(doc)
    if not theirs:
        return False
    for who, verb, role in named(inside):
        same = [x for x, g, r in theirs if r == role and _same_deed(g, verb)]
        if same and not any(who & x for x in same):
            return True
    return False


def _added_companion(inside: list, doc) -> bool:
    """Whether the span gives a verb the note also has a companion ("lives with her
    grandmother") the note gives that verb none of, nor names anywhere: a detail of the story
    the note does not hold."""
    vocab = frozenset().union(*(_norm(n) | {n.lemma_.lower()} for n in doc))
    general = frozenset(lexicon().section("notes").get("general_nouns") or ())
    for t in inside:
        if t.pos_ != "NOUN" or t.dep_ != "pobj" or t.head.lower_ != "with" \
                or t.lemma_.lower() in general:
            continue
        verb = t.head.head
        if verb.pos_ != "VERB":
            continue
        same = [n for n in doc if n.lemma_.lower() == verb.lemma_.lower()]
        if not same or any(c.dep_ == "prep" and c.lower_ == "with" for n in same
                           for c in n.children):
            continue   # the note tells another verb, or gives it a companion of its own:
            # other checks decide
        if not (_norm(t) | {t.lemma_.lower()}) & vocab:
            return True
    return False


def _name_phrase(t) -> str:
    """A proper noun with the names compounded on it ("Brighton Beach")."""
    toks = [c for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < t.i]
    lo = min([t.i] + [c.left_edge.i for c in toks])
    return t.doc[lo:t.i + 1].text


def _other_place(p, inside: list, doc, kb) -> bool:
    """Whether the span puts a verb's object in a role at a KB place where the note puts that
    verb's same role at another place, apart from it ("lives in Manhattan" against the note's
    "works at a Manhattan club and lives in Brighton Beach"): the note's place names are
    there, bound to another verb. So does a place on the same common noun ("a stripper at a
    Brooklyn club" against the note's "a Manhattan club"), whatever verb holds it. A place
    inside, or holding, the note's agrees ("lives in Brooklyn"); a name the KB does not know
    as a place decides nothing."""

    def key(v) -> frozenset:
        return _norm(v) | {v.lemma_.lower()}

    def places(toks, of) -> list:   # (place id, governing verb, role)
        out = []
        for n in toks:
            if n.pos_ not in ("NOUN", "PROPN") or n.dep_ not in ("pobj", "dobj"):
                continue
            g = _governor(n)
            if g is None:
                continue
            # the object, or the place its phrase names ("a Manhattan club", "a club in X")
            cands = [n] + [c for c in n.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                           and n.pos_ == "NOUN"] + [
                o for c in n.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "on")
                for o in c.children if o.dep_ == "pobj"]
            for t in cands:
                e = of(t) if t.pos_ == "PROPN" else None
                if e:
                    out.append((e, g, _role(n), n.lemma_.lower() if n.pos_ == "NOUN" else None))
        return out

    def note_of_tok(n):
        got = kb.entities_by_name(_name_phrase(n), type="place")
        return got[0].id if len(got) == 1 else None

    def mine_of(n):   # (a sentence no family parsed has no arguments: its names, as the note's)
        if not hasattr(p, "arg_at"):
            return note_of_tok(n)
        a = p.arg_at(n.i)
        return a.entity if a is not None and a.kind == "place" else None

    mine = places(inside, mine_of)
    if not mine:
        return False
    theirs = places(doc, note_of_tok)
    for e, verb, role, noun in mine:
        same = [x for x, g, r, nn in theirs if r == role and key(g) & key(verb)
                or noun is not None and nn == noun]
        if same and all(place_relation(kb, e, x) == "disjoint" for x in same):
            return True
    return False


def _counted(t):
    """The noun a number token counts or ranks ("fourth trophy": trophy; "four Oscars":
    Oscars; "3 for Parasite": None), through a compound's head and a hyphen's word."""
    if t.dep_ not in ("nummod", "amod", "quantmod", "compound", "npadvmod") \
            or t.head.i == t.i:
        return None
    h = t.head
    while h.dep_ == "compound" and h.head.i != h.i:
        h = h.head
    return h if h is not t and h.pos_ in ("NOUN", "PROPN") else None


def _numbers(toks) -> list:
    """(number, the noun it counts or ranks) for the count and ordinal words of `toks`
    (a year is a date, not a count: left out)."""
    out = []
    spans = frozenset(lexicon().section("notes").get("duration_nouns") or ())
    for t in toks:
        kind, got = _token(t.lower_)
        if kind != "n" or not got.isdigit() or len(got) == 4:
            continue
        n = _counted(t)
        if t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT") and (
                n is None or n.lemma_.lower() not in spans or n.i < t.i):
            continue   # ("March 2", "21-year-old": a date or an age, not a count; "three
            # days", "3 months" count their unit)
        if n is not None:
            out.append((got, n))
    return out


def _other_count(inside: list, doc) -> bool:
    """Whether a number the span states counts another noun than the note's same number
    ("its fourth award of the night" against the note's "fourth film to win both ...";
    "three Oscars" where the note's 3 counts another's): the number agrees, its role not."""
    general = frozenset(lexicon().section("notes").get("general_nouns") or ())
    units = frozenset(lexicon().section("notes").get("duration_nouns") or ())

    def words(n) -> frozenset:   # the noun and the nouns compounded on it ("Best Picture
        # winner": winner, best, picture); a duration's unit by its lemma ("days": day)
        unit = {n.lemma_.lower()} if n.lemma_.lower() in units else set()
        return frozenset().union(unit, _norm(n), *(_norm(c) for c in n.children
                                                   if c.dep_ == "compound"))

    theirs = _numbers(doc)
    for num, noun in _numbers(inside):
        own = words(noun)
        if not own or noun.lemma_.lower() in general:
            continue
        same = [n for x, n in theirs if x == num and n.pos_ == "NOUN"]   # ("Anora 5": a
        # name's tally, no noun it counts)
        if same and not any(words(n) & own or n.lemma_.lower() in general for n in same):
            return True
    return False


def _modifiers(t) -> frozenset:
    """The words that modify noun `t` ("main competition": main; "out of competition": out,
    of; "in competition": in)."""
    out = set()
    for c in t.children:
        if c.dep_ in ("amod", "compound", "neg"):
            # with the adverb on the modifier ("lowest-grossing": lowest)
            out |= {c.lemma_.lower(), c.lower_} | {a.lower_ for a in c.children
                                                   if a.dep_ in ("advmod", "amod")}
    h, steps = t, 0
    while h.dep_ in ("pobj", "prep", "pcomp") and h.head.i != h.i and steps < 2:
        h, steps = h.head, steps + 1
        if h.pos_ in ("ADP", "ADV", "PART") or h.dep_ in ("prep", "advmod", "prt"):
            out.add(h.lower_)
        else:
            break
    return frozenset(out)


def _contrary(inside: list, doc) -> bool:
    """Whether a noun of the span and the same noun in the note carry contrary modifiers
    (`notes.contraries`: "out of competition" against the note's "main competition")."""
    sec = lexicon().section("notes")
    pairs = [(frozenset(a), frozenset(b)) for a, b in sec.get("contraries") or ()]
    negating = frozenset(sec.get("negating_modifiers") or ())

    def peoples(n) -> frozenset:   # the nationality words on a noun ("American film"), or
        # the people or language its modifier's hyphened first word names ("a Russian-speaking
        # client")
        mods = [c for c in n.children if c.dep_ in ("amod", "compound")]
        firsts = [g for c in mods for g in c.children if g.dep_ in ("npadvmod", "compound")
                  and g.ent_type_ in ("NORP", "LANGUAGE")]
        return frozenset(c.lower_ for c in mods + firsts if c.ent_type_ in ("NORP", "LANGUAGE")
                         and (c.ent_type_ == "NORP" or c in firsts)
                         and c.is_alpha and c.lower_ not in negating)

    groups = [frozenset(g) for g in sec.get("exclusive_modifiers") or ()]
    kin = frozenset(sec.get("kin_nouns") or ())
    group_kin = lexicon().section("plot").get("group_kin") or {}

    def owners(n) -> frozenset:   # the kin a noun is said to be of ("his uncle's house"),
        # a group read as its members ("his parents' house": father, mother)
        out = set()
        for c in n.children:
            low = c.lemma_.lower()
            if c.dep_ == "poss" and c.pos_ == "NOUN" and (low in kin or c.lower_ in group_kin):
                out |= {low} | set(group_kin.get(c.lower_) or group_kin.get(low) or ())
        return frozenset(out)

    def exclusive(a: frozenset, b: frozenset) -> bool:   # one of a set's words on each
        # side, none the same ("a blue scarf" against the note's "a red scarf")
        return any(a & g and b & g and not a & b & g for g in groups)

    def denied(n) -> frozenset:   # the words a negating modifier on a noun denies: the
        # word after it ("non-English-language": english)
        out = set()
        for c in n.subtree:
            if c.lower_ in negating and c.i < n.i and c.dep_ != "neg":
                nxt = next((x for x in c.doc[c.i + 1:n.i] if x.is_alpha), None)
                if nxt is not None:
                    out.add(nxt.lower_)
        return frozenset(out)

    def kinds(n) -> frozenset:   # the common nouns that make it a kind ("wedding ring"; a
        # lower-case word the tagger took for a name is one: "a ruby ring"; not a measure,
        # "a 4-carat ring", whose number the numbers judge), and the names of an occasion or a
        # time compounded on it ("a Christmas party", "a New Year's Eve party")
        return frozenset(c.lemma_.lower() for c in n.children
                         if c.dep_ == "compound" and (c.pos_ == "NOUN" or c.pos_ == "PROPN"
                                                      and c.text.islower())
                         and not any(g.dep_ == "nummod" for g in c.children)) | frozenset(
            x.lower_ for c in n.children if c.dep_ == "compound" and c.pos_ == "PROPN"
            and c.ent_type_ in ("DATE", "EVENT")
            for x in c.subtree if x.pos_ == "PROPN" and x.ent_type_ in ("DATE", "EVENT"))

    note_mods: dict[str, set] = {}
    note_norp: dict[str, set] = {}
    note_denied: dict[str, set] = {}
    note_kinds: dict[str, set] = {}
    note_owners: dict[str, set] = {}
    for n in doc:
        if n.pos_ in ("NOUN", "PROPN"):
            note_owners.setdefault(n.lemma_.lower(), set()).update(owners(n))
            note_mods.setdefault(n.lemma_.lower(), set()).update(_modifiers(n))
            note_norp.setdefault(n.lemma_.lower(), set()).update(peoples(n))
            note_denied.setdefault(n.lemma_.lower(), set()).update(denied(n))
            note_kinds.setdefault(n.lemma_.lower(), set()).update(kinds(n))
    for t in inside:
        if t.pos_ not in ("NOUN", "PROPN") or t.lemma_.lower() not in note_mods:
            continue
        mine, theirs = _modifiers(t), note_mods[t.lemma_.lower()]
        if exclusive(mine, frozenset(theirs)):
            return True
        our_owners, their_owners = owners(t), note_owners[t.lemma_.lower()]
        if our_owners and their_owners and not our_owners & their_owners:
            return True   # "his uncle's mansion" against the note's "his parents' mansion"
        ours, their_people = peoples(t), note_norp[t.lemma_.lower()]
        if ours and their_people and not ours & their_people:
            return True   # "the first French film" against the note's "first American film"
        our_kinds, their_kinds = kinds(t), note_kinds[t.lemma_.lower()]
        if t.pos_ == "NOUN" and t.dep_ != "compound" and our_kinds and their_kinds \
                and not our_kinds & their_kinds:
            return True   # "her engagement ring" against the note's "her wedding ring" (a
            # phrase's head: "house-invasion" and "home-invasion" are one kind of sequence)
        our_denied, their_denied = denied(t), note_denied[t.lemma_.lower()]
        if (our_denied - their_denied) & theirs or (their_denied - our_denied) & mine:
            return True   # "non-English-language" against the note's "English-language"
        for a, b in pairs:
            if a <= mine and b & theirs and not a <= theirs \
                    or b <= mine and a & theirs and not b <= theirs:
                return True
    return False


def _note_field(note: str, key: str) -> Optional[str]:
    """The value of a note's `key:` field ("role: Amber Freeman, best friend of ..."): the words
    after it up to the field's first comma or the next field's semicolon; None without one."""
    for part in note.split(";"):
        part = part.lstrip()
        if part.startswith(key + ":"):
            return part[len(key) + 1:].lstrip().split(",")[0]
    return None


def _other_part(inside: list, note: str) -> bool:
    """Whether the span says a part by name ("played Tara", "as Tara") that is not the part the
    note's "role:" field names (the name before its first comma): the note "role: Amber
    Freeman, best friend of Tara ..." holds the word Tara but not as her part."""
    field = _note_field(note, "role")
    if field is None:
        return False
    from .parse import _cast_words
    named = set("".join(c if c.isalnum() or c == "_" else " " for c in fold(field)).split())
    cues = _cast_words()
    for t in inside:
        if t.lower_ not in cues:
            continue
        for o in t.children:
            if o.dep_ not in ("dobj", "pobj", "attr", "oprd") or o.pos_ != "PROPN":
                continue
            words = [fold(x.text) for x in o.subtree if x.pos_ == "PROPN" and x in inside
                     and (x.i == o.i or x.dep_ in ("compound", "flat"))]
            if words and not all(w in named for w in words):
                return True
    return False


def rebound(p, m, kb=None) -> bool:
    """Whether the span's words are the note's, bound otherwise in the note's parse: its verb
    said of another doer (the span's "Vanya's parents hear" where the note's "Vanya hears"), or
    its modifier on another kin noun (`notes.kin_nouns`: the span's "twin sister" where the
    note has "twin brother" and "sisters" with no "twin"), or another object of its verb
    (`_other_object`)."""
    inside = [t for t in p.doc if m.start <= p.offset + t.idx < m.end]
    if not inside:
        return False
    doc = _note_doc(m.fact)
    if _other_part(inside, str(m.fact.value)):
        return True
    if _other_object(inside, doc) or _other_count(inside, doc) \
            or _contrary(inside, doc) or _contrary_deed(inside, doc) or kb is not None and (
                _other_place(p, inside, doc, kb) or _other_named_object(inside, doc, kb)):
        return True
    if (m.fact.predicate == "plot" or m.fact.qualifiers.get("category") == "plot") \
            and (_added_companion(inside, doc) or _only_a_modifier(inside, doc)
                 or _other_kin_doer(inside, doc)
                 or _other_noun_of(inside, doc)
                 or _other_moment(inside, doc) or _other_set(inside, doc)):
        return True
    kin = frozenset(lexicon().section("notes").get("kin_nouns") or ())
    for t in inside:
        if _acting(t):
            s = _deed_subject(t)
            if s is not None and s.tag_ in ("WP", "WDT"):
                s = _antecedent(t, s)   # "it is Toros who drives her home": Toros drives
            if s is None:
                continue
            if _other_doer(t, _as_name(s, kb), doc, kb):
                return True
            for n in doc:
                if _verbal(n) and n.lemma_.lower() == t.lemma_.lower():
                    ns = subject_token(n)
                    if ns is not None and (_possessor_is(s, ns) or _possessor_is(ns, s)
                                           or _kin_against_name(s, ns)):
                        return True
        elif t.dep_ in MODIFIER_DEPS and t.pos_ in ("ADJ", "NOUN") \
                and t.head.lemma_.lower() in kin:
            word, head = t.lemma_.lower(), t.head.lemma_.lower()
            heads = {n.head.lemma_.lower() for n in doc
                     if n.dep_ in MODIFIER_DEPS and n.lemma_.lower() == word}
            if heads & kin and head not in heads and any(
                    n.pos_ == "NOUN" and n.lemma_.lower() == head for n in doc):
                return True
    return _other_modified(inside, doc)


def contrary_deeds(mine: set, theirs: set) -> bool:
    """Whether verbs (their words) `mine` and `theirs` are contrary deeds: on opposite sides
    of one pair of the lexicon's `notes.contrary_deeds` ("keep" and "return", "lose" and
    "win")."""
    return any(mine & a and theirs & b or mine & b and theirs & a for a, b in _deed_pairs())


@lru_cache(maxsize=1)
def _deed_pairs() -> tuple:
    return tuple((frozenset(a), frozenset(b))
                 for a, b in lexicon().section("notes").get("contrary_deeds") or ())


def _contrary_deed(inside: list, doc) -> bool:
    """Whether a verb of the span does to a thing the contrary of what a verb of the note does
    to that same thing (`notes.contrary_deeds`: "takes her ring" or "keeps her ring" against
    the note's "returns her wedding ring"), or the note's verb is only a phrasal verb of
    another sense ("breaks a nose" against the note's "breaks down"), or the span's is one
    where the note's is bare ("gives her ring back" against "gives her a ring"): another
    deed."""
    def contrary(v, n) -> bool:
        return contrary_deeds({v.lemma_.lower(), v.lower_}, {n.lemma_.lower(), n.lower_})

    def objects(v) -> set:
        return {o.lemma_.lower() for o in v.children if o.dep_ == "dobj" and o.pos_ == "NOUN"}

    back = set((lexicon().section("plot").get("returns") or {}).get("words") or ())

    def particle(c) -> bool:
        return c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ in back

    for t in inside:
        if t.pos_ != "VERB" or not objects(t):
            continue
        for n in doc:
            if n.pos_ == "VERB" and objects(n) & objects(t) and contrary(t, n):
                return True
        same = [n for n in doc if n.pos_ == "VERB" and n.lemma_.lower() == t.lemma_.lower()]
        if same and not any(c.dep_ == "prt" for c in t.children) and all(
                any(c.dep_ == "prt" for c in n.children) and not objects(n) for n in same):
            return True   # "breaks Igor's nose": the note's verb is "breaks down"
        # (the particle the parser may hang on the object, "gives her ring back", or read as
        # an adverb of return, `plot.returns`: "gives the ring back to her")
        if same and any(particle(c) for x in [t, *t.children] if x is t or x.dep_ == "dobj"
                        for c in x.children) and not any(
                particle(c) for n in same for c in n.children):
            return True   # "gives her ring back": the note's verb is the bare "gives a ring"
    return False


def _other_moment(inside: list, doc) -> bool:
    """Whether a verb of the span, or the verb its clause is coordinated with, is set at one
    moment of the story -- its start or its ending (`plot.opening_phrases`,
    `plot.ending_phrases`) -- where the note sets its deeds at the other ("At the start Igor
    drives her home and returns her ring" against the note's "At the end Igor drives ...")."""
    from .plot import _at_end

    def moments(verbs) -> set:
        return {name for v in verbs for name, which in (("end", "ending_phrases"),
                                                        ("start", "opening_phrases"))
                if _at_end(v, which)}
    mine = moments(t for t in inside if t.pos_ in ("VERB", "AUX"))
    theirs = moments(n for n in doc if n.pos_ in ("VERB", "AUX")) | _labelled_moment(doc)
    return bool(mine) and bool(theirs) and not mine & theirs


def _other_set(inside: list, doc) -> bool:
    """Whether the span sets its deed at one of the story's sets (`plot.set_nouns`: "escapes
    from the club") the note does not name, where the note names another ("the mansion"): the
    note tells of a deed done elsewhere."""
    sets = frozenset(lexicon().section("plot").get("set_nouns") or ())
    theirs = {n.lemma_.lower() for n in doc if n.pos_ == "NOUN" and n.lemma_.lower() in sets}
    mine = {t.lemma_.lower() for t in inside if t.pos_ == "NOUN" and t.lemma_.lower() in sets
            and t.dep_ in ("pobj", "dobj")}
    return bool(mine) and bool(theirs) and not mine & theirs


def _labelled_moment(doc) -> set:
    """The moment a note's label sets all its deeds at: a moment's noun it opens with before a
    colon ("Ending: ... Igor drives Ani home"; `plot.ending_phrases`/`opening_phrases` nouns)."""
    if len(doc) < 2 or doc[1].text != ":":
        return set()
    sec = lexicon().section("plot")
    words = {doc[0].lemma_.lower(), doc[0].lower_}
    return {name for name, which in (("end", "ending_phrases"), ("start", "opening_phrases"))
            if words & set((sec.get(which) or {}).get("nouns") or ())}


def _only_a_modifier(inside: list, doc) -> bool:
    """Whether a verb of the span has its word in the note only as a noun's modifier ("Ani
    marries Igor" against the note's "returns her wedding ring": a ring, not a wedding): the
    note tells no such deed."""
    for t in inside:
        if t.pos_ != "VERB" or t.dep_ in ("amod", "compound") or not _norm(t):
            continue   # (a participle on a noun is a modifier itself: "Russian-speaking")
        same = [n for n in doc if _norm(n) & _norm(t)]
        if same and all(n.dep_ in ("compound", "amod") and n.head.pos_ == "NOUN"
                        and n.head.i != n.i for n in same):
            return True
    return False


def _names(t) -> frozenset:
    """The proper-noun words of a noun's phrase, lowercased ("Ani", "Vanya's parents": vanya)."""
    return frozenset(x.lower_ for x in t.subtree if x.pos_ == "PROPN" or x.i == t.i and (
        x.pos_ == "NOUN" and x.i > 0 and x.text[:1].isupper() and not x.is_sent_start))


def _own_names(t) -> frozenset:
    """`_names` of a doer's phrase without its asides: "Toros, Vanya's godfather, is sent" is
    said of Toros, not of Vanya (an apposition or a relative clause on it names another)."""
    asides = {x.i for c in t.children if c.dep_ in ("appos", "relcl", "acl")
              for x in c.subtree}
    return frozenset(x.lower_ for x in t.subtree if x.i not in asides and (
        x.pos_ == "PROPN" or x.i == t.i and x.pos_ == "NOUN" and x.i > 0
        and x.text[:1].isupper() and not x.is_sent_start))


def _is_name(t, kb=None) -> bool:
    """Whether a token is a name: a proper noun, or a capitalized word the KB knows as a
    character or a person (the tagger may read a name that opens a sentence as a common
    noun: "Igor breaks down in the car")."""
    if t.pos_ == "PROPN":
        return True
    if kb is None or t.pos_ != "NOUN" or not t.text[:1].isupper():
        return False
    return any(kb.entities_by_name(t.text, type=k) for k in ("character", "person"))


class _Named:
    """A subject token read as a name (`_is_name`): its words, as `_names` gives them."""
    __slots__ = ("tok", "pos_", "dep_", "i", "names")

    def __init__(self, tok):
        self.tok, self.pos_, self.dep_, self.i = tok, "PROPN", tok.dep_, tok.i
        self.names = frozenset({tok.lower_}) | _names(tok)


def _as_name(s, kb):
    """The subject `s` as `_other_doer` reads it: a name the tagger took for a common noun is
    a name (`_is_name`)."""
    if s is not None and s.pos_ != "PROPN" and _is_name(s, kb):
        return _Named(s)
    return s


@lru_cache(maxsize=1)
def _filed_under() -> dict:
    """A word -> the word the plot section's `paraphrases` file it under ("flees": "run off")."""
    return {w: k for k, ws in (lexicon().section("plot").get("paraphrases") or {}).items()
            for w in ws}


def _deed_keys(v) -> set:
    """A verb's lemma and the word the plot paraphrases file it (or its form) under."""
    para, low = _filed_under(), v.lemma_.lower()
    return {low, para.get(low, low), para.get(v.lower_, low)}


def _same_deed(a, b) -> bool:
    """Whether two verbs tell one deed: the same lemma, or words the plot section's
    `paraphrases` file under one ("flees" and "runs off")."""
    return bool(_deed_keys(a) & _deed_keys(b))


def _misread_name(n):
    """The name before a verb form the tagger read as a noun heading the sentence with that
    name as its compound ("Vanya hosts a party", "Ani flees and leaves ..."): a clause's head
    that has a direct object or a verb coordinated with it is a deed, the name its doer; so is
    the head of an adverbial clause, which no noun can be ("when Ani bolts"); else None."""
    if n.pos_ != "NOUN" or not (n.dep_ == "ROOT" and any(
            c.dep_ == "dobj" or c.dep_ == "conj" and c.pos_ == "VERB" for c in n.children)
            or n.dep_ == "advcl"):
        return None
    return next((c for c in n.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                 and c.i < n.i), None)


def _acting(n) -> bool:
    """A word that tells a deed: a verb, or one the tagger read as a noun (`_misread_name`)."""
    return _verbal(n) or _misread_name(n) is not None


def _deed_subject(t):
    """The one a deed is said of: its subject, or the name of a misread clause head
    (`_misread_name`), for it or for the verb coordinated with it."""
    # (a misread clause head's own name before the subject it would borrow: "Vanya is left
    # when Ani bolts", "bolts" read as a noun, is Ani's deed)
    s = _misread_name(t) if t.pos_ == "NOUN" else None
    if s is None:
        s = subject_token(t)
    if s is None and t.dep_ == "conj":
        s = _misread_name(t.head)
    return s


def _doer_in_note(n, doc):
    """The name a note's verb is said of: its subject, or for a pronoun the last named subject
    before it in the note ("Vanya hears ..., he runs off": Vanya); None when the note does not
    say by name."""
    s = _deed_subject(n)
    if s is None:
        return None
    if s.pos_ == "PROPN" or s.pos_ == "NOUN" and s.i > 0 and s.text[:1].isupper() \
            and not s.is_sent_start:
        return s   # (a name the tagger took for a common noun: "At the end Igor drives")
    if s.pos_ != "PRON" or s.lower_ not in ("he", "she"):
        return None
    named = [x for x in doc[:s.i] if x.pos_ == "PROPN" and x.dep_ in ("nsubj", "nsubjpass")]
    return named[-1] if named else None


def _other_doer(t, s, doc, kb=None) -> bool:
    """Whether the span's verb `t`, said of the name `s`, is the note's verb said of another
    name, while the note names `s` in another role ("Ani runs off, leaving Vanya with ..."
    against the note's "Vanya ... runs off, leaving Ani with ..."): the doer is a slot. The
    verbs are one when their lemmas are, or the plot paraphrases file them under one word
    ("Ani flees" against "he runs off")."""
    misread = _misread_name(t.head if t.dep_ == "conj" else t)
    if s.pos_ != "PROPN" or s.dep_ == "nsubjpass" and getattr(s, "tok", s).head.i == t.i:
        return False   # (the subject of a passive is whom it is done to:
        # `_other_named_object`)
    if s.dep_ not in ("nsubj", "nsubjpass") and not (
            t.dep_ == "relcl" and s.i == t.head.i or s.dep_ == "attr"
            or misread is not None and misread.i == s.i):
        return False   # (the one a relative pronoun stands for: "it is Toros who drives";
        # the name before a clause head read as a noun: "Ani hosts a party")
    named = s.names if isinstance(s, _Named) else None
    s = s.tok if isinstance(s, _Named) else s
    mine = _names(_controller(t) or s) if named is None or _controller(t) else named
    for n in doc:   # "thanked Jane Roe for casting her": the one thanked did the casting
        c = _controller(n)
        if c is not None and n.lemma_.lower() == t.lemma_.lower() and mine \
                and not _names(c) & mine:
            return True
    mine = _names(s) if named is None else named
    if not mine or not any(x.lower_ in mine for x in doc):
        return False   # the note does not name the span's doer: other checks decide
    deeds = [n for n in doc if _acting(n) and _same_deed(n, t)]
    for n in deeds:
        d = _doer_in_note(n, doc)
        if d is None:
            return False
        if _own_names(d) & mine or d.lower_ in mine:
            return False   # the note's own verb is said of the same one
    return bool(deeds)


def _antecedent(t, s):
    """The one the relative pronoun `s`, subject of verb `t`, stands for: the noun its clause
    hangs on, or in a cleft the copula's complement ("it is Toros who drives": Toros)."""
    if t.dep_ == "relcl":
        return t.head
    if t.dep_ == "ccomp" and t.head.lemma_ == "be":
        return next((c for c in t.head.children if c.dep_ == "attr"), s)
    return s


def _controller(n):
    """The named doer of a subjectless verb in a "for" phrase on a verb with a named object
    ("thanked Jane Roe for casting her", "praised Roe for shooting it": Jane Roe), or None."""
    if n.pos_ != "VERB" or n.dep_ not in ("pcomp", "pobj") or n.head.lower_ != "for" \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in n.children):
        return None
    gov = n.head.head
    if gov.pos_ not in ("VERB", "AUX"):
        return None
    obj = [c for c in gov.children if c.dep_ == "dobj"]
    return obj[0] if len(obj) == 1 and obj[0].pos_ == "PROPN" else None


def _modifier_index(doc) -> tuple[dict, dict]:
    """A note's adjectives by lemma (each to the nouns it modifies) and its nouns by lemma,
    read once per note Doc (kept in its user_data): a note is asked of span after span."""
    got = doc.user_data.get("reelcheck.notes.modifiers")
    if got is None:
        modified: dict = {}
        nouns: dict = {}
        for n in doc:
            if n.dep_ == "amod":
                modified.setdefault(n.lemma_.lower(), []).append(n.head)
            if n.pos_ == "NOUN":
                nouns.setdefault(n.lemma_.lower(), []).append(n)
        got = doc.user_data["reelcheck.notes.modifiers"] = (modified, nouns)
    return got


def _other_modified(inside: list, doc) -> bool:
    """Whether an adjective of the span modifies a noun the note has too, where the note puts
    the adjective on another noun ("his previous film" against the note's "film" and "previous
    best"): the note's word says something of another thing."""
    counts = frozenset(lexicon().section("notes").get("count_adjectives") or ())

    def same_thing(a, b) -> bool:   # ("a Russian oligarch (a Moscow billionaire)")
        return a.i == b.i or b.dep_ == "appos" and b.head.i == a.i \
            or a.dep_ == "appos" and a.head.i == b.i

    for t in inside:
        if t.dep_ != "amod" or t.pos_ != "ADJ" or t.head.pos_ != "NOUN" \
                or _token(t.lower_)[0] != "w" or not _norm(t) or t.lemma_.lower() in counts:
            continue   # ("a single night": a count, said of each thing counted)
        word, head = t.lemma_.lower(), t.head.lemma_.lower()
        modified, nouns = _modifier_index(doc)
        owners, others = modified.get(word, ()), nouns.get(head, ())
        if owners and others and not any(o.lemma_.lower() == head for o in owners) \
                and not any(same_thing(o, n) for o in owners for n in others):
            return True
    return False


def only_aside(p, m, ms: list[Mention]) -> bool:
    """Whether the one a note is about is named in the span only in an aside -- a parenthesis
    on another noun ("the story of a young dancer (Jane Roe)") -- while the span's clause is
    said of something else: the note tells of them, the clause does not. (An apposition
    without brackets names the noun itself: "his wife, producer Jane Roe, who produced ...".)"""
    subject = m.fact.subject
    mine = [x for x in ms if x.entity.id == subject and m.start <= x.start and x.end <= m.end]
    if not mine:
        return False
    off, doc = p.offset, p.doc

    def aside(x) -> bool:
        toks = [t for t in doc if x.start <= off + t.idx < x.end]
        if not toks:
            return False
        ids = {t.i for t in toks}
        top = next((t for t in toks if t.head.i not in ids or t.head.i == t.i), toks[0])
        before = doc[toks[0].i - 1] if toks[0].i > 0 else None
        after = doc[toks[-1].i + 1] if toks[-1].i + 1 < len(doc) else None
        bracketed = before is not None and before.text == "(" \
            and after is not None and after.text == ")"
        if not bracketed or top.dep_ in ("nsubj", "nsubjpass"):
            return False
        host = top.head if top.dep_ == "appos" else top   # the noun the brackets name
        said = {t.i for t in host.subtree}
        # the clause is said of that noun: it is the subject, or a relative clause or
        # participle on it tells of it ("a dancer (Jane Roe) who trained for months")
        return host.dep_ not in ("nsubj", "nsubjpass") and not any(
            c.dep_ in ("relcl", "acl") and m.start <= off + c.idx < m.end
            for c in host.children) and bool(said)
    return all(aside(x) for x in mine)


def other_deed_beside(p, m, kb=None) -> bool:
    """Whether a verb of the span, or one coordinated with it outside it, does another thing
    than the note to a thing the note names ("Igor drives Ani home and keeps her ring" against the note's
    "drives Ani home and returns her wedding ring"): the sentence's next clause contradicts
    the note the span matched, so the note does not speak for the sentence."""
    if m.fact.predicate != "plot" and m.fact.qualifiers.get("category") != "plot":
        return False   # a story's deeds (a career note's verbs vary more: "landed the part")
    off, doc = p.offset, p.doc
    inside = {t.i for t in doc if m.start <= off + t.idx < m.end}
    if not inside:
        return False
    note = _note_doc(m.fact)
    if _other_name_beside(doc, inside, note, m.fact, kb):
        return True
    general = frozenset(lexicon().section("notes").get("general_nouns") or ())
    vocab = frozenset().union(*(_norm(n) | {n.lemma_.lower()} for n in note))
    for v in doc:
        if v.pos_ != "VERB" or v.i not in inside and (v.dep_ != "conj"
                                                       or v.head.i not in inside):
            continue
        mine = _norm(v) | {v.lemma_.lower()}
        if not _norm(v) or mine & vocab:
            continue   # a light verb, or one the note tells too
        for o in v.children:
            if o.dep_ != "dobj" or o.pos_ != "NOUN" or o.lemma_.lower() in general:
                continue
            theirs = [n.head for n in note if n.dep_ == "dobj" and n.lemma_ == o.lemma_
                      and n.head.pos_ == "VERB"]
            if theirs and not any(mine & (_norm(w) | {w.lemma_.lower()}) for w in theirs) \
                    and not _told_elsewhere(kb, m.fact, mine, o.lemma_):
                return True
    return False


def _object_names(v) -> set:
    """The names in a verb's direct object ("drives Toros home": toros; the parse may read
    "Ani home" as one object)."""
    return {t.lower_ for o in v.children if o.dep_ == "dobj"
            for t in o.subtree if t.pos_ == "PROPN"}


def _other_name_beside(doc, inside: set, note, fact, kb) -> bool:
    """Whether the verb a span's clause is coordinated with, outside the span, is a verb of
    the note done to another named one ("Igor drives Toros home and returns his ring" against
    the note's "drives Ani home and returns her wedding ring"): the sentence's first clause
    tells the note's deed of someone else, so the note does not speak for the second."""
    def same(a: str, b: str) -> bool:
        if a == b:
            return True
        if kb is None:
            return False
        for e in fact.qualifiers.get("agents") or ():
            names = {fold(n) for n, _k in kb.aliases_of(e)}
            if fold(a) in names and fold(b) in names:
                return True
        return False
    for v in doc:
        if v.pos_ != "VERB" or v.i not in inside or v.dep_ != "conj" or v.head.i in inside \
                or v.head.pos_ != "VERB":
            continue
        h = v.head
        mine = _object_names(h)
        if not mine:
            continue
        for n in note:
            if n.pos_ == "VERB" and n.lemma_.lower() == h.lemma_.lower():
                theirs = _object_names(n)
                if theirs and not any(same(a, b) for a in mine for b in theirs):
                    return True
    return False


def _told_elsewhere(kb, fact, verb: frozenset, obj: str) -> bool:
    """Whether another of the story's texts (the film's plot facts and plot notes) does the
    verb to that object ("gives back her wedding ring" where one note says "returns")."""
    if kb is None:
        return False
    texts = [f for f in kb.facts(subject=fact.subject, predicate="plot")] + [
        f for f in kb.facts(subject=fact.subject, predicate="statement")
        if f.qualifiers.get("category") == "plot"]
    for f in texts:
        if f.id == fact.id:
            continue
        for n in _note_doc(f):
            if n.dep_ == "dobj" and n.lemma_ == obj and n.head.pos_ == "VERB" \
                    and verb & (_norm(n.head) | {n.head.lemma_.lower()}):
                return True
    return False


def _narration(value: str) -> Optional[str]:
    """A note's words with what someone says in it (its quoted spans, found as the quote
    checker finds them) blanked out, or None when it quotes no one."""
    from ..quotes.extract import find_quoted_spans
    spans = find_quoted_spans(value)
    if not spans:
        return None
    out, pos = [], 0
    for q in spans:
        out += [value[pos:q.open_mark], " "]
        pos = q.close_mark + 1
    return "".join(out + [value[pos:]])


def doer_only_quoted(p, m, kb, ms=()) -> bool:
    """Whether a character the span's verb is said of (its subject) is one the note names
    only inside a quotation ("Garnick drives Ani home" against a note where Igor drives her
    home saying "Don't tell Garnick"): the words someone speaks in a note are not its deed's
    people, so the note does not tell that character's deed."""
    if kb is None or (m.fact.predicate != "plot" and m.fact.qualifiers.get("category") != "plot"):
        return False
    narration = _narration(str(m.fact.value))
    if narration is None:
        return False
    said = fold(narration)
    agents = set(m.fact.qualifiers.get("agents") or ())
    off = p.offset
    for v in p.doc:
        if not (m.start <= off + v.idx < m.end) or v.pos_ not in ("VERB", "AUX"):
            continue
        t = subject_token(v)   # through coordination: "Toros drives her home and hands back"
        at = off + t.idx if t is not None else -1
        for x in ms:   # the character the subject names (a sentence parsed bare has no args)
            if x.start <= at < x.end and x.entity_type == "character" \
                    and x.entity.id not in agents and not _names_in(kb, x.entity.id, said):
                return True
    return False
