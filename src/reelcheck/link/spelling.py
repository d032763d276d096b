"""How a name as written may differ from a KB name and still be it, or be someone else:
spelling variants (British and American, doubled letters, accents, punctuation), typing
slips, scrambled words, another instalment of a series, numbers written out; and the ranks
that pick one entity among namesakes. Functions of the words alone, used by the linker's
passes (link/linker.py)."""
from __future__ import annotations

from typing import Optional

from rapidfuzz.distance import Levenshtein, OSA

from .fold import fold_keep_length
from .variants import name_words
from .words import is_common, is_function_word

_KIND_RANK = {"label": 0, "alias": 1, "birth_name": 1, "translation": 2, "nickname": 3,
              "character_name": 3, "misspelling": 4}


# A name several kinds of entity share: a person, then an event, an award or a place ("Cannes",
# "Brooklyn"), then a film of that title, unless the text ties the film to itself (see
# `_reresolve`: "Saoirse Ronan was nominated for Brooklyn").
_TYPE_RANK = {t: i for i, t in enumerate(
    ("person", "festival", "ceremony", "award", "place", "film", "character", "organization",
     "work", "other"))}


_MAX_ALTERNATIVES = 8


_TIED_TITLES: dict[tuple[str, str], list] = {}


# What ties a KB entity to a text: the specific films, people and editions it names. An award
# category or a place is shared by too many entities to tie anything.
_TIE_TYPES = frozenset({"film", "person", "ceremony", "festival", "character"})


_PARTIAL_TYPES = ("person", "character")


# Letters written out where a keyboard or a style lacks them (German, Nordic).
_SPELT_OUT = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "å": "aa",
              "Å": "Aa", "ø": "oe", "Ø": "Oe", "æ": "ae", "Æ": "Ae", "ß": "ss"}


_DETERMINERS = frozenset("the a an her his their its our my your".split())


def _pick(ids: list[str], kinds: dict[str, str], types: dict[str, str],
          weight=lambda x: 0) -> tuple[str, str]:
    """The entity a name means among `ids` (kind rank, then type rank, then the one the KB
    knows most about -- the 1997 "Titanic" over the 1953 one --, then id) and whether another
    entity of the same type ties with it ("ambiguous")."""
    best_rank = min(_KIND_RANK.get(kinds[x], 5) for x in ids)
    ids = [x for x in ids if _KIND_RANK.get(kinds[x], 5) == best_rank]
    if len(ids) == 1:
        return ids[0], "none"
    ids.sort(key=lambda x: (_TYPE_RANK.get(types[x] or "other", 99), -weight(x), x))
    top_type = types[ids[0]]
    return ids[0], "ambiguous" if sum(1 for x in ids if types[x] == top_type) > 1 else "none"


def _fact_ids(f) -> set:
    """The entities a fact names: subject, object, and its film, ceremony and recipients."""
    q = f.qualifiers
    return {x for x in (f.subject, f.value if f.value_type == "entity" else None,
                        q.get("for_work"), q.get("film"), q.get("ceremony"),
                        *(q.get("recipients") or [])) if isinstance(x, str)}


def _plural_or_possessive(a: str, b: str) -> bool:
    """One word is the other with an s added: another name (Daniel/Daniels) or a possessive
    without its apostrophe ("Madisons"), not letters moved about. A doubled final s
    ("Curtiss" for Curtis) is a slip of the pen."""
    return (a == b + "s" and not b.endswith("s")) or (b == a + "s" and not a.endswith("s"))


# British and American spellings of one word (colour/color, theatre/theater, favourite/
# favorite, realise/realize, grey/gray): an accepted form, not a misspelling
# (of ordinary words, so only titles are compared: a person's name has one spelling)
_UK_US = (("our", "or"), ("ise", "ize"), ("isa", "iza"), ("yse", "yze"), ("grey", "gray"))


_UK_US_END = (("tre", "ter"), ("tres", "ters"), ("ogue", "og"), ("ogues", "ogs"))


# what follows -our in a word spelt -or in America: the word's end or a suffix (colours,
# favourite, honourable); "hours" (an -our one letter in) and "Missouri" are no such words
_OUR_ENDS = frozenset(("", "s", "ed", "ing", "ite", "ites", "able", "ably", "ful", "less",
                       "er", "ers", "ism", "ist", "ists", "y", "ous", "ously"))


def _spelling_variant(a: str, b: str) -> bool:
    """`a` and `b` are one word in its British and American spellings."""
    if a == b or min(len(a), len(b)) < 4:
        return False
    for uk, us in _UK_US:
        for x, y in ((a, b), (b, a)):
            i = x.find(uk)
            while i >= 0:
                if x[:i] + us + x[i + len(uk):] == y and (
                        uk != "our" or i >= 2 and x[i + 3:] in _OUR_ENDS):
                    return True
                i = x.find(uk, i + 1)
    return any(x.endswith(uk) and x[:-len(uk)] + us == y
               for uk, us in _UK_US_END for x, y in ((a, b), (b, a)))


