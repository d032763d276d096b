"""The occasion of a win may be told outside the win's own clause, where the parse still ties
it to the win: the subject of a verb of witnessing whose complement the win is ("the 2014
ceremony saw X win ..."), or a time clause on the win whose verb holds the event ("When the
86th Academy Awards were held, X took ..."). Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def _wins(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "award_received"]


def test_a_witnessing_subject_is_the_wins_night(default_kb):
    # DiCaprio's Best Actor came at the 88th (2016); at the 86th (2014) it went to McConaughey
    for text in ("The 86th Academy Awards saw Leonardo DiCaprio win Best Actor.",
                 "The 2014 Oscars saw Leonardo DiCaprio win Best Actor."):
        got = _wins(text, default_kb)
        assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]
    got = _wins("The 88th Academy Awards saw Leonardo DiCaprio win Best Actor.", default_kb)
    assert [c.verdict for c in got] == ["supported"]


def test_a_time_clause_holding_the_night_dates_the_win(default_kb):
    for text in ("When the 86th Academy Awards were held, Leonardo DiCaprio took Best Actor.",
                 "When the Oscars were held in 2014, Leonardo DiCaprio took Best Actor."):
        got = _wins(text, default_kb)
        assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]
    got = _wins("When the 88th Academy Awards took place, Leonardo DiCaprio took Best Actor.",
                default_kb)
    assert [c.verdict for c in got] == ["supported"]


def test_a_time_clause_of_another_event_lends_nothing(default_kb):
    # the time clause tells another win, not a holding of a night: its show is not lent
    got = _wins("When Parasite won at the 92nd Academy Awards, Leonardo DiCaprio was already "
                "a Best Actor winner.", default_kb)
    assert "refuted" not in [c.verdict for c in got if "DiCaprio" in c.text]


def test_a_clefts_fronted_night_is_the_wins(default_kb):
    got = _wins("At the 86th Academy Awards, it was Leonardo DiCaprio who won Best Actor.",
                default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]
    got = _wins("At the 88th Academy Awards, it was Leonardo DiCaprio who won Best Actor.",
                default_kb)
    assert [c.verdict for c in got] == ["supported"]


def test_a_described_night_its_relative_clause_names(default_kb):
    got = _wins("Leonardo DiCaprio took home Best Actor at the ceremony, which was the 86th "
                "Academy Awards.", default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]


def test_a_win_told_as_done_before_the_night_is_not_of_it(default_kb):
    # DiCaprio won nothing at the 86th Oscars; a Golden Globe he "had already won" when they
    # were held is no win of that night
    for text in ("When the 86th Academy Awards were held, Leonardo DiCaprio had already won "
                 "a Golden Globe.",
                 "The 86th Academy Awards saw Leonardo DiCaprio, who had once won a Golden "
                 "Globe, lose again."):
        got = _wins(text, default_kb)
        assert "refuted" not in [c.verdict for c in got], [(c.text, c.explanation)
                                                           for c in got]


def test_a_clefts_fronted_night_scopes_over_a_clause_beside_it(default_kb):
    got = _wins("At the 86th Academy Awards, it was Cate Blanchett who won Best Actress, while "
                "Jared Leto won Best Supporting Actor.", default_kb)
    assert [c.verdict for c in got] == ["supported", "supported"], \
        [(c.text, c.explanation) for c in got]
    got = _wins("At the 86th Academy Awards, it was Cate Blanchett who won Best Actress, while "
                "Leonardo DiCaprio won Best Actor.", default_kb)
    assert [c.verdict for c in got] == ["supported", "refuted"], \
        [(c.text, c.explanation) for c in got]


def test_a_when_clause_takes_the_night_its_head_is_set_at(default_kb):
    got = _wins("At the 86th Academy Awards, the loudest applause of the evening came when "
                "Leonardo DiCaprio won Best Actor.", default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]
    got = _wins("At the 88th Academy Awards, the loudest applause of the evening came when "
                "Leonardo DiCaprio won Best Actor.", default_kb)
    assert [c.verdict for c in got] == ["supported"]


def test_a_when_clause_a_verb_of_remembering_tells_is_not_of_the_night(default_kb):
    got = _wins("At the 88th Academy Awards, old friends recalled when Leonardo DiCaprio won "
                "a Golden Globe for The Aviator.", default_kb)
    assert "refuted" not in [c.verdict for c in got], [(c.text, c.explanation) for c in got]
