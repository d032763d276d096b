""""with no one" names no partner and counts no prize: "no" makes a zero count only on a
prize or nomination noun ("won no Oscars"), and a denial of a partner is a slot no win
judges."""
import reelcheck


def _claims(text, kb):
    return [(c.category, c.verdict) for c in reelcheck.check(text, kb=kb).claims]


def test_sharing_with_no_one_is_neither_a_count_nor_a_plain_win(default_kb):
    got = _claims("James Cameron shared the Oscar with no one.", default_kb)
    assert got and all(v == "not_enough_info" for _c, v in got), got
    got = _claims("James Cameron won three Oscars for Titanic, a feat he shared with no one "
                  "else that night.", default_kb)
    assert ("count", "supported") in got and all(v != "refuted" for _c, v in got), got


def test_no_prizes_is_still_a_zero_count(default_kb):
    got = _claims("Emilia Pérez won no Oscars at the 97th Academy Awards.", default_kb)
    assert got == [("count", "refuted")], got
    got = _claims("A Complete Unknown earned no wins from eight nominations.", default_kb)
    assert ("count", "supported") in got, got
