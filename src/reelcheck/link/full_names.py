"""The second pass: misspelled full names, runs of capitalised words close to a KB
name, and the long names of bodies with a word slipped.

A part of the linker's _Linker (link/linker.py)."""
from __future__ import annotations

from array import array
from typing import Optional

from . import bodies
from .fold import fold_keep_length
from .fuzzy import _another_name, _sound, match_multi
from .index import AliasGroup, FUZZY_TYPES
from .spelling import (_SPELT_OUT, _keyboard_slip, _spelling_variant, _typing_slip, _undoubled,
                       _unpunct)
from .tokens import Token
from .variants import PARTICLES, initials_compatible, name_norm, suffix_form
from .words import KIN_WORDS, is_common, is_english_word, is_function_word


class _FullNamePass:
    """The second pass: misspelled full names, runs of capitalised words close to a KB name, and
    the long names of bodies with a word slipped."""

    def segments(self, full_names: bool = False) -> list[list[Token]]:
        """Runs of capitalised words split at grammar words and acronyms.

        `full_names` (for whole misspelt names) also keeps in a run what is part of a name
        though not written in title case: a lower-case particle between two capitalised words
        ("Lars von Treir", "Guillermo del Torro"), and the words of a line written in capitals
        ("MIKEY MADISSON WINS BEST ACTRESS"), where capitals are typography, not acronyms."""
        toks = self.tokens
        # the runs are the tokens' alone: made once per token list (the passes ask again and
        # again), each caller getting its own lists
        memo = getattr(self, "_segments_memo", None)
        if memo is not None and memo[0] is toks and full_names in memo[1]:
            return [list(seg) for seg in memo[1][full_names]]
        if memo is None or memo[0] is not toks:
            memo = self._segments_memo = (toks, {})
        memo[1][full_names] = segs = self._segments(toks, full_names)
        return [list(seg) for seg in segs]

    def _segments(self, toks: list[Token], full_names: bool) -> list[list[Token]]:
        segs: list[list[Token]] = []
        cur: list[Token] = []
        last_run = None
        for i, t in enumerate(toks):
            if full_names and cur and (self._name_particle(i) or self._elided_word(t)):
                cur.append(t)
                continue
            caps_ok = not t.all_caps or (full_names and (self._caps_line(t.start)
                                                         or self._caps_pair(i)
                                                         or self._initials_word(t)))
            if full_names and cur and cur[-1] is toks[i - 1] and self._surname_word(i):
                cur.append(t)
                last_run = t.run
                continue
            if full_names and self._initial(i):
                if cur and t.run != last_run:
                    segs.append(cur)
                    cur = []
                cur.append(t)
                last_run = t.run
                continue
            breaker = (not t.capitalised or not caps_ok or is_function_word(t.folded)
                       or (t.run != last_run and not (cur and cur[-1] is toks[i - 1]
                                                      and self._name_particle(i - 1))))
            if breaker and cur:
                segs.append(cur)
                cur = []
            last_run = t.run
            if t.capitalised and caps_ok and not is_function_word(t.folded):
                cur.append(t)
        if cur:
            segs.append(cur)
        return segs

    def _elided_word(self, t: Token) -> bool:
        """A word with an elided French particle before its capital ("d'Or" in "Palme d'Or",
        "d'Argent"): part of the name before it, as a prize's or a place's."""
        f = t.folded
        return len(f) > 3 and f[1] == "'" and f[0] in "dl" \
            and (t.text[:1].isupper() or t.text[2:3].isupper())

    def _surname_word(self, i: int) -> bool:
        """Token `i` is a grammar word capitalised mid-sentence right after a name word, and a
        word of KB names ("Jeremey Strong", "Elaine Mey"): the last word of a name, not a
        grammar word."""
        toks, text = self.tokens, self.text
        t, a = toks[i], toks[i - 1]
        return t.capitalised and not t.all_caps and len(t.folded) >= 4 \
            and is_function_word(t.folded) and a.run == t.run >= 0 \
            and self.idx.known(t.folded) \
            and (text[a.end:t.start] == " " and not self.starts_clause(t.start)
                 or self._initial(i - 1))

    def _initial(self, i: int) -> bool:
        """Token `i` is an initial: one capital with its full stop, in a run with the
        capitalised name word after it ("Stephen A. Rotter", "Paul F. Heard"): a word of the
        name, though "A" and "I" alone are grammar words (and "Heard" after it is the
        surname, though "heard" is a verb)."""
        toks, text = self.tokens, self.text
        t = toks[i]
        return len(t.text) == 1 and t.text.isupper() and text[t.end:t.end + 1] == "." \
            and i + 1 < len(toks) and toks[i + 1].run == t.run >= 0 \
            and toks[i + 1].capitalised and not toks[i + 1].all_caps

    def _name_particle(self, i: int) -> bool:
        """Token `i` is a lower-case name particle ("von", "del") set by single spaces between
        two capitalised words."""
        toks, text = self.tokens, self.text
        t = toks[i]
        if t.capitalised or t.folded not in PARTICLES or i == 0 or i + 1 >= len(toks):
            return False
        a, b = toks[i - 1], toks[i + 1]
        return a.capitalised and b.capitalised and text[a.end:t.start] == " " \
            and text[t.end:b.start] == " "

    def _caps_pair(self, i: int) -> bool:
        """Token `i` is one of two or more words in capitals set by single spaces in a line of
        ordinary case ("directed by SEAN BAKKER and"): a name set in capitals for emphasis.
        (Acronyms side by side, "FBI CIA", are no KB name's near spelling either.)"""
        toks, text = self.tokens, self.text
        t = toks[i]
        if len(t.folded) < 3:
            return False
        for j in (i - 1, i + 1):
            if 0 <= j < len(toks):
                o = toks[j]
                a, b = (o, t) if j < i else (t, o)
                if o.all_caps and len(o.folded) >= 3 and o.run == t.run >= 0 \
                        and text[a.end:b.start] == " " and not is_function_word(o.folded):
                    return True
        return False

    def _initials_word(self, t: Token) -> bool:
        """`t` is two or three capitals set by one space before a capitalised name word of
        ordinary case ("JK Simmons", "PT Anderson"): initials written together, not an
        acronym."""
        if not (t.all_caps and 2 <= len(t.text) <= 3 and t.text.isalpha()):
            return False
        i = self.tok_pos[t.start]
        if i + 1 >= len(self.tokens):
            return False
        o = self.tokens[i + 1]
        return o.capitalised and not o.all_caps and o.run == t.run >= 0 \
            and self.text[t.end:o.start] == " "

    def _caps_line(self, pos: int) -> bool:
        """`pos` lies on a line written in capitals (at least three words, nearly no
        lower-case letters): a heading, where every word is in capitals."""
        text = self.text
        ls = text.rfind("\n", 0, pos) + 1
        le = text.find("\n", pos)
        le = len(text) if le < 0 else le
        got = self._headlines.get(("caps", ls))
        if got is None:
            line = text[ls:le]
            letters = [c for c in line if c.isalpha()]
            got = len(line.split()) >= 3 and len(letters) >= 10 and \
                sum(1 for c in letters if c.isupper()) >= 0.9 * len(letters)
            self._headlines[("caps", ls)] = got
        return got

    def link_fuzzy_multi(self) -> None:
        prefer = {m.entity.id for m in self.mentions}
        for seg in self.segments(full_names=True):
            if len(seg) < 2:
                continue
            i = 0
            while i < len(seg):
                done = False
                for k in range(min(4, len(seg) - i), 1, -1):
                    win = seg[i:i + k]
                    s, e = win[0].start, win[-1].end
                    elided = self._elided_word(win[-1])
                    if not (win[0].capitalised and (win[-1].capitalised or elided)) \
                            or not self._window_ok(s, e, win):
                        continue
                    # a hyphenated word is several name words ("Joon-ho" -> joon, ho)
                    folded = " ".join(t.folded for t in win).split(" ")
                    g = self.idx.group(" ".join(folded)) or self._spacing_variant(folded)
                    if g is not None:
                        # a KB name written with odd spacing ("Mikey  Madison", "Sean\r\nBaker")
                        self._drop_inside(s, e)
                        self.resolve_group(s, e, g, prefer, None)
                        i += k
                        done = True
                        break
                    if any(self._initials_word(t) for t in win):
                        # "JK Simmons", "PT Anderson": each capital an initial; the person
                        # whose name that abbreviates, or nothing (an acronym is no misspelling)
                        letters = [w for t in win for w in (
                            list(t.folded) if self._initials_word(t) else t.folded.split(" "))]
                        eid = self._initials_variant(letters)
                        if eid is not None:
                            self._drop_inside(s, e)
                            self.add(s, e, eid, "variant", 0.95)
                            i += k
                            done = True
                            break
                        continue
                    eid = self._initials_variant(folded) or self._punctuation_variant(folded) \
                        or (self._reversed_name(win) if all(
                            t in win or is_common(t.folded) for t in seg) else None)
                    if eid is not None:  # "Alejandro G. Iñárritu" for "Alejandro González ...",
                        # "Dune Part Two" for "Dune: Part Two": the same words
                        self._drop_inside(s, e)
                        self.add(s, e, eid, "variant", 0.95)
                        i += k
                        done = True
                        break
                    # a prize named with an elided particle ("Palm d'Or") is a name too
                    hit = match_multi(self.idx, folded, self.type_of, prefer, is_common,
                                      FUZZY_TYPES | {"award"} if elided else FUZZY_TYPES)
                    if hit is not None and self._transliterated(folded, hit.entity_id):
                        # "Sandra Hueller", "Ruben Oestlund": the umlaut written out
                        self._drop_inside(s, e)
                        self.add(s, e, hit.entity_id, "variant", 0.95)
                        i += k
                        done = True
                        break
                    if hit is None or not (self._plausible(
                            hit.entity_id, prefer,
                            prize_tie=_typing_slip(folded, hit.name.split(" ")))
                            or self._untied_slip(folded, hit.name.split(" "), hit.entity_id)) \
                            or self._other_role(s, e, hit.entity_id) \
                            or self._someone_else(s, e, folded, hit.name.split(" "),
                                                  hit.entity_id):
                        continue
                    self._drop_inside(s, e)
                    if self.type_of(hit.entity_id) in ("film", "work") and all(
                            a == b or _spelling_variant(a, b)
                            for a, b in zip(folded, hit.name.split(" "))):
                        self.add(s, e, hit.entity_id, "variant", 0.95)   # "The Favorite"
                    else:
                        self.add(s, e, hit.entity_id, "fuzzy", hit.similarity, "misspelled",
                                 self.label_of(hit.entity_id))
                    i += k
                    done = True
                    break
                if not done:
                    i += 1

    def link_wrapped_name_slips(self) -> None:
        """A misspelt two-word name broken over a line mid-sentence, as hard-wrapped text
        breaks it ("directed by Greta\nGerwgi, ..."): the first word ends a line whose last
        word before it is written small (prose, not a headline), the second opens the next
        line. Read as the fuzzy pass reads a name on one line; a name written right across
        the break is the exact pass's already."""
        toks, text = self.tokens, self.text
        prefer = {m.entity.id for m in self.mentions}
        for k in range(1, len(toks) - 1):
            a, b, before = toks[k], toks[k + 1], toks[k - 1]
            gap = text[a.end:b.start]
            if gap.strip(" \t\r") != "\n" or not (a.capitalised and b.capitalised) \
                    or a.all_caps or b.all_caps or before.capitalised \
                    or text[before.end:a.start] != " " or not self.free(a.start, b.end) \
                    or is_function_word(a.folded) or is_function_word(b.folded) \
                    or " " in a.folded + b.folded:
                continue
            after = toks[k + 2] if k + 2 < len(toks) else None
            if after is not None and after.capitalised and text[b.end:after.start] == " ":
                continue   # (a longer run of capitals on the next line: not these two alone)
            words = [a.folded, b.folded]
            hit = match_multi(self.idx, words, self.type_of, prefer, is_common, FUZZY_TYPES)
            if hit is None or self.type_of(hit.entity_id) != "person":
                continue
            name = hit.name.split(" ")
            if not (self._plausible(hit.entity_id, prefer, prize_tie=_typing_slip(words, name))
                    or self._untied_slip(words, name, hit.entity_id)) \
                    or self._other_role(a.start, b.end, hit.entity_id) \
                    or self._someone_else(a.start, b.end, words, name, hit.entity_id):
                continue
            self.add(a.start, b.end, hit.entity_id, "fuzzy", hit.similarity, "misspelled",
                     self.label_of(hit.entity_id))

    def _untied_slip(self, words: list[str], name: list[str], eid: str) -> bool:
        """A KB person's full name with one word mistyped (`_keyboard_slip`: "Jan Sradi",
        "Jayne-Ann Tegngren") stands for that person even where nothing in the text ties them
        to it: the mistyped word is no word of any KB name, no English word and no word of film
        talk, so no one else is likely called so, and every other word is the person's own.
        A close name that is a name ("Helen Ross" beside Helen Rose, "Steven" for Stephen) is
        not read so: it may well be someone the KB lacks."""
        if self.type_of(eid) != "person" or len(words) != len(name) or len(name) < 2:
            return False
        diff = [k for k in range(len(name)) if words[k] != name[k]]
        if len(diff) != 1:
            return False
        w, x = words[diff[0]], name[diff[0]]
        # a short word slipped ("Mork Medoff") when the rest of the name is long enough to
        # pin the person down (six letters or more: not "Halen Rose")
        pinned = sum(len(n) for k, n in enumerate(name) if k != diff[0]) >= 6
        if not _keyboard_slip(w, x, pinned) or self.idx.known(w) or is_english_word(w) or is_common(w) \
                or is_function_word(w):
            return False
        # the only KB person the words are so close to ("William Meller" is one slip from
        # William Miller and one from William Mellor: which was meant, nothing says)
        fits = set()
        for _n, e, toks in self.idx.lookup_multi(words):
            toks = [t.replace(".", "") for t in toks]   # (an initial's stop, as match_multi)
            if len(toks) == len(words) and self.type_of(e) == "person" \
                    and sum(a != b for a, b in zip(words, toks)) == 1 \
                    and any(a != b and _keyboard_slip(a, b, True) for a, b in zip(words, toks)):
                fits.add(e)
        return fits == {eid}

    def _someone_else(self, s: int, e: int, words: list[str], name: list[str], eid: str) -> bool:
        """The name at text[s:e] (`words`), close to the KB person `eid`'s (`name`), is someone
        else's: the person's surname with another first name, one the KB's names have, in a
        paragraph that tells of kin ("her brother John Cusack" beside Joan Cusack), as
        `link_first_name_slips` reads it;
        or the person named in full, right, in the same sentence (`_named_in_sentence`) and
        this name another one (`_other_words`)."""
        if self.type_of(eid) != "person":
            return False
        if len(name) == len(words) >= 2 and words[1:] == name[1:] \
                and words[0] != name[0] and self.idx.known(words[0]) \
                and (self._kin_before(s) or _undoubled(words[0]) != _undoubled(name[0])
                     and self._kin_told(s, e)):
            return True   # (a first name with a letter doubled or undoubled is a slip,
            # kin or not: "Karen Karagulian" for Karren in a paragraph on his brother; but
            # not in "his brother Karen Karagulian", where the kin word names who this is)
        if self._owned_by(s, eid) or self._word_surname(words, name):
            return True
        if (self._introduced_anew(e) or self._introduced_by_who(e) and not all(
                _undoubled(a) == _undoubled(b) for a, b in zip(words, name))) \
                and self._named_before(s, eid):
            return True
        return self._named_in_sentence(s, e, eid) and self._other_words(words, name)

    @staticmethod
    def _word_surname(words: list[str], name: list[str]) -> bool:
        """The name is the KB person's with a surname that adds letters to theirs and is a
        word of the language ("Emma Stoner" beside Emma Stone, "Sean Barker" beside Sean
        Baker): a surname of its own, as many words are, not a slip -- a slip that adds a
        new letter rarely lands on a word (letters left out may: "Ralph Fines" is Fiennes)."""
        if len(words) != len(name) or len(words) < 2 or words[:-1] != name[:-1]:
            return False
        w, x = words[-1], name[-1]
        return len(w) > len(x) and w.isalpha() and _undoubled(w) != _undoubled(x) \
            and _sound(w) != _sound(x) and is_english_word(w)
        # (a letter doubled, or one that leaves the sound as it was, is a slip: "Claudine
        # Weest", "Sean Backer")

    def _kin_before(self, s: int) -> bool:
        """A kin word stands right before the name at `s`, set by a space or a comma ("his
        brother Karen Karagulian", "her sister, Jane Roe,"): the name is the relative's."""
        before = fold_keep_length(self.text[max(0, s - 16):s]).rstrip(" ,").split()
        return bool(before) and before[-1] in KIN_WORDS and self.text[s - 1:s] in (" ", ",")

    _OWNER_GAP = 3   # lower-case words between an owner's "'s" and the name it owns

    def _owned_by(self, s: int, eid: str) -> bool:
        """The name at text[s:] is owned by the KB person `eid` named right before it
        ("Cynthia Erivo's friend Cynthia Erivio", "Mark Boal's assistant Mark Baal"): the
        friend, kin or employee of someone is not that someone."""
        for m in self.mentions:
            if m.entity.id != eid or m.issue != "none" or m.end > s or s - m.end > 40:
                continue
            gap = self.text[m.end:s]
            if gap[:2] not in ("'s", "\u2019s") or gap[-1:] != " ":
                continue
            words = gap[2:].split()
            if 1 <= len(words) <= self._OWNER_GAP and all(w.isalpha() and w.islower()
                                                          for w in words):
                return True
        return False

    def _introduced_anew(self, e: int) -> bool:
        """The name ending at `e` is set before an indefinite description (", a sound
        mixer,", ", an Instagram account"): the text introduces someone it has not named."""
        after = fold_keep_length(self.text[e:e + 8]).split()
        return self.text[e:e + 1] == "," and len(after) > 1 and after[1] in ("a", "an")

    def _introduced_by_who(self, e: int) -> bool:
        """The name ending at `e` is set before a clause that tells who the person is (", who
        runs a bakery"). Said of a name in full close to one the text has written right in
        full before (`_named_before`), it introduces someone else: a writer comes back to the
        person named already by the surname, not by a new full name and a new description
        ("Jonathan Glazer ... Jonathan Glaser, who runs a bakery"). A letter doubled or
        written once is still read as a slip of the pen."""
        after = fold_keep_length(self.text[e:e + 8]).split()
        return self.text[e:e + 1] == "," and len(after) > 1 and after[1] == "who"

    def _named_before(self, s: int, eid: str) -> bool:
        """`eid` is named in full, as written right, before `s`: the writer knows its
        spelling, so a name close to it introduced anew (`_introduced_anew`) is someone
        else's ("Mark Boal won; his colleague Mark Baal, a sound mixer, did not")."""
        return any(m.entity.id == eid and m.issue == "none" and m.how != "partial"
                   and m.end <= s and len(m.text.split()) >= 2 for m in self.mentions)

    def _other_words(self, words: list[str], name: list[str]) -> bool:
        """Some word of `words` is another name than `name`'s word in its place (a word of
        the KB's names heard with other consonants, `fuzzy._another_name`): "Baker" for Bates,
        not "Bakker" for Baker nor "Ann" for Anne. A surname the KB's names have that differs
        in more than a doubled letter is another family's even with the same consonants
        ("Samantha Quinn" beside Samantha Quan)."""
        known = self.idx.known
        return any(a != b and _another_name(known, a, b) for a, b in zip(words, name)) or (
            len(words) == len(name) >= 2 and words[:-1] == name[:-1] and known(words[-1])
            and _undoubled(words[-1]) != _undoubled(name[-1]))

    def _named_in_sentence(self, s: int, e: int, eid: str) -> bool:
        """`eid` is named in full (two words or more, as written right) in the sentence of
        text[s:e]. A writer names one person in full once in a sentence ("Kathy Bates won for
        Misery, and Kathy Baker won Emmys": two people), so a close name beside it that is
        another name (`_other_words`) is another person's; a slip of the letters ("Sean
        Bakker", "Ann Hathaway") is still a slip, and later sentences may misspell the name
        ("Bong Jong-ho")."""
        for m in self.mentions:
            if m.entity.id != eid or m.issue != "none" or m.how == "partial" \
                    or len(m.text.split()) < 2:
                continue
            gap = self.text[m.end:s] if m.end <= s else self.text[e:m.start]
            if not any(c in gap for c in ".!?\n"):
                return True
        return False

    def link_long_name_slips(self) -> None:
        """A body's long name with a word slipped ("Academy of Motion Pictures Arts and
        Sciences") or written with an ampersand: link/bodies.py."""
        names = bodies.long_names(self.kb)
        if not names:
            return
        # (a window is tried only at the lengths the KB's names have: a long run of names
        # joined by "and" costs one pass per length, not one per pair of its words)
        lengths = sorted({len(words) for group in names.values() for words, _, _ in group},
                         reverse=True)
        for run in bodies.runs(self.tokens, self.text):
            content = [k for k, t in enumerate(run) if not is_function_word(t.folded)]
            done_to = -1
            for a in range(len(content)):
                if content[a] <= done_to:
                    continue
                for b in (a + n - 1 for n in lengths if a + n - 1 < len(content)):
                    # (the longest first)
                    toks = run[content[a]:content[b] + 1]
                    hit = bodies.match([run[k].folded for k in content[a:b + 1]], names)
                    if hit is None:
                        continue
                    s, e = toks[0].start, toks[-1].end
                    eid, label, slipped = hit
                    done_to = content[b]
                    # (the body's short name at the start of its long one, "the Academy" in
                    # "the Academy of Motion Pictures Arts ...", gives way to the long name)
                    if any((m.entity.id == eid or not (s <= m.start and m.end <= e)
                            or (m.start == s and m.end == e and m.how == "alias"
                                and m.issue != "misspelled"))
                           and not (m.entity.id == eid and m.end < e and m.end - m.start < e - s)
                           for m in self.overlapping(s, e)):
                        break   # the name as the KB writes it, already linked, or part of
                        # a longer name ("Directors Guild of America Awards"), or the exact
                        # name of another KB entity ("Walt Disney Studio" beside the
                        # Studios): the words as written are a name, no slip
                    self._drop_inside(s, e)   # ("America" in "Directers Guild of America")
                    if slipped:
                        self.add(s, e, eid, "fuzzy", 0.9, "misspelled", label)
                    else:
                        self.add(s, e, eid, "variant", 0.95)
                    break

    def _spacing_variant(self, words: list[str]) -> Optional[AliasGroup]:
        """The KB person whose name is these words with a space or hyphen between two of them
        left out or put in ("Leonardo Di Caprio", "Hirokazu Koreeda" for "Kore-eda"): the same
        letters, another way to write the name. A word is split only where both parts are
        two letters or more."""
        keys = []
        for j in range(len(words) - 1):
            keys.append(" ".join(words[:j] + [words[j] + words[j + 1]] + words[j + 2:]))
        for j, w in enumerate(words):
            if len(w) >= 5 and w.isalpha():
                keys.extend(" ".join(words[:j] + [w[:c], w[c:]] + words[j + 1:])
                            for c in range(2, len(w) - 1))
        found = self.idx.groups(keys) if hasattr(self.idx, "groups") and callable(
            self.idx.groups) else {k: g for k in keys if (g := self.idx.group(k)) is not None}
        hits = list({g.key: g for k in keys if (g := found.get(k)) is not None
                     and any(self.type_of(x[0]) == "person" for x in g.entries)}.values())
        return hits[0] if len(hits) == 1 else None

    def _initials_variant(self, words: list[str]) -> Optional[str]:
        """The one person whose name is these words with initials for some of them (either
        side may abbreviate: 'j miles dale' / 'j. miles dale', 'alejandro g inarritu' /
        'alejandro gonzalez inarritu')."""
        if not any(len(w) == 1 for w in words):
            return None
        found = set()
        for _name, eid, ntoks in self.idx.lookup_multi(words):
            nt = [x.rstrip(".") for x in ntoks]
            if (nt == words or initials_compatible(words, nt)) \
                    and self.type_of(eid) == "person":
                found.add(eid)
        return next(iter(found)) if len(found) == 1 else None

    def _transliterated(self, words: list[str], eid: str, word: bool = False) -> bool:
        """`words` are a name of `eid` (`word`: one word of it) with its umlauts, ring or
        slashed letters written out the German or Nordic way ("Hueller" for "Hüller",
        "Oestlund" for "Östlund", "Skarsgaard" for "Skarsgård"): the accepted spelling
        without those letters, not a misspelling."""
        key = " ".join(words)
        names = [self.label_of(eid)]
        ent = self.kb.entity(eid)
        names += [a for a in (getattr(ent, "aliases", None) or []) if isinstance(a, str)]
        for name in names:
            if any(c in _SPELT_OUT for c in name):
                out = name_norm("".join(_SPELT_OUT.get(c, c) for c in name))
                if out == key or (word and key in out.split(" ")):
                    return True
        return False

    def _reversed_name(self, win: list[Token]) -> Optional[str]:
        """The one KB person whose two-part name these two words are in the other order
        ("Kore-eda Hirokazu", "Hamaguchi Ryusuke": family name first; "Joon-ho Bong": given
        name first): the same name in another convention, not a misspelling."""
        if len(win) != 2 or self.text[win[0].end:win[1].start] != " ":
            return None
        g = self.idx.group(f"{win[1].folded} {win[0].folded}")
        if g is None:
            return None
        people = {x for x in g.ids() if self.type_of(x) == "person"}
        return next(iter(people)) if len(people) == 1 else None

    def _punctuation_variant(self, words: list[str]) -> Optional[str]:
        """The one entity whose name is these words once its punctuation is left out ("Dune
        Part Two" for "Dune: Part Two", "Lupita Nyongo" for "Lupita Nyong'o") and a last
        word that is a generational suffix is put in one form ("Robert Downey Jnr" for
        "Robert Downey Jr."): another way to write the name, not a misspelling."""
        words = words[:-1] + [suffix_form(words[-1])] if len(words) >= 3 else words
        found = {eid for _name, eid, ntoks in self.idx.lookup_multi(words)
                 if [_unpunct(x.strip(".,:;!?'\"")) for x in ntoks[:-1]]
                 + [suffix_form(_unpunct(ntoks[-1].strip(",:;!?'\"")))] == words}
        return next(iter(found)) if len(found) == 1 else None

    def _window_ok(self, s: int, e: int, win: list[Token]) -> bool:
        if all(is_common(t.folded) for t in win):
            return False
        for m in self.overlapping(s, e):
            if m.start < s or m.end > e or (m.start == s and m.end == e):
                return False  # crosses the window, or the window is already a known name
            if m.issue == "misspelled":
                return False   # (an ambiguous word inside may be part of a longer name: "Emma")
        return True

    def _drop_inside(self, s: int, e: int) -> None:
        for i in self._overlapping_ids(s, e):
            m = self._found[i]
            self._found[i] = None
            self._alts.pop(id(m), None)   # (a later mention may be given the same id)
            self.taken[m.start:m.end] = bytearray(m.end - m.start)
            self.owner[m.start:m.end] = array("i", [-1]) * (m.end - m.start)
