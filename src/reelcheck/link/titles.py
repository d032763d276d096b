"""Film titles written with a word changed, added or left out, and a title several
films share resolved by the year the text sets on it or what the text ties to it.

A part of the linker's _Linker (link/linker.py)."""
from __future__ import annotations

import bisect
from typing import Optional

from rapidfuzz.distance import OSA

from ..model import EntityRef, Mention
from .context import film_doing_after, title_cued
from .fuzzy import _sound
from .spelling import (_CLOSE_MARKS, _OPEN_MARKS, _TIED_TITLES, _TIE_TYPES, _number_variant,
                       _other_instalment, _plural_or_prefix, _spelling_variant, _written_out)
from .tokens import Token, sentence_initial, with_numbers
from .variants import name_words
from .words import is_common, is_english_word, is_function_word


class _TitlePass:
    """Film titles written with a word changed, added or left out, and a title several films
    share resolved by the year the text sets on it or what the text ties to it."""

    def link_altered_titles(self) -> None:
        """A film title written with a word changed or misspelt ("Dune: Half Two", "Children Of
        The Lesser God", "The Aprentice"): a run of title-case words as long as the title of a
        film the text is tied to (through a ceremony, person or festival it names).
        Only films tied to the document are compared, and the run must keep enough of the
        title that an ordinary phrase is not taken for a film (see `_title_fits`)."""
        kb = self.kb
        if not hasattr(kb, "facts_involving"):
            return
        films = self._films_tied_to_text()
        if not films:
            return
        by_len: dict[int, list[tuple[tuple[str, ...], set[str]]]] = {}
        title_words: set[str] = set()
        by_first: dict[str, list[tuple[tuple[str, ...], set[str]]]] = {}
        for words, ids in films.items():
            by_len.setdefault(len(words), []).append((words, ids))
            title_words.update(words)
            if len(words) == 1:
                by_first.setdefault(words[0][:1], []).append((words, ids))
        # (a title's numbers are its words: "Inside Out 2", "Toy Stary 3")
        toks = with_numbers(self.text, self.tokens)
        # each word as the titles' words are written (`name_words`): apostrophes left out, a
        # possessive's s kept ("kings" in "The King's Speech"; the token stops before 's)
        words_of = [t.folded.replace(" ", "").replace("'", "").replace("\u2019", "")
                    + ("s" if self._possessive_cut(t) else "") for t in toks]
        lens = sorted(by_len, reverse=True)
        known = [0]   # known[j]: how many of the first j words are some tied title's
        for w in words_of:
            known.append(known[-1] + (w in title_words))
        i = 0
        while i < len(toks):
            t = toks[i]
            if not t.capitalised:
                i += 1
                continue
            done = False
            for k in lens:
                if i + k > len(toks) or known[i + k] - known[i] < k - 1:
                    continue   # cheap: all but one word must be some tied title's
                ww = words_of[i:i + k]
                if k == 1:     # one word: only titles with its first letter and about its length
                    w0 = ww[0]
                    if w0 in title_words or len(w0) < 4 or is_common(w0) or w0.isdigit():
                        continue
                    cands = [c for c in by_first.get(w0[0], ()) if abs(len(c[0][0]) - len(w0)) <= 2]
                else:
                    cands = by_len[k]
                if not cands:
                    continue
                win = toks[i:i + k]
                if not self._title_window(win, title_words):
                    continue
                slot = None     # is the run where a title goes? (asked once, when needed)
                hits, same = set(), set()
                listed = "," in self.text[win[0].start:win[-1].end]
                for words, ids in cands:
                    diff = [j for j in range(k) if words[j] != ww[j]]
                    if len(diff) != 1 or not (win[diff[0]].capitalised
                                              or is_function_word(ww[diff[0]])) \
                            or ww[diff[0]].isdigit() or words[diff[0]].isdigit():
                        # (a title with another number is another instalment or a year)
                        continue
                    if ids <= self._written_right and OSA.distance(
                            ww[diff[0]], words[diff[0]]) > (1 if len(words[diff[0]]) < 6 else 2):
                        continue   # a whole word changed in a title the text writes right
                    if self._sequel_of_named(win, diff[0]) or (listed and not any(
                            "," in self.label_of(x) for x in ids)):
                        continue   # "Moana 2": the word changed is another film's title, so
                        # the run is that film's sequel, not "Incredibles 2" altered; "Zodiac,
                        # Drive": a comma no title has there parts two items of a list
                    if k >= 2 and _spelling_variant(ww[diff[0]], words[diff[0]]):
                        hits |= ids           # "Color" for "Colour": the title, spelt
                        same |= ids           # the American (or British) way
                        continue
                    fit = self._title_fits(ww, words, diff[0])
                    if fit == "slot":
                        if slot is None:
                            slot = self._title_slot(win[0].start, win[-1].end)
                        fit = slot or self._owner_of(win[0].start, ids) or (
                            title_cued(self.text, win[0].start, win[0].end) if k == 1
                            else film_doing_after(self.text, win[-1].end)) \
                            or self._maker_in_sentence(win[0].start, win[-1].end, ids,
                                                       ww[diff[0]], words[diff[0]])
                        # (one word set off as a title: "Titanik swept the ceremony"; more
                        # words before a film's doing: "Bear Nation took home the prize",
                        # at a sentence's start too, not after "in": "grew up in Salt Nation")
                    if fit:
                        hits |= ids
                if len(hits) == 1:
                    s, e = win[0].start, win[-1].end
                    eid = next(iter(hits))
                    if eid in same:
                        self._drop_inside(s, e)
                        self.add(s, e, eid, "variant", 0.95)
                    else:
                        self._flag_misspelled(s, e, eid)
                    i += k
                    done = True
                    break
            if not done:
                i += 1

    _ROMAN = frozenset("ii iii iv v vi vii viii ix x".split())

    def _sequel_of_named(self, win: list[Token], j: int) -> bool:
        """The window's words up to its changed word `j` are a KB film's whole title (linked
        there, or a name of the KB's), and what follows them is an instalment's number or a
        subtitle after a colon ("Moana 2", "Frozen III", "Joker: Folie a Deux"): that film's
        sequel, whose title the KB may lack, not another title with a word changed ("Dad of
        the Bride" is Father of the Bride spun, though "Dad" is a film's title too)."""
        if j + 1 >= len(win):
            return False
        end = win[j].end
        rest = self.text[end:win[-1].end]
        nxt = rest.split()[0].lower() if rest.split() else ""
        if not (rest.startswith(":") or (rest[:1] == " " and (nxt.isdigit()
                                                               or nxt in self._ROMAN))):
            return False
        head = self.text[win[0].start:end]
        if any(m.entity_type == "film" and m.issue == "none" and m.start == win[0].start
               and m.end == end for m in self.overlapping(win[0].start, end)):
            return True
        g = self.idx.group(" ".join(name_words(head)))
        return g is not None and any(self.type_of(x) == "film" for x in g.ids())

    def _flag_misspelled(self, s: int, e: int, eid: str) -> None:
        """Link text[s:e] to eid as a misspelling of its name, in place of the links inside."""
        self._drop_inside(s, e)
        self.add(s, e, eid, "fuzzy", 0.8, "misspelled", self.label_of(eid))

    _ARTICLES = ("the", "a", "an")

    def link_added_articles(self) -> None:
        """'The Nickel Boys', 'The Conclave': a film's title, linked exactly, after an article
        capitalised mid-sentence as a title's first word is, which the title does not have
        (and no KB name has with it): the title written with an article of its own, a
        misspelling of it. A sentence's or a heading's first word is capitalised anyway."""
        for i, m in enumerate(self._found):
            if m is None or m.entity_type != "film" or m.issue != "none" or m.how != "alias":
                continue
            k = self.tok_pos.get(m.start)
            if not k:
                continue
            p = self.tokens[k - 1]
            if p.folded not in self._ARTICLES or not p.text[:1].isupper() or p.all_caps \
                    or self.text[p.end:m.start] != " " or self.starts_clause(p.start) \
                    or not self.free(p.start, p.end):
                continue
            label = self.label_of(m.entity.id)
            words = name_words(label)
            if not words or words[0] in self._ARTICLES \
                    or [t.folded for t in self.tokens[k:k + len(words)]] != words:
                continue
            if self.idx.group(" ".join([p.folded] + words)) is not None:
                continue
            if self._title_goes_on(m.end):
                continue   # "The Room Next Door": a longer title, another film
            if len(words) == 1 and is_english_word(words[0]) and not self._films_beside(m):
                continue   # "The Mother", "The Room": an article and a noun make an ordinary
                # phrase, or another film's title; only among other films ("Anora beat The
                # Conclave") is it this one's title with an article added
            self._drop_inside(m.start, m.end)
            self.add(p.start, m.end, m.entity.id, "fuzzy", 0.8, "misspelled", label)

    # What sets a subtitle off from its title ("The Witness - From the Balcony of Room 306",
    # "Star Trek: The Motion Picture")
    _SUBTITLE_MARKS = (": ", " - ", " \u2013 ", " \u2014 ", " -- ")

    def _title_goes_on(self, e: int) -> bool:
        """A capitalised word follows text[:e] after one space, one no mention holds, or a
        subtitle follows it after a colon or a spaced dash: the title-case run goes on, so
        what ends at `e` is the start of a longer title."""
        k = self.tok_pos.get(self._next_token_start(e))
        if k is None:
            return False
        t = self.tokens[k]
        gap = self.text[e:t.start]
        if gap in self._SUBTITLE_MARKS:
            return t.capitalised and not t.all_caps
        # an ampersand joins a title's halves ("The Wild & the Brave", "Romeo & Juliet"),
        # its second half's article written in lower case as often as not
        joined = gap.strip() == "&" and gap[:1] == " " and gap[-1:] == " "
        if (gap != " " and not joined) or t.all_caps or not self.free(t.start, t.end):
            return False
        if t.capitalised and not is_function_word(t.folded):
            return True
        # a grammar word in title case ("The Room Next Door"), or "of" ("The Life of
        # Chuck"), before a capitalised word: the title-case run goes on past it
        if not (t.capitalised or t.text == "of" or (joined and is_function_word(t.folded))) \
                or k + 1 >= len(self.tokens):
            return False
        u = self.tokens[k + 1]
        return self.text[t.end:u.start] == " " and u.capitalised and not u.all_caps \
            and not is_function_word(u.folded)

    def _next_token_start(self, e: int) -> int:
        starts = self._tok_starts()
        i = bisect.bisect_left(starts, e)
        return starts[i] if i < len(starts) else -1

    def _films_beside(self, m: Mention) -> bool:
        """Another film is named, right, in the sentence of mention `m`."""
        text = self.text
        a = max(text.rfind(c, 0, m.start) for c in ".!?\n") + 1
        ends = [i for i in (text.find(c, m.end) for c in ".!?\n") if i >= 0]
        b = min(ends) if ends else len(text)
        return any(x is not m and x.entity_type == "film" and x.issue == "none"
                   and x.entity.id != m.entity.id and a <= x.start and x.end <= b
                   for x in self.mentions)

    def link_dropped_title_words(self) -> None:
        """A film title written with a grammar word left out ("Anatomy of Fall", "Killers of
        Flower Moon"), two of its content words kept, with a contraction written out in
        full ("I Am Still Here"), or a one-word title split in two ("Nomad Land"), of a film
        the text is tied to. Its
        leading article left out ("Shape of Water") only where a title goes (in quotes, after
        "for", in a list of films) and not after a lower-case "the" (the article was written,
        only not capitalised)."""
        if not hasattr(self.kb, "facts_involving"):
            return
        short: dict[tuple[str, ...], set[tuple[str, int]]] = {}
        for words, ids in self._films_tied_to_text().items():
            for x in ids:
                out = self._written_out_title(x)
                if out:
                    short.setdefault(out, set()).add((x, -1))
            for less, j in self._shortened_titles(words):
                for x in ids:
                    short.setdefault(less, set()).add((x, j))
        if not short:
            return
        lens = sorted({len(k) for k in short}, reverse=True)
        toks = self.tokens
        words_of = [t.folded.replace(" ", "") for t in toks]
        i = 0
        while i < len(toks):
            done = False
            if toks[i].capitalised:
                for k in lens:
                    got = short.get(tuple(words_of[i:i + k]))
                    if not got:
                        continue
                    win = toks[i:i + k]
                    if not self._title_window(win):
                        continue
                    s, e = win[0].start, win[-1].end
                    if any(j == 0 for _x, j in got):
                        if (i > 0 and toks[i - 1].folded in self._ARTICLES) \
                                or not self._title_slot(s, e):
                            continue
                    ids = {x for x, _j in got}
                    if len(ids) != 1:
                        continue
                    self._flag_misspelled(s, e, next(iter(ids)))
                    i += k
                    done = True
                    break
            if not done:
                i += 1

    def _written_out_title(self, film: str) -> Optional[tuple[str, ...]]:
        """A film's title words with its contraction written out ("I Am Still Here"), when
        that is three words or more and no KB name; else None. Kept per KB."""
        key = ("written_out", self.kb_key, film)
        if key in _TIED_TITLES:
            return _TIED_TITLES[key]
        out = _written_out(self.label_of(film))
        got = tuple(out) if out and len(out) >= 3 and self.idx.group(" ".join(out)) is None \
            else None
        if len(_TIED_TITLES) > 20_000:
            _TIED_TITLES.clear()
        _TIED_TITLES[key] = got
        return got

    def _shortened_titles(self, words: tuple[str, ...]) -> list[tuple[tuple[str, ...], int]]:
        """(words, index of the word left out, or -1) a title of these words may be written
        as that no KB name is: a one-word title of seven letters or more split in two ("Nomad
        Land" for Nomadland, each part three letters or more); a title of three words or more
        with one grammar word left out ("Anatomy of Fall"), two content words kept. Depends on
        the words and the KB's names only, so it is kept per KB."""
        key = ("shortened", self.kb_key, words)
        got = _TIED_TITLES.get(key)
        if got is not None:
            return got
        got = []
        if len(words) == 1 and len(words[0]) >= 7 and words[0].isalpha():
            w = words[0]
            for c in range(3, len(w) - 2):
                two = (w[:c], w[c:])
                if self.idx.group(" ".join(two)) is None:
                    got.append((two, -1))
        if len(words) >= 3:
            for j, w in enumerate(words):
                if not is_function_word(w):
                    continue
                less = words[:j] + words[j + 1:]
                if sum(1 for x in less if not is_function_word(x)) < 2 \
                        or self.idx.group(" ".join(less)) is not None:
                    continue
                got.append((less, j))
        if len(_TIED_TITLES) > 20_000:
            _TIED_TITLES.clear()
        _TIED_TITLES[key] = got
        return got

    def _films_tied_to_text(self) -> dict[tuple[str, ...], set[str]]:
        """(title words) -> films, of the films tied to what the text names: through a
        ceremony, person or festival it names, or an edition where a film it names was shown
        or nominated (the films listed with a film are mostly its rivals there)."""
        named = [m for m in self.mentions if m.issue == "none"]
        # a person's misspelt full name counts too: the fuzzy pass took it only when tied to
        # what the text names ("Brendan Frazer won Best Actor for The Wale")
        anchors = [m.entity.id for m in self.mentions
                   if (m.issue == "none" or m.issue == "misspelled" and m.how == "fuzzy")
                   and m.entity_type in ("person", "ceremony", "festival")]
        # the editions the text's films were shown or nominated at: the films listed with
        # a film are mostly its rivals there ("Anora beat Conclave and A Complete Unkown")
        shown_by: dict[str, set[str]] = {}   # edition -> the named films that give it
        for m in named:
            if m.entity_type == "film" and m.issue == "none":
                for x in sorted(self._works_of(m.entity.id)):
                    if self.type_of(x) in ("ceremony", "festival"):
                        shown_by.setdefault(x, set()).add(m.entity.id)
        # an edition only one film named right gives, and nothing else the text names, ties
        # the text to its rivals, not to that film again: the text wrote it right, and a run
        # with a whole word of its title changed is some other name ("took the Grand Prix"
        # linked to the 1966 film; "Grand Tour" is not that film altered), though a letter
        # slip is still its title misspelt (`_written_right`, read by link_altered_titles)
        alone = {x: next(iter(f)) for x, f in shown_by.items()
                 if len(f) == 1 and x not in anchors}
        tied = {x for a in anchors if a not in alone for _w, x in self._tied_titles(a)}
        self._written_right = {x for x in alone.values() if x not in tied}
        anchors += list(shown_by)
        anchors = list(dict.fromkeys(anchors))[:self._TITLE_TIES_MAX]
        # (the passes that ask run one after another and only read the table: it is made
        # again only when the mentions found between them changed the anchors)
        memo = self.__dict__.get("_films_memo")
        if memo is not None and memo[0] == (anchors, alone):
            return memo[1]
        films: dict[tuple[str, ...], set[str]] = {}
        n = 0
        for a in anchors:
            for words, x in self._tied_titles(a):
                films.setdefault(words, set()).add(x)
                n += 1
            if n > self._TITLE_FILMS_MAX:
                break
        self._films_memo = ((anchors, alone), films)
        return films

    def _title_fits(self, ww: list[str], words: tuple[str, ...], j: int):
        """Whether words `ww` are the title `words` with word `j` changed: True, False, or
        "slot" (only where a title goes, see `_title_slot`).

        - the word misspelt (its first letter, a letter or two off: "The Aprentice"): yes;
        - another word, two content words of the title kept ("The New School" is not "The
          New Spirit": one shared content word says nothing): yes;
        - another word, one content word kept ("Bear Nation" for "Bear Country", "The Residing
          Desert" for "The Living Desert"): only in a title's place, and only if the new word
          is no ordinary word of film writing nor a word of a person's name ("Emilia Clarke"
          is someone, not "Emilia Perez" altered)."""
        w, x = ww[j], words[j]
        if _other_instalment(w, x):
            return False   # "Dune: Part One" beside "Dune: Part Two": another film
        kept = sum(1 for i in range(len(ww)) if i != j and not is_function_word(ww[i]))
        if len(ww) >= 3 and kept >= 1 and (
                _number_variant(w, x) or (w in self._ARTICLES and x in self._ARTICLES)):
            # three words or more, all the title's but one written in the other number
            # ("No Country for Old Man", "West Side Stories") or with another article
            # ("Anatomy of the Fall"): the same words, the title, wherever it stands
            return True
        if len(ww) >= 2 and len(x) >= 4 and _number_variant(w, x) \
                and not is_common(w) and not self.idx.known(w):
            # a word of a longer title given a plural ("The Brutalists") or its s left out
            # ("The Holdover"): the title, misspelt, where a title goes ("The Substances are
            # banned" elsewhere is the ordinary word; a one-word title with an s,
            # "Tideways", may be another word)
            return "slot"
        if len(ww) >= 3 and len(x) >= 3 and w[0] == x[0] and OSA.distance(w, x) == 1 \
                and not _plural_or_prefix(w, x) and not x.isdigit() and not w.isdigit():
            # three words or more, all the title's but one, that one a letter off ("La Vie
            # en Rse", "Wen We Were Kings"): the title misspelt, even where the word so written
            # is some word or name too -- the title around it says which was meant
            return True
        if (len(w) >= 4 and w[0] == x[0] and not is_common(w) and not is_function_word(w)
                and not _plural_or_prefix(w, x)
                and min(OSA.distance(w, x), OSA.distance(_sound(w), _sound(x)))
                <= (1 if len(x) < 8 else 2)
                and not self.idx.known(w)):
            # a one-word title only where a title goes ("won for Conclav"): a lone
            # capitalised word elsewhere may be any word ("Wicker chairs")
            return True if len(ww) >= 2 else "slot"
        if len(ww) < 2:
            return False
        if len(ww) >= 3 and kept >= 2:
            return True
        if kept < 1 or x.isdigit() or not x.strip("ivxl"):
            return False    # "Gladiator Returns" is another film of the series, not "... II"
        if len(ww) >= 3 and not (is_common(w) and not is_function_word(w)) \
                and not self._person_word(w):
            # three words or more, all but one the title's: a grammar word swapped for
            # another ("A Full Unknown", "No Different Land") where a title goes
            return "slot"
        if is_function_word(w) or is_common(w) or is_function_word(x):
            return False
        if self._person_word(w):
            return False
        return "slot"

    def _person_word(self, w: str) -> bool:
        """`w` begins or ends the name of a KB person ("Emilia Clarke" is someone, not
        "Emilia Perez" altered)."""
        by_first, by_last = self.idx.partial_ids(w, ())
        return any(self.type_of(p) == "person" for p in list(by_first | by_last)[:50])

    def _title_slot(self, s: int, e: int) -> bool:
        """Words in a title's place: set off like a title (*X*, "X"), after "for" (a prize
        for a work: "Best Documentary for X"), or before a year in brackets ("X (1953)")."""
        text = self.text
        before, after = text[max(0, s - 6):s], text[e:e + 8]
        if before[-1:] and before[-1:] in _OPEN_MARKS and after[:1] in _CLOSE_MARKS:
            return True
        if before.rstrip(_OPEN_MARKS + " ").lower().split()[-1:] == ["for"] and \
                before.endswith((" ", *_OPEN_MARKS)):
            return True
        a = after.lstrip()
        if a.startswith("(") and a[1:5].isdigit() and a[5:6] == ")":
            return True
        return self._listed_with_film(s, e)

    _LIST_JOINS = (", and ", ", or ", ", ", " and ", " or ", " & ")

    def _listed_with_film(self, s: int, e: int) -> bool:
        """Words listed with a film the text names ("Conclave, A Full Unknown and The
        Brutalist"): a list's items are of one kind, so the words are in a title's place."""
        text = self.text
        i, j = self.tok_pos.get(s), bisect.bisect_left(self._tok_starts(), e)
        toks = self.tokens
        if i is None or (i > 0 and toks[i - 1].run == toks[i].run >= 0) or (
                j < len(toks) and 0 <= toks[j].run == toks[j - 1].run):
            return False    # part of a longer name ("Wicker Park"): that name is the item
        for join in self._LIST_JOINS:
            k = s - len(join)
            if k > 0 and text[k:s] == join:
                k -= 1
                while k > 0 and text[k] in _CLOSE_MARKS:
                    k -= 1
                if self._film_at(k, end=True):
                    return True
            k = e + len(join)
            if text[e:k] == join:
                while k < len(text) and text[k] in _OPEN_MARKS:
                    k += 1
                if self._film_at(k, end=False):
                    return True
        return False

    def _tok_starts(self) -> list[int]:
        if getattr(self, "_starts", None) is None:
            self._starts = [t.start for t in self.tokens]
        return self._starts

    def _film_at(self, k: int, end: bool) -> bool:
        """A film mention ends (`end`) or starts at position `k`."""
        if not 0 <= k < len(self.text):
            return False
        i = self.owner[k]
        m = self._found[i] if i >= 0 else None
        return m is not None and m.entity_type == "film" and (m.end == k + 1 if end
                                                               else m.start == k)

    def _owner_of(self, s: int, films: set[str]) -> bool:
        """The words at `s` follow the possessive of a person whose KB facts name one of
        `films` ("Sean Baker's Anorra", "Berger's Conclav"): a maker's work is a title's place."""
        text = self.text
        j = s - 1
        while j >= 0 and text[j] in " " + _OPEN_MARKS:
            j -= 1
        if j < 2 or text[j] not in "sS" or text[j - 1] not in "'\u2019":
            return False
        own = self.owner[j - 2] if j >= 2 else -1
        m = self._found[own] if own >= 0 else None
        if m is None or m.end != j - 1 or m.entity_type != "person" or m.issue != "none":
            return False
        return any(x in films for _w, x in self._tied_titles(m.entity.id))

    def _maker_in_sentence(self, s: int, e: int, films: set[str], w: str, x: str) -> bool:
        """The words at text[s:e] are a title of `films` with its word `x` misspelt as `w`,
        and a person whose KB facts name one of `films` is named, right, in their sentence
        ("We spoke to Lee Unkrich about Toy Stary 3", "Shrrek, directed by Andrew Adamson"):
        a sentence naming a maker names the maker's own film, so the words are in a title's
        place. Only a slip of a letter or two, in a word the language lacks: another word
        ("Ilse Varga studied at The New Harbour School", beside her The New Harbour Spirit)
        is some other name, and a word alone that is short ("Gige") or opens the sentence
        ("Tidewy washed ashore, said Ilse Varga") may be anything."""
        if is_english_word(w) or (" " not in self.text[s:e] and (
                len(w) < 5 or sentence_initial(self.text, s))) or min(
                OSA.distance(w, x), OSA.distance(_sound(w), _sound(x))) > (
                1 if len(x) < 8 else 2):
            return False
        text = self.text
        a = max(text.rfind(c, 0, s) for c in ".!?\n") + 1
        b = min((x for x in (text.find(c, e) for c in ".!?\n") if x >= 0), default=len(text))
        for i in {i for i in self.owner[a:b] if i >= 0}:   # (the sentence's mentions)
            m = self._found[i]
            if m is not None and a <= m.start and m.end <= b and m.entity_type == "person" \
                    and m.issue == "none" and not (m.start < e and s < m.end) \
                    and any(x in films for _w, x in self._tied_titles(m.entity.id)):
                return True
        return False

    def _tied_titles(self, anchor: str) -> list[tuple[tuple[str, ...], str]]:
        """(title words, film) of the films an entity's facts name;
        kept per KB file (a KB never changes), so a ceremony's hundreds of facts are read once."""
        key = (self.kb_key, anchor)
        got = _TIED_TITLES.get(key)
        if got is None:
            got = []
            for f in self.kb.facts_involving(anchor):
                q = f.qualifiers
                for x in (f.subject, q.get("for_work"),
                          f.value if f.value_type == "entity" else None):
                    if not isinstance(x, str) or x == anchor or self.type_of(x) != "film":
                        continue
                    words = tuple(name_words(self.label_of(x)))
                    if words:
                        got.append((words, x))
            if len(_TIED_TITLES) > 20_000:
                _TIED_TITLES.clear()
            _TIED_TITLES[key] = got
        return got

    def _possessive_cut(self, t: Token) -> bool:
        """The tokenizer left a possessive 's off `t` ("King's" -> "King")."""
        after = self.text[t.end:t.end + 2]
        return len(after) == 2 and after[0] in "'\u2019\u02bc" and after[1] in "sS" \
            and not self.text[t.end + 2:t.end + 3].isalpha()

    def _title_window(self, win: list[Token], title_words: frozenset = frozenset()) -> bool:
        """Words written as one title: on one line, joined by spaces or title punctuation,
        content words capitalised (or, inside it, written small as a title of `title_words`
        writes them: the "en" of "La Vie en Rose"), not a name the text already links in
        full."""
        text = self.text
        for a, b in zip(win, win[1:]):
            gap = text[a.end:b.start]
            if self._possessive_cut(a):
                gap = gap[2:]   # "The King's Speech": the 's the token left off is the word's
            if len(gap) > 3 or "\n" in gap or any(c not in " :,-\u2013\u2014" for c in gap):
                return False
        if not all(t.capitalised or is_function_word(t.folded)
                   or (0 < k < len(win) - 1 and t.folded in title_words)
                   for k, t in enumerate(win)):
            return False
        if not win[-1].capitalised:
            return False
        s, e = win[0].start, win[-1].end
        for m in self.overlapping(s, e):
            if m.start < s or m.end > e or (m.start == s and m.end == e):
                return False
            if m.issue == "misspelled" and not (m.entity_type == "film" and win[-1].text.isdigit()):
                return False   # (a shorter film misspelt, the longer title's number after it
                # -- "Blade Runer 2049" first read as Blade Runner -- gives way to that title)
            if m.entity_type not in ("film", "character", "place"):
                return False   # a person's name inside: not a title
        return True

    _YEAR_AFTER_WORDS = 3   # "X, released in 2021": words between the comma and the year

    def _stated_year(self, s: int, e: int) -> Optional[int]:
        """The year the text sets on the title at s:e as the work's own: before it ("the 1962
        X"), in brackets after it ("X (1994)"), or opening a comma-set description of it
        ("X, released in 2021", "X, from 1995"), a few lower-case words before the year."""
        text = self.text
        before = text[max(0, s - 6):s]
        if len(before) == 6 and before[0] in " \n(\"'\u201c" and before[1:5].isdigit() \
                and before[5] == " ":
            return int(before[1:5])
        if len(before) >= 5 and s == 5 and before[:4].isdigit() and before[4] == " ":
            return int(before[:4])
        a = text[e:e + 8]
        a2 = a.lstrip()
        if a2.startswith("(") and a2[1:5].isdigit() and a2[5:6] == ")":
            return int(a2[1:5])
        if text[e:e + 2] == ", ":
            words = text[e + 2:e + 60].split()
            for k, w in enumerate(words[:self._YEAR_AFTER_WORDS + 1]):
                core = w.strip(",.;:)")
                if len(core) == 4 and core.isdigit():
                    return int(core)
                if not w.isalpha() or not w.islower():
                    break
        return None

    _LOCAL_STOPS = ".;!?\n"

    def _local_ties(self, i: int, m: Mention) -> set[str]:
        """What the words around a title name of it: the person whose possessive it follows
        ("Villeneuve's Dune") and the ceremonies named after it in its own stretch of text, up
        to the next film named or the end of the sentence or clause ("Dune received one
        nomination at the 57th Academy Awards")."""
        text = self.text
        out: set[str] = set()
        j = m.start - 1
        while j >= 0 and text[j] == " ":
            j -= 1
        if j >= 1 and text[j] in "sS'\u2019" and text[j - 1] in "'\u2019sS":
            end = j - 1 if text[j] in "sS" else j   # "Lynch's", "the Coens'"
            for x in self._found:
                if x is not None and x.entity_type == "person" and x.issue == "none" \
                        and x.end == end:
                    out.add(x.entity.id)
            k = self.tok_pos.get(text.rfind(" ", 0, end) + 1)
            t = self.tokens[k] if k is not None else None
            if not out and t is not None and t.capitalised and t.end == end \
                    and self.free(t.start, t.end):
                # a surname alone that several KB people share ("Spielberg's West Side
                # Story"): each of them, for the namesake film one of them is tied to
                out |= {x for x in self.idx.partial_ids(t.folded, {})[1]
                        if self.type_of(x) == "person"}
        stop = len(text)
        for c in self._LOCAL_STOPS:
            k = text.find(c, m.end)
            if k >= 0:
                stop = min(stop, k)
        for x in sorted((x for x in self._found if x is not None and x.start >= m.end),
                        key=lambda x: x.start):
            if x.start >= stop or x.entity_type == "film":
                break
            if x.entity_type == "ceremony" and x.issue == "none":
                out.add(x.entity.id)
        return out

    def _by_stated_year(self) -> None:
        """A title several KB films share goes to the one of the year the text sets on that
        very mention ("the 1962 Mutiny on the Bounty", "Little Women (1994)"), when exactly one
        of them is of that year; the year decides over any other film the document names."""
        if not self._alts:
            return
        for i, m in enumerate(self._found):
            if m is None or id(m) not in self._alts or m.entity_type != "film":
                continue
            year = self._stated_year(m.start, m.end)
            if year is not None:
                fits = [x for x in self._alts[id(m)]
                        if (ent := self.kb.entity(x)) is not None and ent.type == "film"
                        and getattr(ent, "year", None) is not None and int(ent.year) == year]
            else:
                fits = self._tied(self._alts[id(m)], self._local_ties(i, m))
            if len(fits) != 1:
                continue
            del self._alts[id(m)]
            eid = fits[0]
            self._found[i] = Mention(m.start, m.end, m.text,
                                     EntityRef(eid, self.label_of(eid)), "film",
                                     "none", None, 0.9, "context")

    def _reresolve(self) -> None:
        """A name several entities share ("Titanic", "The Square", "Brooklyn") goes to the one
        whose KB facts name something else the text names (a ceremony, a director, an actor),
        when exactly one does."""
        if not self._alts:
            return
        for i, m in enumerate(self._found):
            if m is None or id(m) not in self._alts:
                continue
            alts = self._alts[id(m)]
            others = {x.entity.id for x in self._found if x is not None and x is not m
                      and x.issue == "none" and x.entity.id not in alts
                      and x.entity_type in _TIE_TYPES}
            tied = self._tied(alts, others)
            if len(tied) != 1:
                continue
            eid = tied[0]
            if eid == m.entity.id and m.issue == "none":
                continue
            self._found[i] = Mention(m.start, m.end, m.text,
                                     EntityRef(eid, self.label_of(eid)), self.type_of(eid) or "",
                                     "none", None, 0.8, "context")