def _scrambled(words: list[str], name: list[str]) -> bool:
    """Each word has the name word's first letter, its length give or take one, and its letters
    but one or two (in any order); not the same words."""
    if words == name:
        return False
    total = 0
    for w, n in zip(words, name):
        if w[0] != n[0] or abs(len(w) - len(n)) > 1 or _plural_or_possessive(w, n):
            return False
        d = Levenshtein.distance("".join(sorted(w)), "".join(sorted(n)))
        if d > (2 if len(n) >= 5 and len(w) == len(n) else 1):
            return False    # a letter added or left out, the others only moved; or two
            # letters changed in a long word of the same length ("Bean" is not "Baker")
        total += d or (w != n)     # letters only moved still count as a change
    return 0 < total <= 3


def _undoubled(w: str) -> str:
    """The word with each doubled letter written once (Karren -> Karen)."""
    return "".join(c for i, c in enumerate(w) if i == 0 or w[i - 1] != c)


_JOINING_WORDS = frozenset("and but while whereas yet or".split())


def _clause_joint(gap: str) -> bool:
    """The words between two names are a comma and a word joining clauses (", and ", ", while
    "): what stands before ends one clause, what follows begins another."""
    return "," in gap and any(w in _JOINING_WORDS for w in fold_keep_length(gap).split())


def _one_slip(w: str, x: str) -> bool:
    """`w` is the name word `x` with one slip of the pen (two in a long word): its first
    letter, not an inflection of it ("Bakers") nor a longer or shorter word it begins."""
    if len(x) < 4 or w == x or w[0] != x[0] or _plural_or_prefix(w, x):
        return False
    return OSA.distance(w, x) <= (1 if len(x) < 8 else 2)


def _typing_slip(words: list[str], name: list[str]) -> bool:
    """Every word that differs from the name's is a slip of typing: a letter doubled or a
    double letter written once ("Maddison", "Reinsvee", "Farrel"), or only vowels changed
    ("Kieslowsky", "Hanake") -- not one consonant for another or a letter added, which make
    another real name ("Gove" / "Gore", "Daley" / "Daly")."""
    if len(words) != len(name):
        return False
    for w, n in zip(words, name):
        if w == n:
            continue
        short, long = sorted((w, n), key=len)
        if len(long) == len(short) + 1 and any(
                long[:k] + long[k + 1:] == short and long[k] == long[k - 1]
                for k in range(1, len(long))):
            continue
        if len(w) == len(n) and _skeleton(w) == _skeleton(n):
            continue
        return False
    return True


def _keyboard_slip(w: str, x: str, short_ok: bool = False) -> bool:
    """`w` is the name word `x` typed with one slip of the fingers that makes no other name: two
    neighbouring letters swapped ("Sradi"), a letter typed twice ("Archibbald"), a letter
    dropped from a word long enough to stay distinctive ("Pinkva") or leaving no vowel at all
    ("Frnk": no name is written so), or, in a word of six letters or more, one vowel for
    another ("Webstar"). Its first letter is kept: a first letter changed is more often
    another name than a slip. (Whether `w` is itself some name is the caller's to ask.)
    `short_ok`: a vowel changed or a letter dropped in a shorter word (four letters or more,
    "Mork", "Dve") is a slip too -- for a word the rest of the name already pins down."""
    least = 4 if short_ok else 6
    if w == x or not w or w[0] != x[0] or len(x) < 4:
        return False
    if len(w) == len(x):
        diff = [k for k in range(len(x)) if w[k] != x[k]]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and w[diff[0]] == x[diff[1]] \
                and w[diff[1]] == x[diff[0]]:
            return True
        return len(x) >= least and len(diff) == 1 and w[diff[0]] in "aeiou" \
            and x[diff[0]] in "aeiou"
    if len(w) == len(x) - 1:
        return (len(x) >= least or not any(c in "aeiouy" for c in w)) \
            and any(x[:k] + x[k + 1:] == w for k in range(1, len(x)))
    return len(w) == len(x) + 1 and any(w[:k] + w[k + 1:] == x and w[k] == w[k - 1]
                                        for k in range(1, len(w)))


def _skeleton(w: str) -> str:
    return "".join(c for c in w if c not in "aeiouy")


def _grammar_gap(gap: str) -> bool:
    """Only grammar and film words (and brackets, commas, a possessive) between two names:
    'plays', 'as', "'s", ' (', ', the director'."""
    for w in fold_keep_length(gap).replace("'s", " ").replace("\u2019s", " ").split():
        w = w.strip("()[],:-\u2013\u2014'\"\u2018\u2019\u201c\u201d")
        if w and not (is_function_word(w) or is_common(w)
                      or (w.endswith("s") and is_function_word(w[:-1]))):
            return False
    return True


def _unpunct(w: str) -> str:
    """A name word without an apostrophe inside ("nyong'o" -> "nyongo", "o'brien")."""
    return w.replace("'", "").replace("\u2019", "") if len(w) > 2 else w


