"""The crew family on the parse: who directed, wrote, produced, shot, edited, scored, cast or
designed a film.

A credit is read from the parse with the lexicon's `crew` section, in three shapes:
- a crew verb: "Jane Roe directed Harbour Lights", "Jane Roe, who directed the picture", "Jane
  Roe and Ilse Varga produced the film", "was written and directed by Jane Roe", "a drama
  directed by Jane Roe", "Written and directed by Jane Roe, Harbour Lights is ...". The voice
  says which side the person is on; verbs coordinated with each other share the argument one of
  them takes ("wrote, directed and edited the film"); a co-writer named with "with" shares the
  credit ("co-wrote it with Ilse Varga");
- a job: "Jane Roe wrote the score", "did the casting", "designed the sets", "handed the
  editing to Ilse Varga", "the score by Jane Roe"; a film format before it ("her 35mm
  photography") is a slot of the credit (`format`);
- a title beside a name: "cinematographer Jane Roe", "the film's editor, Jane Roe", "Jane Roe,
  its cinematographer", "Jane Roe was the editor", "served as editor", "writer-director Jane
  Roe". A title another word makes another job ("executive producer", "festival director") or
  a career's ("a former editor", "his longtime cinematographer") states no credit here; a co-
  title of a role whose co- credit is its own ("co-producer Jane Roe") is read in passing.

The film is the one the phrase names ("directed Harbour Lights", "the director of Anora",
"Anora's editor"), or the film a 'with' phrase holding a job hangs on ("Anora arrives with a
score by X"), or a craft's title on a verb of working together ("Anora reunites Y with
cinematographer X"). "The film", "it" and "its" mean the film in focus before them
(`Resolver.focus`); a title or a job with no film stated binds only when one film is in focus
(the sentence, or the passage it continues, names no other), and says the credit in passing:
it may be supported, never refuted (`weak`). So is a credit whose person is a pronoun.

A person the KB lacks is still an argument (`name`, the name as written): the claim can only be
refuted by the film's complete credit, and not when the name may be a spelling of a credited one
(verify/people.py). A film the KB lacks, named in the phrase, makes a claim about that title
(`subject_name`) that nothing in the KB can decide.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

from ..model import Claim, EntityRef
from .frames import (RELATIVE, _modal, _negated, _passive, _record, conjuncts, first_conjunct,
                     subject_token, titled)
from .parse import Arg, Parsed, lexicon, number_value
from .text import find_dates, year_of

NOUNS = ("NOUN", "PROPN")
VERBS = ("VERB", "AUX")
PRONOUNS = {"he": "he", "him": "he", "she": "she", "her": "she"}
FILM_PRONOUNS = frozenset({"it", "its", "which", "that"})
DEFINITE = frozenset({"the", "this", "that"})
INDEFINITE = frozenset({"a", "an", "another", "one", "no", "some", "any", "every"})
COPULAS = frozenset({"be", "become", "remain"})
# the argument kinds a title may carry in front of it without naming another job ("American
# director", "Oscar-winning editor", "2024 producer" is no job)
HARMLESS_KINDS = frozenset({"group", "place", "date"})


@dataclass(frozen=True)
class Table:
    verbs: dict           # verb lemma -> predicate
    by_verbs: dict        # verb lemma -> predicate, only with "by"
    titles: tuple         # ((words, ...), predicate), longest first
    jobs: tuple           # ((words, ...), predicate), longest first
    category: dict        # predicate -> claim category
    job_verbs: frozenset
    handover_verbs: frozenset
    other_jobs: frozenset
    career_words: frozenset
    other_film_words: frozenset
    company_words: frozenset
    title_words: frozenset   # every single word that is a title by itself
    companies: dict = None   # role -> the predicate a company holding it has
    partner_preps: frozenset = frozenset({"with"})
    maker_preps: frozenset = frozenset()
    title_preps: frozenset = frozenset({"of", "on", "for"})

    def crewish(self, tok) -> bool:
        lem = verb_lemma(tok)
        return lem is not None and (lem in self.verbs or lem in self.by_verbs
                                    or lem in self.job_verbs or lem in self.handover_verbs)


def _split(words: str) -> tuple:
    return tuple(words.lower().split())


@lru_cache(maxsize=1)
def table() -> Table:
    crew = lexicon().section("crew")
    verbs, by_verbs, titles, jobs, category = {}, {}, [], [], {}
    for pred, r in (crew.get("roles") or {}).items():
        category[pred] = r.get("category", "crew")
        if r.get("company"):
            category[r["company"]] = "production"
        verbs.update({v.lower(): pred for v in r.get("verbs") or ()})
        by_verbs.update({v.lower(): pred for v in r.get("by_verbs") or ()})
        titles += [(_split(t), pred) for t in r.get("titles") or ()]
        jobs += [(_split(j), pred) for j in r.get("jobs") or ()]
    titles.sort(key=lambda x: -len(x[0]))
    jobs.sort(key=lambda x: -len(x[0]))
    low = lambda key: frozenset(w.lower() for w in crew.get(key) or ())  # noqa: E731
    return Table(verbs, by_verbs, tuple(titles), tuple(jobs), category, low("job_verbs"),
                 low("handover_verbs"), low("other_jobs"), low("career_words"),
                 low("other_film_words"), low("company_words"),
                 frozenset(k[0] for k, _p in titles if len(k) == 1),
                 {pred: r["company"] for pred, r in (crew.get("roles") or {}).items()
                  if r.get("company")}, low("partner_preps") or frozenset({"with"}),
                 low("maker_preps"), low("title_preps") or frozenset({"of", "on", "for"}))


@lru_cache(maxsize=1)
def _jobs_by_last() -> dict:
    """The table's jobs by their last word: {word: [(place in the table, words, predicate)]}
    (`CrewReader._job` tries only the jobs a noun can end)."""
    out: dict = {}
    for n, (key, pred) in enumerate(table().jobs):
        if key:
            out.setdefault(key[-1], []).append((n, key, pred))
    return out


@lru_cache(maxsize=1)
def cue_words() -> frozenset:
    """The words a credit needs, for the candidate gate (parse.is_candidate): a crew verb, a
    title or a job (a job verb or a handover verb states one only with a job). The verbs that
    state one only with "by" are `by_words`."""
    from ..nlp import surface_forms
    t = table()
    words: set = set()
    for lemma in t.verbs:
        words |= surface_forms(lemma) | {lemma}
    for key, _p in t.titles + t.jobs:   # a phrase's head ("casting director", "director of
        words.add(key[0] if "of" in key else key[-1])   # photography")
    words |= {w.lower() for w in _company_jobs()}   # "a Cre Film production"
    return frozenset(words | {w + "s" for w in words})


@lru_cache(maxsize=1)
def verb_forms() -> dict:
    """Inflected form -> predicate of every crew verb ("directed" -> director)."""
    from ..nlp import surface_forms
    t = table()
    out = {}
    for lemma, pred in t.verbs.items():
        for f in surface_forms(lemma) | {lemma}:
            out.setdefault(f, pred)
    return out


@lru_cache(maxsize=1)
def verb_lemmas() -> dict:
    """Inflected form -> lemma of every crew verb ("directed" -> direct)."""
    from ..nlp import surface_forms
    t = table()
    out = {}
    for lemma in list(t.verbs) + list(t.by_verbs):
        for f in surface_forms(lemma) | {lemma}:
            out.setdefault(f, lemma)
    return out


def verb_lemma(tok) -> Optional[str]:
    """A verb's lemma; also of a lower-case crew verb the tagger read as a name or an adjective
    but the parse still gives a verb's place: coordinated with a verb and taking an object of
    its own ("Jane Roe wrote and directed Harbour Lights", "directed" a PROPN conjunct of
    "wrote" with "Harbour Lights" its object; "penned and helmed", "helmed" an ADJ)."""
    if tok.pos_ in VERBS:
        lem = tok.lemma_.lower()
        if lem == tok.lower_ and not tok.is_lower:
            # "Shot by Jane Roe, it ...": the lemmatizer leaves a capitalised participle as it
            # is; its inflection says which crew verb it is
            return verb_lemmas().get(tok.lower_, lem)
        return lem
    if tok.pos_ in NOUNS + ("ADJ",) and tok.text.islower() and tok.dep_ == "conj" and \
            tok.head.pos_ in VERBS and any(c.dep_ in ("dobj", "obj") for c in tok.children):
        return verb_lemmas().get(tok.lower_)
    return None


@lru_cache(maxsize=1)
def by_words() -> frozenset:
    from ..nlp import surface_forms
    words: set = set()
    for lemma in table().by_verbs:
        words |= surface_forms(lemma) | {lemma}
    return frozenset(words)


@dataclass
class Who:
    eid: Optional[str]          # the KB person, or None
    name: Optional[str]         # the name as written, when the KB lacks it
    first: int                  # its tokens, end-exclusive
    last: int
    weak: bool = False          # read from a pronoun
    org: bool = False           # a KB company ("produced by Cre Film"): its credit is the
    #                             company counterpart of the role (lexicon crew.companies)


@dataclass
class Work:
    eid: Optional[str]          # the KB film, or None
    name: Optional[str]         # a title the KB lacks, named in the phrase
    how: str                    # stated (named) | anaphor ("the film", "it", "its") |
    #                             definite ("the score": the one film in focus's) | bare
    #                             (nothing said: a title in passing, "director Jane Roe")
    first: int = -1             # its tokens when the phrase says it
    last: int = -1


class CrewReader:
    def __init__(self, kb, resolver, text: str):
        self.kb, self.res, self.text = kb, resolver, text

    def sentence_claims(self, p: Parsed, hedged: bool) -> list[Claim]:
        if p.sentence.text.rstrip().endswith("?"):
            return []
        out = self._verbs(p, hedged) + self._jobs(p, hedged) + self._titles(p, hedged)
        out += self._authored(p, hedged)
        # a credit said in passing that the KB does not bear out is no claim (the check would
        # drop it): its words are left to what else may speak there
        return _best([c for c in out if not c.slots.get("weak") or c.slots.get("craft")
                      or c.slots.get("person") in {
            f.value for f in self.kb.facts(subject=c.slots.get("subject"),
                                           predicate=c.predicate)}], self.text)

    # -- verbs ---------------------------------------------------------------------------------
    def _verbs(self, p: Parsed, hedged: bool) -> list[Claim]:
        t = table()
        out = []
        for v in p.doc:
            if not t.crewish(v) or not v.is_alpha or _modal(v) or _record(v):
                continue
            out += self._verb(p, v, hedged)
        return out

    def _verb(self, p: Parsed, v, hedged: bool) -> list[Claim]:
        t = table()
        lem = verb_lemma(v) or v.lemma_.lower()
        bought = lem in _acquisition_verbs()
        if bought and _acquisition_verbs()[lem] and not any(
                c.dep_ == "prt" and c.lower_ == _acquisition_verbs()[lem] for c in v.children):
            return []   # "picked Anora as the year's best": no purchase without its particle
        group = _group(v)
        agents = self._by(p, v)
        obj = _object(v)
        # a participle with no object and no "have" ("Written and directed by X, ...") is
        # passive too
        # "Jane Roe wrote, directed and edited it": a list item after an active verb with its
        # subject is active too, whatever tag or attachment the parser gives it
        after_active = v.i != group[0].i and any(c.dep_ == "nsubj" for c in group[0].children) \
            and not _passive(group[0])
        passive = (_passive(v) and not (_listed(v) and after_active and not agents)) or (
            obj is None and (bool(agents) or v.tag_ == "VBN" and not any(
                c.dep_ == "aux" for c in v.children) and not after_active))
        if passive and not agents:   # "written and directed by X": the agent is shared
            agents = next((a for g in group if g.i > v.i and (a := self._by(p, g))), [])
        partners = self._with(p, v) + (self._with(p, obj) if obj is not None else [])
        if passive:
            work_tok, near = _passive_work(v, p)
            if v.dep_ == "conj" and self._by(p, v):
                near = False   # "directed by X and edited by Y": the film is said before X
            job = self._job(p, work_tok) if work_tok is not None else None
            pred = job or t.verbs.get(lem) or t.by_verbs.get(lem)
            who = agents or (partners if _co(v) else [])
            if pred is None or not who:
                return []
            if work_tok is None:
                # "Written, directed and edited by Jane Roe.": a credit line of its own states
                # the credit of the one film in focus
                if group[0].dep_ != "ROOT" and not _credit_item(group[0]):
                    return []
                film = self._focus(p, v, single=True)
                if film is not None:
                    film.how = "definite"
                films = [film]
            else:
                film = self._job_film(p, work_tok) if job else self._work(p, work_tok)
                films = [film] + ([] if job else [f for c in conjuncts(work_tok)[1:]
                                                 if (f := self._work(p, c)) is not None])
            partners = [] if who is partners else partners
        else:
            titled = lem in t.by_verbs and (_titled_subject(v, t.by_verbs[lem])
                                            or _listed_credit(v, group))
            if lem in t.by_verbs and lem not in t.verbs and lem not in t.job_verbs \
                    and not titled:
                return []   # "Jane Roe shot Anora in Brooklyn": where it was made (but
                # "DP Jane Roe shot Anora": the title says which credit the verb tells)
            shared = obj is None
            if shared:   # "wrote, directed and edited the film": the object is shared
                # (a later verb's, or an earlier one's the parser hung a title after this
                # verb on: "directed, edited and produced Anora", "Anora" under "edited")
                obj = next((o for g in group if g.i != v.i and not _passive(g)
                            and (o := _object(g)) is not None and o.i > v.i), None)
            if obj is None and group[0].i != v.i and group[0].dep_ == "relcl":
                # "Anora, which Baker wrote, directed and edited": the relative pronoun the
                # first verb of a relative clause takes is every coordinated verb's object
                o = _object(group[0])
                obj = o if o is not None and o.lower_ in RELATIVE else None
            if obj is None:
                return []
            job = self._job(p, obj)
            if job is not None and shared:
                return []   # "directed and did the casting": the job is the other verb's
            near = True
            if job is not None and lem in t.handover_verbs:
                pred, who = job, self._to(p, v)   # "handed the editing to X"
            elif job is not None and (lem in t.job_verbs or t.verbs.get(lem) == job):
                pred, who = job, self._subject(p, v)
            elif job is None and (lem in t.verbs or titled):
                pred, who = t.verbs.get(lem) or t.by_verbs[lem], self._subject(p, v)
                who = _titled_among(p, who, pred)
            else:
                return []
            work_tok = obj
            film = self._job_film(p, obj) if job else self._work(p, obj)
            films = [film] + ([] if job else [f for c in conjuncts(obj)[1:]
                                             if (f := self._work(p, c)) is not None])
            if job and (film is None or film.how == "bare") and not any(
                    c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "for", "on")
                    for c in obj.children):
                # "directed and edited the film and did the casting": coordinated verbs share
                # their film
                film = next((f for g in group if g is not v and (o := _object(g)) is not None
                             and self._job(p, o) is None and (f := self._work(p, o))), film)
        if film is None:
            return []
        films = [f for f in films if f is not None]
        negated = _negated(v) or (v.dep_ == "conj" and _negated(v.head) and not any(
            c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in v.head.children))
        toks = [v.i - 2 if _co(v) else v.i]
        if near and work_tok is not None and work_tok.i < v.i and any(
                c.dep_ in ("relcl", "acl", "appos") and work_tok.i < c.i < v.i
                for c in work_tok.children):
            # "The film, which runs two hours, was written by X": the aside is not the credit
            near = False
            toks += [c.i for c in v.children if c.dep_ in ("aux", "auxpass")]
        if near and film.first >= 0:
            toks += [film.first, film.last - 1]
        elif near and work_tok is not None and (film.how == "anaphor" or job):
            toks += [work_tok.left_edge.i, work_tok.i]   # "the film", "it", "the score"
        out = []
        # one statement, one row: the credits its verbs give the same people ("written and
        # directed by X"; "co-wrote it with Y"), not another verb's ("..., edited by Y")
        key = f"crew:{p.offset}:{group[0].i}:{who[0].first if who else -1}"
        # "wrote and directed Anora": the tagger may read "directed" as part of the name
        preds = [pred] + ([] if job else [x for x in _mistagged(obj if not passive else None)
                                          if x != pred])
        chain = {g.i for g in group} | {c.i for c in v.children if c.dep_ in ("aux", "auxpass")}
        head = v
        while head.dep_ == "xcomp" and head.head.i != head.i:   # "went on to produce"
            head = head.head
            chain.add(head.i)
        resp = set(lexicon().qualifiers.get("respective_words", ()))
        respective = len(who) > 1 and any(t.lower_ in resp for t in p.doc)
        if respective and len(films) != len(who):
            return []   # "X and Y, directed by A and B respectively": which is whose is
            # told by a list the parse did not give the verb
        paired = respective and len(films) == len(who) and not partners
        for pr in preds:
            for k, f in enumerate(films):
                ftoks = toks + ([f.first, f.last - 1] if near and f.first >= 0 else [])
                # "A and B directed X and Y, respectively": two lists of one length pair in
                # order, each film its own maker
                for w in [who[k]] if paired else who + partners:
                    # a subject said a clause earlier ("X started as ... and went on to
                    # produce Y") is not part of the words of this credit
                    far = w.last <= head.i and any(
                        x.pos_ in VERBS and x.i not in chain and x.dep_ not in ("aux", "auxpass")
                        and x.is_alpha and x.lower_ != "co" for x in p.doc[w.last:head.i])
                    wt = [head.i] if far else [w.first, w.last - 1]
                    where = _territory(p, v, w) if w.org else None   # "distributed by X in
                    # France", "... worldwide": the market is a slot of the company's credit
                    if where is None and w.org and job and work_tok is not None and \
                            (m := _title_market(p, work_tok)) is not None:
                        # "bought the US rights", "handled the international release": the
                        # market on the job noun, as on a title
                        where = (m, work_tok.i, work_tok.i + 1)
                    c = self._claim(p, pr, w, f, ftoks + wt + ([where[1], where[2] - 1]
                                                               if where else []), hedged,
                                    negated, weak=f.how == "bare" or None, group=key,
                                    cowriter=w in partners or None)
                    if c is not None and where is not None:
                        c.slots["territory"] = where[0]
                        if len(where) > 3:   # the other markets of a list: each a slot
                            c.slots["territories"] = list(where[3])
                    when = _when(p, v)
                    if c is not None and w.org and v.lemma_.lower() in _release_verbs():
                        c.slots["release"] = True   # a release: in a market (its home one,
                        # when none is said: verify/production.py)
                    if c is not None and when is not None and w.org and \
                            v.lemma_.lower() in _release_verbs():
                        # a dated release ("Neon released it in October") is the date
                        # claim's, which judges the company with it; the credit stays only
                        # to refute a company the market's distributor rules out (the date
                        # claim cannot: "released by A24 in October", when Neon released it)
                        c.slots["dated_release"] = True
                        out.append(c)
                        continue
                    if c is not None and bought and w.org:
                        # a purchase: its time, said or ordered against another event, is
                        # the credit's `acquired` qualifier (verify/production.py)
                        c.slots["acquired"] = True
                        show = _show_of_purchase(p, v)
                        if show is not None:   # "bought it at Cannes": during the show
                            c.slots["bought_at"] = show.entity
                            c.slots["time"] = show.text
                            c.start, c.end = min(c.start, show.start), max(c.end, show.end)
                            c.text = self.text[c.start:c.end]
                    if c is not None and when is not None and w.org:
                        c.slots["time"] = when.text   # "produced by X in 2023": a slot
                        if bought:   # "bought it in November 2023": when, to the month
                            c.slots["time_parts"] = _date_said(when.text)
                    elif c is not None and when is not None and year_of(when.text):
                        # "directed Tangerine in 2015": the year of the film is a slot
                        c.slots["year"] = year_of(when.text)
                    if c is not None:
                        out.append(c)
        return out

    def _by(self, p: Parsed, v) -> list[Who]:
        """The people after "by" on a verb ("directed by Jane Roe and Ilse Varga")."""
        out = []
        for c in v.children:
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
                for o in c.children:
                    if o.dep_ == "pobj":
                        out += self._who(p, o)
        if not out and v.dep_ == "amod" and v.i >= 2 and v.doc[v.i - 1].text == "-":
            # "the Jane Roe-directed comedy": the name the hyphen joins to the participle is
            # its agent
            a = p.arg_at(v.i - 2)
            if a is not None and a.last == v.i - 1:
                out += self._who(p, v.doc[a.head])
        if not out and verb_lemma(v) in table().by_verbs:
            # "shot on 35mm by Jane Roe": the parser may hang the "by" phrase on the object of
            # the verb's own phrase (the format), where no one is the maker of a format
            for c in v.children:
                if c.dep_ != "prep" or c.lower_ == "by":
                    continue
                for o in c.children:
                    a = p.arg_at(o.i)
                    if o.dep_ != "pobj" or self._job(p, o) is not None or a is not None and \
                            a.kind not in ("quantity", "date", "time", "place", "cardinal"):
                        continue   # ("shot from a script by X": X's own credit; "a remake
                        # of a film by X")
                    for b in o.children:
                        if b.dep_ == "prep" and b.lower_ == "by":
                            out += [w for x in b.children if x.dep_ == "pobj"
                                    for w in self._who(p, x)]
        return out

    def _with(self, p: Parsed, tok) -> list[Who]:
        """Who shares the credit: "co-wrote it with Ilse Varga", "produced it alongside Cre
        Film" ("with Jane Roe in mind" is not a partner)."""
        out = []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in table().partner_preps:
                for o in c.children:
                    after = [x.lower_ for x in o.doc[o.i + 1:o.i + 3]]
                    if o.dep_ == "pobj" and after != ["in", "mind"] and not any(
                            g.dep_ == "prep" for g in o.children):
                        out += self._who(p, o)
        return out

    def _to(self, p: Parsed, v) -> list[Who]:
        return [w for c in v.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
                for o in c.children if o.dep_ == "pobj" for w in self._who(p, o)]

    def _subject(self, p: Parsed, v) -> list[Who]:
        if _co(v):   # "Jane Roe co-wrote ...": the parser often loses the subject at "co-";
            # the name (or pronoun) right before it, past an adverb, is the one
            i = v.i - 3
            while i >= 0 and p.doc[i].pos_ == "ADV":
                i -= 1
            a = p.arg_at(i) if i >= 0 else None
            if a is not None and a.kind == "person" and a.last == i + 1 or \
                    i >= 0 and p.doc[i].lower_ in PRONOUNS:
                return self._who(p, p.doc[a.head if a is not None else i], through=False)
        s = subject_token(v)
        u = v
        while s is None and (_listed(u) or u.dep_ == "conj" and u.head.pos_ in VERBS):
            # "which Jane Roe wrote, directed ...": a list item the parser hung as an
            # adverbial takes the first's subject, and so do the items coordinated with it
            # ("wrote, directed and edited": "edited" the conjunct of "directed")
            u = u.head
            s = subject_token(u)
        if s is not None and s.lower_ == "co" and s.i + 1 < len(s.doc) and s.nbor().text == "-":
            # "Jane Roe co-wrote it": the parser may take "co" for the subject, and the name
            # for its subject or its modifier
            s = next((c for c in s.children if c.dep_ in ("nsubj", "nsubjpass", "compound")),
                     None)
        if s is None:
            return []
        got = self._who(p, s)
        if u.dep_ == "relcl":
            # "Jane Roe, who directed Harbour Lights, and John Doe": a relative clause set
            # between a name and the names coordinated after it is said of the names before
            # it alone ("Jane Roe and John Doe, who co-directed it": of both)
            got = [w for w in got if w.first < u.i]
        return got

    # -- jobs ----------------------------------------------------------------------------------
    def _job(self, p: Parsed, tok) -> Optional[str]:
        """The role a job noun names ("the score", "the production design"), or None."""
        if tok.pos_ not in NOUNS and tok.tag_ != "VBG":   # "did the casting": a gerund
            return None
        before = [c for c in tok.children if c.i < tok.i and c.dep_ in ("compound", "amod")]
        words = [c.lower_ for c in before] + [tok.lemma_.lower() if tok.pos_ == "NOUN"
                                              else tok.lower_]
        # (only a job ending in the noun's lemma or its word can match: those, in table order)
        by_last = _jobs_by_last()
        jobs = by_last.get(words[-1], ())
        if tok.lower_ != words[-1] and tok.lower_ in by_last:
            jobs = sorted([*jobs, *by_last[tok.lower_]])
        said = tuple(words[:-1]) + (tok.lower_,)   # as written: "distribution rights"
        for _n, key, pred in jobs:
            if key in (tuple(words[-len(key):]), said[-len(key):]):
                rest = before[:len(before) - (len(key) - 1)]
                if any(not self._harmless(p, c) for c in rest):
                    return None   # "principal photography", "the sound design"
                return pred
        return None

    def _harmless(self, p: Parsed, c) -> bool:
        """Whether a word before a job noun leaves it the film's job ("the original score",
        "the Anora score") rather than another ("the sound design", "principal photography")."""
        t = table()
        if _format_word(c):
            return True   # "her 35mm photography": the format the job was done in
        a = p.arg_at(c.i)
        if a is not None:
            return a.kind == "film" or a.kind in HARMLESS_KINDS
        low = c.lower_
        if low in t.other_jobs or low in t.career_words:
            return False
        return c.pos_ != "NOUN" or c.lemma_.lower() in lexicon().qualifiers.get("title_nouns", ())

    def _jobs(self, p: Parsed, hedged: bool) -> list[Claim]:
        """"The score by Jane Roe", "Jane Roe's score": a job said with its maker."""
        out = []
        for tok in p.doc:
            pred = self._job(p, tok) if tok.pos_ in NOUNS else None
            holders, role = self._company_holder(p, tok) if tok.pos_ in NOUNS else ([], None)
            if holders:
                # "a Cre Film production", "a Neon release", "Neon's acquisition of Anora":
                # the company that owns or modifies the noun holds the credit (each of
                # companies joined by "and": "a FilmNation and Cre Film production")
                pred = role
                film = self._said_of(p, tok) or self._job_film(p, tok)
                for held in holders if pred is not None and film is not None else ():
                    c = self._claim(p, pred, held, film, [held.first, held.last - 1, tok.i]
                                    + ([film.first, film.last - 1] if film.first >= 0 else []),
                                    hedged, tok.dep_ == "nsubj" and _negated(tok.head),
                                    weak=film.how == "bare" or None,
                                    group=f"crew:{p.offset}:{tok.i}")
                    if c is not None:
                        if _company_jobs().get(tok.lemma_.lower()) == "distributor" and \
                                pred == "distributor":
                            c.slots["acquired"] = True   # a purchase, as its verb is
                        out.append(c)
                continue
            by = self._job_by(p, tok) if pred is not None else self._by(p, tok)
            if pred is not None and not by and tok.dep_ in ("dobj", "obj") and \
                    not table().crewish(tok.head) and not any(
                        c.dep_ in ("auxpass", "nsubjpass") for c in tok.head.children):
                # "Anora boasts cinematography by Jane Roe": the parser may hang the job's
                # "by" on the verb; on an active verb that is no crew verb it is the job's
                by = [w for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "by"
                      and c.i == tok.right_edge.i + 1 for o in c.children
                      if o.dep_ == "pobj" for w in self._who(p, o)]
            if pred is not None and not by and tok.dep_ == "pobj" and \
                    tok.head.lower_ in set(lexicon().section("crew").get("job_preps") or ()) \
                    and tok.head.head.pos_ in VERBS and not table().crewish(tok.head.head):
                # "the film was made with cinematography by Jane Roe": the parser may hang the
                # job's "by" on the verb as its agent; the one right after the job is the job's
                by = [w for c in tok.head.head.children if c.dep_ in ("prep", "agent")
                      and c.lower_ == "by" and c.i == tok.right_edge.i + 1
                      for o in c.children if o.dep_ == "pobj" for w in self._who(p, o)]
            if pred is not None and not by and tok.dep_ == "nsubj" and \
                    tok.head.lemma_.lower() in COPULAS:
                # "Anora's score is by Jane Roe": the copula's "by" phrase is the job's maker
                by = [w for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "by"
                      for o in c.children if o.dep_ == "pobj" for w in self._who(p, o)]
            if pred is None or tok.dep_ == "nsubjpass" and not self._by(p, tok) or \
                    tok.dep_ in ("dobj", "obj") and (
                    not by or tok.head.lemma_.lower() in table().job_verbs):
                continue   # a verb's object or subject: the verb says who (`_verbs`), unless
                # the job says it itself ("Anora boasts a score by Jane Roe"); then the film
                # is the one in focus, which may support and never refute ("features music
                # by X" may be music it uses)
            who = by
            if not who:
                poss = next((c for c in tok.children if c.dep_ == "poss"), None)
                a = p.arg_at(poss.i) if poss is not None else None
                who = self._who(p, poss) if a is not None and a.kind == "person" \
                    and a.entity else []
            film = self._job_film(p, tok)
            if not who or film is None:
                continue
            toks = [tok.left_edge.i if film.how != "bare" else tok.i, tok.i]
            # "her 35mm photography": the format the job was done in, a slot of the credit
            fmt = next((_format_word(c) for c in tok.children if c.i < tok.i
                        and _format_word(c)), None)
            if fmt:
                toks.append(min(c.left_edge.i for c in tok.children if _format_word(c)))
            for w in who:
                c = self._claim(p, pred, w, film, toks + [w.first, w.last - 1], hedged,
                                tok.dep_ == "nsubj" and _negated(tok.head),
                                weak=film.how == "bare" or tok.dep_ in ("dobj", "obj")
                                or None, group=f"crew:{p.offset}:{tok.i}")
                if c is not None and fmt:
                    c.slots["format"] = fmt
                if c is not None:
                    out.append(c)
        return out

    def _company_holder(self, p: Parsed, tok) -> tuple:
        """([the KB companies a noun's owner or modifier names], the role) -- "Neon's
        acquisition", "a Cre Film production", "a Neon release", "a FilmNation and Cre Film
        production" -- when the noun is one of the lexicon's `company_jobs` or a one-word job
        of a company's role; else ([], None)."""
        lem = tok.lemma_.lower()
        role = _company_jobs().get(lem) or _company_jobs().get(tok.lower_) or next(
            (pr for key, pr in table().jobs if key == (lem,) and pr in table().companies), None)
        if role is None:
            return [], None
        if any(c.dep_ in ("relcl", "acl") or c.dep_ in ("amod", "nummod") and (
                c.tag_ in ("JJS", "CD") or c.ent_type_ == "ORDINAL" or c.like_num)
               for c in tok.children):
            return [], None   # "the fourth Neon release to compete for best picture": a
            # count or record of the company's releases, a slot no credit judges
        mods = [c for c in tok.children if c.dep_ in ("poss", "compound", "nmod") and c.i < tok.i]
        first = next((c for c in mods if getattr(p.arg_at(c.i), "kind", None) == "organization"
                      and p.arg_at(c.i).entity), None)
        if first is None:
            return [], None
        # the companies joined to a modifier by "and" (the parser may call the first a
        # nominal modifier: "FilmNation and Cre Film production")
        joined = sorted({x.i for c in tok.children if c.i < tok.i and c.dep_ in (
            "poss", "compound", "nmod") for x in c.subtree})
        out, seen = [], set()
        for i in joined:
            a = p.arg_at(i)
            if a is not None and a.kind == "organization" and a.entity and a.entity not in seen:
                seen.add(a.entity)
                out.append(Who(a.entity, None, a.first, a.last, org=True))
        if len(out) > 1 and not any(p.doc[i].dep_ == "cc" and p.doc[i].lower_ == "and"
                                    for i in joined):
            out = [o for o in out if o.entity == p.arg_at(first.i).entity]   # no list: the
            # company modifier alone
        return out, role

    def _said_of(self, p: Parsed, tok) -> Optional[Work]:
        """The film a noun phrase is set beside or said of ("Anora, a Neon release", "Anora
        is a Cre Film production"): the named film it is in apposition to, or the subject of
        the copula it is the complement of; else None."""
        if tok.dep_ == "appos":
            t = tok.head
        elif tok.dep_ == "attr" and tok.head.lemma_.lower() in COPULAS:
            t = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        else:
            return None
        a = p.arg_at(t.i) if t is not None else None
        if a is None or a.kind != "film" or not a.entity:
            return None
        return Work(a.entity, None, "stated", a.first, a.last)

    def _job_film(self, p: Parsed, tok) -> Optional[Work]:
        """The film a job noun is for: its owner ("Anora's score", "its score"), the film after
        of/for/on ("the score for Anora"), the film a 'with' phrase is said of ("Anora, with a
        score by X", "Anora is a comedy with music by X"), else the one film in focus."""
        held = self._with_film(p, tok)
        if held is not None:
            return held
        for c in tok.children:
            if c.dep_ == "poss":
                a = p.arg_at(c.i)
                if a is not None and a.kind in ("person", "organization") or \
                        c.lower_ in PRONOUNS or c.lower_ in ("his", "their"):
                    continue   # "Jane Roe's score", "Neon's release": whose, not which
                    # film's (the film may follow: "Jane Roe's score for Anora")
                return self._work(p, c)
            if c.dep_ == "prep" and c.lower_ in _job_film_preps():
                objs = [o for o in c.children if o.dep_ == "pobj"]
                return self._work(p, objs[0]) if objs else None
        if tok.dep_ in ("dobj", "obj") and tok.i + 1 < len(p.doc):
            # "acquired U.S. rights to Anora": the parser may hang the film's phrase, right
            # after the job noun, on the verb; it is still the noun's
            c = p.doc[tok.i + 1]
            if c.dep_ == "prep" and c.head.i == tok.head.i and c.lower_ in _job_film_preps():
                objs = [o for o in c.children if o.dep_ == "pobj"]
                w = self._work(p, objs[0]) if objs else None
                if w is not None and w.how == "stated":
                    return w
        film = self._focus(p, tok, single=True)
        if film is not None and any(c.dep_ == "det" and c.lower_ in DEFINITE
                                    for c in tok.children):
            film.how = "definite"   # "wrote the score": the score of the one film in focus
        return film

    def _job_by(self, p: Parsed, tok) -> list[Who]:
        """The makers after "by" on a job noun. In a list of jobs ("cinematography by X and
        music by Y") the parser may hang a later job's "by" on the first: a "by" phrase after
        another job of the list is that job's, and the one right after a job is its own,
        wherever it hangs."""
        jobs = [x.i for x in p.doc[tok.i + 1:] if x.dep_ == "conj" and x.pos_ in NOUNS
                and self._job(p, x) is not None]
        preps = [c for c in tok.children if (c.dep_ == "agent" or c.dep_ == "prep"
                                             and c.lower_ == "by")
                 and not any(tok.i < j < c.i for j in jobs)]
        if tok.dep_ == "conj" and tok.i + 1 < len(p.doc):
            nxt = p.doc[tok.i + 1]
            if nxt.lower_ == "by" and nxt.head.i != tok.i and nxt.dep_ in ("prep", "agent"):
                preps.append(nxt)
        return [w for c in preps for o in c.children if o.dep_ == "pobj"
                for w in self._who(p, o)]

    def _with_film(self, p: Parsed, tok) -> Optional[Work]:
        """The film named by what a job's 'with' or 'from' phrase (the lexicon's crew
        `job_preps`) hangs on: the film itself ("Anora, with cinematography by X", "the film,
        from a script by X"), a title noun said of it ("a comedy with music by X" after "Anora
        is"), or a verb's film subject ("Anora arrives with a score by X"). The jobs of a list
        share it ("with cinematography by X and music by Y": the parser hangs the second on the
        first's person)."""
        t = tok
        for _ in range(8):
            if t.dep_ == "conj" and t.head.i != t.i:
                t = t.head
            elif t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.head.i != t.head.i \
                    and self._job(p, t.head.head) is not None:
                t = t.head.head
            else:
                break
        preps = set(lexicon().section("crew").get("job_preps") or ())
        if t.dep_ != "pobj" or t.head.lower_ not in preps or t.head.head.i == t.head.i:
            return None
        h = t.head.head
        if h.pos_ in VERBS:
            h = subject_token(h)
            if h is None:
                return None
        # a film the phrase names, or "the film"/"it" (the film in focus: `_claim` keeps a
        # passage of several films from refuting with it)
        w = self._work(p, h)
        if w is not None and w.how == "anaphor" and self.res.focus(
                p.sentence, p.offset + h.left_edge.idx, single=True) != w.eid:
            return None   # "the film" where the passage names more than one: read as in
            # passing (the film in focus), which may confirm, never refute
        return w if w is not None and w.how in ("stated", "anaphor") else None

    # -- a film "by" its maker -----------------------------------------------------------------
    def _authored(self, p: Parsed, hedged: bool) -> list[Claim]:
        """"Tangerine is a 2015 film by Jane Roe", "The Lantern Keeper is a feature from Jane
        Roe": a plain title noun (lexicon crew `authored_nouns`; no word on it but a
        determiner and a year, a slot of the credit) said of a named film by a copula, with
        its maker after "by"/"from", names the film's director. Weak (support only): "a film
        by" may name a writer-director's partner or a producer as well. (Not an apposition
        yet: "X, a film by Y, came out in 2017" would leave the clause's year to no claim.)"""
        preps = set(lexicon().section("crew").get("authored_preps") or ())
        nouns = set(lexicon().section("crew").get("authored_nouns") or ())
        out = []
        for t in p.doc:
            if t.pos_ != "NOUN" or t.lemma_.lower() not in nouns:
                continue
            if t.dep_ != "attr" or t.head.lemma_.lower() != "be":
                continue
            title = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
            prep = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in preps), None)
            if title is None or prep is None or any(
                    m.i != prep.i and m.dep_ not in ("det", "punct") and not (
                        m.dep_ in ("nummod", "compound", "amod") and year_of(m.text))
                    for m in t.children):
                continue   # ("the latest film by X": which of X's films, a slot unread)
            w = p.arg_at(title.i)
            if w is None or w.kind != "film" or not w.entity or w.head != title.i:
                continue
            film = Work(w.entity, None, "stated", w.first, w.last)
            year = next((year_of(m.text) for m in t.children if year_of(m.text)), None)
            for o in (o for o in prep.children if o.dep_ == "pobj"):
                for who in self._who(p, o, through=False):
                    if who.org:
                        continue
                    c = self._claim(p, "director", who, film,
                                    [w.first, w.last - 1, t.left_edge.i, who.first,
                                     who.last - 1], hedged, False, weak=True,
                                    group=f"crew:{p.offset}:a{t.i}")
                    if c is not None and year:
                        c.slots["year"] = year
                    if c is not None:
                        out.append(c)
        return out

    # -- titles --------------------------------------------------------------------------------
    def _titles(self, p: Parsed, hedged: bool) -> list[Claim]:
        out = []
        crafts = set(lexicon().section("crew").get("passing_titles") or ())
        for tok in p.doc:
            if tok.pos_ not in NOUNS:
                continue
            got = self._title(p, tok)
            if got is None:
                continue
            preds, first, film, predicated, det = got
            aside = False
            root = tok   # "the writer and director (and editor)": the first title's words
            while (root.dep_ == "conj" or _listed_title(p, root)) and root.head.i != root.i \
                    and root.head.pos_ in NOUNS:
                head = self._title(p, root.head)
                if head is None:
                    break
                root, film, det = root.head, film or head[2], det or head[4]
            if film is None and root.dep_ == "appos":
                # "Jane Roe, the editor (and writer) of X": the parser may hang "of X" on the
                # name the title stands beside
                of = [o for c in root.head.children if c.dep_ == "prep" and c.lower_ == "of"
                      and c.i > root.i for o in c.children if o.dep_ == "pobj"]
                film = self._work(p, of[0]) if of else None
            if film is None and tok.dep_ == "compound" and tok.head.dep_ == "pobj" and \
                    tok.head.head.lower_ in table().maker_preps and \
                    (made := self._work(p, tok.head.head.head)) is not None and \
                    made.how == "stated":
                # "Harbour Lights, from director Jane Roe": a title on the name a maker
                # preposition hangs on a named film is that film's credit
                film = made
            owned = tok.head.head if tok.dep_ == "compound" and tok.head.dep_ == "poss" \
                and tok.head.head.i > tok.head.i else None
            if film is None and owned is not None and getattr(
                    p.arg_at(owned.i), "kind", None) == "film" and \
                    (made := self._work(p, owned)) is not None and made.how == "stated":
                # "director Jane Roe's Harbour Lights": a title on the name that owns a film's
                # name is that film's credit (not "director Jane Roe's favourite film, X";
                # the bare possessive, "Jane Roe's Harbour Lights", may be a star's and says
                # no job)
                film = made
            if film is None and tok.dep_ == "compound" and tok.head.dep_ == "pobj" and \
                    getattr(p.arg_at(tok.head.i), "kind", None) == "person" and set(
                        preds) <= set(lexicon().section("crew").get("passing_titles") or ()) \
                    and verb_lemma(tok.head.head.head) in set(
                        lexicon().section("crew").get("collaboration_verbs") or ()):
                # "Anora reunites Jane Roe with cinematographer Ilse Varga": a craft's title
                # (`passing_titles`) on the name a 'with' phrase (`job_preps`) hangs on a verb
                # of working together (`collaboration_verbs`) whose subject is the film is
                # that film's credit: the film is the work they did together ("with producer
                # X" may name X by trade; "Anora celebrated ... with X" says nothing of it)
                film = self._with_film(p, tok.head)
                aside = film is not None   # (the film's words stay out of the claim: the
                # verb's other arguments are no slot of the credit)
            if film is None and tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
                # "Anora's distributor Neon", "its producer Jane Roe": the parser may hang the
                # film's possessive on the name the title stands before
                owner = next((c for c in tok.head.children if c.dep_ == "poss"
                              and c.i < tok.i), None)
                owned = self._work(p, owner) if owner is not None else None
                if owned is not None and owned.how in ("stated", "anaphor"):
                    film = owned
            who = self._holders(p, tok)
            stand = _stand_in(tok) if not who else None
            if stand is not None and film is not None and film.how in ("stated", "anaphor"):
                # "Jane Roe, one of Anora's producers", "Jane Roe is one of its producers",
                # "Jane Roe was among the producers of Anora": the word that stands for one
                # of a plural title's holders is said of the name as the title itself would
                # be (on a film the phrase names: "one of the great producers" is praise)
                if stand.dep_ == "appos":
                    who = self._named(p, stand.head, single=True)
                elif stand.head.lemma_.lower() in COPULAS and (
                        s_ := subject_token(stand.head)) is not None:
                    who = self._who(p, s_)
                    predicated = bool(who)
            if not who and tok.dep_ in ("attr", "pobj", "nsubj"):
                who = self._predicated(p, tok)
                predicated = bool(who)
            if not who and root.dep_ in ("nsubj", "nsubjpass") and det in DEFINITE and \
                    film is not None and film.how == "stated":
                # "the writer and director of Anora went home with four Oscars": a
                # description of the person in focus, which can support but never refute
                eid = self.res.person(p.sentence)
                who = [Who(eid, None, root.i, root.i + 1, weak=True)] if eid else []
            if not who:
                continue
            if film is None and det is None and not predicated:
                film = self._worked_on(p, tok)
            if film is None:
                if det is None and not predicated and tok.dep_ == "compound" and all(
                        w.eid is None for w in who) and self._focus(
                        p, tok, single=False) is None and not any(
                        a.kind == "film" and a.entity for a in p.args):
                    # "Cinematographer Jane Roe" in a passage on no film the KB knows: the
                    # credit of a film it lacks, by a name it lacks; nothing can decide it
                    film = Work(None, None, "unknown")
                elif det is None and not predicated and who and all(
                        w.eid is not None for w in who) and (set(preds) <= set(
                        lexicon().section("crew").get("passing_titles") or ())
                        or self._title_list(p, tok, root, preds)):
                    # "production designer Jane Roe built the sets": a description of what
                    # she does, which in a passage on one film may be her credit on it; read
                    # so only as a confirmation (weak: the verifier drops it unless the KB
                    # holds her in that role on the film in focus, never refutes it)
                    # (so is a list of titles before a name, "writer, director and editor
                    # Jane Roe": a run of credits, not what she does for a living; read from
                    # where the list opens, which the parser may take for an unknown name)
                    film = self._focus(p, self._list_start(p, tok, root), single=True)
                elif det in INDEFINITE or det is None and not predicated:
                    # "Jane Roe, a producer", "filmmaker Jane Roe": a description of the
                    # person (what she does), no credit on a film the phrase does not state
                    continue
                else:
                    film = self._focus(p, tok, single=True)
                if film is None:
                    continue
            weak = film.how == "bare" and not predicated or film.how == "worked"
            # "Jane Roe, its co-producer": in the roles the lexicon names (`co_credits`) a co-
            # title is a credit of its own below the main one (a co-producer is not among the
            # producers the KB lists): it may confirm the role, never refute it. A co-writer or
            # co-editor shares the main credit and is judged by it
            co = (_co(tok) or _co(root)) and set(preds) & set(
                lexicon().section("crew").get("co_credits") or ())
            gov = stand.head if stand is not None and predicated else _governor(tok)
            negated = predicated and _negated(gov)
            if predicated and _modal(gov):
                continue
            toks = [first, tok.i]
            if film.first >= 0 and film.how != "bare" and not aside:
                toks += [film.first, film.last - 1]
            # "its U.S. distributor, Neon", "the international distributor": the market on
            # the title is a slot of the company's credit, as on the verb
            where = _title_market(p, tok)
            # "the two producers, A and B": how many hold the title, a slot of each credit
            # (the verifier counts the film's whole credit)
            count = next((c for c in tok.children if c.dep_ == "nummod" and
                          getattr(p.arg_at(c.i), "kind", None) == "cardinal"), None)
            holders = number_value(count) if count is not None else None
            if count is not None:
                toks.append(count.i)
            # "the director of Tangerine and Starlet": the films coordinated with the one
            # the title's preposition names hold the same credit, each a claim of its own
            films = [(film, toks)] + [(more, [first, tok.i, more.first, more.last - 1])
                                      for more in self._conjunct_works(p, tok, film)]
            for film, ftoks in films:
                for pred in preds:
                    for w in who:
                        c = self._claim(p, pred, w, film, ftoks + [w.first, w.last - 1], hedged,
                                        negated, weak=weak or (co and pred in co) or None,
                                        group=f"crew:{p.offset}:t{w.first}")
                        if c is not None and count is not None:
                            c.slots["holders"] = holders
                        if c is not None and where is not None and w.org:
                            c.slots["territory"] = where
                        if c is not None and weak and not (co and pred in co) and not w.weak \
                                and w.eid and not negated and pred in crafts \
                                and w.first == tok.i + 1 and tok.head.dep_ != "pobj":
                            # "cinematographer Jane Roe" in passing on the film in focus: a
                            # craft's title, which the verifier may refute when the film's
                            # credit for that craft is whole and she holds another craft of
                            # it (verify/people.py `_wrong_craft`); only a title right before
                            # the name ("Anora (designer: A; editor: B)" may hang one on another),
                            # not in a phrase ("celebrated it with editor A" says no credit)
                            c.slots["craft"] = True
                        if c is not None:
                            out.append(c)
        return out

    def _list_start(self, p: Parsed, tok, root):
        """The first title of the list a title is in: `root`, or for the last title the parser
        made a compound of a name it joined to the list ("Writer, director and editor Jane
        Roe": "editor" on "Roe", "Roe" a conjunct of "director"), that list's first."""
        h = tok.head
        if root.i != tok.i or tok.dep_ != "compound" or h.dep_ != "conj" or \
                h.head.i > tok.i or h.head.pos_ not in NOUNS or self._title(p, h.head) is None:
            return root
        top = h.head
        while (top.dep_ == "conj" or _listed_title(p, top)) and top.head.i < top.i and \
                top.head.pos_ in NOUNS and self._title(p, top.head) is not None:
            top = top.head
        return top

    def _title_list(self, p: Parsed, tok, root, preds) -> bool:
        """Whether a title is one of a list of titles said of one name ("writer, director and
        editor Jane Roe", "writer-director Jane Roe"): a title joined to another, or a word
        that names more than one."""
        def titled_name(n) -> bool:   # "Writer and director Jane Roe": the parser may join
            # the first title to the name the last one is a compound of
            return any(g.dep_ == "compound" and g.i < n.i and g.pos_ in NOUNS
                       and self._title(p, g) for g in n.children)
        h = tok.head
        return root.i != tok.i or len(preds) > 1 or any(
            (c.dep_ == "conj" or _listed_title(p, c)) and c.pos_ in NOUNS and (
                self._title(p, c) or titled_name(c)) for c in tok.children) or (
            tok.dep_ == "compound" and h.dep_ == "conj" and h.head.i < tok.i
            and h.head.pos_ in NOUNS and self._title(p, h.head) is not None)

    def _conjunct_works(self, p: Parsed, tok, film: Work) -> list:
        """The films coordinated with `film` where a title's preposition names it ("the
        director of Tangerine and Starlet", "editor on X and Y"): each a film the phrase
        states. None when a conjunct is no film the KB or the parse knows as a work (a list
        that runs on into something else says no credit of it)."""
        if film.how != "stated" or film.first < 0:
            return []
        obj = next((o for c in tok.children if c.dep_ == "prep" and c.lower_ in
                    table().title_preps for o in c.children if o.dep_ == "pobj"
                    and o.i in range(film.first, film.last)), None)
        if obj is None:
            return []
        out = []
        for c in conjuncts(obj)[1:]:
            w = self._work(p, c)
            if w is None or w.how != "stated" or w.eid == film.eid:
                return []
            out.append(w)
        return out

    def _title(self, p: Parsed, tok):
        """(predicates, first token, the film it names or None, predicated, determiner) of a
        crew title headed by `tok`, or None."""
        t = table()
        a = p.arg_at(tok.i)
        if a is not None and not (a.kind == "person" and not a.entity and a.first == tok.i):
            return None   # part of a name ("Directors Guild", "Best Director")
        head = tok.lemma_.lower() if tok.pos_ == "NOUN" else tok.lower_
        of = next((o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for o in c.children if o.dep_ == "pobj"), None)
        # the words of its phrase before it, within the phrase's own modifiers
        mods = [c for c in tok.children if c.i < tok.i and c.dep_ in (
            "compound", "amod", "nmod", "det", "poss", "punct", "cc", "npadvmod", "nummod")]
        lefts = sorted({x.i for c in mods for x in c.subtree})
        words = [p.doc[i] for i in lefts]
        preds, first = [], tok.i
        for key, pred in t.titles:
            if "of" in key:
                if key[0] == head and of is not None and of.lemma_.lower() == key[-1]:
                    preds.append(pred)
                    of = None   # "director of photography": the of-phrase is the title's
                    break
                continue
            n = len(key) - 1
            if key[-1] != head or n and [w.lower_ for w in words[len(words) - n:]] != \
                    list(key[:-1]):
                continue
            preds.append(pred)
            if n:
                first = words[len(words) - n].i
                words = words[:len(words) - n]
            break
        if not preds:
            return None
        if tok.i >= 2 and p.doc[tok.i - 1].text == "-" and p.doc[tok.i - 2].lower_ == "co":
            first = min(first, tok.i - 2)   # "co-editor"
        film, det = None, None
        for w in words:
            low = w.lower_
            wa = p.arg_at(w.i)
            if w.dep_ == "poss" or w.head.dep_ == "poss" and w.head.i in lefts \
                    or low in ("'s", "’s"):
                continue   # the owner, read below
            if low in t.other_jobs or low in t.career_words:
                return None   # "festival director" (even where "Festival" names a film)
            if wa is not None and wa.kind == "film":
                film = Work(wa.entity, None, "stated", wa.first, wa.last) if wa.entity else None
                if film is None:
                    return None
                continue
            if wa is not None and wa.kind == "work" and not wa.entity:
                film = Work(None, wa.text, "stated", wa.first, wa.last)
                continue
            if wa is not None and wa.last < len(p.doc) and p.doc[wa.last].text == "-":
                continue   # "Oscar-winning"
            if wa is not None and wa.kind == "cardinal" and w.dep_ == "nummod" and \
                    w.head.i == tok.i and tok.tag_ == "NNS":
                continue   # "the two producers, A and B": how many hold it (a slot of its own)
            if wa is not None and wa.kind not in HARMLESS_KINDS:
                return None   # "Cannes director", "Neon producer"
            if low in DEFINITE or low in INDEFINITE:
                det = low
                continue
            if low in t.other_jobs or low in t.career_words:
                return None
            if low in t.title_words and w.pos_ in NOUNS:
                preds += [pr for key, pr in t.titles if key == (low,) and pr not in preds]
                first = min(first, w.i)
                continue   # "writer-director", "writer and director"
            if low == "co" or w.is_punct or low in ("and", "&"):
                first = min(first, w.i) if low == "co" else first
                continue
            if w.pos_ == "NOUN" and w.lemma_.lower() not in \
                    lexicon().qualifiers.get("title_nouns", ()):
                return None   # "theatre director", "sound editor"
        for c in tok.children:
            if c.dep_ == "poss":
                owner = self._owner(p, c)
                if owner is False:
                    return None
                if owner is not None:
                    film = owner
                    first = min(first, c.left_edge.i)   # "the film's editor"
            if c.dep_ == "prep" and c.lower_ in t.title_preps and (
                    c.lower_ != "of" or of is not None):
                objs = [o for o in c.children if o.dep_ == "pobj"]
                got = self._work(p, objs[0]) if objs else None
                if got is None:
                    return None   # "the director of the festival"
                film = got
        if film is None and tok.dep_ == "pobj" and tok.head.lower_ == "as" and \
                tok.head.head.pos_ in VERBS:
            # "served as cinematographer on Anora": the film hangs on the verb the 'as'
            # phrase is of, after the title
            for c in tok.head.head.children:
                if c.dep_ == "prep" and c.lower_ in ("on", "for") and c.i > tok.i:
                    objs = [o for o in c.children if o.dep_ == "pobj"]
                    got = self._work(p, objs[0]) if objs else None
                    if got is None:
                        return None
                    film = got
        np_ = tok.head if tok.dep_ == "compound" else tok   # "director Jane Roe"
        np_ = first_conjunct(np_)   # "with editor Jane Roe and composer John Doe"
        if film is None and np_.dep_ == "pobj" and np_.head.lower_ in t.partner_preps:
            film = self._collaboration(p, np_.head.head)
        if film is None and np_.dep_ == "pobj" and np_.head.lower_ in \
                lexicon().section("filmography").get("maker_preps", ()):
            # "Anora comes from director Jane Roe": the film is the subject of the verb the
            # 'from' phrase hangs on
            g = np_.head.head
            if g.pos_ in VERBS and g.lemma_.lower() in set(
                    lexicon().section("crew").get("origin_verbs") or ()) and \
                    np_.head.lower_ == "from":
                # only a verb of coming from ("comes from", "hails from"): "praised by
                # director X", "drew praise from director X" say nothing of who made it
                subj = next((c for c in g.children if c.dep_ == "nsubj"), None)
                film = self._work(p, subj) if subj is not None else None
            # (not a title noun's 'from' phrase: "a comedy from filmmaker X" may name a
            # producer or a presenter as often as the director)
        return preds, first, film, False, det

    def _collaboration(self, p: Parsed, g) -> Optional[Work]:
        """The film a verb of working together names, for the partner its 'with' phrase
        gives by a crew title ("worked with cinematographer Jane Roe on Anora", "shot the film
        with editor Jane Roe"): its 'on'/'for' phrase, else its object; None for any other verb
        ("celebrated Anora with editor Jane Roe" says nothing of her credit)."""
        lx = lexicon().section("crew")
        if g.pos_ not in VERBS or verb_lemma(g) not in set(lx.get("collaboration_verbs") or ()):
            return None
        preps = set(lx.get("collaboration_preps") or ())
        objs = [o for c in g.children if c.dep_ == "prep" and c.lower_ in preps
                for o in c.children if o.dep_ == "pobj"]
        objs += [c for c in g.children if c.dep_ == "dobj"]
        for o in objs:
            got = self._work(p, o)
            if got is not None:
                return got
        return None

    def _worked_on(self, p: Parsed, tok) -> Optional[Work]:
        """The film a verb of working names when the title's holder is its subject
        ("Cinematographer Jane Roe shot Anora on film", "editor Jane Roe worked on Anora"): what
        the title says she is, on a film she worked on, in a role the verb does not name; it
        may confirm the credit, never refute it (she may have done another job there)."""
        np_ = first_conjunct(tok.head if tok.dep_ == "compound" else tok)
        if np_.dep_ != "nsubj":
            return None
        got = self._collaboration(p, np_.head)
        return Work(got.eid, got.name, "worked", got.first, got.last) if got else None

    def _owner(self, p: Parsed, c):
        """What a possessive before a title says: a film (Work), nothing about the film (None:
        "Baker's editor") or that the title is another's (False: "the festival's director")."""
        a = p.arg_at(c.i)
        if a is not None and a.kind == "person" or c.lower_ in ("his", "her", "their"):
            return None
        return self._work(p, c) or False

    def _holders(self, p: Parsed, tok) -> list[Who]:
        """Who a title is said of beside it: the name it modifies ("cinematographer Jane
        Roe"), stands in apposition to ("Jane Roe, its editor", "the editor, Jane Roe"), or
        that its words open (a name the NER read together with the title)."""
        a = p.arg_at(tok.i)
        if a is not None:   # "Cinematographer Piet Halvorsen" read as one name
            w = self._who_arg(p, a)
            return [w] if w is not None else []
        h = tok.head
        if (tok.dep_ == "conj" or _listed_title(p, tok)) and h.i != tok.i and \
                h.pos_ in NOUNS and self._title(p, h):
            # "writer and director Jane Roe"; "its writer, director and editor, Jane Roe"
            return self._holders(p, h)
        if tok.dep_ in ("compound", "appos") and h.i != tok.i:
            nxt = p.arg_at(tok.i + 1) if tok.i + 1 < len(p.doc) else None
            if nxt is not None and nxt.kind == "person" and nxt.first == tok.i + 1 and \
                    not nxt.first <= h.i < nxt.last:
                # "director Jane Roe and editor John Doe" with the first title hung on the
                # last name: a title is said of the name it stands right before
                h = p.doc[nxt.head]
            got = self._named(p, h, single=tok.tag_ == "NN")
            if got:
                return got
        for c in tok.children:
            if c.dep_ == "appos":
                got = self._named(p, c, single=tok.tag_ == "NN")
                if got:
                    return got
            if c.dep_ == "conj":   # "writer and director Jane Roe"
                if any(g.dep_ == "compound" and self._title(p, g) for g in c.children):
                    got = self._who(p, c, through=False)
                    if got:
                        return got
                ca = p.arg_at(c.i)
                if tok.tag_ == "NNS" and tok.i + 2 < len(p.doc) and \
                        p.doc[tok.i + 1].text == "," and ca is not None and \
                        ca.kind == "person" and ca.first == tok.i + 2:
                    # "the film's producers, A and B, ...": the parser may read the names
                    # after a plural title's comma as its conjuncts; they are its apposition
                    got = self._who(p, c, through=False)
                    if got:
                        return got
        for c in tok.children:   # "the director of Anora, Jane Roe": the name hung on the film
            if c.dep_ == "prep" and c.lower_ in table().title_preps - {"for"}:
                for o in c.children:
                    for g in o.children:
                        if g.dep_ == "appos" and o.dep_ == "pobj":
                            got = self._who(p, g, through=False)
                            if got:
                                return got
                        if g.dep_ == "conj" and o.dep_ == "pobj" and tok.tag_ == "NNS" and \
                                getattr(p.arg_at(o.i), "kind", None) == "film" and \
                                g.left_edge.i >= 1 and p.doc[g.left_edge.i - 1].text == "," \
                                and getattr(p.arg_at(g.i), "kind", None) == "person":
                            # "the editors of X, A and B, ...": the parser may read the names
                            # set off after a plural title's film as the film's conjuncts
                            got = self._who(p, g, through=False)
                            if got:
                                return got
        if tok.dep_ == "conj" and tok.i + 1 < len(p.doc):
            # "Baker and production designer Jane Roe discuss ...": the parser may hang the
            # title and the name after it side by side in the list; the title is said of the
            # name it stands right before
            nxt = p.arg_at(tok.i + 1)
            if nxt is not None and nxt.kind == "person" and nxt.first == tok.i + 1 and (
                    p.doc[nxt.head].dep_ == "conj" and p.doc[nxt.head].head.i == tok.head.i
                    or tok.right_edge.i == tok.i and p.doc[nxt.head].dep_ in (
                        "nsubj", "nsubjpass") and p.doc[nxt.head].head.i != tok.i):
                # (or the name read as the subject of the verb the list is the subject of:
                # "Below, Baker and production designer Jane Roe explain ...")
                w = self._who_arg(p, nxt)
                return [w] if w is not None else []
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.right_edge.i == tok.i and \
                tok.i + 1 < len(p.doc):
            # "Its production designer Jane Roe built the sets": the parser may read the title
            # and the name right after it as two subjects of one verb; the title is said of
            # the name it stands right before
            nxt = p.arg_at(tok.i + 1)
            if nxt is not None and nxt.kind == "person" and nxt.first == tok.i + 1 and \
                    p.doc[nxt.head].dep_ in ("nsubj", "nsubjpass") and \
                    p.doc[nxt.head].head.i == tok.head.i:
                w = self._who_arg(p, nxt)
                return [w] if w is not None else []
        return []

    def _named(self, p: Parsed, h, single: bool = False) -> list[Who]:
        """The names a title stands beside: `h` and its conjuncts, less a conjunct with a title
        noun of its own ("cinematographer Jane Roe and composer John Doe": Doe holds that one).
        A singular title before the name (`single`: "Parasite director Bong Joon Ho and Jane
        Roe") is that name's alone; a plural one is the list's ("producers A and B")."""
        if single:
            a = p.arg_at(h.i)
            if a is not None:
                w = self._who_arg(p, a)
                return [w] if w is not None else []
        own = {t.i for t in conjuncts(h) if t.i != h.i and any(
            c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < t.i for c in t.children)}
        return [w for w in self._who(p, h, through=False)
                if not any(w.first <= i < w.last for i in own)]

    def _predicated(self, p: Parsed, tok) -> list[Who]:
        """Who a title is said to be: "Jane Roe was the editor", "the film's director was Jane
        Roe", "Jane Roe served as editor"."""
        gov = _governor(tok)
        if gov is None:
            return []
        if tok.dep_ == "attr" and gov.lemma_.lower() in COPULAS:
            s = subject_token(gov)
            return self._who(p, s) if s is not None else []
        if tok.dep_ == "nsubj" and gov.lemma_.lower() in COPULAS:
            return [w for c in gov.children if c.dep_ == "attr" for w in self._who(p, c)]
        if tok.dep_ == "nsubj" and tok.tag_ in ("NNS", "NNPS") and gov.pos_ in VERBS and \
                gov.lemma_.lower() in set(lexicon().section("crew").get("list_verbs") or ()):
            # "Anora's producers include Jane Roe": the names a plural title's list verb
            # takes are among its holders
            return [w for c in gov.children if c.dep_ == "dobj" for w in self._who(p, c)]
        if tok.dep_ == "pobj" and tok.head.lower_ == "as":
            prev = p.arg_at(tok.head.i - 1) if tok.head.i else None
            if prev is not None and prev.kind == "person" and prev.last == tok.head.i and \
                    p.doc[prev.head].dep_ == "pobj" and p.doc[prev.head].head.lower_ == "with":
                return self._who(p, p.doc[prev.head], through=False)   # "with X as editor"
            if gov.pos_ in VERBS and not _cast_verb(gov) and not _award_verb(gov):
                s = subject_token(gov)
                return self._who(p, s) if s is not None else []
            return self._who(p, gov, through=False)
        return []

    # -- arguments -----------------------------------------------------------------------------
    def _who(self, p: Parsed, tok, through: bool = True) -> list[Who]:
        out = []
        for t in _misattached_conjuncts(p, tok) + conjuncts(tok):
            w = self._one(p, t, through)
            if w is not None:
                out.append(w)
        return out

    def _one(self, p: Parsed, t, through: bool) -> Optional[Who]:
        a = p.arg_at(t.i)
        if a is not None:
            return self._who_arg(p, a)
        if t.lower_ in PRONOUNS:
            eid, weak = self._pronoun(p, t)
            return Who(eid, None, t.i, t.i + 1, weak=weak) if eid else None
        if t.pos_ == "PROPN":   # a name the NER missed: "Jane Roe" read off the words
            toks = [c for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN"] + [t]
            toks.sort(key=lambda x: x.i)
            if 2 <= len(toks) <= 3 and toks[-1].i - toks[0].i == len(toks) - 1 and all(
                    x.is_title and x.lower_ not in table().title_words
                    and x.lower_ not in table().company_words for x in toks):
                return Who(None, " ".join(x.text for x in toks), toks[0].i, t.i + 1)
            return None
        if through and t.pos_ == "NOUN":   # "his longtime collaborator Jane Roe"
            for c in t.children:
                if c.dep_ in ("appos", "compound") and c.i > t.i:
                    w = self._one(p, c, False)
                    if w is not None:
                        return w
        return None

    def _who_arg(self, p: Parsed, a: Arg) -> Optional[Who]:
        t = table()
        if a.kind == "person" and a.entity:
            return Who(a.entity, None, a.first, a.last)
        if a.kind == "organization" and a.entity:
            return Who(a.entity, None, a.first, a.last, org=True)
        if a.kind not in ("person", "org") or a.entity:
            return None
        toks = list(p.doc[a.first:a.last])
        while toks and (toks[0].lower_ in t.title_words or toks[0].lower_ in t.other_jobs
                        or toks[0].lower_ in ("co", "-")):
            toks = toks[1:]   # "Cinematographer Piet Halvorsen"
        while toks and toks[-1].lower_ in ("'s", "’s"):
            toks = toks[:-1]
        if not toks:
            return None
        if a.kind == "org" and not (2 <= len(toks) <= 3 and all(
                x.pos_ == "PROPN" and x.is_title and x.lower_ not in t.company_words
                for x in toks)):
            return None   # a company, not a person the NER misread ("FilmNation")
        if any(x.lower_ in t.company_words for x in toks[1:]):
            return None
        return Who(None, p.doc[toks[0].i:toks[-1].i + 1].text, toks[0].i, toks[-1].i + 1)

    def _pronoun(self, p: Parsed, t) -> tuple[Optional[str], bool]:
        """(a pronoun's person, weak?): the named subject of its own sentence's main clause
        before it ("Jane Roe was hired as ..., and she also co-wrote it"), else the person
        the passage is about, which is a guess (weak)."""
        for root in (x for x in p.doc if x.dep_ == "ROOT"):
            for c in root.children:
                a = p.arg_at(c.i)
                if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i and a is not None \
                        and a.kind == "person" and a.entity:
                    g = self.res.gender(a.entity)
                    if g is None or g == {"he": "m", "she": "f"}[PRONOUNS[t.lower_]]:
                        return a.entity, False
        # ... or of a clause before it ("Jane Roe plays Igor; he directed ..."), the nearest
        subj = [c for c in p.doc[:t.i] if c.dep_ in ("nsubj", "nsubjpass")
                and (a := p.arg_at(c.i)) is not None and a.kind == "person" and a.entity
                and self.res.gender(a.entity) == {"he": "m", "she": "f"}[PRONOUNS[t.lower_]]]
        if subj:
            return p.arg_at(subj[-1].i).entity, False
        return self.res.person(p.sentence, PRONOUNS[t.lower_]), True

    def _work(self, p: Parsed, tok) -> Optional[Work]:
        """The film a verb's argument or an owner is: a film the phrase names, a title the KB
        lacks, or a word that stands for the film in focus ("the film", "it", "its")."""
        a = p.arg_at(tok.i)
        if a is not None and a.kind == "film":
            return Work(a.entity, None, "stated", a.first, a.last) if a.entity else None
        if a is not None and a.kind == "work" and not a.entity:
            return Work(None, a.text, "stated", a.first, a.last)
        if a is not None:
            return None
        title = titled(p, tok)   # "the comedy Anora"
        if title is not None:
            return self._work(p, title)
        t = table()
        if tok.lemma_.lower() in lexicon().qualifiers.get("title_nouns", ()):
            # "Anora, a comedy directed by ...", "It is a drama directed by ...": the noun is
            # said of the film
            if tok.dep_ == "appos" and p.arg_at(tok.head.i) is not None:
                return self._work(p, tok.head)
            if tok.dep_ == "attr" and tok.head.lemma_.lower() in COPULAS:
                s = subject_token(tok.head)
                if s is not None and s.i != tok.i:
                    return self._work(p, s)
        low = tok.lower_
        if low in FILM_PRONOUNS:
            return self._focus(p, tok, single=False)
        if tok.tag_ in ("NNS", "NNPS") or tok.lemma_.lower() not in \
                lexicon().qualifiers.get("title_nouns", ()):
            return None   # "his films", "the book", "Igor"
        mods = [c for c in tok.children if c.i < tok.i]
        if any(c.lower_ in t.other_film_words or c.lower_ in INDEFINITE for c in mods) or \
                any(c.dep_ == "poss" and self._owner(p, c) is False for c in mods):
            return None   # "her next film", "a film", "the festival's film"
        return self._focus(p, tok, single=False)

    def _focus(self, p: Parsed, tok, single: bool) -> Optional[Work]:
        """The film in focus at `tok` (`Resolver.focus`); `single`: only when it is the one film
        in focus (a title the KB lacks in the sentence may be the one meant). "It" and "its"
        after a clause about a film point back to that clause's subject ("The Salt Orchard
        was shot on 35mm, and its cinematographer ...": not a KB film)."""
        if single and any(a.kind in ("work", "name") and not a.entity for a in p.args):
            return None
        if not single:
            s = _subject_before(tok)
            a = p.arg_at(s.i) if s is not None else None
            if a is not None and a.kind == "film" and a.entity:
                return Work(a.entity, None, "anaphor")
            if s is not None and (a is None and s.pos_ == "PROPN" or a is not None
                                  and a.kind in ("work", "film", "name")):
                return None   # a title the KB lacks
        pos = p.offset + tok.idx
        film = self.res.focus(p.sentence, pos, single=single)
        if film is None:
            return None
        if single and any(a.kind == "film" and a.entity == film and _aside(p, a, tok)
                          for a in p.args):
            return None   # "Director X, who also made Y, wrote the script": Y is said in an
            # aside about X, so the script may be the passage's film's
        return Work(film, None, "bare" if single else "anaphor")

    # -- claims --------------------------------------------------------------------------------
    def _claim(self, p: Parsed, pred: str, who: Who, film: Work, toks: list[int],
               hedged: bool, negated: bool, weak: Optional[bool] = None,
               group: Optional[str] = None, cowriter: Optional[bool] = None) -> Optional[Claim]:
        if who.eid is not None and who.eid == film.eid:
            return None
        if who.org:   # a company's credit is the role's company counterpart, if it has one
            pred = table().companies.get(pred)
            if pred is None:
                return None
        elif pred in table().companies.values():
            return None   # a person does not hold a company's credit ("distributed by X")
        toks = [i for i in toks if i >= 0]
        start, end = p.span_of(min(toks), max(toks) + 1)
        s = p.sentence
        start, end = max(s.start, start), min(s.end, end)
        if end < s.end and self.text[end] == ")" and "(" in self.text[start:end]:
            end += 1
        obj = EntityRef(who.eid, self.kb.label(who.eid)) if who.eid else who.name
        slots = dict(subject=film.eid, person=who.eid, film=film.eid, negated=negated,
                     weak=bool(weak or who.weak), group=group)
        if who.eid is None:
            slots["name"] = who.name
        if film.eid is None:
            slots["subject_name"] = film.name
        if cowriter:
            slots["cowriter"] = True
        slots["bound"] = film.how
        if film.how != "stated" and film.eid and self.res.focus(
                p.sentence, start, single=True) != film.eid:
            # "it", "the film" or nothing, in a passage where it is not the one film in focus:
            # a reading that may confirm, never refute
            slots["refute_blocked"] = ("The sentence does not name the film, and the passage "
                                       "names more than one; read as "
                                       f"{self.kb.label(film.eid)}, this does not hold: ")
        return Claim(id="", start=start, end=end, text=self.text[start:end],
                     category=table().category.get(pred, "crew"),
                     subject=EntityRef(film.eid, self.kb.label(film.eid)) if film.eid else None,
                     predicate=pred, object=obj, hedged=hedged, slots=slots)


# -- the parse around a crew word ----------------------------------------------------------------
@lru_cache(maxsize=1)
def _formats() -> frozenset:
    """The film formats of the lexicon's filmography section, as written without spaces and
    hyphens ("35mm", "super16", "anamorphic")."""
    return frozenset(f.lower().replace(" ", "").replace("-", "")
                     for f in lexicon().section("filmography").get("formats") or ())


def _format_word(c) -> Optional[str]:
    """The film format a modifier before a job noun spells with the words it governs ("35mm",
    which the tokenizer splits into "35" and "mm"; "anamorphic"), as the lexicon writes it
    without spaces; else None."""
    words = "".join(x.lower_ for x in c.subtree if x.i <= c.i).replace("-", "")
    return words if words in _formats() else None


def _credit_item(v) -> bool:
    """Whether a participle opens one item of a credit line of participles ("Directed by X;
    written by Y; shot by Z.", "Written by X, produced by Y"), however the parser hangs the
    items on one another: the sentence, cut at its semicolons and commas, is items that
    each open with a participle and its "by" (or "and" before it), and `v` opens one."""
    doc = v.doc
    if v.tag_ != "VBN" or v.i + 1 >= len(doc) or doc[v.i + 1].lower_ != "by":
        return False
    items, cur = [], []
    for t in doc:
        if t.text in (";", ","):
            items.append(cur)
            cur = []
        elif not (t.is_punct and t.i == len(doc) - 1):
            cur.append(t)
    items = [x for x in items + [cur] if x]
    if len(items) < 2:
        return False
    heads = []
    for x in items:
        k = 1 if x[0].lower_ == "and" else 0
        if len(x) < k + 3 or x[k].tag_ != "VBN" or x[k + 1].lower_ != "by":
            return False
        heads.append(x[k].i)
    return v.i in heads and not any(t.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass")
                                    for t in doc)


def _titled_among(p: Parsed, who: list, pred: str) -> list:
    """Coordinated subjects of which some carry the credit's title right before their name
    ("Baker and cinematographer Drew Daniels lensed the film"): the title says who holds the
    credit; the others made the film with them (a director beside the DP), which may confirm
    their own credit but never refutes it (weak). Unchanged when no one, or everyone, is
    titled ("DP A and B", "A and B produced it")."""
    if len(who) < 2:
        return who
    keys = [key for key, pr in table().titles if pr == pred]
    def titled(w) -> bool:
        words = [x.lower_ for x in p.doc[max(0, w.first - 4):w.first]]
        lemmas = [x.lemma_.lower() for x in p.doc[max(0, w.first - 4):w.first]]
        return any(len(k) <= len(words) and tuple(words[len(words) - len(k):-1]) == k[:-1]
                   and k[-1] in (words[-1], lemmas[-1]) for k in keys)
    marks = [titled(w) for w in who]
    if not any(marks) or all(marks):
        return who
    return [w if m else replace(w, weak=True) for w, m in zip(who, marks)]


def _titled_subject(v, pred: str) -> bool:
    """The verb's subject carries a title of that credit ("DP Jane Roe shot Anora", "Anora's
    cinematographer, Jane Roe, filmed it"): the words of the subject's phrase hold the title."""
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    words = [x.lower_ for x in subj.subtree]
    lemmas = [x.lemma_.lower() for x in subj.subtree]
    for key, pr in table().titles:
        if pr != pred:
            continue
        n = len(key)
        if any(tuple(words[i:i + n - 1]) == key[:-1] and key[-1] in (words[i + n - 1],
                                                                      lemmas[i + n - 1])
               for i in range(len(words) - n + 1)):
            return True
    return False


def _when(p: Parsed, v) -> Optional[Arg]:
    """A date in a phrase on the verb ("acquired by Neon in November 2023"); not one in a
    phrase of sequence (lexicon `dates.sequence_preps`: "following its premiere on 21 May"),
    which dates the other event."""
    seq = set(lexicon().dates.get("sequence_preps") or ())
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ not in seq:
            for o in c.subtree:
                a = p.arg_at(o.i)
                if a is not None and a.kind == "date":
                    return a
    return None


def _release_verbs() -> frozenset:
    return frozenset(lexicon().section("crew").get("release_verbs") or ())


def _acquisition_verbs() -> dict:
    """Lemma -> the particle it needs (None: none) of the verbs that tell a purchase."""
    return lexicon().section("crew").get("acquisition_verbs") or {}


def _show_of_purchase(p: Parsed, v) -> Optional[Arg]:
    """The festival or ceremony a purchase is set during ("acquired it at Cannes", "during the
    festival"; lexicon `acquisition_event_preps`), or None."""
    preps = set(lexicon().section("crew").get("acquisition_event_preps") or ())
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for o in c.children:
                a = p.arg_at(o.i) if o.dep_ == "pobj" else None
                if a is not None and a.entity and a.kind in ("festival", "ceremony"):
                    return a
    return None


def _date_said(words: str) -> Optional[tuple]:
    """(year, month, day) one date says ("November 2023", "2023"; Nones for what it leaves
    out), or None when the words are no single date ("late 2023")."""
    got = [d for d in find_dates(words) if d.year]
    if len(got) == 1:
        return got[0].year, got[0].month, got[0].day
    y = year_of(words)
    return (y, None, None) if y else None


def _company_jobs() -> dict:
    return lexicon().section("crew").get("company_jobs") or {}


def _job_film_preps() -> frozenset:
    return frozenset(lexicon().section("crew").get("job_film_preps") or ("of", "for", "on"))


def _territory(p: Parsed, v, who=None) -> Optional[tuple]:
    """The market of `who`'s credit (see _markets): the one phrase the verb has, or, when it
    has one per company ("in France by Le Pacte and in America by Neon", "by Neon in the US and
    by Le Pacte in France"), the one beside this company -- before each company when the first
    market comes before the first company, after it otherwise."""
    got = _markets(p, v)
    orgs = sorted({a.first for a in p.args if a.kind in ("organization", "org", "company")}
                  | ({who.first} if who is not None else set()))
    if len(got) > 1 and (len({m[3] for m in got}) == 1 or len(orgs) == 1):
        # one phrase listing several ("in France and Germany"), or one company with several
        # ("in the US and in Canada"): the credit states them all; the first, the span over
        # them, and the others
        return (got[0][0], got[0][1], got[-1][2], tuple(m[0] for m in got[1:]))
    got = [m[:3] for m in got]
    if len(got) <= 1 or who is None:
        return got[0] if got else None
    before = got[0][1] < orgs[0]
    if before:   # the market right before the company, no other company between
        mine = [m for m in got if m[2] <= who.first
                and not any(m[2] <= o < who.first for o in orgs)]
    else:        # the market right after it
        mine = [m for m in got if m[1] >= who.last and not any(who.last <= o < m[1] for o in orgs)]
    return mine[0] if len(mine) == 1 else None


def _title_market(p: Parsed, tok) -> Optional[str]:
    """The market a modifier of a company's title names ("its U.S. distributor", "the
    international distributor"): a KB place, a country of a release, or a market of the
    lexicon's `market_words` said as the adjective its key is; None when there is none, or
    more than one."""
    keys = set((lexicon().section("crew").get("market_words") or {}).keys())
    # the countries a release is said to be in, by name or adjective ("its American
    # distributor"; the dates section's `countries`)
    countries = lexicon().dates.get("countries") or {}
    got = set()
    for c in tok.children:
        if c.dep_ not in ("compound", "amod", "nmod", "npadvmod") or c.i > tok.i:
            continue
        a = p.arg_at(c.i)
        if a is not None and a.kind == "place" and a.entity:
            got.add(a.entity)
        elif c.lower_ in countries and (a is None or a.kind not in (
                "film", "person", "organization")):
            got.add(countries[c.lower_])
        elif a is None and c.lower_ in keys:
            got.add(c.lower_)
    return next(iter(got)) if len(got) == 1 else None


def _markets(p: Parsed, v) -> list:
    """(market, first token, end token) a phrase on the verb names as where a company's credit
    holds: a KB place after one of the lexicon's `territory_preps` ("distributed by Neon in the
    US", "in France, Le Pacte released it") or a venue noun its country's adjective modifies
    ("in French cinemas"), or a market word (`market_words`: "worldwide",
    "internationally"), on the verb or on the verb it is coordinated with."""
    sec = lexicon().section("crew")
    preps = set(sec.get("territory_preps") or ())
    words = {w: market for market, ws in (sec.get("market_words") or {}).items() for w in ws}
    venues = set(lexicon().dates.get("venues") or ())
    out = []
    for verb in (v, v.head) if v.dep_ == "conj" else (v,):
        # a market coordinated with a phrase of the verb ("by Le Pacte and in America")
        kids = [x for c in verb.children for x in [c] + [g for g in c.children
                                                         if g.dep_ == "conj"]]
        # ... or hung on the company after "by" ("distributed by Universal in the US")
        kids += [x for c in verb.children if c.dep_ == "agent" for o in c.children
                 if o.dep_ == "pobj" for x in o.children if x.dep_ == "prep"]
        # ... or, a venue's phrase, on the verb's object ("released the film in French
        # cinemas", the parser hanging the phrase on "film")
        on_obj = {x.i for c in verb.children if c.dep_ == "dobj" for x in c.children
                  if x.dep_ == "prep" and x.lower_ in preps}
        kids += [p.doc[i] for i in sorted(on_obj)]
        for c in kids:
            if c.i in on_obj:
                out += [(m, o.left_edge.i, o.i + 1, c.i) for o in c.children
                        if o.dep_ == "pobj" and p.arg_at(o.i) is None and o.lower_ in venues
                        and (m := _title_market(p, o)) is not None]
                continue
            if c.dep_ in ("prep", "conj") and c.lower_ in preps:
                # each place of a list ("in France and Germany"), marked by its phrase
                for o in [x for o in c.children if o.dep_ == "pobj" for x in conjuncts(o)]:
                    a = p.arg_at(o.i)
                    if a is not None and a.kind == "place" and a.entity:
                        out.append((a.entity, a.first, a.last, c.i))
                    elif a is None and o.lower_ in venues and \
                            (m := _title_market(p, o)) is not None:
                        # "released it in French cinemas": the country its adjective names
                        # (the dates section's `venues` and `countries`)
                        out.append((m, o.left_edge.i, o.i + 1, c.i))
            phrase = " ".join(t.lower_ for t in c.subtree)
            if c.dep_ in ("advmod", "prep", "npadvmod") and phrase in words:
                out.append((words[phrase], c.left_edge.i, c.right_edge.i + 1, c.i))
        if out:
            break
    return sorted(set(out), key=lambda m: m[1])


def _group(v) -> list:
    """A crew verb and the crew verbs coordinated with it ("wrote, directed and edited")."""
    t = table()
    root = v
    while (before := _item_before(root)) is not None and t.crewish(before):
        root = before
    out, stack = [], [root]
    while stack:
        x = stack.pop()
        out.append(x)
        stack += [c for c in x.children if (c.dep_ in ("conj", "xcomp") or _listed(c))
                  and t.crewish(c)]
        # "a film written, edited and directed by X": the parser may hang each participle on
        # the noun, the first two apart, a comma between
        stack += [c for c in x.head.children if c.dep_ == "acl" and c.i > x.i
                  and getattr(_sibling_before(c), "i", None) == x.i and t.crewish(c)] \
            if x.dep_ == "acl" else []
    return sorted(out, key=lambda x: x.i)


def _item_before(v):
    """The item before verb `v` in a list of verbs, or None: the verb it is coordinated with
    or (`_listed`) hung on, or the participle set right before it (`_sibling_before`)."""
    if (v.dep_ in ("conj", "xcomp") or _listed(v)) and v.head.i != v.i:
        return v.head
    return _sibling_before(v)


def _sibling_before(v):
    """The participle right before a comma before participle `v`, the parser hanging both on
    one noun ("a film written, edited and directed by X": "written" for "edited"), neither
    with a subject, marker, auxiliary or object of its own; else None."""
    d = v.doc
    if v.dep_ != "acl" or v.i < 2 or d[v.i - 1].text != ",":
        return None
    x = d[v.i - 2]
    own = ("nsubj", "nsubjpass", "mark", "aux", "auxpass", "dobj", "obj")
    if x.dep_ != "acl" or x.head.i != v.head.i or x.pos_ != "VERB" \
            or any(c.dep_ in own for c in x.children) \
            or any(c.dep_ in own[:5] for c in v.children):
        return None
    return x


def _listed_title(p: Parsed, tok) -> bool:
    """A title noun the parser hung in apposition on the title before it, a comma between: an
    item of a list of titles ("its writer, director and editor, Jane Roe"), not a name."""
    h = tok.head
    # (the first title may open the sentence, capitalized and tagged a proper noun: "Writer,
    # director and editor Jane Roe ...")
    return tok.dep_ == "appos" and tok.pos_ == "NOUN" and h.pos_ in NOUNS and h.i < tok.i \
        and p.arg_at(tok.i) is None and p.arg_at(h.i) is None and tok.doc[tok.i - 1].text == ","


def _listed_credit(v, group: list) -> bool:
    """Whether a verb that states its credit only with "by" (`by_verbs`: "shot") is an item of
    a list of credit verbs that share its subject and film ("Jane Roe wrote, directed and shot
    Anora"): the list says which credit each verb tells, as a title would; not with a phrase
    of its own ("wrote it and shot it in Brooklyn": where it was made)."""
    t = table()
    return len(group) > 1 and any(g is not v and (verb_lemma(g) or g.lemma_.lower()) in t.verbs
                                  for g in group) \
        and not any(c.dep_ in ("prep", "advmod", "npadvmod") for c in v.children)


def _listed(v) -> bool:
    """A verb the parser hung as an adverbial clause on the verb just before a comma, with no
    subject or marker of its own: the second item of a list ("written, directed and edited");
    so is one it hung as the clausal complement of that verb, with no object of its own either
    ("which he wrote, directed, edited and produced")."""
    d = v.doc
    return v.dep_ in ("advcl", "ccomp") and v.i >= 2 and d[v.i - 1].text == "," and \
        v.head.i == v.i - 2 and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux")
                                        for c in v.children) and (
            v.dep_ == "advcl" or not any(c.dep_ in ("dobj", "obj") for c in v.children))


