"""Misspelt-name precision and recall by composition (issue #12): sentences of the project's own
words built around the default KB's people and films, in many registers, in six classes:

- `correct`: a KB name written as the KB writes it -- any misspelling flag is a false flag;
- `variant`: a spelling of the name that is no error (accents dropped, hyphen or space, initials
  run together, a particle capitalised, possessive, all capitals, surname alone after the full
  name, a family's plural) -- any flag is a false flag;
- `other`: someone else, whose name is a KB name with one word swapped for another real name
  word close to it ("Emma Stoner", "Shaun Baker"), in a context that ties nothing to the KB
  person -- any flag is a false flag;
- `typo_tied` / `typo_doc` / `typo_bare`: one slip in a word of the name (letters swapped,
  dropped, doubled, a vowel changed, "ph" for "f"), beside a film of the person's in the
  sentence (tied), in the text (doc) or alone (bare: nothing ties it to the KB person, so no
  flag is the linker's choice) -- a hit is a flag over the slip with the KB's spelling;
- `typo_surname`: the surname alone, slipped, after the full name written right;
- `title_spun`: a title with one word swapped for a near synonym, as content farms spin them,
  beside its maker -- a hit is a flag over it with the KB's title;
- `title_word`: a KB title that is an English word, used as the word -- any flag is false.

    python benchmarks/compose_names.py [--people 300] [--seed 5] [--show CLASS,...]

Prints, per class, the sentences, flags (false flags, or hits and misses for typos) and the
overall precision and recall of the misspelling flags.
"""
from __future__ import annotations

import argparse
import collections
import random
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

# Registers: trade news, review, listicle, interview paraphrase, explainer, content-farm prose,
# headlines, a clause inside a longer sentence, a verbless list, relative clause, participle,
# passive, a modifier before the name. {n}: the name as written; {f}: a film of the person's.
TIED = [
    "{n} has joined the cast of a sequel to {f}, sources close to the production said on Monday.",
    "As with {f}, {n} makes every scene feel lived in.",
    "4. {f} ({n})",
    "Speaking to us by phone, {n} said the shoot for {f} ran three weeks over.",
    "Why does {n} keep coming back to stories like {f}?",
    "The highly acclaimed {n} is widely known for the celebrated motion picture {f}.",
    "{n} Looks Back on {f}",
    "When the lights came up after {f}, the crowd stood and cheered for {n}, who had flown in "
    "that morning.",
    "Among the guests at the {f} reunion: {n}, two producers and a caterer.",
    "{f}, which {n} worked on for years, is back in cinemas this week.",
    "Having wrapped {f}, {n} took a long break from the business.",
    "{f} was championed at the festival by {n}.",
    "Oscar-nominated {n} arrived early for the {f} screening.",
    "I still think {f} is the best thing {n} has done.",
    "Fans of {f} will recognise {n} from the opening scene.",
    "The retrospective opens with {f} and closes with a talk by {n}.",
]
BARE = [
    "{n} has signed with a new agency, two people familiar with the deal said.",
    "At the gala on Saturday, {n} spoke about the state of independent cinema.",
    "We asked {n} what the next project would be; the answer was a smile.",
    "{n}, who rarely gives interviews, spoke at length about the craft.",
    "Tickets for the evening with {n} sold out in an hour.",
    "The panel, moderated by a critic, included {n} and a festival programmer.",
    "The workshop is taught by {n} every spring.",
    "Among those in attendance was {n}.",
]
# A context that ties nothing to a film: someone else entirely.
ELSEWHERE = [
    "{n}, a retired teacher from Leeds, wrote to complain about the parking.",
    "The city council has appointed {n} to run its recycling scheme.",
    "{n} scored twice in the second half on Saturday.",
    "Local baker {n} opened a second shop on the high street.",
    "According to {n}, a spokesperson for the bank, rates will hold.",
    "{n} won the regional chess championship for the third time.",
]
WORD_USES = [
    "{w} is what most of the audience felt by the end.",
    "The critics were divided, and the word {l} came up more than once.",
    "It was, in a word, {l}.",
]

