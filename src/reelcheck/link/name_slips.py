"""Names written with one part wrong: a first name shared by two surnames, the wrong
first name, a first-name slip, a name beside what the KB ties it to, scrambled letters.

A part of the linker's _Linker (link/linker.py)."""
from __future__ import annotations

from .fold import fold_keep_length
from .fuzzy import _another_name, _pet_form
from .spelling import _TIED_TITLES, _clause_joint, _grammar_gap, _one_slip, _scrambled
from .variants import name_words
from .words import KIN_WORDS, is_common, is_english_word, is_function_word


class _NameSlipPass:
    """Names written with one part wrong: a first name shared by two surnames, the wrong first
    name, a first-name slip, a name beside what the KB ties it to, scrambled letters."""

    def link_shared_surnames(self) -> None:
        """"Ethan and Joel Coen", "Lana and Lilly Wachowski": a lone first name joined by "and"
        to a full name the KB knows stands for that first name with the same surname, when the
        KB holds exactly one person of that name."""
        for m in [m for m in self.mentions if m.entity_type == "person"]:
            words = m.text.split()
            k = self.tok_pos.get(m.start)
            if len(words) < 2 or k is None or k < 2:
                continue
            first, conj = self.tokens[k - 2], self.tokens[k - 1]
            if conj.folded not in ("and", "&") or not first.capitalised \
                    or self.text[first.end:conj.start] != " " \
                    or self.text[conj.end:m.start] != " " or not self.free(first.start, first.end):
                continue
            before = self.tokens[k - 3] if k >= 3 else None
            if before is not None and before.capitalised and \
                    self.text[before.end:first.start] == " ":
                continue   # "Jane Roe and John Doe": the word before is another name's
            g = self.idx.group(f"{first.folded} {self.tokens[k + len(words) - 1].folded}")
            people = {x for x in (g.ids() if g is not None else ()) if self.type_of(x) == "person"}
            if len(people) == 1:
                self.add(first.start, first.end, next(iter(people)), "partial", 0.85)

    # -- pass 4b: a wrong first name ------------------------------------------------------------
    _FIRST_NAME_GAP = 24    # characters between the name and the character or film it goes with

    def _unknown_names(self, min_letters: int, common=any):
        """(start, end, folded words) of each unlinked run of two or three capitalised words,
        each at least `min_letters` long, that no KB name is and whose words are not
        `common(...)` common words: the names the KB-person passes below compare."""
        for seg in self.segments():
            if not 2 <= len(seg) <= 3:
                continue
            s, e = seg[0].start, seg[-1].end
            if not self.free(s, e) or any(" " in t.folded or len(t.folded) < min_letters
                                          for t in seg):
                continue
            words = [t.folded for t in seg]
            if common(is_common(w) for w in words) or self.idx.group(" ".join(words)) is not None:
                continue
            yield s, e, words

    def link_wrong_first_names(self) -> None:
        """'Michael Madison' for Mikey Madison: a name of two or three words whose surname is
        that of a KB person and whose first name is not theirs, right next to a character that
        person plays ("Ani (Michael Madison)", "Michael Madison as Ani"), or, with the same
        first letter, next to a film of theirs with only grammar or film words between ("Anora's
        Michael Madison", "Anora director Samuel Baker"). Anyone
        else with that surname, or a name far from such a character or film, is someone the KB
        may lack and is left alone."""
        if not hasattr(self.kb, "facts_involving"):
            return
        near = [m for m in self.mentions if m.issue == "none"
                and m.entity_type in ("character", "film")]
        if not near:
            return
        for s, e, words in self._unknown_names(2, any):
            hits = set()
            for m in near:
                gap = self.text[m.end:s] if m.end <= s else self.text[e:m.start]
                if len(gap) > self._FIRST_NAME_GAP or any(c in gap for c in ".!?;\n") \
                        or (m.end <= s and _clause_joint(gap)):
                    continue   # (a film ending the clause before: "Alan Arkin won for Little
                    # Miss Sunshine, and Adam Arkin ..." says nothing of Adam Arkin's films)
                beside = len(gap) <= 12    # "Ani (X)", "X as Ani", "X, Ani's"
                for words_p, x in self._cast_of(m.entity.id, m.entity_type):
                    if len(words_p) != len(words) or words_p[1:] != words[1:] \
                            or words_p[0] == words[0]:
                        continue
                    if m.entity_type == "character" and beside:
                        hits.add(x)
                    elif words_p[0][:1] == words[0][:1] and all(
                            is_function_word(w) or is_common(w)
                            for w in fold_keep_length(gap).split() if w.isalpha()):
                        hits.add(x)    # "In Anora, X", "Anora director X", "X's Anora"
            if len(hits) == 1 and not self._other_role(s, e, next(iter(hits))):
                eid = next(iter(hits))
                self.add(s, e, eid, "context", 0.7, "misspelled", self.label_of(eid))

    def link_first_name_slips(self) -> None:
        """'Sarah Baker' in a text naming Sean Baker: a name of two or three words no KB person
        has, whose surname words are those of a person the text names in full and whose first
        name, another that some KB person has, begins with the same letter -- that person's
        name with the first name botched. A sentence telling of kin ("his brother Rory Culkin", "her father") or an
        occupation outside film-making says it is someone else; a pet form of the first name
        (Mike/Mikey) is another form of it, left to the passes that see what it plays."""
        people: dict[str, list[str]] = {}
        for m in self.mentions:
            if m.issue == "none" and m.entity_type == "person" and m.how != "partial":
                words = name_words(self.label_of(m.entity.id))
                if 2 <= len(words) <= 3 and len(m.text.split()) >= 2:
                    people.setdefault(m.entity.id, words)
        if not people:
            return
        for s, e, words in self._unknown_names(2, any):
            hits = {x for x, wp in people.items()
                    if len(wp) == len(words) and wp[1:] == words[1:] and wp[0] != words[0]
                    and wp[0][:1] == words[0][:1] and not _pet_form(wp[0], words[0])}
            if len(hits) != 1 or self._kin_told(s, e) \
                    or (self._named_in_sentence(s, e, next(iter(hits)))
                        and self._other_words(words, people[next(iter(hits))])) \
                    or not self.idx.partial_ids(words[0], {})[0]:
                continue   # (a first word no KB person has for a first name is no given
                # name: "Miraculous Madison")
            eid = next(iter(hits))
            if not self._other_role(s, e, eid) and not self._introduced(s, e) \
                    and not self._others_films(s, e, eid):
                self.add(s, e, eid, "context", 0.7, "misspelled", self.label_of(eid))

    def _others_films(self, s: int, e: int, eid: str) -> bool:
        """The sentence of text[s:e] names films, right, and the KB ties none of them to the
        person `eid` ("Stanley Baker starred in The Guns of Navarone" in a piece on Sean
        Baker): it tells of someone else's work, so the name is someone else's."""
        if not hasattr(self.kb, "facts_involving"):
            return False
        text = self.text
        a = max(text.rfind(c, 0, s) for c in ".!?\n") + 1
        ends = [i for i in (text.find(c, e) for c in ".!?\n") if i >= 0]
        b = min(ends) if ends else len(text)
        films = {m.entity.id for m in self.mentions if m.entity_type == "film"
                 and m.issue == "none" and a <= m.start and m.end <= b}
        return bool(films) and not any(x == eid for f in films for _w, x in self._tied_people(f))

    def _introduced(self, s: int, e: int) -> bool:
        """The name at text[s:e] is introduced as someone new: an apposition follows it
        (", a casting agent", ", the editor of ..."). (A film role before it, "director
        Shaun Baker", is what the named person is: no introduction.)"""
        after = fold_keep_length(self.text[e:e + 12]).split()
        return self.text[e:e + 1] == "," and len(after) > 1 and after[1] in ("a", "an", "the")

    def _kin_told(self, s: int, e: int) -> bool:
        """The paragraph around text[s:e] has a kin word ("brother", "wife", "family")."""
        text = self.text
        a = text.rfind("\n", 0, s) + 1
        ends = [i for i in (text.find("\n", e),) if i >= 0]
        b = min(ends) if ends else len(text)
        return any(w.strip(",;:()\"'") in KIN_WORDS
                   for w in fold_keep_length(text[a:b]).replace("'s", " ").split())

    def _cast_of(self, eid: str, etype: str) -> list[tuple[list[str], str]]:
        """(name words, person) of those who play a character, or who made or played in a
        film, by the KB's facts."""
        if etype == "film":
            return self._tied_people(eid)
        key = ("plays", self.kb_key, eid)
        got = _TIED_TITLES.get(key)
        if got is None:
            got = []
            for f in self.kb.facts_involving(eid):
                x = f.value if f.value_type == "entity" else None
                if f.subject == eid and f.predicate == "played_by" and isinstance(x, str) \
                        and self.type_of(x) == "person":
                    words = name_words(self.label_of(x))
                    if 2 <= len(words) <= 3:
                        got.append((words, x))
            _TIED_TITLES[key] = got
        return got

    # -- pass 4c: one misspelt word beside what it belongs to -----------------------------------

    def link_names_beside(self) -> None:
        """'Karagulian plays Torros', 'Corbett's The Brutalist', 'Ani (Madisen)': a lone
        capitalised word, one letter off a name word of an entity tied to a KB name right
        beside it (a character the person plays, a person who plays the character, a maker or
        character of the film), with only grammar or film words between. A word that is some
        KB name's, or far from such a neighbour, is left alone (it may be someone else)."""
        if not hasattr(self.kb, "facts_involving"):
            return
        near = [m for m in self.mentions if m.issue == "none"
                and m.entity_type in ("person", "character", "film")]
        if not near:
            return
        lower = self.lower_words()
        for seg in self.segments():
            if len(seg) != 1:
                continue
            t = seg[0]
            w = t.folded
            if len(w) < 4 or " " in w or not self.free(t.start, t.end) or is_common(w) \
                    or is_function_word(w) or w in lower or self.idx.known(w) \
                    or self._has_capitalised_neighbour(t) or self._given_name_before(t):
                continue
            if is_english_word(w) and self.text[t.end:t.end + 1] not in ("'", "\u2019"):
                continue   # "The Witness - Form the Balcony ...": a word of the language (a
                # title's, capitalised), not Ford of Witness's cast misspelt; one that owns
                # something ("Stine's Cruella") is a name
            hits: dict[str, str] = {}
            for m in near:
                gap = self.text[m.end:t.start] if m.end <= t.start else self.text[t.end:m.start]
                if m.end > t.start and m.start < t.end:
                    continue
                if len(gap) > self._FIRST_NAME_GAP or any(c in gap for c in ".!?;\n") \
                        or not _grammar_gap(gap):
                    continue
                for eid, words, whole in self._beside_names(m.entity.id, m.entity_type):
                    # (the name's words are written without apostrophes, `name_words`: so is
                    # the word compared, or "O'Connells" is two slips from "oconnell", not
                    # that family's plural)
                    if any(_one_slip(w.replace("'", ""), x) for x in words):
                        hits.setdefault(eid, whole)
            if len(hits) == 1 and not self._other_role(t.start, t.end, next(iter(hits))):
                eid, whole = next(iter(hits.items()))
                self.add(t.start, t.end, eid, "context", 0.7, "misspelled", whole)

    def _beside_names(self, eid: str, etype: str) -> list[tuple[str, list[str], str]]:
        """(entity, name words to compare, the name to suggest) of what an entity's KB facts
        tie to it: the characters a person plays; the people who play a character; the people
        and characters of a film (surnames only for people: a first name alone is no name)."""
        key = ("beside", self.kb_key, eid)
        got = _TIED_TITLES.get(key)
        if got is not None:
            return got
        got, seen = [], set()
        for f in self.kb.facts_involving(eid):
            x = f.value if f.value_type == "entity" else None
            if f.predicate != "played_by" and etype != "film":
                continue
            for y in (f.subject, x, *(f.qualifiers.get("recipients") or [])):
                if not isinstance(y, str) or y == eid or y in seen:
                    continue
                ytype = self.type_of(y)
                if ytype == "character" and etype in ("person", "film"):
                    seen.add(y)
                    names = [self.label_of(y)] + [a for a, _k in self.kb.aliases_of(y)] \
                        if hasattr(self.kb, "aliases_of") else [self.label_of(y)]
                    # a one-word name first: what to suggest for a one-word slip ("Vanya")
                    for n in sorted(dict.fromkeys(names), key=lambda n: len(name_words(n))):
                        ws = name_words(n)
                        if ws:
                            got.append((y, ws, n if len(ws) == 1 else self.label_of(y)))
                elif ytype == "person" and etype in ("character", "film"):
                    seen.add(y)
                    ws = name_words(self.label_of(y))
                    if len(ws) >= 2:
                        got.append((y, ws[-1:], self.label_of(y)))
        if len(_TIED_TITLES) > 20_000:
            _TIED_TITLES.clear()
        _TIED_TITLES[key] = got
        return got

    # -- pass 2b: names with their letters scrambled --------------------------------------------

    def link_scrambled_names(self) -> None:
        """'Mayki Medison' for 'Mikey Madison': a run of 2-3 capitalised words whose every word
        has the first letter, about the length and nearly the letters of a word of the name of
        someone the text is tied to (through a film, ceremony or person it names). Letters out
        of order are beyond the edit distance the fuzzy matcher allows, so only people tied to
        the text are compared."""
        if not hasattr(self.kb, "facts_involving"):
            return
        anchors = list(dict.fromkeys(
            m.entity.id for m in self.mentions if m.issue == "none"
            and m.entity_type in ("film", "ceremony", "festival")))[:self._TITLE_TIES_MAX]
        people: dict[tuple, list[tuple[list[str], str]]] = {}
        for a in anchors:
            for words, x in self._tied_people(a):
                people.setdefault((len(words), tuple(w[0] for w in words)), []).append((words, x))
        if not people:
            return
        named = {m.entity.id for m in self.mentions}
        for s, e, words in self._unknown_names(3, all):
            hits = {x for cand, x in people.get((len(words), tuple(w[0] for w in words)), ())
                    if _scrambled(words, cand) and not self._someone_else(s, e, words, cand, x)
                    and (x in named or not any(w != c and _another_name(self.idx.known, w, c)
                                               for w, c in zip(words, cand)))}
            # (as `match_multi` reads a name: one the KB's words include, "Kathy Baker" beside
            # Kathy Bates's film, is another name; "her brother John Cusack" beside Joan
            # Cusack is a relative)
            if len(hits) == 1 and not self._other_role(s, e, next(iter(hits))):
                eid = next(iter(hits))
                self.add(s, e, eid, "fuzzy", 0.75, "misspelled", self.label_of(eid))

    def _tied_people(self, anchor: str) -> list[tuple[list[str], str]]:
        key = ("people", self.kb_key, anchor)
        got = _TIED_TITLES.get(key)
        if got is None:
            got, seen = [], set()
            for f in self.kb.facts_involving(anchor):
                q = f.qualifiers
                for x in (f.subject, f.value if f.value_type == "entity" else None,
                          *(q.get("recipients") or [])):
                    if isinstance(x, str) and x not in seen and self.type_of(x) == "person":
                        seen.add(x)
                        words = name_words(self.label_of(x))
                        if 2 <= len(words) <= 3:
                            got.append((words, x))
            _TIED_TITLES[key] = got
        return got

    # -- pass 5: titles with one word changed -------------------------------------------------
    _TITLE_TIES_MAX = 40        # document entities whose films are looked at
    _TITLE_FILMS_MAX = 3000
