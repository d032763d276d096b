"""Film or character? Deciding what a shared name ("Anora") means from the words around it.

Title characters share their film's name, and a claim about the film ("Anora won the Palme
d'Or") must not be checked against the character or the other way round. The cues are the
ordinary ones a reader uses: "played by", "as Anora", a plot verb or a pronoun point to the
character; "the film Anora", "Baker's Anora", a year in brackets, awards or release words point
to the film. With no cue the film wins, because articles mostly talk about films.
"""
from __future__ import annotations

import re

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
    if _FILM_BEFORE.search(before):
        film += 2
    if _FILM_AFTER.match(after):
        film += 3
    elif _CHAR_AFTER.match(after):
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


def _name_goes_on(text: str, end: int) -> bool:
    """More of a name follows the one at `end`: a capitalised word or a quoted nickname."""
    rest = text[end:end + 2]
    return len(rest) == 2 and rest[0] == " " and (rest[1].isupper() or rest[1] in "\"'\u201c\u2018")