FIRST_NAMES = """James John Robert Michael William David Richard Joseph Thomas Charles Daniel
Matthew Anthony Mark Paul Steven Andrew Kenneth Joshua Kevin Brian George Timothy Ronald Jason
Edward Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Frank
Benjamin Gregory Samuel Raymond Patrick Alexander Jack Dennis Jerry Tyler Aaron Henry Adam
Peter Nathan Zachary Walter Kyle Harold Carl Jeremy Keith Roger Gerald Ethan Arthur Terry
Christian Sean Lawrence Austin Joe Noah Jesse Albert Bryan Billy Bruce Willie Jordan Dylan
Alan Ralph Gabriel Roy Juan Wayne Eugene Logan Randy Louis Russell Vincent Philip Bobby Johnny
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty
Sandra Margaret Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie
Dorothy Rebecca Sharon Laura Cynthia Amy Kathleen Angela Shirley Brenda Emma Anna Pamela
Nicole Samantha Katherine Christine Helen Debra Rachel Carolyn Janet Maria Catherine Heather
Diane Olivia Julie Joyce Victoria Ruth Virginia Lauren Kelly Christina Joan Evelyn Judith
Andrea Hannah Megan Cheryl Jacqueline Martha Madison Teresa Gloria Sara Janice Ann Kathryn
Abigail Sophia Frances Jean Alice Judy Isabella Julia Grace Amber Denise Danielle Marilyn
Beverly Charlotte Natalie Theresa Diana Brittany Doris Kayla Alexis Lori Marie Shaun Shawn
""".split()
SURNAMES = """Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore
Martin Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott
Hill Green Adams Nelson Baker Hall Campbell Mitchell Carter Roberts Phillips Evans Turner Parker
Collins Edwards Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly
Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray James Hughes Price Sanders Myers Long
Ross Foster Powell Jenkins Perry Russell Sullivan Fisher Henderson Hayes Graham Wallace Woods
Cole West Jordan Owens Reynolds Ellis Harrison Gibson Marshall Wells Murray Ford Hamilton Stone
Grant Hunter Black Barker Baxter Parsons Porter Palmer Hunt Holmes Mills Knight Lloyd Butler
Barnes Fox Dixon Webb Rose Shaw Gordon Burke Hart Lane Carr Day Stevens Hudson Wade Hale Page
Stoner Brody Berg Bates Fields Lowe Nash Moss Hicks Weaver Cross Mann Hardy Fraser Frazier
Hanson Hansen Larson Nielsen Olsen Carlson Peters Walsh Doyle Quinn Lynch Byrne Kerr Duffy
""".split()


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def people(kb) -> list[dict]:
    """KB people named by two words or more, each with the films the KB ties them to."""
    films = collections.defaultdict(set)
    for pred in ("award_received", "nominated_for"):
        for f in kb.facts(predicate=pred):
            for r in (f.qualifiers or {}).get("recipients") or ():
                films[r].add(f.subject)
    for f in kb.facts(predicate="director"):
        films[f.value].add(f.subject)
    for f in kb.facts(predicate="cast_member"):
        films[f.value].add(f.subject)
    out = []
    for pid, fs in sorted(films.items()):
        e = kb.entity(pid)
        if e is None or e.type != "person" or len(e.label.split()) < 2:
            continue
        titles = sorted(kb.label(x) for x in fs if (kb.entity(x) or e).type == "film")
        if titles:
            out.append(dict(id=pid, label=e.label, films=titles))
    return out