def _object(v):
    """A verb's object; in "X wrote the score and Y designed the sets" the parser may make
    "the score and Y" the subject of the second verb: the noun is the first verb's object."""
    obj = next((c for c in v.children if c.dep_ in ("dobj", "obj")), None)
    if obj is not None:
        return obj
    for c in v.children:
        # "directed, edited and produced Anora": the parser may hang the title on the verb as
        # a bare noun phrase adverb when the list before it confuses it
        if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i > v.i and \
                c.ent_type_ not in ("DATE", "TIME") and v.tag_ in ("VBD", "VBN", "VBZ", "VBP"):
            return c
    for c in v.children:   # "wrote and directed Anora", the second verb read into the name
        if c.dep_ == "conj" and c.pos_ in NOUNS and _mistagged(c):
            return c
    for c in v.children:
        if c.dep_ in ("ccomp", "conj") and c.pos_ in VERBS:
            for n in c.children:
                if n.dep_ == "nsubj" and n.pos_ == "NOUN" and n.i > v.i and any(
                        g.dep_ == "conj" and g.pos_ == "PROPN" for g in n.children):
                    return n
    return None


def _mistagged(tok) -> list[str]:
    """The credits of lower-case crew verbs the tagger read as part of a name before `tok`
    ("directed" in "wrote and directed Anora")."""
    if tok is None:
        return []
    forms = verb_forms()
    # "compound" ("directed Anora" read as one name), or "amod" when the title is itself read
    # as the conjunct of the verb before ("wrote and directed Anora": "directed" a modifier
    # of "Anora", "Anora" coordinated with "wrote")
    # the modifier may also follow a verb the title is the object of and a conjunct of that
    # verb ("directed and co-wrote Parasite": "wrote" a modifier of "Parasite", the object of
    # "directed", with "co" its conjunct)
    verb = tok.head if tok.dep_ in ("conj", "dobj") and tok.head.pos_ in VERBS else None
    return [forms[c.lower_] for c in tok.children if c.i < tok.i and c.text.islower()
            and c.lower_ in forms and (c.dep_ == "compound" or c.dep_ == "amod" and verb is not None
                                       and (tok.dep_ == "conj" or any(
                                           g.dep_ == "conj" and verb.i < g.i < c.i
                                           for g in verb.children)))]


