"""The first pass: exact names and aliases, one Aho-Corasick scan of the folded text,
each match kept or dropped by what stands around it (a title running on, a common noun
phrase, a name the KB lacks), and a group of namesakes resolved to one entity.

A part of the linker's _Linker (link/linker.py)."""
from __future__ import annotations

import bisect
from typing import Optional

from ..model import Mention
from .context import film_or_character, title_cued
from .fold import fold_keep_length
from .index import AliasGroup, NICK_KINDS
from .spelling import _KIND_RANK, _MAX_ALTERNATIVES, _PARTIAL_TYPES, _accent_slip, _caps_ok, _pick
from .tokens import Token, in_headline, sentence_initial
from .words import HONORIFICS, is_common, is_function_word


class _ExactPass:
    """The first pass: exact names and aliases, one Aho-Corasick scan of the folded text, each
    match kept or dropped by what stands around it (a title running on, a common noun phrase, a
    name the KB lacks), and a group of namesakes resolved to one entity."""

    def exact_candidates(self) -> list[tuple[int, int, AliasGroup]]:
        text = self.text
        raw: list[tuple[int, int, AliasGroup]] = []
        hits = self.idx.exact_hits(self.folded, text)
        hit_starts = {s for s, _e, _g in hits}
        for s, e, g in hits:
            name_end = e
            if not self._boundary_ok(s, e):
                # the plural of an award's name ("three BAFTAs", "two Golden Globes"), or a
                # person's full name made possessive with its apostrophe left out before a
                # capitalised word ("Ryan Cooglers Sinners": copy that drops apostrophes)
                if not (self._plural_end(e) and self._boundary_ok(s, e + 1) and (
                        any(self.type_of(x) == "award" for x in g.ids())
                        or self._possessive_unmarked(s, e, g))):
                    continue
                e += 1
            if g.cap_first and text[s].isalpha() and not text[s].isupper():
                continue
            if g.caps is not None and not g.single_token and not _caps_ok(text[s:e], g.caps):
                continue
            if g.acronym and not text[s:name_end].isupper():
                continue  # "LA" the place is not "La" in "La La Land"
            if self._particle_name_after(name_end):
                continue  # "Hanna" in "Hanna von Richthofen": the given name of someone else
            if self._barrel_after(name_end) and name_end + 1 not in hit_starts:
                continue  # "Tom Hanks" in "Tom Hanks-Whitley": a double-barrelled surname
            if g.single_token and self.starts_clause(s) and (
                    is_function_word(g.key) or g.key in self.lower_words()):
                continue
            raw.append((s, e, g))
        raw = self._drop_determiner_titles(raw)
        raw.sort(key=lambda c: (c[0] - c[1], c[0]))
        chosen = []
        for s, e, g in raw:
            if self.free(s, e):
                self.taken[s:e] = b"\x01" * (e - s)
                chosen.append((s, e, g))
        self.taken[:] = bytearray(len(text))
        chosen.sort(key=lambda c: c[0])
        return chosen

    _EVENT_TYPES = frozenset({"award", "ceremony", "festival"})

    def _possessive_unmarked(self, s: int, e: int, g) -> bool:
        """A person's full name (two words or more) with an s glued on and a capitalised word
        right after it: the possessive with its apostrophe left out ("Sean Bakers Anora")."""
        text = self.text
        if g.single_token or " " not in text[s:e].strip() or \
                not any(self.type_of(x) == "person" for x in g.ids()):
            return False
        k = e + 1
        while k < len(text) and text[k] in " \t":
            k += 1
        return k > e + 1 and k < len(text) and text[k].isupper()

    def _drop_determiner_titles(self, raw: list) -> list:
        """A title "The X" whose X alone names a prize, a ceremony or a festival, followed by
        a lower-case word it modifies ("The Oscar nominations", "The Oscar-winning Anora"), or opening a sentence: the "The"
        is that noun's determiner and X is the prize, not the 1966 film *The Oscar*. A title
        set off as one (italics, "the film The Oscar", a year in brackets, a verb only a work
        takes) keeps the film."""
        at = {(s, e): g for s, e, g in raw}
        out = []
        for s, e, g in raw:
            short = at.get((s + 4, e))
            if short is not None and self.text[s:s + 4].lower() == "the " \
                    and all(self.type_of(x) in ("film", None) for x in g.ids()) \
                    and any(self.type_of(x) in self._EVENT_TYPES for x in short.ids()) \
                    and (self._modifies_next_word(e) or (sentence_initial(self.text, s)
                                                          and not self._said_a_work(e))) \
                    and not title_cued(self.text, s, e):
                continue   # (a sentence's "The" is capitalised by grammar: "The Oscar went
                # to ...", as "the Oscar" mid-sentence)
            out.append((s, e, g))
        return out

    _WORK_NOUNS = frozenset("film movie picture drama comedy thriller musical documentary "
                            "feature western melodrama satire".split())

    def _said_a_work(self, e: int) -> bool:
        """The words after the name at `e` call it a work: "is a (1966) drama", ", a film
        ..." (an apposition or a predicate noun of the trade's genres)."""
        j = bisect.bisect_left(self._tok_starts(), e)
        words = [t.folded for t in self.tokens[j:j + 4]]
        if words[:1] in (["is"], ["was"]):
            words = words[1:]
        elif self.text[e:e + 1] != ",":
            return False
        if words[:1] not in (["a"], ["an"]):
            return False
        words = words[1:]
        if words[:1] and words[0].isdigit():
            words = words[1:]
        return bool(words) and words[0] in self._WORK_NOUNS

    def _modifies_next_word(self, e: int) -> bool:
        """A lower-case content word follows the name at `e` with only a space or a hyphen
        between ("The Oscar race", "The Oscar-winning film")."""
        if self.text[e:e + 1] in ("-", "\u2011") and self.text[e + 1:e + 2].islower():
            return True   # a hyphened compound the tokenizer keeps whole
        j = bisect.bisect_left(self._tok_starts(), e)
        if j >= len(self.tokens):
            return False
        nxt = self.tokens[j]
        return self.text[e:nxt.start] == " " and not nxt.capitalised \
            and nxt.text[:1].isalpha() and not is_function_word(nxt.folded)

    def _unknown_name_follows(self, s: int) -> bool:
        """The word at `s` runs on into a capitalised word that starts no KB name (outside
        headlines, where every word is capitalised)."""
        i = self.tok_pos.get(s)
        if i is None or i + 1 >= len(self.tokens):
            return False
        t, o = self.tokens[i], self.tokens[i + 1]
        if o.run != t.run or o.run < 0 or is_function_word(o.folded) or is_common(o.folded):
            return False
        return o.start not in self._exact_starts \
            and (not self.starts_clause(s) or self._given_name(t.folded)) \
            and not in_headline(self.text, s, self._headlines)

    def _headline_name_runs_on(self, s: int) -> bool:
        """In a headline, where every word is capitalised, the word at `s` and the capitalised
        word after it are written together, capitalised, in the body too ("Review: The Salt
        Orchard Finds Grace" over "The Salt Orchard, the second feature ..."): they are one
        longer name there, not the one-word film."""
        i = self.tok_pos.get(s)
        if i is None or i + 1 >= len(self.tokens) or not in_headline(self.text, s,
                                                                      self._headlines):
            return False
        t, o = self.tokens[i], self.tokens[i + 1]
        if o.run != t.run or o.run < 0 or not o.capitalised or is_function_word(o.folded):
            return False
        pair = self.text[t.start:o.end]
        at = self.text.find(pair)
        while at != -1:
            if not in_headline(self.text, at, self._headlines):
                return True
            at = self.text.find(pair, at + 1)
        return False

    def _given_name(self, word: str) -> bool:
        """`word` is the first name of some KB person ("Emma", "Julia"): at a sentence's start,
        followed by a capitalised word no KB name starts with, it opens a person's name the KB
        lacks or misspells ("Emma Stoan won"), not the one-word film of that title."""
        first, _last = self.idx.partial_ids(word, ())
        return any(self.type_of(x) == "person" for x in first)

    def _title_runs_on(self, s: int, e: int) -> bool:
        """A title of several words runs on into a capitalised word mid-sentence that starts no
        KB name ("The Producers Guild"): the words are a longer name's, not the film's."""
        j = bisect.bisect_left(self._tok_starts(), e)
        if j == 0 or j >= len(self.tokens) or self.text[e:self.tokens[j].start] != " ":
            return False
        last, o = self.tokens[j - 1], self.tokens[j]
        return last.end == e and o.run == last.run >= 0 and not is_function_word(o.folded) \
            and o.start not in self._exact_starts \
            and not in_headline(self.text, s, self._headlines)

    def _unknown_name_ends(self, s: int) -> bool:
        """The word at `s` closes a longer capitalised name that no KB name covers: the
        word before it is capitalised mid-sentence, in its run, inside no KB name ("the
        Kestrel Bay Film Festival", "the Silver Heron"), so the one word is that name's last.
        A word of the trade's vocabulary before a title is a label, not a name ("Best Picture
        Anora"), unless the title is such a word too ("Film Festival")."""
        i = self.tok_pos.get(s)
        if i is None or i == 0:
            return False
        t, o = self.tokens[i], self.tokens[i - 1]
        # (or a KB person's first name, where capitals tell nothing: "Demi More was
        # nominated" opens with a person's name, not the film More)
        return o.run == t.run >= 0 and (self._mid_name_word(o) or (
            o.capitalised and o.folded not in HONORIFICS and self._given_name(o.folded)
            and not in_headline(self.text, o.start, self._headlines))) \
            and (is_common(t.folded) or not is_common(o.folded)) \
            and not any(a <= o.start < b for a, b in self._exact_spans)

    def _mid_name_word(self, o: Token) -> bool:
        """A capitalised word that is part of a name where it stands: not capitalised by its
        place (a sentence's or headline's first word), nor a title before a name ("Dr")."""
        return o.capitalised and not self.starts_clause(o.start) \
            and not in_headline(self.text, o.start, self._headlines) \
            and o.folded not in HONORIFICS

    def _prize_called(self, name: str) -> Optional[str]:
        """The one KB award labelled by `name` and a parenthesised qualifier, else None."""
        if not hasattr(self.kb, "search"):
            return None
        want = name.lower() + " ("
        got = {x.id for x in self.kb.search(name, limit=20)
               if x.type == "award" and x.label.lower().startswith(want)}
        return next(iter(got)) if len(got) == 1 else None

    def _common_noun_phrase(self, s: int, e: int) -> bool:
        """The name at [s, e) follows a lower-case "the" and closes its phrase (punctuation or
        a grammar word next, not a noun it modifies as in "the Anora shoot"): a common noun
        phrase ("the Grand Prix"), not a film title without an article of its own."""
        i = self.tok_pos.get(s)
        if i is None or i == 0:
            return False
        prev = self.tokens[i - 1]
        if prev.text != "the" or self.text[prev.end:s] != " ":
            return False
        j = bisect.bisect_left([t.start for t in self.tokens], e)
        if j >= len(self.tokens):
            return True
        nxt = self.tokens[j]
        gap = self.text[e:nxt.start]
        return gap.strip() != "" or (not nxt.capitalised and (
            is_function_word(nxt.folded) or nxt.folded == "to"))   # "the Grand Prix to X"

    def link_exact(self) -> None:
        cands = self.exact_candidates()
        self._exact_starts = {c[0] for c in cands}
        self._exact_spans = [(c[0], c[1]) for c in cands]
        # Entities named unambiguously anywhere in the text decide ambiguous names elsewhere.
        sure = {g.entries[0][0] for _, _, g in cands if len(g.ids()) == 1}
        for i, (s, e, g) in enumerate(cands):
            nxt = cands[i + 1] if i + 1 < len(cands) else None
            next_type = None
            if nxt is not None and nxt[0] - e <= 3:
                ids = nxt[2].ids()
                if len(ids) == 1:
                    next_type = self.type_of(next(iter(ids)))
            self.resolve_group(s, e, g, sure, next_type)

    def mark_wrong_accents(self) -> None:
        """'Karla Sofía Gascòn', 'Emilia Peréz': a KB name written with an accent of another
        kind, or one moved to another letter, than every spelling the KB has of it: a
        misspelling. An accent left out ("Penelope Cruz") or one more ("Zoë") is another way
        to write the name."""
        for i, m in enumerate(self._found):
            if m is None or m.issue != "none" or m.how not in ("alias", "nickname") \
                    or m.text.isascii():
                continue
            names = [self.label_of(m.entity.id)]
            if hasattr(self.kb, "aliases_of"):
                names += [a for a, _k in self.kb.aliases_of(m.entity.id)]
            same = [n for n in names if len(n) == len(m.text)
                    and fold_keep_length(n).lower() == fold_keep_length(m.text).lower()]
            if same and all(_accent_slip(m.text, n) for n in same):
                self._found[i] = Mention(m.start, m.end, m.text, m.entity, m.entity_type,
                                         "misspelled", m.entity.label, 0.9, "fuzzy")

    def resolve_group(self, s: int, e: int, g: AliasGroup, sure: set[str],
                      next_type: Optional[str]) -> None:
        self._pending_alts = None
        kinds, ids, types, both, picks, _pools = self._ranked(g)
        if not ids:
            return
        how_ctx = False
        issue = "none"
        if len(ids) > 1:
            which = None
            if both:  # the name is a film's and a character's
                which, how_ctx = film_or_character(self.text, s, e, next_type)
            pool = self._pool(g, which)
            hit = sure.intersection(g.ids())
            known = [x for x in pool if x in hit] if hit else []
            if known:
                eid, issue = _pick(known, kinds, types, self.weight)
            else:
                picked = picks.get(which)
                if picked is None:
                    picked = picks[which] = _pick(pool, kinds, types, self.weight)
                eid, issue = picked
                if 1 < len(pool) <= _MAX_ALTERNATIVES:
                    self._pending_alts = pool   # decided again once the whole text is read
            ids = [eid]
        eid = ids[0]
        kind = kinds[eid]
        if g.single_token and self.type_of(eid) in _PARTIAL_TYPES:
            tok = self.tok_pos.get(s)
            if tok is not None and self._has_capitalised_neighbour(self.tokens[tok]):
                return  # "Ivan" in "Ivan Reitman" is someone the KB does not know
        if g.single_token and self.type_of(eid) == "film" and (
                self._unknown_name_follows(s) or self._unknown_name_ends(s)
                or self._headline_name_runs_on(s)):
            return  # "Julia" in "Julia Smith" is a person the KB does not know, not the film
        if g.single_token and self.type_of(eid) == "film" and not title_cued(self.text, s, e):
            person = self._surname_of_someone_named(s, e)
            if person is not None:   # "Close" after "Glenn Close": her, not the 2022 film
                self.add(s, e, person, "partial", 0.85)
                return
        if not g.single_token and self.type_of(eid) == "film" and self._title_runs_on(s, e) \
                and not title_cued(self.text, s, e):
            return  # "The Producers Guild" is the guild, not the 1968 film
        if self.type_of(eid) == "film" and self._common_noun_phrase(s, e) \
                and not self.label_of(eid).lower().startswith("the "):
            # "won the Grand Prix at Cannes": a prize of that name, not the 1966 film; the
            # KB's one prize whose label is the name with a qualifier ("Grand Prix (Cannes Film
            # Festival)"), if it has one
            prize = self._prize_called(self.text[s:e])
            if prize is not None:
                self.add(s, e, prize, "alias", 0.9, "none")
            return
        if kind == "misspelling":
            self.add(s, e, eid, "alias", 0.9, "misspelled", self.label_of(eid))
            return
        if how_ctx:
            how, score = "context", 0.8
        elif kind in NICK_KINDS:
            how, score = "nickname", 0.9
        else:
            how, score = "alias", 1.0
        if issue == "ambiguous":
            score = min(score, 0.5)
        alts, self._pending_alts = self._pending_alts, None
        m = self.add(s, e, eid, how, score, issue)
        if alts:
            self._alts[id(m)] = alts

    def _surname_of_someone_named(self, s: int, e: int) -> Optional[str]:
        """The one person named in full before text[s:e] whose last name it is, or None: a
        one-word title after a person of that surname is the person's short name."""
        word = self.folded[s:e].lower()
        people = {m.entity.id for m in self._found if m is not None and m.end <= s
                  and m.entity_type == "person" and " " in m.text
                  and self.folded[m.start:m.end].lower().split()[-1] == word}
        return next(iter(people)) if len(people) == 1 else None

    def _ranked(self, g: AliasGroup) -> tuple:
        """What resolving a name needs from its entries alone, computed once per group: best
        kind per entity, the entities the KB knows ordered by kind rank, their types, whether
        both a film and a character have the name, and picks already made per film/character
        choice (a title shared by thousands of KB films is not re-ranked at each occurrence)."""
        if g.ranked is None:
            kinds: dict[str, str] = {}
            for eid, kind, _alias in g.entries:
                if eid not in kinds or _KIND_RANK.get(kind, 5) < _KIND_RANK.get(kinds[eid], 5):
                    kinds[eid] = kind
            ids = sorted(kinds, key=lambda x: (_KIND_RANK.get(kinds[x], 5), x))
            types = {x: t for x in ids if (t := self.type_of(x)) is not None}
            tset = set(types.values())
            g.ranked = (kinds, [x for x in ids if x in types], types,
                        "film" in tset and "character" in tset, {}, {})
        return g.ranked

    @staticmethod
    def _pool(g: AliasGroup, which: Optional[str]) -> list[str]:
        """The group's entities, only films or only characters when `which` says so."""
        _kinds, ids, types, _both, _picks, pools = g.ranked
        if which is None:
            return ids
        pool = pools.get(which)
        if pool is None:
            pool = pools[which] = [x for x in ids if types[x] == which]
        return pool

    # -- pass 2 and 4: misspellings ----------------------------------------------------------
