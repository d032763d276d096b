"""A long title after a preposition that opens the sentence ("For <Title>, X won ..."), which
the parser splits into the preposition's object and the verb's subject, is one title, the
work of the win; the person after the comma is the winner. Read wrongly, the film became the
winner and the true sentence was refuted."""
import reelcheck


def _verdicts(text, kb):
    return [(c.verdict, c.text) for c in reelcheck.check(text, kb=kb).claims]


def test_a_title_with_a_capitalised_article_inside(default_kb):
    got = _verdicts("For Sweeney Todd The Demon Barber of Fleet Street, Francesca Lo Schiavo "
                    "took home a second Academy Award.", default_kb)
    assert [v for v, _t in got] == ["supported"], got


def test_a_title_with_a_hyphen_and_a_second_subject_read(default_kb):
    got = _verdicts("For E.T. The Extra-Terrestrial, Robert Knudson won a third Academy Award.",
                    default_kb)
    assert [v for v, _t in got] == ["supported"], got
    # his third it was: the second is wrong, for the ordinal, not for the film
    got = _verdicts("For E.T. The Extra-Terrestrial, Robert Knudson won a second Academy "
                    "Award.", default_kb)
    assert [v for v, _t in got] == ["refuted"] and "E.T." not in got[0][1], got


def test_a_title_with_a_subtitle_after_a_colon(default_kb):
    # her second win (after Saving Face) was for this film
    got = _verdicts("For A Girl in the River: The Price of Forgiveness, Sharmeen Obaid-Chinoy "
                    "won a second Academy Award.", default_kb)
    assert [v for v, _t in got] == ["supported"], got


def test_a_title_in_the_for_phrase_is_not_a_second_winner(default_kb):
    got = _verdicts("Having won her second Oscar for A Girl in the River: The Price of "
                    "Forgiveness, Sharmeen Obaid-Chinoy went back to making documentaries.",
                    default_kb)
    assert "refuted" not in [v for v, _t in got] and "supported" in [v for v, _t in got], got
    got = _verdicts("Having won her first Oscar for A Girl in the River: The Price of "
                    "Forgiveness, Sharmeen Obaid-Chinoy went back to making documentaries.",
                    default_kb)
    assert "supported" not in [v for v, _t in got], got


def test_a_title_that_opens_with_a_preposition_brought_the_prize(default_kb):
    # read as a phrase "on ...", the title left the verb with no subject and was taken for a
    # second winner (the film's three wins "refuted" a fourth for Hepburn)
    got = _verdicts("On Golden Pond earned Katharine Hepburn a fourth Oscar.", default_kb)
    assert [v for v, _t in got] == ["supported"], got
    got = _verdicts("On the Waterfront earned Marlon Brando his second Academy Award.",
                    default_kb)
    assert [v for v, _t in got] == ["refuted"], got
