"""Sentences, paragraphs and the literal values claims are made of (numbers, dates, money,
durations), all with code-point offsets into the document text.

A regex splitter is enough for news prose and ~50x faster than a statistical sentencizer; it
knows the abbreviations film coverage uses ("Dr.", "Jr.", "U.S.", "Oct.").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Optional

_ABBREV = {"mr", "mrs", "ms", "dr", "jr", "sr", "st", "vs", "inc", "ltd", "co", "no", "jan",
           "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s",
           "u.k", "e.g", "i.e", "b", "approx", "est", "min", "mins", "vol", "ft", "mt", "ave"}
_SENT_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+|$)")


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    index: int


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each paragraph.

    A blank line always ends one. A single line break ends one when the line before it is
    complete (ends like a sentence) or short like a heading; otherwise it is a hard wrap inside
    a paragraph ("... she falls for Vanya\n(Mark Eydelshteyn) ...").
    """
    start = None
    prev_end = None
    prev_line = ""
    for m in re.finditer(r"[^\n]+", text):
        ls, le = m.start(), m.end()
        line = m.group(0)
        if not line.strip():
            continue
        if start is None:
            start = ls
        else:
            gap = text[prev_end:ls]
            blank = gap.count("\n") > 1
            tail = prev_line.rstrip()
            complete = bool(re.search(r"[.!?:…\"”'’)\]]$", tail))
            heading = len(tail) < 60 and not tail.endswith((",", ";", "-", "—", "–"))
            # two lines of one list: rows of a layout ("Best Actress — X, Film" / "Best
            # Actor — Y, Film") or items with the same bullet, however long each is
            listed = _row(tail) is not None and _row(tail) == _row(line)
            if blank or complete or heading or listed:
                yield start, prev_end
                start = ls
        prev_end, prev_line = le, line
    if start is not None:
        yield start, prev_end


_BULLETS = "-•*–—▪·"     # a list item's mark before its first word
_ROW_HEAD = 41           # the longest heading a row's separator may close
_DASHES = "—–-"


def _bullet(line: str) -> Optional[str]:
    """A list line's bullet ("- ", "• "; "#" for a number "3. " or "12) "), or None."""
    s = line.lstrip()
    if len(s) > 1 and s[0] in _BULLETS and s[1].isspace():
        return s[0]
    n = 0
    while n < len(s) and s[n].isdecimal():
        n += 1
    if 1 <= n <= 2 and s[n:n + 1] in (".", ")") and s[n + 1:n + 2].isspace():
        return "#"
    return None


def _separator(line: str) -> Optional[tuple[int, str]]:
    """(where, which) of the separator that closes a row's short heading ("Best Actor: ...",
    "Cannes 2019 — ..."): a colon, or a dash with spaces round it, within `_ROW_HEAD`
    characters of a heading that holds no colon, long dash or line break; else None."""
    i = len(line) - len(line.lstrip())
    if i >= len(line) or line[i] in ":—–":
        return None
    for p in range(i + 1, min(len(line), i + 1 + _ROW_HEAD)):
        ch = line[p]
        if ch == ":":
            return p, ":"
        if ch.isspace() and line[p + 1:p + 2] in tuple(_DASHES) and line[p + 2:p + 3].isspace():
            return p, line[p + 1]
        if ch in ":—–\n":
            return None
    return None


def _row(line: str) -> Optional[str]:
    """The shape of a list line: its bullet ("- ", "• ", "3. "), or the separator of a heading
    and its item ("Best Actor: ...", "Cannes 2019 — ..."); None for a line of prose."""
    mark = _bullet(line)
    if mark is not None:
        return "bullet:" + mark
    if line.count("|") >= 2:
        return "table"
    sep = _separator(line)
    return "row:" + sep[1] if sep else None


def marked_row(line: str) -> bool:
    """Whether a line is a list's row by its mark: a bullet or rank ("- ", "3. ") or the bars
    of a table's row ("2019 | Parasite | Bong Joon Ho"); a separator alone ("Oscars 2024: the
    winners") may close a heading as well as a row's label, and is no such mark."""
    shape = _row(line)
    return shape is not None and (shape.startswith("bullet") or shape == "table")


def dated_row(line: str) -> bool:
    """Whether a line is a list's row dated by a year before its separator ("2019: Parasite",
    "Cannes 2021 — Titane"); a heading with a colon ("Palme d'Or winners: a history") is not."""
    sep = _separator(line)
    return sep is not None and bool(YEAR.search(line[:sep[0]]))


