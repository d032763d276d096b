"""Ways of writing the same name, decided by rule rather than by listing every spelling.

The linker and the KB builders share these rules so that a name written one way in an article
and another way in a source is one name:

- hyphens and spaces (`Bong Joon-ho` = `Bong Joon Ho`, `Day-Lewis` = `Day Lewis`): the linker's
  fold turns hyphens into spaces (link/fold.py) and the KB's `aliases.norm` is `name_norm`;
- diacritics (`Manojlović` = `Manojlovic`): both folds strip them;
- initials (`Alejandro G. Iñárritu` = `Alejandro González Iñárritu`, `J. Miles Dale` =
  `J Miles Dale`): `initials_compatible` compares word lists where a one-letter word (with or
  without its period) stands for any word with that first letter;
- particles (`Guillermo del Toro`, `Lars von Trier`): lower-case particles are part of a
  surname, so the partial name `del Toro` / `von Trier` is the surname (`surname_words`);
- word order of East Asian names (`Youn Yuh-jung` = `Yuh-jung Youn`): `same_words`, used only to
  merge records that also agree on everything else (never to link free text);
- film titles with a subtitle (`Birdman or (The Unexpected Virtue of Ignorance)` = `Birdman`):
  `main_title`;
- film titles with a comma between words (`The Godfather, Part III` = `The Godfather Part
  III`, as most writers spell it), and a series title's own part (`The Lord of the Rings: The
  Return of the King` = `The Return of the King`): `title_variants`, which a KB writer stores
  beside the title (the linker finds names by their exact words, so the second spelling must be
  a name).
- a generational suffix in its other forms (`Robert Downey Jr.` = `Robert Downey Jnr` =
  `Robert Downey Junior`): `suffix_form`;
- a name romanized from another script another way (`Aleksei Serebryakov` = `Aleksey
  Serebriakov`, `Darya` = `Darja`, `Karagulian` = `Karagulyan`, `Vache` = `Vatche`):
  `romanized_alike`, for people the KB holds as romanized (`romanized_person`);
- a show's name with its noun in the singular (`Screen Actors Guild Awards` = `Screen Actors
  Guild Award`, one of its prizes): `show_variants`, stored beside the name like a title's.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..textutil import fold

_HYPHENS = re.compile(r"\s*-\s*")
_NON_WORD = re.compile(r"[^\w\s]")
_WS = re.compile(r"\s+")
PARTICLES = frozenset({"de", "del", "della", "der", "di", "da", "dos", "das", "du", "van", "von",
                       "le", "la", "den", "ten", "ter", "bin", "ibn", "al", "el", "y", "zu", "st"})


# The forms a generational suffix takes after a surname: the abbreviation with or without its
# full stop, the British "Jnr"/"Snr", the word written out.
_SUFFIX_FORMS = {"jr": "jr", "jnr": "jr", "junior": "jr", "sr": "sr", "snr": "sr",
                 "senior": "sr"}


def suffix_form(word: str) -> str:
    """A name's word with a generational suffix in one form ("jnr", "junior", "jr." ->
    "jr"); any other word as it is."""
    return _SUFFIX_FORMS.get(word.rstrip("."), word)


def name_norm(name: str) -> str:
    """`textutil.fold` with hyphens as spaces: the KB's `aliases.norm`."""
    return _WS.sub(" ", _HYPHENS.sub(" ", fold(name))).strip()


def name_words(name: str) -> list[str]:
    """Folded words without punctuation: 'Alejandro G. Iñárritu' -> [alejandro, g, inarritu]."""
    return list(_name_words(name))


@lru_cache(maxsize=65536)
def _name_words(name: str) -> tuple[str, ...]:
    return tuple(w for w in _WS.split(_NON_WORD.sub(" ", fold(name).replace("'", ""))) if w)


def merge_key(name: str) -> str:
    """Key under which two spellings of one name meet (punctuation, hyphens, accents, case)."""
    return " ".join(name_words(name))


def same_words(a: str, b: str) -> bool:
    """The same words in another order (`Youn Yuh-jung` / `Yuh-Jung Youn`)."""
    wa, wb = name_words(a), name_words(b)
    return len(wa) >= 2 and sorted(wa) == sorted(wb)


def initials_compatible(a: list[str], b: list[str]) -> bool:
    """Same first and last word; the words between agree, a one-letter word standing for any
    word with that letter, and a missing middle name allowed on one side only
    (`alejandro g inarritu` ~ `alejandro gonzalez inarritu` ~ `alejandro inarritu`? no: a middle
    initial needs a middle word)."""
    if len(a) < 2 or len(b) < 2 or a[0][:1] != b[0][:1] or a[-1] != b[-1]:
        return False
    if not _word_ok(a[0], b[0]):
        return False
    ma, mb = a[1:-1], b[1:-1]
    if len(ma) != len(mb):
        return False
    if not ma and a[0] != b[0]:
        return len(a[0]) == 1 or len(b[0]) == 1
    return all(_word_ok(x, y) for x, y in zip(ma, mb)) and (a != b)


