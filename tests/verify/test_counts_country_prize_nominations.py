"""A director's count of Oscar nominations, like the count of wins, may leave out the
nomination the Academy gives the country for its international feature (Roma's, Mexico's):
both counts hold, and only a count that fits neither is wrong."""
import reelcheck


def _counts(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "count"]


def test_nominations_without_the_countrys_one(default_kb):
    got = _counts("Alfonso Cuarón is an eleven-time Oscar nominee.", default_kb)
    assert [v for v, _e in got] == ["supported"], got
    got = _counts("Over his career Alfonso Cuarón has received eleven Academy Award "
                  "nominations.", default_kb)
    assert [v for v, _e in got] == ["supported"], got


def test_nominations_with_it_and_a_count_that_fits_neither(default_kb):
    got = _counts("Alfonso Cuarón is a twelve-time Oscar nominee.", default_kb)
    assert [v for v, _e in got] == ["supported"], got
    got = _counts("Alfonso Cuarón is a nine-time Oscar nominee.", default_kb)
    assert [v for v, _e in got] == ["refuted"], got