def same_dated_row(a: str, b: str) -> bool:
    """Whether two lines are rows of one dated list: each a year before the same separator
    ("2014 – Winter Sleep (...)" and "2018 – Shoplifters (...)")."""
    sa, sb = _separator(a), _separator(b)
    return sa is not None and sb is not None and sa[1] == sb[1] and dated_row(a) and dated_row(b)


_HEADLINE_SMALL = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or",
                             "from", "with", "by"})


def headline(line: str) -> bool:
    """Whether a line is a headline: no closing stop, at most 14 words, and its words (short
    function words aside) capitalised ("Croisette Daily: Day One of the 78th Festival", "Jane
    Roe Wins Second Best Actress Oscar"), where a capital is the style, not a name. Marks of
    emphasis around the line or a word ("**Unforgiven (1992)**", a bolded list row) are no
    words of it."""
    line = line.strip().strip("*_").strip()
    words = [w for x in line.split() if (w := x.strip("*_"))[:1].isalpha()]
    if not words or line[-1:] in ".!?\"”" or len(words) > 14:
        return False
    big = [x for x in words if x.lower() not in _HEADLINE_SMALL]
    return bool(big) and sum(x[:1].isupper() for x in big) >= 0.8 * len(big)


def rating_letter(head: str) -> bool:
    """Whether the capital letter a sentence so far ends on ("... is rated R.") is a rating
    after one of its cues (the lexicon's `records.ratings`), not a name's initial."""
    from .parse import lexicon   # (lazily: the parse module imports this one)
    r = lexicon().section("records").get("ratings", {})
    words = head[:-1].split()
    return len(words) >= 2 and words[-1] in set(r.get("values", ())) and \
        words[-2].lower() in set(r.get("cues", ()))


def _past_bullet(text: str, start: int, end: int) -> int:
    """Where the words after `start` begin: past white space and, at the start of a line, past
    a list item's bullet mark ("- ", "• "): the mark is no word of the sentence (the parser
    reads a leading "•" as the verb of the row)."""
    while start < end and text[start].isspace():
        start += 1
    at_line = start == 0 or text[start - 1] == "\n" or text[:start].rstrip(" \t").endswith("\n")
    mark = _bullet(text[start:end]) if at_line else None
    if mark is not None and mark != "#":
        start += 1
        while start < end and text[start].isspace():
            start += 1
    return start


def dateline_end(line: str) -> int:
    """Where a wire story's dateline ends at the start of a paragraph ("CANNES, France — ",
    "LOS ANGELES (AP) -- "): a place in capitals, then a region in capitalised words or an
    agency in brackets (or both), then a dash with space round it; 0 when the line opens with
    none. Only a place (a dateline with a day is read by the date readers), and the dash must
    come within a short heading's length. The parser would take the place for the subject of
    the clause after the dash."""
    head = line[:_ROW_HEAD + 20]
    dash = next((i for i, ch in enumerate(head) if ch in _DASHES and i > 0
                 and head[i - 1].isspace()), None)
    if dash is None:
        return 0
    end = dash
    while end < len(head) and head[end] in _DASHES:
        end += 1
    if end >= len(head) or not head[end].isspace():
        return 0
    label = head[:dash].replace("(", " ( ").replace(")", " ) ").replace(",", " , ").split()
    place, depth = 0, 0
    while place < len(label) and label[place].isalpha() and label[place].isupper():
        place += 1
    if not place or sum(len(w) for w in label[:place]) < 3 or place == len(label):
        return 0   # (a word in capitals alone before a dash may be a list row's title)
    for w in label[place:]:
        depth += w == "("
        word = w.replace(".", "")
        if not (w in (",", "(", ")") or word.isalpha() and (w[0].isupper() or depth)):
            return 0
        depth -= w == ")"
    while end < len(line) and line[end].isspace():
        end += 1
    # "LOS ANGELES (Reuters) - March 3, 2025 - ...": a day set off by a second dash is the
    # dateline's too (the parser would take the agency for the subject); `dateline_day`
    # gives it to the date readers
    day = _day_after(line, end)
    if day is not None:
        end += day.end
        while end < len(line) and (line[end].isspace() or line[end] in _DASHES):
            end += 1
    return end


