"""The third and fourth passes: a lone surname or first name for someone named in
full (or a KB-unique one), and a misspelled lone surname.

A part of the linker's _Linker (link/linker.py)."""
from __future__ import annotations

import bisect
from typing import Optional

from .fold import fold_keep_length
from .fuzzy import match_single
from .spelling import _DETERMINERS, _PARTIAL_TYPES, _TIED_TITLES, _TIE_TYPES, _fact_ids
from .tokens import Token
from .variants import PARTICLES, name_words
from .words import (HONORIFICS, OTHER_DOMAIN_PAIRS, OTHER_DOMAIN_WORDS, OTHER_ROLES,
                    SHARED_WITH_SPORT, WORK_WORDS, is_common,
                    is_english_word, is_function_word)


# Words that end a noun phrase set after a name (", a real estate agent in Burbank"): a
# preposition, a relative or a conjunction starts what is said of the head noun, not it.
_PHRASE_ENDS = frozenset("in of at for from with on to by who whom whose which that and or "
                         "but since after before near".split())


class _SurnamePass:
    """The third and fourth passes: a lone surname or first name for someone named in full (or a
    KB-unique one), and a misspelled lone surname."""

    def link_fuzzy_single(self) -> None:
        in_doc = self._named_in_doc()
        for seg in self.segments():
            if len(seg) != 1:
                continue
            t = seg[0]
            if not self.free(t.start, t.end) or is_common(t.folded) or " " in t.folded:
                continue  # a hyphenated word is not one surname
            if self._has_capitalised_neighbour(t) or self._given_name_before(t):
                continue
            if t.folded in self.lower_words() or t.folded in self._surnames_of_unknown():
                continue   # ("Sarandos said" after "Ted Sarandos": the person the text
                # introduced, whom the KB lacks, not Susan Sarandon's name slipped)
            strict = self.starts_clause(t.start)
            hit = match_single(self.idx, t.folded, self.type_of, in_doc, strict=strict)
            if hit is not None and strict and is_english_word(t.folded) \
                    and self.text[t.end:t.end + 1] not in ("'", "\u2019"):
                continue   # "Jokes aside, ...", "Concave mirrors ...": a word of the language
                # capitalised by the sentence, not "Joker" or "Conclave" misspelt (one that
                # owns something, "Steep's performance", is a name: Streep's)
            if hit is not None and self._plausible(hit.entity_id, in_doc) \
                    and not self._other_role(t.start, t.end, hit.entity_id):
                if self._transliterated([t.folded], hit.entity_id, word=True):
                    self.add(t.start, t.end, hit.entity_id, "variant", 0.85)   # "Hueller"
                    continue
                self.add(t.start, t.end, hit.entity_id, "fuzzy", hit.similarity, "misspelled",
                         self.label_of(hit.entity_id))

    def _named_in_doc(self) -> set[str]:
        """The entities the text names, for the misspelt-surname pass. A lone surname linked
        only because one KB person has it ("Laszlo" the character's name, taken for Ernest
        Laszlo) counts when that person is tied to something else the text names; a guess
        does not license misspellings of it ("Lazlo")."""
        out, guesses = set(), set()
        for m in self.mentions:
            (guesses if m.how == "partial" and m.score < 0.8 else out).add(m.entity.id)
        guesses -= out
        if guesses:
            named = {m.entity.id for m in self.mentions if m.issue == "none"
                     and m.entity.id not in guesses
                     and (m.entity_type in _TIE_TYPES or m.entity_type == "award")}
            out |= set(self._tied(sorted(guesses), named, via_works=True))
        return out

    # -- pass 3: partial names ---------------------------------------------------------------

    def _has_capitalised_neighbour(self, t: Token) -> bool:
        """True when `t` sits inside a longer capitalised name ("Madison Avenue")."""
        i = self.tok_pos[t.start]
        for j in (i - 1, i + 1):
            if 0 <= j < len(self.tokens):
                o = self.tokens[j]
                if o.run == t.run and o.run >= 0 and (
                        not is_function_word(o.folded) or self._mid_name_word(o)) \
                        and not (j < i and self._sentence_adverb(o)):
                    return True
        return self._particle_name_after(t.end)   # "Hanna von Richthofen"

    def _other_role(self, s: int, e: int, eid: str) -> bool:
        """The name at text[s:e] is set beside an occupation outside film-making that the KB
        does not give `eid` ("Alex Cocco, a critic,", "columnist Ivy Wolf"): the text says
        who this is, someone else than the KB person whose name it resembles. A title set
        beside a description that is no film's ("Wickes, a hardware chain,") is not the
        film it resembles either."""
        text = self.text
        after = fold_keep_length(text[e:e + 60])
        if e + 60 < len(text) and " " in after:
            after = after[:after.rfind(" ")]   # (no word cut short: "critic" of "critical")
        if self.type_of(eid) == "film" and self._described_not_as_work(after):
            return True
        near = []
        if after[:1] == ",":
            near.extend(self._apposition_words(after[1:]))
        lo = max(0, s - 24)
        before = fold_keep_length(text[lo:s]).split()
        if before and before[-1].isalpha():
            near.append(before[-1])
        elif len(before) >= 2 and before[-1][:-1].isalpha() and before[-1][-1] == "," and (
                before[-2] in _DETERMINERS or before[-2].endswith("'s")):
            # "her agent, Mikey Madsen" (not "Among fans, ..."), unless the words are a name
            # the text has linked: "In The Reader, Kate Wirslet earned" names the film
            w = before[-1][:-1]
            at = fold_keep_length(text[lo:s]).rfind(w) + lo
            if not self.overlapping(at, at + len(w)):
                near.append(w)
        elif before and before[-1][-1:] == ",":
            near.extend(self._titled_phrase(s))
        roles = [w for w in near if w in OTHER_ROLES]
        if not roles:
            return self.type_of(eid) == "person" and self._other_domain(s, e)
        ent = self.kb.entity(eid) if hasattr(self.kb, "entity") else None
        desc = fold_keep_length((getattr(ent, "description", "") or "").lower())
        return not any(r.rstrip("s") in desc for r in roles)

    def _other_domain(self, s: int, e: int) -> bool:
        """The sentence of the name at text[s:e] tells of a world outside film-making (a
        goal, an election, a court, a shop: `OTHER_DOMAIN_WORDS`) and of nothing of film: no
        word of the trade (`WORK_WORDS`) and no film, prize, show or character the text
        links. "Dune is back in IMAX. Dennis Villeneuve was fined for speeding": someone
        else, whom the KB lacks, not the director's name slipped."""
        text = self.text
        a = max(text.rfind(c, 0, s) for c in ".!?\n") + 1
        ends = [i for i in (text.find(c, e) for c in ".!?\n") if i >= 0]
        b = min(ends) if ends else len(text)
        words = "".join(c if c.isalnum() else " "
                        for c in fold_keep_length(text[a:b]).lower()).split()
        paired = {i + d for i, (w, x, y) in enumerate(zip(words, words[1:], words[2:] + [""]))
                  if (w, x) in OTHER_DOMAIN_PAIRS and not (x == "half" and y == "of")
                  for d in (0, 1)}   # (a pair's words are sport's, not the trade's: "free kick")
        if not (paired or any(w in OTHER_DOMAIN_WORDS for w in words)) \
                or any(w in WORK_WORDS and w not in SHARED_WITH_SPORT and i not in paired
                       for i, w in enumerate(words)):
            return False
        return not any(m.entity_type in ("film", "award", "ceremony", "festival", "character")
                       and a <= m.start and m.end <= b for m in self.mentions)

    _TITLE_SPAN = 6   # words of a title set before a name: "the bank's chief financial officer,"

    def _titled_phrase(self, s: int) -> list[str]:
        """The words of a noun phrase set off before the name at `s` by a comma and led by a
        determiner or an owner ("the defence lawyer, X", "the chain's chief financial officer,
        X", "the studio's head of marketing, X"): words written small back to the determiner,
        no preposition among them but "of". The phrase says who the person is, as a title
        right before the name does; the words only, for `_other_role` to read the roles."""
        text = self.text
        lo = max(0, s - 80)
        raw, orig = fold_keep_length(text[lo:s]), text[lo:s]
        words = raw.rstrip()[:-1].split()   # (the comma before the name dropped)
        written = orig.rstrip()[:-1].split()
        if len(words) != len(written):
            return []
        out = []
        for w, o in zip(reversed(words[-self._TITLE_SPAN:]), reversed(written)):
            if w in _DETERMINERS or (w.endswith("'s") and w[:-2].isalpha()):
                # a determiner that opens the sentence may be capitalised ("The defence
                # lawyer, X"); every word after it is written small
                return out if len(out) > 1 else []
            if not (w.isalpha() and o.islower()) or (w in _PHRASE_ENDS and w not in ("of", "and")):
                return []   # (an opening phrase, "Among the critics, X", says nothing of X)
            out.append(w)
        return []

    @staticmethod
    def _apposition_words(after: str) -> list[str]:
        """The words of what a comma after a name opens, up to its own punctuation: three, or
        for a noun phrase led by a determiner ("a real estate agent in Burbank", "the
        club's reserve goalkeeper") its words up to the first grammar word after that
        determiner, the head noun that says who the person is included (six at most)."""
        ends = _PHRASE_ENDS
        words = after.split()
        lead = words[0].strip(",.;:()\"'") if words else ""
        phrase = lead in _DETERMINERS or lead.endswith("'s")
        out = []
        for k, w in enumerate(words[:6 if phrase else 3]):
            x = w.strip(",.;:()\"'")
            if phrase and k > 0 and x in ends:
                break
            out.append(x)
            if w[-1:] in ",.;:)":
                break
        return out

    @staticmethod
    def _described_not_as_work(after: str) -> bool:
        """`after` (folded text after a name) opens a description set off by commas -- ", a
        hardware chain,", ", the Moroccan port," -- none of whose words is one for a film."""
        if after[:2] != ", ":
            return False
        words = after[2:].split()
        if not words or words[0] not in ("a", "an", "the"):
            return False
        desc = []
        for w in words[1:6]:
            desc.append(w.strip(",.;:()\"'"))
            if w[-1:] in ",.;:)":
                break
        else:
            return False   # no closing comma in reach: not an aside
        return bool(desc) and not any(w in WORK_WORDS or w.endswith("'s") for w in desc)

    def _given_name_before(self, t: Token) -> bool:
        """A capitalised word right before `t` that is some KB person's first name, though a
        grammar word too ("Will Ferrell", "Grace Kelly"): `t` is the surname of a two-word name
        the full-name passes found no KB person for -- someone else, not a slip of a surname."""
        i = self.tok_pos[t.start]
        if i == 0:
            return False
        o = self.tokens[i - 1]
        return o.capitalised and not o.all_caps and o.run == t.run >= 0 \
            and self.text[o.end:t.start] == " " and bool(self.idx.partial_ids(o.folded, {})[0])

    def _sentence_adverb(self, o: Token) -> bool:
        """A sentence-initial -ly word no KB name has ("Eventually Nikolai ..."): an adverb
        capitalised by the sentence, not a first name ("Billy", "Sally" are name words)."""
        return o.folded.endswith("ly") and len(o.folded) > 5 \
            and self.starts_clause(o.start) and not self.idx.known(o.folded)

    def _particle_before(self, t: Token) -> Optional[Token]:
        """The particle of a surname written alone ("del" / "Del" in "del Toro")."""
        i = self.tok_pos[t.start]
        if i == 0:
            return None
        p = self.tokens[i - 1]
        if p.folded not in PARTICLES or self.text[p.end:t.start] != " " \
                or not self.free(p.start, p.end):
            return None
        return p

    def _particle_partial(self, p: Token, t: Token, by_last, full: dict) -> None:
        """'Del Toro' / 'von Trier': a surname with its particle, for the person whose name
        ends with both words (named earlier in the document, else the only such person)."""
        i = self.tok_pos[t.start]
        if i + 1 < len(self.tokens) and self.tokens[i + 1].run == t.run and t.run >= 0:
            return
        cand = sorted(x for x in by_last
                      if name_words(self.label_of(x))[-2:] == [p.folded, t.folded])
        known = [x for x in cand if x in full]
        pick = known or [x for x in cand if self.type_of(x) == "person"]
        if len(pick) == 1:
            self.add(p.start, t.end, pick[0], "partial", 0.85 if known else 0.7)

    def link_partial(self) -> None:
        full: dict[str, list[int]] = {}
        for m in self.mentions:  # sorted, so each position list is ascending
            if (m.entity_type in _PARTIAL_TYPES and m.issue != "ambiguous"
                    and len(m.text.split()) >= 2):
                full.setdefault(m.entity.id, []).append(m.start)
        for t in self.tokens:
            if not t.capitalised or len(t.folded) < 2 or is_common(t.folded):
                continue
            if not self.free(t.start, t.end):
                continue
            by_first, by_last = self._partial_ids(t, full)
            if not by_last and not by_first:
                continue
            p = self._particle_before(t)
            if p is not None and by_last:
                self._particle_partial(p, t, by_last, full)
                continue
            if self._has_capitalised_neighbour(t):
                continue
            before = []
            for x, positions in full.items():  # the document's people: few
                if x in by_last or x in by_first:
                    k = bisect.bisect_left(positions, t.start)
                    if k > 0:
                        before.append((positions[k - 1], x))
            if before:
                before.sort(reverse=True)
                issue = "ambiguous" if len(before) > 1 else "none"
                self.add(t.start, t.end, before[0][1], "partial",
                         0.85 if issue == "none" else 0.5, issue)
                continue
            later = sorted(x for x in by_last if x in full)
            if len(later) == 1:
                self.add(t.start, t.end, later[0], "partial", 0.8)
                continue
            if self.starts_clause(t.start) and t.folded in self.lower_words():
                continue
            if self._after_the(t) or t.folded in self._surnames_of_unknown():
                continue   # "the Dolby"; "Varga" after "Ilse Varga": not the KB's namesake
            persons = [x for x in by_last if self.type_of(x) == "person"]
            if len(persons) > 1:
                # a surname several KB people share: the one tied to what the text names
                persons = self._tied_to_document(persons)
            if len(persons) == 1:
                self.add(t.start, t.end, persons[0], "partial", 0.7)

    def _partial_ids(self, t: Token, full: dict) -> tuple[set[str], set[str]]:
        """The entities whose several-word name starts / ends with the word `t`. A hyphenated
        surname written alone ("Day-Lewis", folded "day lewis") is the last words of the
        name, joined: looked up by its last part, kept only for names that end with all its
        parts (so "Lewis" alone, someone else's "Smith-Lewis" or a compound "Lewis-directed"
        is not taken for it; "Kore-eda" keeps its lower-case part)."""
        parts = t.folded.split(" ")
        if len(parts) == 1:
            return self.idx.partial_ids(t.folded, full)
        _first, last = self.idx.partial_ids(parts[-1], full)
        k = len(parts)
        return set(), {x for x in last
                       if len(name_words(self.label_of(x))) > k
                       and name_words(self.label_of(x))[-k:] == parts}

    def _after_the(self, t: Token) -> bool:
        """A lower-case "the" right before `t`: a thing or a place named after someone ("the
        Dolby", "the Lumiere"), not a person called by surname alone."""
        i = self.tok_pos[t.start]
        if i == 0:
            return False
        o = self.tokens[i - 1]
        return o.text == "the" and self.text[o.end:t.start] == " "

    def _surnames_of_unknown(self) -> set[str]:
        """Last words of the two-word capitalised names the text writes that no mention covers
        ("Ilse Varga" when the KB knows only a Thomas Varga): that surname alone later means
        the person the text introduced, whom the KB lacks."""
        got = getattr(self, "_unknown_surnames", None)
        if got is None:
            got = set()
            toks = self.tokens
            for i in range(1, len(toks)):
                o, t = toks[i - 1], toks[i]
                if not (o.capitalised and t.capitalised and o.run == t.run >= 0) \
                        or self.text[o.end:t.start] != " " or o.all_caps or t.all_caps:
                    continue
                if i + 1 < len(toks) and toks[i + 1].run == t.run:
                    continue   # a longer name
                if i >= 2 and toks[i - 2].run == t.run:
                    continue
                if is_common(o.folded) or is_common(t.folded) or o.folded in HONORIFICS \
                        or self.starts_clause(o.start) and not self._given_name(o.folded):
                    continue
                if self.overlapping(o.start, t.end):
                    continue
                got.add(t.folded)
            self._unknown_surnames = got
        return got

    _TIE_MAX = 40   # a surname shared by more KB people than this says nothing
    # In a KB this big, some name is a letter or two away from almost any unknown name: a
    # misspelling there must be of someone the text is about (named, or tied to what it names).
    BIG_KB_ALIASES = 10_000

    def _plausible(self, eid: str, in_doc: set[str], prize_tie: bool = True) -> bool:
        if eid in in_doc or getattr(self.idx, "alias_count", 0) < self.BIG_KB_ALIASES:
            return True
        # an award the text names counts here too ("Mikey Maddison won the Oscar for Best
        # Actress": she did), though not for choosing between shared names; a person tied
        # only through the prize's editions, when `prize_tie` (a slip of typing, not another
        # name) allows it
        named = {m.entity.id for m in self.mentions if m.issue == "none"
                 and (m.entity_type in _TIE_TYPES or m.entity_type == "award")}
        return bool(self._tied([eid], named | self._titles_shared(), via_works=True,
                               prize_people=prize_tie))

    def _titles_shared(self) -> set[str]:
        """Every film a title the text names could be, when several share it ("West Side
        Story", "Brooklyn" the place and the film): which one is meant is decided only once the
        whole text is read (`_reresolve`), so a misspelt name tied to any of them is tied to
        the text ("Steven Spielburg" beside "West Side Story", his 2021 film, not the 1961)."""
        return {x for m in self.mentions if m.issue in ("none", "ambiguous")
                for x in self._alts.get(id(m), ()) if self.type_of(x) in _TIE_TYPES}

    def _tied_to_document(self, people: list[str]) -> list[str]:
        """Those of `people` whose KB facts name an entity the document names (a film they
        made, an award they won there); when that leaves no one, those tied to it through a
        film an entity it names worked on ("Baker and Drew Daniels": the director and the
        cinematographer of one film), if that leaves exactly one; else the one a prize the
        document names is recorded for."""
        named = {m.entity.id for m in self.mentions if m.issue == "none"
                 and m.entity_type in _TIE_TYPES}
        got = self._tied(people, named)
        if got:
            return got
        # (through films only: a ceremony ties everyone it nominated, "David Lean's Lawrence"
        # is not an editor of another of that year's nominees)
        films = {w for y in named for w in self._works_of(y) if self.type_of(w) == "film"}
        got = self._tied(people, films - named) if films - named else []
        if got:
            return got if len(got) == 1 else []
        # last, a prize the document names that the KB records for exactly one of them
        # ("Baker's film took the Palme d'Or"); a show named as a whole ("the Oscars") is no
        # fact of anyone's, so it ties no one
        prizes = {m.entity.id for m in self.mentions if m.issue == "none"
                  and m.entity_type == "award"}
        got = self._tied(people, prizes)
        return got if len(got) == 1 else []

    def _tied(self, people: list[str], named: set[str], via_works: bool = False,
              prize_people: bool = False) -> list[str]:
        """Those of `people` whose KB facts name an entity of `named` (or, `via_works`, a film
        or edition that the facts of an entity of `named` name: "Sean Baker" is tied to a text
        naming his film's lead character through the film)."""
        if len(people) > self._TIE_MAX or not named or not hasattr(self.kb, "facts_involving"):
            return []
        near = set(named)
        prize_works: set[str] = set()
        if via_works:
            for y in named:
                (prize_works if self.type_of(y) == "award" else near).update(self._works_of(y))
        out = []
        for x in people:
            # a prize's editions are every ceremony it was given at ("the Oscars" names all
            # 98): they tie a film the text may be titling, but a person only for a slip of
            # typing (`prize_people`): among everyone ever nominated some name is one letter
            # from anyone's ("Michael Gove" is not Michael Gore)
            near_x = near if self.type_of(x) == "person" and not prize_people \
                else near | prize_works
            for f in self.kb.facts_involving(x):
                if _fact_ids(f) & near_x - {x}:
                    out.append(x)
                    break
        return out

    def _works_of(self, eid: str) -> frozenset:
        """The films and editions an entity's facts name (itself too, if it is one)."""
        key = ("works", self.kb_key, eid)
        got = _TIED_TITLES.get(key)
        if got is None:
            ids = set()
            for f in self.kb.facts_involving(eid):
                ids |= _fact_ids(f)
            got = frozenset(x for x in ids if x != eid
                            and self.type_of(x) in ("film", "ceremony", "festival"))
            if len(_TIED_TITLES) > 20_000:
                _TIED_TITLES.clear()
            _TIED_TITLES[key] = got
        return got

    # -- driver ------------------------------------------------------------------------------
