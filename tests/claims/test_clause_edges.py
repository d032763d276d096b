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


def test_an_event_before_or_after_another_does_not_borrow_its_category(default_kb):
    # the earlier nomination was for Best Supporting Actress; the later win was Best Actress
    for text in ("Before winning for The Trip to Bountiful, Geraldine Page had been nominated "
                 "for Best Supporting Actress for Pete 'n' Tillie at the 45th Academy Awards.",
                 "After winning for The Trip to Bountiful, Geraldine Page was nominated for Best "
                 "Supporting Actress at the 45th Academy Awards."):
        got = awards(text, default_kb)
        assert got and not any(c.verdict == "refuted" for c in got), \
            [(c.text, c.explanation) for c in got]
        # the order of the two events is a slot the nomination's claim does not judge
        assert not any(c.verdict == "supported" for c in got), \
            [(c.text, c.explanation) for c in got]


def test_a_loss_with_no_edition_said_is_any_edition_lost(default_kb):
    got = _by_name("After losing Best Supporting Actress for Twice in a Lifetime at the 58th "
                   "Academy Awards, Amy Madigan won Best Supporting Actress for Weapons.",
                   default_kb)
    assert got["amy-madigan"][0] != "refuted", got
    got = awards("Emma Stone lost the Oscar for Best Actress at the 89th Academy Awards.",
                 default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]


def test_a_phrase_after_an_elided_ordinal_is_the_ordinals(default_kb):
    # "the first [Oscar], for La La Land": not a second work of the verb's prize
    got = awards("Emma Stone's second Oscar came for Poor Things at the 96th Academy Awards, "
                 "seven years after the first, for La La Land.", default_kb)
    assert got and not any(c.verdict == "refuted" for c in got), \
        [(c.text, c.explanation) for c in got]
    got = awards("Jane Fonda's second Oscar came for Coming Home at the 51st Academy Awards, "
                 "7 years after the first, for Klute.", default_kb)
    assert got and not any(c.verdict == "refuted" for c in got), \
        [(c.text, c.explanation) for c in got]


def test_category_words_inside_a_known_title_are_the_title(default_kb):
    got = awards("Ellen Burstyn was nominated for Best Supporting Actress for The Last Picture "
                 "Show.", default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]


def test_the_object_of_a_fronted_like_is_not_the_subject(default_kb):
    got = _by_name("Like William Hurt, who won for Kiss of the Spider Woman at the 58th Oscars, "
                   "Gary Oldman won Best Actor for Darkest Hour.", default_kb)
    assert got.get("gary-oldman", ("",))[0] == "supported", got
    assert got.get("william-hurt", ("",))[0] == "supported", got


def test_an_age_at_a_win_is_not_dated_by_a_when_clause_hung_on_it(default_kb):
    import reelcheck
    r = reelcheck.check("When Renée Zellweger won Best Actress at the age of 50, Renée Zellweger "
                        "had won Best Supporting Actress for Cold Mountain at 34.", kb=default_kb)
    assert r.claims and not any(c.verdict == "refuted" for c in r.claims), \
        [(c.text, c.explanation) for c in r.claims]


def test_a_parenthesis_after_a_name_is_the_names_even_when_parsed_outside(default_kb):
    # the title opens with words the parser reads as an adverb and a preposition on the verb
    got = awards("Maureen Stapleton (Once Upon a Time in Hollywood, 1981) is an Oscar winner.",
                 default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]
    assert "Reds" in got[0].explanation
    got = awards("Maureen Stapleton (Reds, 1981) is an Oscar winner.", default_kb)
    assert [c.verdict for c in got] == ["supported"]


def test_an_edition_said_by_its_ordinal_alone_as_a_subject(default_kb):
    got = _by_name("The 79th Academy Awards gave Best Supporting Actor to Alan Arkin, while the "
                   "92nd gave Best Supporting Actress to Renée Zellweger.", default_kb)
    assert got["renee-zellweger"][0] == "refuted", got
    assert got["alan-arkin"][0] == "supported", got
    got = _by_name("The 79th Academy Awards gave Best Supporting Actor to Alan Arkin, while the "
                   "76th gave Best Supporting Actress to Renée Zellweger.", default_kb)
    assert got["renee-zellweger"][0] == "supported", got


def test_a_clause_in_a_parenthesis_after_a_name_stays_a_clause(default_kb):
    import reelcheck
    r = reelcheck.check("Written and directed by Sean Baker (known for The Florida Project and "
                        "Tangerine), Anora is a comedy.", kb=default_kb)
    crew = [c for c in r.claims if c.category == "crew"]
    assert [c.verdict for c in crew] == ["supported"], [(c.text, c.explanation) for c in crew]


def test_a_title_whose_top_word_the_parser_hung_on_the_verb(default_kb):
    # "Once" on "Upon", "Upon" on the verb: the title is the object of "for" all the same
    got = awards("Octavia Spencer took Best Supporting Actress for Once Upon a Time in Hollywood "
                 "in 2012.", default_kb)
    assert got and "supported" not in [c.verdict for c in got], \
        [(c.text, c.explanation) for c in got]
    assert "The Help" in got[0].explanation
