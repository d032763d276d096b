"""Production checks: production companies and distributors, the format a film was shot on, and
its rating."""
from __future__ import annotations

import re
import types
from typing import Optional

from ..textutil import fold
from .checks import L, Verdict, check, nei, refuted, supported
from .datematch import _date_matches
from .statements import note_fields
from .words import fmt_date


@check("production_company", "distributor")
def company(kb, c) -> Optional[Verdict]:
    """A company's credit on a film ("produced by Cre Film", "distributed by Neon"): held, or
    refuted only by the film's complete list of them; a company the KB lacks is unknown."""
    film, org, pred = c.slots["subject"], c.slots.get("person"), c.predicate
    facts = kb.facts(subject=film, predicate=pred)
    verb = COMPANY_WORDS[pred]
    hit = [f for f in facts if f.value == org]
    where = c.slots.get("territory")
    if hit and where:   # the market stated is a slot: a credit held elsewhere does not say it
        # (a KB place, or a market word: "international", "worldwide"); each market of a list
        # ("in France and Germany") is one
        kept = []
        for w in [where] + list(c.slots.get("territories") or ()):
            named = {fold(a) for a, _k in kb.aliases_of(w)} | {fold(L(kb, w))} \
                if kb.entity(w) is not None else {fold(w)}
            held = [f for f in hit if fold(str(f.qualifiers.get("territory")
                                               or f.qualifiers.get("market") or "")) in named]
            if not held:
                markets = ", ".join(str(f.qualifiers.get("territory")
                                        or f.qualifiers.get("market")
                                        or "unstated markets") for f in hit)
                return nei(f"{L(kb, film)} was {verb} by {L(kb, org)} in {markets}; the KB "
                           f"does not say it was {verb} {_market(kb, w)}.", hit)
            kept += [f for f in held if f not in kept]
        hit = kept
    if hit and c.slots.get("acquired") and c.slots.get("time_parts"):
        v = _bought_when(kb, c, hit, film, org)
        if v is not None:
            return v
    if hit and c.slots.get("acquired") and c.slots.get("bought_at"):
        v = _bought_during(kb, c, hit, film, org)
        if v is not None:
            return v
    if hit and c.slots.get("dated_release"):
        return Verdict("drop", "")   # a release by the company, dated: the date claim's
    if hit and c.slots.get("time"):
        return nei(f"{L(kb, film)} was {verb} by {L(kb, org)}; the KB does not date it "
                   f"({c.slots['time']}).", hit)
    if hit:
        return supported(f"{L(kb, film)} was {verb} by {L(kb, org)}"
                         f"{' ' + _market(kb, where) if where else ''}.", hit)
    if c.slots.get("weak"):
        return Verdict("drop", "")
    # (a release said with no market is in the company's home market; a purchase, "picked
    # up by A24", or a bare credit, "its distributor, A24", may be of rights anywhere)
    home = _home_market(kb, org) if c.slots.get("release") and not where \
        and not c.slots.get("acquired") else None
    v = _other_in_market(kb, c, facts, where or home, org, verb) \
        if pred == "distributor" else None
    if v is not None:
        return v
    if c.slots.get("dated_release"):   # the date claim of its words judges the rest
        return Verdict("drop", "")
    noted = _noted_company(kb, film, org, pred, where) if not c.slots.get(
        "acquired") and not c.slots.get("time") else None
    if noted is not None:   # a career note's field names it (support only: a note is no list)
        f, field = noted
        return supported(f"The KB's sourced note on {L(kb, film)} names {L(kb, org)} in its "
                         f"'{field}' field.", [f])
    if org is None or not facts or not kb.is_complete(pred, subject=film):
        return None
    who = ", ".join(L(kb, f.value) for f in facts)
    return refuted(f"{L(kb, film)} was {verb} by {who}, not {L(kb, org)} (the KB holds the "
                   f"full list).", facts)


COMPANY_WORDS = {"production_company": "produced", "distributor": "distributed"}
# the fields of a career note (a person's filmography entry on a film: "Red Rocket; year: 2021;
# ...; us distributor: A24") that name a company's credit on the film, by predicate: the
# field's value, or the company set in brackets after a date ("us release: 2017-10-06 (A24)")
NOTE_COMPANY_FIELDS = {"distributor": ("us distributor", "distributor", "us release", "release"),
                       "production_company": ("production company", "production companies")}