def _co(v) -> bool:
    """"co-wrote", "co-directed": the parser splits the prefix off the verb."""
    d = v.doc
    return v.i >= 2 and d[v.i - 1].text == "-" and d[v.i - 2].lower_ == "co"


def _passive_work(v, p: Optional[Parsed] = None) -> tuple:
    """(the token a passive crew verb is said of, whether it stands in the verb's own phrase):
    its subject ("Anora was directed by"), the noun a participle hangs on ("a drama directed
    by"), or the subject of the clause a fronted participle opens ("Written and directed by X,
    Anora is ...")."""
    if _credit_item(v):
        return None, False   # "Directed by X; written by Y": a credit line names no film
    for c in v.children:
        if c.dep_ in ("nsubjpass", "nsubj"):
            if c.lower_ in RELATIVE and v.dep_ == "relcl":
                return v.head, True
            return c, True
    # "won Best Actor for Joker, directed by X": a participle trailing the clause right after
    # a title is said of that title (the parser hangs it on the verb or on the prize)
    film = _title_before(v, p) if v.dep_ in ("acl", "advcl") and v.tag_ == "VBN" else None
    if film is not None:
        return film, True
    if v.dep_ in ("acl", "relcl"):
        return v.head, True
    if v.dep_ == "amod" and v.head.i > v.i:   # "the Jane Roe-directed comedy"
        return v.head, True
    if v.dep_ in ("advcl", "csubj") and v.tag_ == "VBN":
        main = v.head
        subj = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")
                     and c.i != v.i), None)
        if subj is None and main.i > v.i:   # "..., 'Anora' is": a quoted title the parser
            before = [t for t in v.doc[v.i + 1:main.i] if not t.is_punct]   # hung elsewhere
            if before and before[-1].pos_ == "PROPN":
                subj = before[-1]
        return subj, False   # the film is said in another clause: not in the credit's words
    if v.dep_ == "conj" and v.head.i != v.i:
        # "Anora was scored by X, and Under the Sun of Satan was directed by Y": a title right
        # before the conjunct's own "was" is its subject, however the parser hung its words
        # (a title opening with a preposition reads as a prepositional phrase)
        aux = [c for c in v.children if c.dep_ in ("auxpass", "aux") and c.i < v.i]
        k = (aux[0].i if aux else v.i) - 1
        a = p.arg_at(k) if p is not None and k > v.head.i else None
        if a is not None and a.kind in ("film", "work") and a.entity and a.last == k + 1 \
                and a.first > v.head.i:
            return v.doc[a.head], True
        return _passive_work(v.head, p)
    s = subject_token(v)
    return s, False