def _accent_slip(text: str, name: str) -> bool:
    """`text` is `name` (same letters) with an accent of another kind on a letter ("ò" for
    "ó") or an accent moved to another letter ("Peréz" for "Pérez"); an accent left out or
    added is no slip."""
    added = dropped = False
    for a, b in zip(text, name):
        if a == b or a.lower() == b.lower():
            continue
        a_acc, b_acc = not a.isascii(), not b.isascii()
        if a_acc and b_acc:
            return True
        added |= a_acc
        dropped |= b_acc
    return added and dropped


_OPEN_MARKS = "*_\"\u201c\u2018"


_CLOSE_MARKS = "*_\"\u201d\u2019"


_CARDINALS = ("one two three four five six seven eight nine ten eleven twelve thirteen "
              "fourteen fifteen sixteen seventeen eighteen nineteen twenty").split()


_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth").split()


_ROMANS = "i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx".split()


_PLACE_IN_SERIES = {w: n for words in (_CARDINALS, _ORDINALS, _ROMANS)
                    for n, w in enumerate(words, 1)} | {str(n): n for n in range(1, 21)}


def _other_instalment(a: str, b: str) -> bool:
    """`a` and `b` both number a film in its series, and not the same one ("Part One" is not
    "Part Two" misspelt, "Volume 1" not "Volume 2"): another film of the series."""
    x, y = _PLACE_IN_SERIES.get(a), _PLACE_IN_SERIES.get(b)
    return x is not None and y is not None and x != y


def _number_variant(a: str, b: str) -> bool:
    """`a` is the word `b` in the other number: an s added or left out ("Holdover" for
    "Holdovers", "Pains"), -y / -ies ("Stories" for "Story"), -man / -men ("Old Man" for
    "Old Men")."""
    if a == b or min(len(a), len(b)) < 3:
        return False
    for x, y in ((a, b), (b, a)):
        if x == y + "s" and not y.endswith("s"):
            return True
        if y.endswith("y") and x == y[:-1] + "ies":
            return True
        if y.endswith("man") and x == y[:-3] + "men":
            return True
    return False


# A contraction of a title written out in full ("I Am Still Here" for "I'm Still Here")
_CONTRACTIONS = {
    "i'm": "i am", "you're": "you are", "we're": "we are", "they're": "they are",
    "it's": "it is", "that's": "that is", "there's": "there is", "what's": "what is",
    "who's": "who is", "he's": "he is", "she's": "she is", "i'll": "i will",
    "you'll": "you will", "we'll": "we will", "i've": "i have", "we've": "we have",
    "you've": "you have", "i'd": "i would", "don't": "do not", "doesn't": "does not",
    "didn't": "did not", "can't": "cannot", "won't": "will not", "isn't": "is not",
    "aren't": "are not", "wasn't": "was not", "weren't": "were not", "let's": "let us",
    "couldn't": "could not", "wouldn't": "would not", "shouldn't": "should not",
}


def _written_out(label: str) -> Optional[tuple[str, ...]]:
    """The words of a title with its contractions written out in full ("I'm Still Here" ->
    i am still here), or None when it has none."""
    words = label.replace("\u2019", "'").split()
    out = [_CONTRACTIONS.get(w.lower().strip(",.:;!?\"()"), w) for w in words]
    if out == words:
        return None
    return tuple(name_words(" ".join(out)))


# A Slavic surname's masculine and feminine endings (Borisov / Borisova, Kaminski /
# Kaminska): the other form is a woman's or a man's name of the same family, not a slip.
_GENDERED_ENDS = (("ov", "ova"), ("ev", "eva"), ("in", "ina"), ("yn", "yna"), ("ski", "ska"),
                  ("sky", "ska"), ("cki", "cka"))


def _gendered_surname(a: str, b: str) -> bool:
    """`a` and `b` are one Slavic surname in its masculine and feminine forms."""
    for x, y in ((a, b), (b, a)):
        for m, f in _GENDERED_ENDS:
            if m != f and x.endswith(m) and y.endswith(f) and x[:-len(m)] == y[:-len(f)] \
                    and len(x) > len(m) + 2:
                return True
    return False


def _plural_or_prefix(a: str, b: str) -> bool:
    """'Substances' / 'Substance', 'Brutal' / 'Brutalist': another form of the word, not a
    misspelling of it (a last letter dropped, 'Conclav', is a misspelling); a surname's
    other gender ('Borisova' / 'Borisov') is another person's."""
    if a == b + "s" or b == a + "s" or _gendered_surname(a, b):
        return True
    return (a.startswith(b) or b.startswith(a)) and abs(len(a) - len(b)) >= 2


def _caps_ok(span: str, caps: list[bool]) -> bool:
    words = span.split()
    if len(words) != len(caps):
        return True
    return all(not need or not w[:1].isalpha() or w[:1].isupper() for w, need in zip(words, caps))