def _noted_company(kb, film: str, org: Optional[str], pred: str, where: Optional[str] = None):
    """(note, field) of a career note about the film whose company field names `org`, or None.
    A note names some of a film's companies, never all: it only supports. A market said must
    be the one a field names ("released in the US by A24": a "us" field)."""
    if org is None or kb.entity(org) is None:
        return None
    names = {fold(a) for a, _k in kb.aliases_of(org)} | {fold(L(kb, org))}
    keys = NOTE_COMPANY_FIELDS.get(pred, ())
    if where is not None:
        if kb.entity(where) is None or "united states" not in {
                fold(a) for a, _k in kb.aliases_of(where)} | {fold(L(kb, where))}:
            return None
        keys = tuple(k for k in keys if k.startswith("us "))
    for f, key, val in note_fields(kb, film):
        if key not in keys:
            continue
        if "(" in val and val.endswith(")"):
            val = val[val.rindex("(") + 1:-1]
        elif key.endswith("release"):
            continue   # a release field names its company only in brackets
        if any(fold(v) in names for v in val.replace(" and ", ",").split(",") if v.strip()):
            return f, key
    return None


def _bought_during(kb, c, hit, film, org) -> Optional[Verdict]:
    """"Neon bought Anora at Cannes": the days of the show (the edition named, or the film's
    one edition of the show named) against the month the KB gives the purchase (`acquired`);
    refuted only when every credit held is firm and dated wholly outside them."""
    from .dates import _span
    dated = [f for f in hit if f.qualifiers.get("acquired")]
    ed = _edition_of_film(kb, c.slots["bought_at"], film)
    days = sorted(str(f.value) for pred in ("start_date", "end_date")
                  for f in kb.facts(subject=ed, predicate=pred)
                  if not f.disputed and len(str(f.value)) == 10) if ed else []
    if not dated or len(days) != 2:
        return None
    lo, hi = _span(days[0])[0], _span(days[1])[1]
    spans = [_span(str(f.qualifiers["acquired"])) for f in dated]
    when = ", ".join(fmt_date(str(f.qualifiers["acquired"])) for f in dated)
    show = f"{L(kb, ed)} ({fmt_date(days[0])} to {fmt_date(days[1])})"
    inside = [f for f, (a, b) in zip(dated, spans) if lo <= a and b <= hi]
    if inside:
        return supported(f"{L(kb, org)} acquired {L(kb, film)} during the {show}.", inside)
    if len(dated) == len(hit) and not any(f.disputed for f in dated) and not c.hedged \
            and not c.slots.get("negated") and all(b < lo or a > hi for a, b in spans):
        return refuted(f"{L(kb, org)} acquired {L(kb, film)} in {when}, not during the "
                       f"{show}.", dated)
    return nei(f"{L(kb, org)} acquired {L(kb, film)} in {when}; the sentence sets it during "
               f"the {show}.", dated)


def _edition_of_film(kb, show: str, film: str) -> Optional[str]:
    """The edition a show named means for a film: itself when it is an edition, else the one
    edition of it the film premiered or screened at."""
    if kb.facts(subject=show, predicate="edition_of"):
        return show
    eds = {f.value for pred in ("premiered_at", "festival_screening", "competed_at")
           for f in kb.facts(subject=film, predicate=pred)
           if any(e.value == show for e in kb.facts(subject=f.value, predicate="edition_of"))}
    return eds.pop() if len(eds) == 1 else None


def _bought_when(kb, c, hit, film, org) -> Optional[Verdict]:
    """"Neon bought Anora in November 2023": the time of a purchase against the month the KB
    gives the credit (its `acquired` qualifier), at the precision the sentence states it;
    refuted only when every credit held is firm and dated, and none fits."""
    dated = [f for f in hit if f.qualifiers.get("acquired")]
    if not dated:
        return None
    y, m, d = c.slots["time_parts"]
    said = types.SimpleNamespace(slots={"year": y, "month": m, "day": d})
    fits = [f for f in dated if _date_matches(said, str(f.qualifiers["acquired"]))]
    when = ", ".join(fmt_date(str(f.qualifiers["acquired"])) for f in dated)
    if fits:
        return supported(f"{L(kb, org)} acquired {L(kb, film)} in "
                         f"{fmt_date(str(fits[0].qualifiers['acquired']))}.", fits)
    if len(dated) == len(hit) and not any(f.disputed for f in dated) and not c.hedged \
            and not c.slots.get("negated") and all(
                _date_matches(said, str(f.qualifiers["acquired"])) is False for f in dated):
        return refuted(f"{L(kb, org)} acquired {L(kb, film)} in {when}, not "
                       f"{c.slots['time']}.", dated)
    return nei(f"{L(kb, org)} acquired {L(kb, film)} in {when}; the sentence says "
               f"{c.slots['time']}.", dated)


