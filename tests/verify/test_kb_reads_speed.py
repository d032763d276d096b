"""How the KB reader reads facts: the same answers, read with less work.

- a fact found by several queries is one Fact, its JSON columns decoded once;
- the facts an entity takes a role in (a recipient, a film's director), asked for one
  predicate, are found through the entity's role index, not by walking every fact of that
  predicate, and come in the order they always did (the KB's row order)."""
from reelcheck.kb.store import KB


def _fresh(default_kb):
    return KB(default_kb.path)


def test_a_fact_read_twice_is_one_object(default_kb):
    kb = _fresh(default_kb)
    by_subject = kb.facts(subject="anora-2024-film")
    assert by_subject
    f = by_subject[0]
    again = [g for g in kb.facts_involving("anora-2024-film") if g.id == f.id]
    assert again and again[0] is f
    assert kb.fact(f.id) is f


def _steps(kb, call) -> int:
    """SQLite virtual-machine steps (in thousands) a call takes."""
    con = kb._con()
    n = [0]

    def tick():
        n[0] += 1
        return 0
    con.set_progress_handler(tick, 1000)
    try:
        call()
    finally:
        con.set_progress_handler(None, 0)
    return n[0]


def test_roles_of_one_predicate_read_by_the_role_index(default_kb):
    kb = _fresh(default_kb)
    steps = _steps(kb, lambda: kb.facts_involving("mikey-madison", predicate="nominated_for"))
    # the predicate's ten thousand nominations are not walked
    assert steps < 20, steps


def test_roles_of_one_predicate_in_row_order(default_kb):
    kb = _fresh(default_kb)
    con = kb._con()
    for who in ("mikey-madison", "sean-baker", "martin-scorsese"):
        for pred in ("nominated_for", "award_received"):
            got = [f.id for f in kb.facts_involving(who, predicate=pred)]
            mine = {f.id for f in kb.facts(subject=who, predicate=pred)} | {
                f.id for f in kb.facts(predicate=pred, object_entity=who)}
            # the direct facts first, then those it has a role in, in the KB's row order
            roles = [r[0] for r in con.execute(
                "SELECT id FROM facts WHERE predicate = ? AND id IN (SELECT fact_id FROM "
                "fact_roles WHERE entity_id = ?) ORDER BY rowid", (pred, who))
                     if r[0] not in mine]
            assert got[len(got) - len(roles):] == roles
