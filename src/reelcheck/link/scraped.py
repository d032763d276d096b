"""Names a scraper or a hurried typist broke apart or ran together: a full name written as one
word ("SeanBaker", the space between its words lost) or a name word split by a stray space
("Mikey Madi son"). The letters are the KB name's own, in order; only the spacing is wrong, so
the text is that person's name written wrongly (flagged, with the name to write).

A part of the linker's _Linker (link/linker.py)."""
from __future__ import annotations

from typing import Optional

from .words import is_common

# what stands right before a word that is a handle, a hashtag or part of an address, not prose
_NOT_PROSE_BEFORE = "#@/_.=?&"


class _ScrapedNamePass:
    """Full names run together into one word, and name words split in two by a space."""

    def _person_called(self, key: str) -> Optional[tuple[str, str]]:
        """(person, the name as the KB writes it) of the one KB person with the name `key`
        (folded words), or None when no one or several people have it."""
        g = self.idx.group(key)
        if g is None or g.single_token:
            return None
        hits = {eid: alias for eid, kind, alias in g.entries
                if kind != "misspelling" and self.type_of(eid) == "person"}
        if len(hits) != 1:
            return None
        eid, alias = next(iter(hits.items()))
        return eid, alias

    def link_run_together_names(self) -> None:
        """'SeanBaker won four Oscars': one capitalised word whose parts, cut where a lower-case
        letter meets a capital, are the words of one KB person's full name. A word after a
        '#' or '@' or inside an address ("#SeanBaker", "@MikeyMadison", "/SeanBaker") is a
        handle or a tag, written so on purpose, and is left alone."""
        text = self.text
        for i, t in enumerate(self.tokens):
            w = t.text
            if not t.capitalised or t.all_caps or len(w) < 5 or not self.free(t.start, t.end):
                continue
            cuts = [k for k in range(1, len(w)) if w[k].isupper() and w[k - 1].islower()]
            if not cuts or len(cuts) > 3:
                continue
            if t.start > 0 and text[t.start - 1] in _NOT_PROSE_BEFORE:
                continue
            if t.end < len(text) and (text[t.end] in "/@_" or text[t.end].isdigit() or (
                    text[t.end] == "." and t.end + 1 < len(text) and text[t.end + 1].isalnum())):
                continue   # "SeanBaker.com", "MikeyMadison_fans"
            bounds = [0, *cuts, len(w)]
            parts = [t.folded[a:b] for a, b in zip(bounds, bounds[1:])]
            if any(len(p) < 2 for p in parts):
                continue   # ("McQueen", "DeNiro" keep a particle of one or two letters)
            hit = self._person_called(" ".join(parts))
            if hit is None or self.idx.known(t.folded) or self._among_tags(i):
                continue
            eid, name = hit
            self.add(t.start, t.end, eid, "fuzzy", 0.9, "misspelled", name)

    # what parts the items of a list of tags ("AdrienBrody, TheBrutalist | Oscars")
    _TAG_SEPARATORS = frozenset([",", "|", "/", "\u00b7", "\u2022", ";"])

    def _among_tags(self, i: int) -> bool:
        """The word of token `i` is an item of a list whose next or previous item is also a
        word of several capitalised parts run together ("Filed under: AdrienBrody,
        TheBrutalist, KieranCulkin"): a page's tags, each written so on purpose, not a name
        whose space a scraper lost."""
        toks, text = self.tokens, self.text
        for j in (i - 1, i + 1):
            if not 0 <= j < len(toks):
                continue
            a, b = (toks[j], toks[i]) if j < i else (toks[i], toks[j])
            if text[a.end:b.start].strip() not in self._TAG_SEPARATORS:
                continue
            w = toks[j].text
            if toks[j].capitalised and any(w[k].isupper() and w[k - 1].islower()
                                           for k in range(1, len(w))):
                return True
        return False

    def link_split_name_words(self) -> None:
        """'Mikey Madi son', 'Kieran Cul kin': a run of capitalised words followed, after one
        space, by a lower-case piece that joined to the last of them makes the full name of
        one KB person, when the capitalised words alone are no KB name ("Will Smith son" is
        Will Smith and a son) and the piece is not a word a name is followed by in prose."""
        text = self.text
        toks = self.tokens
        for i in range(1, len(toks) - 1):
            t, piece = toks[i], toks[i + 1]
            if not t.capitalised or t.all_caps or piece.capitalised \
                    or text[t.end:piece.start] != " " or len(piece.folded) > 4:
                continue
            run = [u for u in toks[max(0, i - 3):i + 1] if u.run == t.run and t.run >= 0]
            if len(run) < 2 or run[-1] is not t:
                continue
            run = run[-3:]
            words = [u.folded for u in run]
            if any(" " in x for x in words) or self.idx.group(" ".join(words)) is not None \
                    or self.idx.known(words[-1]) or is_common(words[-1]):
                continue   # (a KB name or a word of one before the piece is written right)
            s, e = run[0].start, piece.end
            if not self.free(s, e) or text[run[-1].end - 1:run[-1].end] in "'\u2019":
                continue
            hit = self._person_called(" ".join(words[:-1] + [words[-1] + piece.folded]))
            if hit is not None:
                eid, name = hit
                self.add(s, e, eid, "fuzzy", 0.85, "misspelled", name)