def _title_before(v, p: Optional[Parsed]):
    """The head of the film title just before the comma that opens participle `v`, when the
    parser hung `v` on a verb or a noun before the title rather than on the title."""
    if p is None or v.i < 2 or v.doc[v.i - 1].text != "," or v.head.i > v.i:
        return None
    a = p.arg_at(v.i - 2)
    if a is None or a.kind != "film" or a.last != v.i - 1 or v.head.i >= a.first:
        return None
    own = p.arg_at(v.head.i)
    if own is not None and own.kind in ("film", "person"):
        return None
    return v.doc[a.head]


def _stand_in(tok):
    """The word that stands for one holder of a plural title `tok`: the "one" of "one of its
    producers" (lexicon crew `partitive_words`), the "among" of "was among its producers"
    (`member_preps`); None for any other."""
    if tok.dep_ != "pobj" or tok.tag_ not in ("NNS", "NNPS"):
        return None
    crew = lexicon().section("crew")
    prep = tok.head
    if prep.lower_ == "of" and prep.head.lower_ in set(crew.get("partitive_words") or ()) and \
            prep.head.dep_ in ("appos", "attr"):
        return prep.head
    if prep.lower_ in set(crew.get("member_preps") or ()) and prep.dep_ == "prep":
        return prep
    return None