def variants(label: str, same_surname: dict) -> list[str]:
    """Spellings of `label` that are not errors (each differs from the label)."""
    words = label.split()
    out = []
    if fold(label) != label:
        out.append(fold(label))
    if "-" in label:
        out.append(label.replace("-", " "))
        out.append(" ".join(w.replace("-", "-").title() if "-" in w else w for w in words))
    for i, w in enumerate(words[:-1]):
        if w.lower() in ("de", "del", "van", "von", "da", "di", "le", "la", "du", "der"):
            out.append(" ".join(words[:i] + [w.capitalize()] + words[i + 1:]))
    inits = [w for w in words if len(w.rstrip(".")) == 1]
    if len(inits) >= 2:
        joined = "".join(w.rstrip(".") for w in inits)
        rest = [w for w in words if w not in inits]
        out.append(" ".join([".".join(joined) + "."] + rest))
        out.append(" ".join([joined] + rest))
    if len(words) == 3 and len(words[1].rstrip(".")) == 1:
        out.append(f"{words[0]} {words[2]}")
    out.append(label.upper())
    out.append(label + "'s")
    if "'" in label:
        out.append(label.replace("'", "\u2019"))
    if len(same_surname.get(words[-1], ())) >= 2 and not words[-1].endswith("s"):
        out.append("the " + words[-1] + "s")
    return [v for v in out if v != label]


def slip(rng, word: str) -> str | None:
    """One slip in `word` (4+ letters): two letters swapped, one dropped or doubled, a vowel
    changed, 'ph' for 'f' or the other way."""
    if len(word) < 4 or not word.isalpha():
        return None
    kinds = ["swap", "drop", "double", "vowel"]
    if "ph" in word or "f" in word[1:]:
        kinds.append("ph")
    kind = rng.choice(kinds)
    i = rng.randrange(1, len(word) - 1)
    if kind == "swap":
        if word[i] == word[i + 1]:
            return None
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == "drop":
        return word[:i] + word[i + 1:]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    if kind == "vowel":
        vs = [j for j in range(1, len(word)) if word[j] in "aeiou"]
        if not vs:
            return None
        j = rng.choice(vs)
        return word[:j] + rng.choice([v for v in "aeiou" if v != word[j]]) + word[j + 1:]
    return word.replace("ph", "f", 1) if "ph" in word else word[0] + word[1:].replace("f", "ph", 1)


def close_other(rng, label: str, known: set, close) -> str | None:
    """`label` with one word swapped for a common name word close to it (a different real
    person's name), or None."""
    words = label.split()
    i = rng.choice([0, len(words) - 1])
    pool = FIRST_NAMES if i == 0 else SURNAMES
    cands = [w for w in pool if w != words[i] and close(w.lower(), fold(words[i]).lower())]
    if not cands:
        return None
    other = " ".join(words[:i] + [rng.choice(cands)] + words[i + 1:])
    return None if fold(other).lower() in known else other


def english_titles(kb) -> list[str]:
    from reelcheck.link.words import is_english_word
    out = set()
    for f in kb.facts(predicate="nominated_for"):
        t = kb.label(f.subject)
        if (kb.entity(f.subject) or None) and kb.entity(f.subject).type == "film" \
                and " " not in t and t.isalpha() and is_english_word(t.lower()):
            out.add(t)
    return sorted(out)


FILM_USES = [
    "{p}'s {f} opens in cinemas on Friday.",
    "{f}, directed with real care by {p}, is the film to beat this season.",
    "We spoke to {p} about {f} and what came after it.",
    "Best of the decade: {f}, a film {p} still talks about.",
    "{p} On Making {f}",
]


# Words a content farm's spinner swaps for a near synonym (the project's own list): a title
# with one of them swapped is the title "spun", a misspelling to flag with the right title.
SYNONYMS = {
    "living": "residing", "country": "nation", "part": "half", "big": "large", "little":
    "small", "night": "evening", "house": "home", "city": "town", "war": "battle", "king":
    "monarch", "story": "tale", "world": "globe", "lost": "misplaced", "last": "final",
    "great": "grand", "dark": "dim", "road": "path", "fire": "blaze", "love": "romance",
    "life": "existence", "dead": "deceased", "girl": "lass", "boy": "lad", "man": "guy",
    "woman": "lady", "children": "kids", "wild": "untamed", "secret": "hidden", "silent":
    "quiet", "beautiful": "lovely", "good": "fine", "best": "finest", "mother": "mom",
    "father": "dad", "sea": "ocean", "street": "avenue", "star": "celebrity", "wind":
    "breeze", "river": "stream", "land": "territory", "heart": "coronary", "journey": "trip",
}