def _other_in_market(kb, c, facts, where, org, verb) -> Optional[Verdict]:
    """"distributed in the US by A24": a market has one distributor of a film's release; when
    the KB holds exactly one, firm, for the market the sentence names, and the company named
    holds no distribution credit of the film anywhere, the sentence names the wrong one."""
    if not where or org is None or kb.entity(where) is None or c.slots.get("negated") \
            or c.hedged or kb.entity(org) is None:
        return None
    named = {fold(a) for a, _k in kb.aliases_of(where)} | {fold(L(kb, where))}
    held = [f for f in facts if fold(str(f.qualifiers.get("territory")
                                         or f.qualifiers.get("market") or "")) in named]
    if len(held) != 1 or held[0].disputed or any(f.value == org for f in facts):
        return None
    return refuted(f"{L(kb, c.slots['subject'])} was {verb} {_market(kb, where)} by "
                   f"{L(kb, held[0].value)}, not {L(kb, org)}.", held)


def _home_market(kb, org: Optional[str]) -> Optional[str]:
    """The market a distributor's release said with no market is in: the company's home
    market, from the lexicon's table of distributors (dates `distributors`: "A24 released
    it" speaks of an American release), or None."""
    if org is None or kb.entity(org) is None:
        return None
    from ..claims.parse import lexicon
    table = lexicon().dates.get("distributors") or {}
    names = {fold(a) for a, _k in kb.aliases_of(org)} | {fold(L(kb, org))}
    homes = {c for d, c in table.items() if fold(d) in names}
    return homes.pop() if len(homes) == 1 else None


def _market(kb, where: str) -> str:
    """'in France' for a KB place, 'internationally' or 'worldwide' for a market word."""
    if kb.entity(where) is not None:
        return f"in {L(kb, where)}"
    return "internationally" if where == "international" else where


# the credits whose holder may be said to have shot a film ("Baker shot it on an iPhone")
SHOOTER_CREDITS = ("director_of_photography", "director")


@check("format")
def film_format(kb, c) -> Optional[Verdict]:
    film, fmt = c.slots["subject"], c.slots["format"]
    facts = kb.facts(subject=film, predicate="filming_format")
    if not facts:
        return None
    norm = fmt.replace(" ", "").lower()
    hit = [f for f in facts if norm.rstrip("s") in f.value.replace(" ", "").lower()]
    if hit and c.slots.get("model"):
        # "shot on an iPhone 6": the model said must be the one the KB names
        named = [f for f in hit if c.slots["model"] in re.findall(r"\w+", f.value.lower())]
        if not named:
            return nei(f"{L(kb, film)} was shot on {hit[0].value}; the KB does not say "
                       f"{fmt} {c.slots['model']}.", hit)
        hit = named
    who = c.slots.get("shooter")
    if hit and c.slots.get("shooter_name"):
        return nei(f"{L(kb, film)} was shot on {hit[0].value}; the KB does not credit "
                   f"{c.slots['shooter_name']} with shooting it.", hit)
    if hit and who:
        # "X shot W on 35mm": X must be one the KB credits with the shooting
        crew = [f for pred in SHOOTER_CREDITS for f in kb.facts(subject=film, predicate=pred)
                if f.value == who]
        if not crew:
            return nei(f"{L(kb, film)} was shot on {hit[0].value}; the KB does not credit "
                       f"{L(kb, who)} with shooting it.", hit)
        return supported(f"{L(kb, film)} was shot on {hit[0].value} by {L(kb, who)} "
                         f"({crew[0].predicate.replace('_', ' ')}).", hit + crew)
    if hit:
        return supported(f"{L(kb, film)} was shot on {hit[0].value}.", hit)
    if c.slots.get("part"):
        return nei(f"{L(kb, film)} was shot on {facts[0].value}; the KB does not say what its "
                   f"{c.slots['part']} alone was shot on.", facts)
    if kb.is_complete("filming_format", subject=film):
        return refuted(f"{L(kb, film)} was shot on {facts[0].value}, not {fmt}.", facts)
    return None


@check("rating")
def rating(kb, c) -> Optional[Verdict]:
    facts = kb.facts(subject=c.slots["subject"], predicate="mpa_rating")
    if not facts:
        return None
    if facts[0].value.upper() == c.slots["rating"].upper():
        return supported(f"{L(kb, c.slots['subject'])} is rated {facts[0].value} (MPA).", facts)
    return refuted(f"{L(kb, c.slots['subject'])} is rated {facts[0].value} (MPA), not "
                   f"{c.slots['rating']}.", facts)