def _day_after(line: str, at: int):
    """A full date opening `line` at `at` and followed by a dash, else None."""
    day = next((d for d in find_dates(line[at:at + 40]) if d.start == 0), None)
    if day is None or not (day.year and day.month and day.day):
        return None
    rest = line[at + day.end:at + day.end + 4].lstrip()
    return day if rest[:1] in _DASHES and rest[1:2] in _DASHES + " " else None


def dateline_day(text: str):
    """The day a wire dateline the paragraph reader cut off gives ("LOS ANGELES (Reuters) -
    March 3, 2025 - ...": the piece's filing day, a DateValue) in the piece's first paragraph
    that has a dateline, else None."""
    for ps, pe in paragraphs(text):
        start = _past_bullet(text, ps, pe)
        end = dateline_end(text[start:pe])
        if end:
            days = [d for d in find_dates(text[start:start + end])
                    if d.year and d.month and d.day]
            return days[0] if days else None
    return None


def _past_dateline(text: str, start: int, end: int) -> int:
    """Where a paragraph's words begin past a wire dateline (`dateline_end`); `start` when
    the paragraph has none."""
    return start + dateline_end(text[start:end])


def _inside_brackets(text: str, start: int, end: int, stop: int) -> bool:
    """Whether `end` falls inside a parenthesis opened after `start` that closes before
    `stop`: an aside ends no sentence ("Titanic (dir. James Cameron) won ...")."""
    depth = text.count("(", start, end) - text.count(")", start, end)
    if depth <= 0:
        return False
    close, reopen = text.find(")", end, stop), text.find("(", end, stop)
    return close >= 0 and (reopen < 0 or close < reopen)


_GAP = 3   # the run of spaces inside a line that sets off a scraped layout's pieces


