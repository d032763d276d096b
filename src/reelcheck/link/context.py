"""Film or character? Deciding what a shared name ("Anora") means from the words around it.

Title characters share their film's name, and a claim about the film ("Anora won the Palme
d'Or") must not be checked against the character or the other way round. The cues are the
ordinary ones a reader uses: "played by", "as Anora", a plot verb or a pronoun point to the
character; "the film Anora", "Baker's Anora", a year in brackets, awards or release words point
to the film. With no cue the film wins, because articles mostly talk about films.
"""
from __future__ import annotations

import re
from functools import lru_cache

_CHAR_BEFORE = re.compile(
    r"(?:\bas|\bplays|\bplaying|\bplayed|\brole of|\bcharacter(?: of)?|\bprotagonist|\bheroine"
    r"|\bcalled|\bnamed|\bportrays|\bportraying|\bportrayal of)\s+$")
_FILM_BEFORE = re.compile(
    r"(?:\bfilm|\bmovie|\bpicture|\bfeature|\bwatch|\bwatched|\bwatching|\brelease|\breleased"
    r"|\breleases|\bdirected|\bdirector of|\bmaker of|\bscreening of|\bpremiere of|\bsee|\bsaw"
    r"|\bwrote|\bco-wrote|\bedited|\bproduced|\bmade|\bshot|\bfilmed|\bscripted|\bfinished"
    r"|\bstream|\bstreaming|\bcast of|\bstar of|\bstars? in|\bstarred in|\bstarring in|\bin"
    r"|\bfor|\btitle|\btitled|\bentry|\bwinner|\bnominee|\bbest picture)\s+[\"*_\u201c]?$"
    r"|['\u2019]s\s+[\"*_\u201c]?$")
_CHAR_AFTER = re.compile(
    r"^(?:\s*,?\s*\(?(?:who is |is |was )?played by\b"
    r"|,\s+(?:a|an|the)\s+(?:\d+-year-old|young|stripper|dancer|exotic|sex worker|escort"
    r"|woman|girl|brooklyn|brighton)"
    r"|(?:['\u2019]s)?\s+(?:marries|married|meets|met|falls|fell|agrees|agreed|tries|tried"
    r"|wants|wanted|works|worked|dances|danced|decides|decided|realizes|realises|realized"
    r"|learns|learned|finds|found herself|returns|refuses|refused|says|said|tells|told|asks"
    r"|asked|leaves|left|fights|fought|flees|cries|cried|screams|kisses|kissed|sleeps|calls"
    r"|called|waits|waited|gets|got|goes|went|runs|ran|lives|lived|hopes|insists|insisted"
    r"|herself|husband|boyfriend|marriage|wedding|mother|sister|friend|life|dream|hope"
    r"|is forced|was forced|is a (?:stripper|dancer|sex worker|young|woman|girl))\b)")
_FILM_AFTER = re.compile(
    r"^(?:\s*\(\s*\d{4}"
    # "named Anora best picture", "crowned Anora the year's best film": a prize said of it
    r"|\s+(?:as\s+)?(?:the\s+(?:year's\s+)?)?best\b"
    r"|\s+(?:went|goes|has gone|would go) on to (?:win|earn|gross|become|take|sweep|collect)"
    r"|(?:['\u2019]s)?\s+(?:won|wins|winning|grossed|grosses|earned|earns|premiered|premieres"
    r"|screened|screens|opens|opened|hit|hits|received|receives|took home|picked up|swept"
    r"|scored|was nominated|is nominated|nominated|box office|soundtrack|director|cast"
    r"|screenplay|script|ending|runtime|trailer|budget|poster|release|released|was released"
    r"|was first released|is streaming|is now streaming|is a film|is a movie|was shot"
    r"|was filmed|is set|is rated|runs|clocks)\b)")
# "the title role of/in X": the role the film X is named after, so X is the film (unless more
# of a name follows: "the title role of Anora 'Ani' Mikheeva" names the character).
_TITLE_ROLE_BEFORE = re.compile(r"\btitle (?:role|part|character) (?:of|in)\s+[\"*_\u201c]?$")
_RELATIVE = re.compile(r"^\s*,\s*(which|who|whom)\b")
_PRONOUN = re.compile(r"\b(?:she|her|herself)\b")
_FILM_WORD = re.compile(r"\b(?:film|movie|picture|oscars?|palme|best picture|box office)\b")
# Characters do not win prizes or open in theatres: these words in the same sentence outweigh
# a plot verb ("Anora went into the Golden Globes with five nominations").
_AWARD_WORD = re.compile(r"\b(?:nominations?|nominated|nods?|globes?|baftas?|awards?|prizes?|"
                         r"academy|festival|cannes|premiered?|box office|grossed|theaters|"
                         r"theatres|ceremony|statuettes?|critics choice|guild)\b")
