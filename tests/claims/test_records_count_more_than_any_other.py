"""A count set off with a comparison over everyone ("13 nominations, more than any other
film") ranks its holder first at that night, as "led the field with 13" does: a record claim
judges it, and the count alone must not vouch for the sentence."""
import reelcheck


def _by_category(text, kb):
    got = {}
    for c in reelcheck.check(text, kb=kb).claims:
        got.setdefault(c.category, []).append(c.verdict)
    return got


def test_the_leader_is_supported_by_a_record(default_kb):
    got = _by_category("Oppenheimer received 13 nominations at the 96th Academy Awards, more "
                       "than any other film.", default_kb)
    assert got.get("record") == ["supported"], got
    assert "refuted" not in got.get("count", []), got


def test_a_runner_up_is_refuted_by_the_record_and_not_supported_by_its_count(default_kb):
    got = _by_category("Poor Things received 11 nominations at the 96th Academy Awards, more "
                       "than any other film.", default_kb)
    assert got.get("record") == ["refuted"], got
    assert "supported" not in got.get("count", []), got
    got = _by_category("Poor Things won four Oscars at the 96th Academy Awards, more than any "
                       "other film.", default_kb)
    assert got.get("record") == ["refuted"] and "supported" not in got.get("count", []), got


def test_a_field_narrowed_by_a_class_makes_no_record_and_stays_open(default_kb):
    got = _by_category("Frances McDormand took three best actress Oscars, more than any other "
                       "living actress.", default_kb)
    assert "record" not in got and "supported" not in sum(got.values(), []), got