def spun(title: str):
    """`title` with one word swapped for its synonym: (the swapped word, the spun title)."""
    words = title.split()
    for i, w in enumerate(words):
        low = w.lower()
        if low in SYNONYMS and len(words) >= 2:
            new = SYNONYMS[low]
            new = new.capitalize() if w[:1].isupper() else new
            return new, " ".join(words[:i] + [new] + words[i + 1:])
    return None


def title_variants(t: str) -> list[str]:
    out = [t.upper()]
    if "'" in t:
        out.append(t.replace("'", "\u2019"))
    if " and " in t:
        out.append(t.replace(" and ", " & "))
    if ": " in t:
        out.append(t.replace(": ", " "))
    return out


def _typo(rng, words_known, known, label):
    """`label` with one slip in a word of 4+ letters: (the slipped word, the whole) or None."""
    idx = [i for i, w in enumerate(label.split()) if len(w) >= 4 and w.isalpha()]
    for _try in range(8):
        if not idx:
            return None
        words = label.split()
        i = rng.choice(idx)
        s = slip(rng, words[i])
        if not s or fold(s).lower() == fold(words[i]).lower() or fold(s).lower() in words_known:
            continue
        wrong = " ".join(words[:i] + [s] + words[i + 1:])
        if fold(wrong).lower() not in known:
            return s, wrong
    return None


def compose(kb, n_people: int, seed: int) -> list[dict]:
    from rapidfuzz.distance import Levenshtein
    rng = random.Random(seed)
    pool = people(kb)
    known = {fold(a).lower() for a, _e, _k in kb.aliases()}
    words_known = {w for a in known for w in a.split()}
    same_surname = collections.defaultdict(set)
    for p in pool:
        same_surname[p["label"].split()[-1]].add(p["id"])
    rows = []
    for p in rng.sample(pool, min(n_people, len(pool))):
        name, film = p["label"], rng.choice(p["films"])
        doc = f"{film} is screening again this month. "
        rows.append(dict(cls="correct", text=rng.choice(TIED).format(n=name, f=film)))
        rows.append(dict(cls="correct", text=doc + rng.choice(BARE).format(n=name)))
        for v in variants(name, same_surname):
            t = rng.choice(TIED).format(n=v, f=film)
            if v.endswith("'s"):
                t = f"{v} work on {film} drew the loudest applause of the night."
            elif v.startswith("the "):
                t = f"With {film}, {v} proved they still know how to end a picture."
            elif v.isupper():
                t = f"{v} LOOKS BACK ON {film.upper()}"
            rows.append(dict(cls="variant", text=t))
        rows.append(dict(cls="variant", text=f"{name} is back. {film} was, {name.split()[-1]} "
                                             f"said, the hardest job of all."))
        words = name.split()
        rows.append(dict(cls="variant", text=f"{name} worked on {film}. {words[0]} still "
                                             f"calls it the job that changed everything."))
        sur = _typo(rng, words_known, known, words[-1])
        if sur and len(words[-1]) >= 5:
            rows.append(dict(cls="typo_surname", text=f"{name} worked on {film}. Years later, "
                             f"{sur[1]} said it was the happiest set of all.", wrong=sur[1],
                             right=words[-1]))
        for cls in ("typo_tied", "typo_doc", "typo_bare"):
            got = _typo(rng, words_known, known, name)
            if got:
                tpl = rng.choice(TIED if cls == "typo_tied" else BARE)
                text = tpl.format(n=got[1], f=film)
                rows.append(dict(cls=cls, text=doc + text if cls == "typo_doc" else text,
                                 wrong=got[0], right=name))
        other = close_other(rng, name, known,
                            lambda a, b: a != b and Levenshtein.distance(a, b) <= 2
                            and a[0] == b[0])
        if other:
            rows.append(dict(cls="other", text=rng.choice(ELSEWHERE).format(n=other)))
            rows.append(dict(cls="other_doc", text=doc + rng.choice(ELSEWHERE).format(n=other)))
        # the person's film: as written, in another accepted form, with one slip
        tpl = rng.choice(FILM_USES)
        rows.append(dict(cls="title_correct", text=tpl.format(p=name, f=film)))
        for v in title_variants(film):
            rows.append(dict(cls="title_variant", text=rng.choice(FILM_USES).format(p=name, f=v)))
        sp = spun(film)
        if sp:
            rows.append(dict(cls="title_spun", text=f"{name}'s film {sp[1]} won over the "
                             f"critics at its premiere.", wrong=sp[0], right=film))
            rows.append(dict(cls="title_spun", text=f"We talked to {name} about {sp[1]} and "
                             f"the years after it.", wrong=sp[0], right=film))
        got = _typo(rng, words_known, known, film)
        if got:
            rows.append(dict(cls="title_typo", text=tpl.format(p=name, f=got[1]), wrong=got[0],
                             right=film))
    for t in english_titles(kb):
        tpl = rng.choice(WORD_USES)
        rows.append(dict(cls="title_word", text=tpl.format(w=t, l=t.lower())))
    return rows