_OPEN_MARKS = "*_\"\u201c"
_CLOSE_MARKS = "*_\"\u201d"


def film_or_character(text: str, start: int, end: int, next_mention_type: str | None = None
                      ) -> tuple[str, bool]:
    """Return ("film" | "character", decided_by_cue) for the name at text[start:end]."""
    before = text[max(0, start - 40):start].lower()
    after = text[end:end + 80].lower()
    char, film = 0, 0
    if _TITLE_ROLE_BEFORE.search(before) and not _name_goes_on(text, end):
        film += 4
    elif _CHAR_BEFORE.search(before):
        char += 3
    film_before, film_after, cue = _film_cues(text, end, before, after)
    if film_before:
        film += 2
        if _title_noun_before(before):
            film += 2   # "the film Anora is played by ...": the noun titles the name, whatever
            # the verb after it (the parser's subject there is the part the phrase hangs on)
    if film_after:
        film += 3
    elif _CHAR_AFTER.match(after) or cue == "character":
        char += 3
    if before[-1:] and before[-1:] in _OPEN_MARKS and after[:1] and after[:1] in _CLOSE_MARKS:
        film += 2  # *Anora*, _Anora_, "Anora": a title set off like a title
    rel = _RELATIVE.match(after)
    if rel:   # a relative pronoun says whether the name is a thing or a person
        if rel.group(1) == "which":
            film += 3
        else:
            char += 3
    if after.lstrip().startswith("(") and next_mention_type == "person":
        char += 3  # "Anora (Mikey Madison)": a character followed by the actor
    sentence_after = re.split(r"[.!?\n]", after, maxsplit=1)[0]
    window = sentence_after + " " + after[len(sentence_after):len(sentence_after) + 40]
    if _PRONOUN.search(window):
        char += 1
    if _FILM_WORD.search(sentence_after):
        film += 1
    if _AWARD_WORD.search(sentence_after):
        film += 3
    if char > film:
        return "character", True
    return "film", film > 0


# common nouns a title stands right after ("the film Anora", "the movie Anora")
_TITLE_NOUNS = frozenset({"film", "movie", "picture", "feature"})


def _title_noun_before(before: str) -> bool:
    """Whether the word right before a name (past an opening quote mark) is a common noun that
    titles it ("the film Anora", 'the movie "Anora"')."""
    words = before.rstrip().rstrip(_OPEN_MARKS).split()
    return bool(words) and words[-1] in _TITLE_NOUNS


def _name_goes_on(text: str, end: int) -> bool:
    """More of a name follows the one at `end`: a capitalised word or a quoted nickname."""
    rest = text[end:end + 2]
    return len(rest) == 2 and rest[0] == " " and (rest[1].isupper() or rest[1] in "\"'\u201c\u2018")


@lru_cache(maxsize=1)
def _subject_cues() -> tuple[dict, dict]:
    """The verbs whose subject the lexicon says is a work, and those whose subject is a person
    of the story, as {first lemma: [the words of each cue]}. A work's verbs are those of the
    relations whose subject role is `work` (premiere, screen, unfold ...), the premiere's date
    verbs and the plot section's `work_verbs` (tell the story of, follow, centre on ...); a
    person's are the plot section's story and deed verbs (marry, dance, fly ...). A verb both
    could take (a work "travels to" a festival, a dancer "travels to" Las Vegas; a work
    "comes from" its director) decides nothing."""
    from ..claims.lexicon import load_lexicon
    lex = load_lexicon()
    plot = lex.section("plot")
    work: dict = {}
    for lemma, cues in lex.verbs.items():
        for c in cues:
            if not c.passive and c.relation.role("nsubj") == "work":
                work.setdefault(lemma, []).append(c.words)
    for ev in lex.dates.get("events") or []:
        if ev.get("predicate") == "premiere_date":
            for v in ev.get("verbs") or []:
                words = tuple(v.lower().split())
                work.setdefault(words[0], []).append(words)
    for v in plot.get("work_verbs") or []:
        words = tuple(v.lower().split())
        work.setdefault(words[0], []).append(words)
    story: dict = {}
    for group in list(plot.get("story") or []) + list(plot.get("deeds") or []):
        # the prepositions that bring the verb's place or companion ("flies to", "weds in")
        preps = frozenset(k for k in (group.get("roles") or {})
                          if k not in ("nsubj", "nsubjpass", "dobj"))
        for v in group.get("verbs") or []:
            words = tuple(v.lower().split())
            story.setdefault(words[0], []).append(words + (preps,))
    for lemma in set(work) & set(story):
        # a story verb stays a person's doing unless a work's cue reads the same words ("travel
        # to" a festival and "travel to" a city; not "take place" beside "take her to")
        if any(len(w) == 1 or w[1] in cue[-1] for w in work[lemma] for cue in story[lemma]):
            del story[lemma]
        del work[lemma]
    # a work also comes, arrives or lands somewhere when it is released ("Anora comes from
    # director X", "arrives in cinemas"): the release's verbs are no person's doings
    for ev in lex.dates.get("events") or []:
        if ev.get("subject") == "film":
            for v in list(ev.get("verbs") or []) + list(ev.get("venue_verbs") or []):
                story.pop(v.lower().split()[0], None)
    return work, story