def _governor(tok):
    """The verb a predicated title hangs from (through "as")."""
    if tok.dep_ == "pobj":
        return tok.head.head
    return tok.head if tok.head.i != tok.i else None


def _aside(p: Parsed, a: Arg, tok) -> bool:
    """Whether argument `a` is said in an aside about a person that `tok` is not part of
    ("Jane Roe, who also made Harbour Lights, ...")."""
    mine = {x.i for x in tok.ancestors} | {tok.i}
    t = p.doc[a.head]
    while t.i not in mine and t.head.i != t.i:
        h = p.arg_at(t.head.i)
        if t.dep_ in ("relcl", "acl", "appos") and h is not None and h.kind == "person":
            return True
        t = t.head
    return False


def _award_verb(v) -> bool:
    """"won as director", "nominated as producer": a prize's category, not a credit. A cue of
    several words counts only when the sentence completes it ("returned as cinematographer"
    is no "return empty-handed")."""
    from .frames import _match_cue
    cue = _match_cue(v)
    return cue is not None and cue.relation.family == "awards" or any(
        c.relation.family == "awards" and len(c.words) == 1 and not c.passive
        for c in lexicon().verb_cues(v.lemma_.lower()))


def _subject_before(tok):
    """The subject of the latest clause before `tok` in its sentence, other than its own
    phrase: what "it" or "the film" there most likely points back to."""
    own = {x.i for x in tok.subtree}
    for v in sorted((x for x in tok.doc if x.pos_ in VERBS and x.i < tok.i), key=lambda x: -x.i):
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i and c.i not in own \
                    and c.lower_ not in RELATIVE and c.i != tok.i:
                return c
    return None


