"""A verb that stands for the deed of the clause before it ("... and did the same for Poor
Things", "so did Nomadland in 2021", "as did X for Best Actress"; lexicon
`qualifiers.pro_verbs`, claims/frames.py `_pro_verb_frame`): its frame takes the first clause's
relation and prize, and states its own subject, film and time. Also the battery
tests/data/ellipsis_lists_battery.tsv (ellipsis, tallies, winners' lists). Sentences written for
reelcheck's tests."""
from __future__ import annotations

from pathlib import Path

import pytest

import reelcheck

DATA = Path(__file__).resolve().parents[1] / "data" / "ellipsis_lists_battery.tsv"


def battery_rows():
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line[:1] in "SMT" and "\t" in line:
            yield tuple(line.split("\t", 2))


def passes(mark, focus, text, kb) -> tuple[bool, bool]:
    """(the line holds, a claim is refuted) for one battery line."""
    claims = reelcheck.check(text, kb=kb).claims
    refuted = any(c.verdict == "refuted" for c in claims)
    said = any(c.verdict == "supported" and focus.lower() in c.text.lower() for c in claims)
    if mark == "S":
        return said and not refuted, refuted
    if mark == "M":
        return not said, refuted
    return not refuted, refuted


def claims_with(text, focus, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if focus.lower() in c.text.lower()]


@pytest.mark.parametrize("text, focus", [
    ("Emma Stone won Best Actress for La La Land and did the same for Poor Things seven years "
     "later.", "Poor Things"),
    ("Christoph Waltz took Best Supporting Actor for Inglourious Basterds and did it again three "
     "years later for Django Unchained.", "Django"),
    ("Parasite took the Palme d'Or in 2019, and Titane did the same in 2021.", "Titane"),
    ("Joaquin Phoenix took Best Actor, as did Renée Zellweger for Best Actress.", "Zellweger"),
    ("Sean Penn won Best Actor for Mystic River, and he did so again for Milk.", "Milk"),
])
def test_the_second_clause_of_a_pro_verb_is_a_claim(default_kb, text, focus):
    got = claims_with(text, focus, default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.verdict, c.text) for c in got]


@pytest.mark.parametrize("text, focus", [
    ("Christoph Waltz took Best Supporting Actor for Inglourious Basterds and did it again three "
     "years later for The Green Hornet.", "Green Hornet"),
    ("Parasite took the Palme d'Or in 2019, and Titane did the same in 2020.", "Titane"),
    ("Joaquin Phoenix took Best Actor, as did Scarlett Johansson for Best Actress.", "Johansson"),
    # the second clause restates only its subject: its film and night are unsaid
    ("Cate Blanchett was nominated for Best Actress for Carol, and Rooney Mara did the same.",
     "Rooney Mara"),
])
def test_a_pro_verb_with_a_wrong_slot_is_never_supported(default_kb, text, focus):
    got = claims_with(text, focus, default_kb)
    assert "supported" not in [c.verdict for c in got], [(c.verdict, c.text) for c in got]


@pytest.mark.parametrize("text", [
    "Emma Stone won Best Actress for La La Land but failed to do the same for The Favourite.",
    "Emma Stone won Best Actress for La La Land and could do the same for The Favourite one day.",
    "Leonardo DiCaprio did not win Best Actor for The Aviator, and neither did Clint Eastwood "
    "for Million Dollar Baby.",
    # "the same" may be any Oscar: a prize carried from the clause before never refutes
    "Chicago earned Catherine Zeta-Jones the Oscar for Best Supporting Actress, and The "
    "Pianist did the same for Adrien Brody.",
    "Frances McDormand won Best Actress for Fargo, and Emma Stone did the same for Birdman.",
])
def test_a_pro_verb_under_a_denial_or_a_modal_is_never_refuted(default_kb, text):
    got = reelcheck.check(text, kb=default_kb).claims
    assert "refuted" not in [c.verdict for c in got], [(c.verdict, c.text) for c in got]


def test_the_battery(default_kb):
    rows = list(battery_rows())
    results = [(passes(m, f, t, default_kb), m, t) for m, f, t in rows]
    wrong = [t for (ok, refuted), m, t in results if refuted and m != "R"
             and not (m == "M")]
    assert not wrong, wrong
    passed = sum(ok for (ok, _r), _m, _t in results)
    assert passed >= 95, (passed, len(rows))   # 67 of 102 before the pro-verb, tally, same-night and list readings


@pytest.mark.parametrize("text, want", [
    ("Titanic went 11 for 14 at the Oscars.", "supported"),
    ("The Return of the King went 11 for 11 at the 2004 ceremony.", "supported"),
    ("Oppenheimer went seven for 13 at the Academy Awards.", "supported"),
    ("Oppenheimer went six for 13 at the Academy Awards.", "refuted"),
    ("The Color Purple went 0 for 11 at the Academy Awards.", "supported"),
    ("The Color Purple went 0 for 12 at the Academy Awards.", "refuted"),
])
def test_a_tally_told_by_a_verb_of_no_prize(default_kb, text, want):
    # lexicon `qualifiers.tally`: "went K for N" is K wins out of N nominations
    got = [(c.verdict, c.category) for c in reelcheck.check(text, kb=default_kb).claims]
    assert (want, "count") in got, got
    assert ("refuted" in [v for v, _ in got]) == (want == "refuted"), got