@lru_cache(maxsize=1)
def _venues() -> frozenset:
    """Where a film is released to (the dates section's venues and media: "cinemas",
    "streaming")."""
    from ..claims.lexicon import load_lexicon
    d = load_lexicon().dates
    return frozenset(w.lower() for w in list(d.get("venues") or []) + list(d.get("media") or []))


def _lemmas(word: str) -> set[str]:
    """The lemmas an inflected verb form may have ("tells", "premiered", "centres", "married")."""
    out = {word}
    if word.endswith("ies"):
        out.add(word[:-3] + "y")
    if word.endswith("es"):
        out.add(word[:-2])
    if word.endswith("s"):
        out.add(word[:-1])
    if word.endswith("ied"):
        out.add(word[:-3] + "y")
    if word.endswith("ed"):
        out |= {word[:-1], word[:-2]}
        if len(word) > 4 and word[-3] == word[-4]:
            out.add(word[:-3])   # "starred"
    if word.endswith("ing"):
        out |= {word[:-3], word[:-3] + "e"}
    return out


def verb_after(text: str, end: int) -> str | None:
    """"film" or "character" when the words right after a name start a verb whose subject is
    a work or a person of the story (`_subject_cues`), else None."""
    raw = [w.strip(".,;:!?\"'\u201c\u201d()") for w in text[end:end + 60].split()]
    words = [w.lower() for w in raw]
    if not words or not words[0] or text[end:end + 1] != " ":
        return None
    work, story = _subject_cues()
    venues = _venues()
    for lemma in _lemmas(words[0]):
        for cue in work.get(lemma, ()):
            if tuple(words[1:len(cue)]) == cue[1:]:
                return "film"
        # a person's doing only with its place or companion next: a preposition of the
        # relation's roles or a name ("weds Vanya", "flies to Moscow"; not "carries an R
        # rating", nor a headline's capitals: "Takes Home Palme d'Or")
        for *cue, preps in story.get(lemma, ()):
            n = len(cue)
            if tuple(words[1:n]) == tuple(cue[1:]) and len(raw) > n and (
                    words[n] in preps or (raw[n][:1].isupper() and raw[0][:1].islower())):
                # ... unless where it goes is where films play ("returns to cinemas",
                # "moves to streaming"): the release's venues and media
                if words[n] in preps and venues.intersection(words[n + 1:n + 3]):
                    return "film"
                return "character"
    return None


def title_cued(text: str, start: int, end: int) -> bool:
    """The name at text[start:end] is set off as a film's title: a film word or a maker's
    possessive before it, a film's doing or a year in brackets after it, italics or quotes
    around it, a verb only a work takes (the cues `film_or_character` reads for the film)."""
    before = text[max(0, start - 40):start].lower()
    after = text[end:end + 80].lower()
    film_before, film_after, _cue = _film_cues(text, end, before, after)
    return bool(film_before or film_after
                or (before[-1:] and before[-1:] in _OPEN_MARKS
                    and after[:1] and after[:1] in _CLOSE_MARKS))


def film_doing_after(text: str, end: int) -> bool:
    """The words after text[:end] are a film's doing: a year in brackets, a verb a work takes
    ("won", "swept", "premiered") -- the cue after a name, not the words before it ("in" is
    also where one grows up). The cue is read on the name's own line: the next line of a list
    or a table is another item ("Best Director: X, Grand Tour" then "Best Actress: ..." on
    the next line says nothing of Grand Tour)."""
    after = text[end:end + 80].split("\n", 1)[0]
    return _film_cues(text, end, "", after.lower())[1]


def _film_cues(text: str, end: int, before: str, after: str) -> tuple[bool, bool, str | None]:
    """Whether the words before a name make it a film ("the film", "Baker's"), whether those
    after do (a year in brackets, a film's doing, a verb only a work takes), and what the verb
    right after it says (`verb_after`)."""
    cue = verb_after(text, end)
    return (bool(_FILM_BEFORE.search(before)),
            bool(_FILM_AFTER.match(after)) or cue == "film", cue)
