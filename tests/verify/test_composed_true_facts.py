"""Sentences composed of two facts the default KB holds (benchmarks/compose_true_facts.py, in
the project's own shapes): every one is true, so none may come out refuted. A fixed sample; the
script runs larger ones."""

import reelcheck
from battery import benchmark_module

compose = benchmark_module("compose_true_facts")


def _refutes(sentences, kb):
    return [(s, c.text, c.explanation) for s in sentences
            for c in reelcheck.check(s, kb=kb).claims if c.verdict == "refuted"]


def test_two_true_oscar_wins_in_one_sentence_are_never_refuted(default_kb):
    wins = sorted(compose.oscar_wins(default_kb), key=lambda r: (r["y"], r["p"]))
    assert len(wins) > 150
    # pairs whose shapes came out refuted before (a film's year read as the night's, a night
    # taken from a relative clause or from another winner's brackets), and one far apart
    pairs = [(wins[18], wins[19]), (wins[99], wins[136]), (wins[108], wins[145]),
             (wins[5], wins[-5])]
    sentences = [s for a, b in pairs for s in compose.oscar_shapes(a, b)]
    assert _refutes(sentences, default_kb) == []


def test_two_true_palmes_in_one_sentence_are_never_refuted(default_kb):
    wins = sorted(compose.palme_wins(default_kb), key=lambda r: (r["y"], r["film"]))
    sentences = [s for a, b in [(wins[3], wins[40]), (wins[20], wins[-2])]
                 for s in compose.palme_shapes(a, b)]
    assert _refutes(sentences, default_kb) == []


def _craft(rows, film, cat):
    return next(r for r in rows if r["film"] == film and r["cat"] == cat)


def test_two_true_craft_wins_in_one_sentence_are_never_refuted(default_kb):
    rows = compose.craft_wins(default_kb)
    assert len(rows) > 600
    # pairs whose shapes came out refuted before: a split year's category named plainly, the
    # old name of production design, a title opening with a preposition, a category phrase
    # run into the "to" of its winner, a title set after a semicolon, a namesake winner
    pairs = [(_craft(rows, "The Defiant Ones", "Best Cinematography"),
              _craft(rows, "Ford v Ferrari", "Best Film Editing")),
             (_craft(rows, "Hello, Dolly!", "Best Art Direction"),
              _craft(rows, "Searching for Sugar Man", "Best Documentary Feature")),
             (_craft(rows, "Out of Africa", "Best Cinematography"),
              _craft(rows, "The English Patient", "Best Art Direction")),
             (_craft(rows, "Henry V", "Best Costume Design"),
              _craft(rows, "Toy Story 3", "Best Original Song"))]
    sentences = [s for a, b in pairs for s in compose.craft_shapes(a, b)]
    assert _refutes(sentences, default_kb) == []


def test_nominees_and_the_film_they_lost_to_are_never_refuted(default_kb):
    pairs = compose.craft_losses(default_kb)
    want = [("Love with the Proper Stranger", "Hud"), ("Captain Fury", "Gone with the Wind"),
            ("Harry Potter and the Goblet of Fire", "Memoirs of a Geisha"),
            ("To the Shores of Tripoli", "The Black Swan")]
    picked = [next(p for p in pairs if (p[0]["film"], p[1]["film"]) == w) for w in want]
    sentences = [s for nom, win in picked for s in compose.loss_shapes(nom, win)]
    assert _refutes(sentences, default_kb) == []


def test_credits_and_premiere_days_in_one_sentence_are_never_refuted(default_kb):
    films = {r["film"]: r for r in compose.directed(default_kb)}
    crew = {r["noun"]: r for r in compose.anora_credits(default_kb)}
    cast = compose.anora_cast(default_kb)
    sentences = compose.credit_shapes(crew["composer"], crew["editor"],
                                      dict(films["Amour"], cast=cast[2]), films["All That Jazz"])
    days = {r["film"]: r for r in compose.premieres(default_kb)}
    pairs = [(days["Captain Phillips"], days["Up"]),
             (days["The Theory of Everything"], days["Anora"])]
    # (not yet: a day with its film in brackets after it, "First shown on D1 (A) and D2 (B)",
    # is read as the last film's; the script still counts that shape)
    sentences += [s for a, b in pairs for s in compose.date_shapes(a, b)
                  if not s.startswith("First shown")]
    assert _refutes(sentences, default_kb) == []


def test_a_films_night_told_as_a_tally(default_kb):
    # a film's wins out of its nominations in the tally registers (hyphenated, "K of its N",
    # "went K for N", "empty-handed from N"): the true ones hold, one more win is refuted
    rows = {(r["film"], r["nth"]): r for r in compose.film_tallies(default_kb)}
    assert len(rows) > 1000
    picked = [rows[k] for k in [("Oppenheimer", "96th"), ("Titanic", "70th"),
                                ("The Color Purple", "58th"), ("Dreamgirls", "79th"),
                                ("Logan's Run", "49th")]]
    for r in picked:
        for s in compose.tally_shapes(r):
            got = [c.verdict for c in reelcheck.check(s, kb=default_kb).claims]
            assert "supported" in got and "refuted" not in got, (s, got)
        for s in compose.tally_shapes(dict(r, w=r["w"] + 1))[:3]:
            got = [c.verdict for c in reelcheck.check(s, kb=default_kb).claims]
            assert "refuted" in got, (s, got)