def _cast_verb(v) -> bool:
    """"plays a director", "was cast as the editor": a role, not a credit."""
    lem = v.lemma_.lower()
    return any(c.relation.family == "cast" for c in lexicon().verb_cues(lem)) or lem in (
        "star", "appear", "cast")


def _best(claims: list[Claim], text: str) -> list[Claim]:
    """One claim per (film, credit, person): a credit the phrase states over one said in
    passing, the first read otherwise; a credit said twice is one claim over both."""
    rank = {"stated": 0, "anaphor": 1, "bare": 2}
    keyed = {}
    for i, c in enumerate(claims):
        key = (c.slots.get("subject") or c.slots.get("subject_name"), c.predicate,
               c.slots.get("person") or c.slots.get("name"))
        score = (bool(c.slots.get("weak")), rank.get(c.slots.get("bound"), 3), i)
        if key not in keyed or score < keyed[key][0]:
            other = keyed[key][1] if key in keyed else None
            keyed[key] = (score, c)
        else:
            other, c = c, keyed[key][1]
        if other is not None and (other.start, other.end) != (c.start, c.end):
            # the same credit said twice in the sentence ("Jane Roe was the editor, cutting
            # the film in a month"): one claim over both
            c.start, c.end = min(c.start, other.start), max(c.end, other.end)
            c.text = text[c.start:c.end]
        if other is not None and other.slots.get("holders") is not None:
            # "its two editors, A and B, cut it": the count said of the title is a slot of
            # the one claim either reading keeps
            c.slots.setdefault("holders", other.slots["holders"])
    return sorted((c for _s, c in keyed.values()), key=lambda c: (c.start, c.end))


def _misattached_conjuncts(p: Parsed, tok) -> list:
    """Names coordinated before the name `tok` stands in, that the parser hung inside its
    phrase: in "produced by A24 and Cre Film" it reads "A24" as a modifier of "Film" and "Cre"
    as A24's conjunct, so the phrase's head names Cre Film alone. A name before the phrase's
    own name, modifying a word of the phrase, with a conjunct inside that name, is one more
    name of the list (in the order written)."""
    own = p.arg_at(tok.i)
    if own is None:
        return []
    out = []
    for t in tok.subtree:
        if t.i < own.first and t.dep_ in ("nmod", "compound") and p.arg_at(t.i) is not None \
                and any(c.dep_ == "conj" and own.first <= c.i < own.last for c in t.children):
            out += [x for x in conjuncts(t) if not own.first <= x.i < own.last]
    return sorted(out, key=lambda x: x.i)