def _word_ok(x: str, y: str) -> bool:
    if x == y:
        return True
    return (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))


def surname_words(words: list[str]) -> list[str]:
    """The surname of a folded several-word name, with its particles: [guillermo, del, toro] ->
    [del, toro]; [sean, baker] -> [baker]."""
    i = len(words) - 1
    while i > 1 and words[i - 1] in PARTICLES:
        i -= 1
    return words[i:]


_SUBTITLE = re.compile(r"\s*(?::|\bor\s*\(|\s[-\u2013\u2014]\s|\()")


def main_title(title: str) -> str:
    """A title without its subtitle: 'Birdman or (The Unexpected ...)' -> 'Birdman'."""
    m = _SUBTITLE.search(title)
    return title[:m.start()].strip() if m and m.start() > 0 else title.strip()


_INNER_COMMA = re.compile(r"(?<=\w),\s+(?=\w)")


def show_variants(name: str) -> list[str]:
    """Other spellings of an award show's name: its closing noun in the singular, as a writer
    names one of the show's prizes ('Screen Actors Guild Awards' -> 'Screen Actors Guild
    Award', 'won the Directors Guild of America Award'). (The plural of a singular name,
    "three BAFTAs", the linker reads itself.)"""
    words = name.split()
    if len(words) >= 2 and words[-1] == "Awards":
        return [" ".join(words[:-1] + ["Award"])]
    return []


def title_variants(title: str) -> list[str]:
    """Other spellings of a film title that name the same film: without the commas between its
    words ('The Godfather, Part III' -> 'The Godfather Part III'), and a series title's own
    part after its colon when that part is a title of four words or more ('The Lord of the
    Rings: The Return of the King' -> 'The Return of the King'; not 'Dune: Part Two', nor a
    phrase as plain as 'The Other Side')."""
    out = []
    bare = _INNER_COMMA.sub(" ", title)
    if bare != title:
        out.append(bare)
    head, sep, sub = title.partition(": ")
    if sep and head and len(sub.split()) >= 4 and sub[:1].isupper():
        out.append(sub)
    return out


# Nations whose names are written in another script and romanized in several ways: a person
# the KB describes by one of them (or holds a name of in another script) has no one right
# Latin spelling.
_ROMANIZED_NATIONS = frozenset("""
russian soviet ukrainian belarusian armenian georgian azerbaijani kazakh kyrgyz uzbek tajik
turkmen bulgarian serbian macedonian mongolian
""".split())
_VOWELS = frozenset("aeiou")


def romanized_person(description: str, other_scripts: bool) -> bool:
    """A person whose name the KB gives as a romanization: described by a nation that writes
    in another script ("Russian actor", "Armenian-American actor"), or named in one too."""
    words = fold(description or "").lower().replace("-", " ").split()
    return other_scripts or any(w in _ROMANIZED_NATIONS for w in words)


def romanized_key(word: str) -> str:
    """A folded name word with what romanizations write differently put in one form: a y or
    j beside a vowel (a semivowel: Darya/Darja/Daria, Aleksey/Aleksei, Karagulyan/Karagulian)
    and a final y (Yury/Yuri) as i, a doubled i once (Yuriy), "tch" as "ch" (Vatche/Vache),
    "kh" as "h", "sch" as "sh", "x" as "ks", "ou" as "u" (the French Youri). The first letter
    is left as it is ("Juri" is no spelling of Yura the KB's aliases hold), and so are doubled
    consonants ("Karen" for Karren is a slip in any script)."""
    head, w = word[:1], word[1:]
    w = w.replace("tch", "ch").replace("kh", "h").replace("sch", "sh").replace("x", "ks") \
        .replace("ou", "u")
    out = []
    for i, c in enumerate(w):
        before = w[i - 1] if i else head
        if c in "yj" and (before in _VOWELS or w[i + 1:i + 2] in _VOWELS or i == len(w) - 1):
            c = "i"
        out.append(c)
    w = "".join(out)
    while "ii" in w:
        w = w.replace("ii", "i")
    return head + w


def romanized_alike(written: list[str], name: list[str]) -> bool:
    """`written` (folded words) is `name` romanized another way: as many words, each the
    same once put in one form (`romanized_key`), and at least one written differently."""
    return len(written) == len(name) and written != name and all(
        romanized_key(a) == romanized_key(b) for a, b in zip(written, name))