@pytest.mark.parametrize("text", [
    "The Turning Point went 0 for 11 at the Oscars.",
    "The Last Emperor went nine for nine at the Academy Awards.",
    "Titanic went 11 for 14 at the 1998 ceremony.",
])
def test_a_true_tally_is_never_refuted(default_kb, text):
    got = [c.verdict for c in reelcheck.check(text, kb=default_kb).claims]
    assert "supported" in got and "refuted" not in got, got


def gap_verdicts(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "gap"]


@pytest.mark.parametrize("text, want", [
    ("Parasite won Best Picture; Bong Joon-ho won Best Director the same night.", "supported"),
    ("Parasite won Best Picture, and Rami Malek took Best Actor that night.", "refuted"),
    ("Moonlight won Best Picture in 2017, and Casey Affleck was named Best Actor at the same "
     "ceremony.", "supported"),
    ("In 2020 Parasite took Best Picture; that year Renée Zellweger won Best Actress.", "supported"),
    # a side that won the prize more than once (Emma Stone): which night is unsaid
    ("In 2017 Moonlight took Best Picture; that year Emma Stone won Best Actress.", None),
])
def test_the_same_night_is_the_night_of_the_win_told_before(default_kb, text, want):
    # lexicon `intervals.same_time`: a gap of none between the two wins' nights
    assert gap_verdicts(text, default_kb) == ([want] if want else [])


def test_the_same_night_leaves_the_second_win_checked(default_kb):
    got = [(c.verdict, c.text) for c in reelcheck.check(
        "Parasite won Best Picture; Bong Joon-ho won Best Director the same night.",
        kb=default_kb).claims]
    assert ("supported", "Bong Joon-ho won Best Director") in got, got


def test_no_same_night_without_a_win_told_before(default_kb):
    # the clause before names no prize won: nothing to measure from
    assert gap_verdicts("Everything Everywhere All at Once swept the top prizes, and Will Smith "
                        "won Best Actor that night.", default_kb) == []


def member_verdicts(text, kb):
    return [(c.verdict, c.text) for c in reelcheck.check(text, kb=kb).claims]


@pytest.mark.parametrize("text, member, want", [
    # a holder noun's "of" phrase that names a category alone is the prize each member won
    ("Previous winners of Best Actress include Emma Stone (La La Land), Olivia Colman (The "
     "Favourite) and Frances McDormand (Nomadland).", "Olivia Colman", "supported"),
    ("Previous winners of Best Actress include Emma Stone (La La Land), Olivia Colman (The "
     "Father) and Frances McDormand (Nomadland).", "Olivia Colman", "not_supported"),
    # a bracket the parser made the head of the name before it, and a name after "and" it
    # hung on the verb: each member keeps its own bracket
    ("Winners of Best Director include Bong Joon-ho (Parasite) and Chloé Zhao (Nomadland).",
     "Chloé Zhao", "supported"),
    ("Winners of Best Director include Bong Joon-ho (Parasite) and Chloé Zhao (Minari).",
     "Chloé Zhao", "not_supported"),
    ("Kate Winslet, a winner of Best Actress for The Reader, stars in the series.",
     "Kate Winslet", "supported"),
    ("Kate Winslet, a winner of Best Actress for Titanic, stars in the series.",
     "Kate Winslet", "not_supported"),
])
def test_each_member_of_a_winners_list_is_its_own_claim(default_kb, text, member, want):
    got = [(v, t) for v, t in member_verdicts(text, default_kb) if member in t]
    verdicts = [v for v, _ in got]
    if want == "supported":
        assert "supported" in verdicts and "refuted" not in verdicts, got
    else:
        assert "supported" not in verdicts, got


@pytest.mark.parametrize("text, member, want", [
    ("Best Actor: Joaquin Phoenix (Joker); Best Actress: Renée Zellweger (Judy).",
     "Renée Zellweger", "supported"),
    ("Best Actor: Joaquin Phoenix (Joker); Best Actress: Renée Zellweger (Judy).",
     "Joaquin Phoenix", "supported"),
    ("Best Actor: Joaquin Phoenix (Joker); Best Actress: Renée Zellweger (Chicago).",
     "Renée Zellweger", "not_supported"),
    ("Best Actor: Joaquin Phoenix (Her); Best Actress: Renée Zellweger (Judy).",
     "Joaquin Phoenix", "not_supported"),
])
def test_rows_parted_by_semicolons_are_a_claim_each(default_kb, text, member, want):
    # frames.py `_semicolon_rows`: each row its own heading's prize and its own bracket
    got = [v for v, t in member_verdicts(text, default_kb) if member in t]
    if want == "supported":
        assert got == ["supported"], got
    else:
        assert got and "supported" not in got, got
