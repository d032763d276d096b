"""Where a clause ends: a relative clause set off by commas runs to its closing comma, a
semicolon closes a clause, and a title the parser split is not a clause whose verb was left
out. A slot is never taken from the other side of such an edge. (Sentences written for these
tests; every fact is one the default KB holds.)"""
from tests.helpers.award_claims import awards


def _by_name(text, kb):
    return {c.slots.get("subject"): (c.verdict, c.explanation) for c in awards(text, kb)}


def test_a_ceremony_inside_a_relative_clause_stays_there(default_kb):
    got = _by_name("Like Marion Cotillard, who won for La Vie en Rose at the 80th Oscars, Ke Huy "
                   "Quan won Best Supporting Actor for Everything Everywhere All at Once.",
                   default_kb)
    assert got["ke-huy-quan"][0] == "supported", got
    assert got["marion-cotillard"][0] == "supported", got
    # the main clause's own ceremony still decides it
    got = _by_name("Like Marion Cotillard, who won for La Vie en Rose at the 80th Oscars, Ke Huy "
                   "Quan won Best Supporting Actor at the 80th Academy Awards.", default_kb)
    assert got["ke-huy-quan"][0] == "refuted", got


def test_a_work_before_a_semicolon_is_not_the_next_clauses(default_kb):
    got = _by_name("Marlee Matlin won Best Actress at the 59th Academy Awards, held in 1987, for "
                   "Children of a Lesser God; Henry Fonda had won Best Actor in 1982.", default_kb)
    assert got["henry-fonda"][0] == "supported", got
    assert got["marlee-matlin"][0] == "supported", got


def test_a_split_title_with_a_verb_of_its_own_is_not_a_gapped_winner(default_kb):
    text = ("La La Land earned Emma Stone the Oscar for Best Actress in 2017, and Three "
            "Billboards Outside Ebbing, Missouri did the same for Sam Rockwell in 2018.")
    got = awards(text, default_kb)
    assert not any(c.verdict == "refuted" for c in got), [(c.text, c.explanation) for c in got]
    assert [c.verdict for c in got if c.slots.get("subject") == "emma-stone"] == ["supported"]
