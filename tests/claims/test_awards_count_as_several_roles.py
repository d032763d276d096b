"""A count said "as director and as a producer" is over both roles: the director's class
alone must not refute it, and a role with no class of categories (a producer's prizes are
not only Best Picture) leaves the count open rather than read over the whole record."""
import reelcheck


def _counts(text, kb, categories=("count",)):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category in categories]


BOTH = ("count", "award")


def test_two_roles_are_not_read_as_the_first_alone(default_kb):
    for text in ("Christopher Nolan picked up two Oscars on the same night, as director and "
                 "as a producer.",
                 "Christopher Nolan won two Oscars at the 96th Academy Awards, as director "
                 "and producer."):
        got = _counts(text, default_kb, BOTH)
        assert got and all(v != "refuted" for v, _e in got), got


def test_a_role_with_no_class_is_a_slot_left_open(default_kb):
    got = _counts("Christopher Nolan won three Oscars as a producer.", default_kb, BOTH)
    assert got and all(v == "not_enough_info" for v, _e in got), got
    got = _counts("Walt Disney won 22 Oscars as a producer.", default_kb, BOTH)
    assert got and all(v == "not_enough_info" for v, _e in got), got


def test_a_role_with_a_class_still_counts_within_it(default_kb):
    got = _counts("Christopher Nolan won two Oscars as a director.", default_kb)
    assert [v for v, _e in got] == ["refuted"], got
    got = _counts("Christopher Nolan earned two nominations as a director.", default_kb)
    assert [v for v, _e in got] == ["supported"], got


def test_the_class_of_the_main_clause_is_not_the_adjuncts_count(default_kb):
    text = ("After five nominations without a win, Christopher Nolan won Best Director "
            "as a director.")
    got = [(v, e) for v, e in _counts(text, default_kb)]
    assert all("director categories" not in e for _v, e in got), got
