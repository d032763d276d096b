"""Years between prizes of editions the KB dates by their year alone, the sign of a shift
counted from a clause that opens with "after", a spelled-out compound count, and the year
of a film that won at a festival. (Sentences written for these tests.)"""
import reelcheck


def _claims(text, kb):
    return [(c.category, c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims]


def test_years_between_two_palmes_of_undated_editions(default_kb):
    got = _claims("All That Jazz took the Palme d'Or in 1980, 27 years after The Wages of "
                  "Fear had won it.", default_kb)
    assert [v for cat, v, _ in got if cat == "date"] == ["supported"], got
    assert all(v == "supported" for _, v, _ in got), got
    got = _claims("All That Jazz took the Palme d'Or in 1980, 20 years after The Wages of "
                  "Fear had won it.", default_kb)
    assert "supported" not in [v for cat, v, _ in got if cat == "date"], got


def test_a_clause_opened_by_after_is_the_earlier_event(default_kb):
    got = _claims("Bob Fosse's All That Jazz took the Palme d'Or in 1980, 27 years after "
                  "Henri-Georges Clouzot won it with The Wages of Fear.", default_kb)
    assert not any("shifted by +27" in e for _, _, e in got), got
    assert [v for cat, v, _ in got if cat == "award"] == ["supported", "supported"], got


def test_a_spelled_out_compound_shift(default_kb):
    got = _claims("The Wages of Fear won the Palme d'Or in 1953. Twenty-seven years later, "
                  "All That Jazz won it.", default_kb)
    assert [v for cat, v, _ in got if cat == "award"] == ["supported", "supported"], got


def test_a_festival_winner_is_a_film_of_that_year(default_kb):
    got = _claims("Taste of Cherry (1997) and Winter Sleep (2014) both won the Palme d'Or.",
                  default_kb)
    assert [v for cat, v, _ in got] == ["supported"] * 3, got


def test_a_side_with_a_win_dated_by_its_year_alone_is_counted_in_years(default_kb):
    # Ken Loach has two Palmes; the one said (2006) the KB dates by its year alone
    got = _claims("Julia Ducournau's Titane took the Palme d'Or in 2021, 15 years after Ken "
                  "Loach won it with The Wind That Shakes the Barley.", default_kb)
    assert [v for cat, v, _ in got if cat == "date"] == ["supported"], got