def _layout_pieces(text: str, ps: int, pe: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the pieces of a paragraph a scraped copy ran together on one line, a
    photo caption or an "[ad]" marker set before the text with a wide gap ("... at the premiere
    (Getty)   Jane Roe, who ..."): a run of `_GAP` or more spaces or a tab before a capital or
    an opening bracket ends a piece; any other paragraph is one piece."""
    start, i = ps, ps
    while i < pe:
        if text[i] not in " \t\u00a0":
            i += 1
            continue
        j = i
        while j < pe and text[j] in " \t\u00a0":
            j += 1
        if (j - i >= _GAP or "\t" in text[i:j]) and j < pe and i > start and (
                text[j].isupper() or text[j] in "[(\"“'‘"):
            yield start, i
            start = j
        i = j
    yield start, pe


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    for p, (ps, pe) in ((p, piece) for p, para in enumerate(paragraphs(text))
                        for piece in _layout_pieces(text, *para)):
        start = _past_dateline(text, _past_bullet(text, ps, pe), pe)
        for m in _SENT_END.finditer(text, start, pe):
            end = m.end()
            word = re.search(r"([\w.]+)[.!?…]*[\"'”’)\]]*$", text[start:end])
            if word and text[m.start()] == "." and word.group(1).lower().rstrip(".") in _ABBREV:
                continue
            if text[m.start()] == "." and re.search(r"\b[A-Z]\.$", text[max(start, m.start() - 2):m.start() + 1]) \
                    and not rating_letter(text[start:m.start() + 1]):
                continue  # initials: "Sean S. Baker"
            nxt = text[end:end + 3].lstrip()
            if nxt and nxt[0].islower():
                continue
            if _inside_brackets(text, start, end, pe):
                continue  # "Gladiator (dir. Ridley Scott) won ..."
            if text[start:end].strip():
                out.append(Sentence(start, end, text[start:end], p, len(out)))
            start = _past_bullet(text, end, pe)
        if start < pe and text[start:pe].strip():
            e = pe
            while e > start and text[e - 1].isspace():
                e -= 1
            out.append(Sentence(start, e, text[start:e], p, len(out)))
    return out


# -- years ---------------------------------------------------------------------------------
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")   # a year (1800-2099) inside a text


def year_of(word: str) -> Optional[int]:
    """The year a word is ("2023"), or None: four digits, 1800-2099."""
    w = word.strip()
    return int(w) if len(w) == 4 and w.isdigit() and 1800 <= int(w) < 2100 else None


# -- numbers -------------------------------------------------------------------------------
NUMBER_WORDS = {
    "zero": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12,
    "dozen": 12, "half a dozen": 6,
}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}
_NUMWORD = "|".join(sorted((w for w in NUMBER_WORDS if " " not in w and w not in ("a", "an")),
                           key=len, reverse=True))
NUM_RX = re.compile(rf"\b(\d+(?:\.\d+)?|(?:{_NUMWORD})(?:[- ](?:{_NUMWORD}))?)\b", re.I)


def parse_number(s: str) -> Optional[float]:
    s = s.strip().lower().replace(",", "")
    try:
        return float(s)
    except ValueError:
        pass
    if s in NUMBER_WORDS:
        return float(NUMBER_WORDS[s])
    parts = re.split(r"[- ]", s)
    if len(parts) == 2 and all(p in NUMBER_WORDS for p in parts):
        a, b = NUMBER_WORDS[parts[0]], NUMBER_WORDS[parts[1]]
        if b == 100 and a < 10:
            return float(a * b)
        if a in (20, 30, 40, 50, 60, 70, 80, 90) and 0 < b < 10:
            return float(a + b)
    return None


def parse_ordinal(s: str) -> Optional[int]:
    s = s.lower()
    if s in ORDINAL_WORDS:
        return ORDINAL_WORDS[s]
    m = re.match(r"^(\d+)(st|nd|rd|th)$", s)
    return int(m.group(1)) if m else None


# -- dates ---------------------------------------------------------------------------------
MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"])}
MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
               "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12})
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_MON = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_WD = r"(?:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
# the comma before a date's year, or none; set off by a space on both sides as scraped pages
# often write it ("June 23 , 1958")
_COMMA = r"(?:\s?,)?\s+"
DATE_RX = re.compile(
    rf"{_WD}(?:(?P<m1>{_MON})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:{_COMMA}(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MON})(?:{_COMMA}(?P<y2>\d{{4}}))?"
    rf"|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})"
    rf"|(?P<m3>{_MON})\s+(?P<y3>\d{{4}}))\b")
WEEKDAY_RX = re.compile(r"\b(?:on\s+)?(?:a\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


@dataclass(slots=True)
class DateValue:
    year: Optional[int]
    month: Optional[int]
    day: Optional[int]
    weekday: Optional[int]
    start: int
    end: int
    text: str


_DIGIT = re.compile(r"\d")


def find_dates(text: str, offset: int = 0) -> list[DateValue]:
    out = []
    if not _DIGIT.search(text):  # every date form has a digit
        return out
    for m in DATE_RX.finditer(text):
        g = m.groupdict()
        wd = WEEKDAYS.get((g.get("wd") or "").lower())
        if g.get("iso"):
            y, mo, d = (int(x) for x in g["iso"].split("-"))
        elif g.get("m1"):
            mo = MONTHS[g["m1"].lower().rstrip(".")]
            d, y = int(g["d1"]), int(g["y1"]) if g.get("y1") else None
        elif g.get("m2"):
            mo = MONTHS[g["m2"].lower().rstrip(".")]
            d, y = int(g["d2"]), int(g["y2"]) if g.get("y2") else None
        else:
            mo, d, y = MONTHS[g["m3"].lower().rstrip(".")], None, int(g["y3"])
        if d is not None and not 1 <= d <= 31:
            continue
        if g.get("m1") and g["m1"].lower() == "may" and not g.get("y1") and d is None:
            continue
        out.append(DateValue(y, mo, d, wd, offset + m.start(), offset + m.end(), m.group(0)))
    return out


# -- money ---------------------------------------------------------------------------------
MONEY_RX = re.compile(
    r"(?P<hedge>\b(?:nearly|almost|about|around|roughly|approximately|some|over|more than|"
    r"less than|under|just over|just under|upwards of|close to)\s+)?"
    r"(?:(?P<cur>[$€£])\s?(?P<n1>\d+(?:[.,]\d+)*)(?:-(?=(?:million|billion|thousand|mn|bn|m|b|k)\b)|\s*)(?P<s1>million|billion|thousand|mn|bn|m|b|k)?\b"
    r"|(?P<n2>\d+(?:[.,]\d+)*)\s*(?P<s2>million|billion|thousand)?\s*(?P<cur2>USD|dollars|euros|EUR|pounds|GBP)\b"
    # an amount spelled out, with its scale and the currency's name: "six million dollars"
    rf"|\b(?P<n3>(?:{_NUMWORD})(?:[- ](?:{_NUMWORD}))?)\s+(?P<s3>million|billion|thousand)\s+"
    r"(?P<cur3>dollars|euros|pounds)\b)",
    re.I)
_SCALE = {"million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "b": 1e9, "bn": 1e9,
          "thousand": 1e3, "k": 1e3}


@dataclass(slots=True)
class Money:
    amount: float
    currency: str
    hedge: Optional[str]
    start: int
    end: int
    text: str


_MONEY_HINT = re.compile(r"[$€£]|usd|dollar|euro|eur\b|pound|gbp", re.I)


def find_money(text: str, offset: int = 0) -> list[Money]:
    out = []
    if not _MONEY_HINT.search(text):  # every amount names its currency
        return out
    for m in MONEY_RX.finditer(text):
        g = m.groupdict()
        num = g.get("n1") or g.get("n2")
        scale = (g.get("s1") or g.get("s2") or g.get("s3") or "").lower()
        if num is None:   # spelled out ("sixty million dollars")
            amount = parse_number(g["n3"])
            if amount is None:
                continue
        else:
            try:
                amount = float(num.replace(",", ""))
            except ValueError:
                continue
        amount *= _SCALE.get(scale, 1)
        cur = g.get("cur") or g.get("cur2") or g.get("cur3") or "$"
        currency = {"$": "USD", "usd": "USD", "dollars": "USD", "€": "EUR", "eur": "EUR",
                    "euros": "EUR", "£": "GBP", "gbp": "GBP", "pounds": "GBP"}[cur.lower()]
        hedge = (g.get("hedge") or "").strip().lower() or None
        out.append(Money(amount, currency, hedge, offset + m.start(), offset + m.end(), m.group(0)))
    return out


# -- durations -----------------------------------------------------------------------------
DURATION_RX = re.compile(
    r"(?P<hedge>\b(?:nearly|almost|about|around|roughly|approximately|more than|just over|"
    r"just under|less than)\s+)?"
    rf"(?:\b(?P<wh>\d+|{_NUMWORD})\s+hours?,?\s+(?:and\s+)?(?P<wm>\d+|(?:{_NUMWORD})(?:-(?:{_NUMWORD}))?)\s+minutes?\b"
    r"|(?P<h>\d+)\s*h(?:ours?|rs?)?\.?\s*(?:and\s+)?(?P<hm>\d{1,2})\s*(?:m(?:in(?:ute)?s?)?\.?)?(?![\w])"
    rf"|\b(?P<n>\d+(?:\.\d+)?|(?:{_NUMWORD})(?:[- ](?:{_NUMWORD}))?)(?P<frac>\s+and\s+a\s+(?:half|quarter))?(?:[- ]|\s+[a-z]+\s+)(?P<unit>minutes?|mins?|hours?|days?|weeks?|months?|years?)(?:[- ]long)?\b)",
    re.I)


@dataclass(slots=True)
class Duration:
    value: float
    unit: str            # minute | hour | day | week | month | year
    hedge: Optional[str]
    start: int
    end: int
    text: str


_UNIT_HINT = re.compile(r"minute|\bmins?\b|hour|\bhrs?\b|\bdays?\b|week|month|year|\d\s*h\b|\dh\d", re.I)


def find_durations(text: str, offset: int = 0) -> list[Duration]:
    out: list[Duration] = []
    if not _UNIT_HINT.search(text):  # most sentences name no duration: skip the slow scan
        return out
    for m in DURATION_RX.finditer(text):
        g = m.groupdict()
        hedge = (g.get("hedge") or "").strip().lower() or None
        if g.get("wh"):  # "two hours and five minutes"
            h, mins = parse_number(g["wh"]), parse_number(g["wm"])
            if h is None or mins is None:
                continue
            value, unit = h * 60 + mins, "minute"
        elif g.get("h"):
            value, unit = int(g["h"]) * 60 + int(g["hm"] or 0), "minute"
        else:
            n = parse_number(g["n"])
            if n is None:
                # "a twelve-minute": the regex may have caught "a twelve"
                parts = re.split(r"[- ]", g["n"])
                n = parse_number(parts[-1]) if parts else None
                if n is None:
                    continue
            # "two and a half hours": the fraction after the whole
            value = n + {"half": 0.5, "quarter": 0.25}.get(
                (g.get("frac") or "").split()[-1:][0] if g.get("frac") else "", 0)
            unit = g["unit"].lower().rstrip("s")
            unit = {"min": "minute"}.get(unit, unit)
        out.append(Duration(float(value), unit, hedge, offset + m.start(), offset + m.end(),
                            m.group(0)))
    return out
