"""Credits and dates said in a clause of their own inside a longer sentence: the name or title
the clause is said of, not one from the clause beside it. Sentences in the project's own words
about facts the default KB holds."""
import reelcheck


def _claims(text, kb, category):
    return [(c.verdict, c.text, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == category]


def test_a_relative_clause_before_and_is_said_of_the_name_before_it(default_kb):
    # "who directed Amour" is Haneke's credit; Fosse comes after the clause, with his own
    text = ("Michael Haneke, who directed Amour, and Bob Fosse, the director of All That "
            "Jazz, both admire Anora.")
    got = _claims(text, default_kb, "crew")
    assert got and all(v == "supported" for v, _t, _e in got), got
    text = "Michael Haneke, who directed Amour, and Bob Fosse share a birthday month."
    assert [v for v, _t, _e in _claims(text, default_kb, "crew")] == ["supported"]


def test_a_relative_clause_after_both_names_still_covers_the_last(default_kb):
    # "Sean Baker and Bob Fosse, who directed Anora": the clause sits after Fosse; he did not
    text = "Sean Baker and Bob Fosse, who directed Anora, never met."
    got = _claims(text, default_kb, "crew")
    assert any(v == "refuted" and "Bob Fosse" in t for v, t, _e in got), got


def test_a_passive_conjunct_clause_takes_the_title_before_its_own_was(default_kb):
    # a title opening with a preposition ("Under ...") is still the second clause's subject
    text = ("Anora was scored by Matthew Hearon-Smith, and Under the Sun of Satan was "
            "directed by Maurice Pialat.")
    got = _claims(text, default_kb, "crew")
    assert [v for v, _t, _e in got] == ["supported", "supported"], got


def test_a_title_after_a_semicolon_is_no_apposition_to_the_name_before(default_kb):
    text = ("Anora runs 139 minutes and cost $6 million; The Theory of Everything premiered on "
            "September 7, 2014.")
    got = _claims(text, default_kb, "date")
    assert [v for v, _t, _e in got] == ["supported"], got
    wrong = text.replace("September 7", "September 9")
    got = _claims(wrong, default_kb, "date")
    assert [v for v, _t, _e in got] == ["refuted"] and "Theory" in got[0][2], got


def test_a_noun_before_a_semicolon_does_not_take_the_title_after_it(default_kb):
    # "a film edited by Sean Baker" is Anora's; Apocalypse Now opens another clause
    text = ("Yura Borisov plays Igor in Anora, a film edited by Sean Baker; Apocalypse Now was "
            "made by Francis Ford Coppola.")
    assert not [v for v, _t, _e in _claims(text, default_kb, "crew") if v == "refuted"]


def test_a_relative_clause_after_the_second_conjunct_is_its_own(default_kb):
    text = ("Captain Phillips, which premiered at the New York Film Festival, and Up, which "
            "premiered at the 62nd Cannes Film Festival, both won prizes.")
    got = _claims(text, default_kb, "festival")
    assert len(got) == 2 and all(v == "supported" for v, _t, _e in got), got
    wrong = text.replace("62nd", "63rd")
    got = _claims(wrong, default_kb, "festival")
    assert [v for v, _t, _e in got] == ["supported", "refuted"] and "Up" in got[1][1], got