def score(kb, rows, show=frozenset(), out=print) -> dict:
    from reelcheck.link import link_names
    from reelcheck.model import Document
    tally = collections.defaultdict(collections.Counter)
    for r in rows:
        ms = [m for m in link_names(Document(id="t", text=r["text"]), kb)
              if m.issue == "misspelled"]
        t = tally[r["cls"]]
        t["n"] += 1
        if "wrong" in r:   # a slip: caught, caught with another spelling, or missed
            hit = [m for m in ms if r["wrong"] in m.text]
            good = [m for m in hit if fold(m.suggestion or "") == fold(r["right"])]
            t["tp" if good else ("wrong_suggestion" if hit else "fn")] += 1
            t["fp"] += len(ms) - len(good)
            if (not good and r["cls"] in show) or (len(ms) > len(good) and "fp" in show):
                out(f"  [{r['cls']}] {r['text']!r}: {[(m.text, m.suggestion) for m in ms]} "
                    f"want {r['right']}")
        else:
            t["fp"] += len(ms)
            t["flagged"] += bool(ms)
            if ms and (r["cls"] in show or "fp" in show):
                out(f"  [{r['cls']}] {r['text']!r}: {[(m.text, m.suggestion) for m in ms]}")
    return tally


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--people", type=int, default=300)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--show", default="fp", help="classes whose failures to print; fp = any "
                                                  "false flag")
    args = ap.parse_args(argv)
    from reelcheck.pipeline import resolve_kb
    kb = resolve_kb(None)
    rows = compose(kb, args.people, args.seed)
    tally = score(kb, rows, set(args.show.split(",")))
    tp = sum(t["tp"] for t in tally.values())
    fp = sum(t["fp"] + t["wrong_suggestion"] for t in tally.values())
    typos = sum(t["n"] for t in tally.values() if "tp" in t or "fn" in t or
                "wrong_suggestion" in t)
    for c in sorted(tally):
        print(f"== {c}: " + " ".join(f"{k}={v}" for k, v in sorted(tally[c].items())))
    print(f"== overall: precision {tp / max(1, tp + fp):.3f} recall {tp / max(1, typos):.3f} "
          f"(tp {tp}, false flags {fp}, slips {typos}, sentences {len(rows)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
