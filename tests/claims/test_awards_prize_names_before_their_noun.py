"""A list of prize names before a nomination (or prize) noun ("earned Golden Globe, SAG and
Critics Choice nods") modifies that noun: the clause states nominations at each show, never
wins (the parser often makes the first name the verb's object and the noun a second one). A
bare "SAG" (as "DGA", "PGA", "WGA") names the Screen Actors Guild Awards (h37c)."""
from tests.helpers.award_claims import awards, only_award


def test_three_shows_before_nods_are_nominations(default_kb):
    c = only_award("Mikey Madison earned Golden Globe, SAG and Critics Choice nods for Anora.",
                   default_kb)
    assert c.verdict == "supported"
    assert c.slots["polarity"] == "nominated"


def test_nods_of_a_loser_are_never_read_as_wins(default_kb):
    # Borisov lost at all three; a win reading would refute a true sentence
    got = awards("Yura Borisov earned Golden Globe, BAFTA and Oscar nods.", default_kb)
    assert got and all(c.verdict == "supported" for c in got)


def test_a_show_with_no_such_nomination_leaves_the_list_open(default_kb):
    # (the KB does not hold the DGA's nominees as complete: not supported, not refuted)
    c = only_award("Mikey Madison earned Golden Globe, DGA and Oscar nods for Anora.",
                   default_kb)
    assert c.verdict == "not_enough_info"


def test_bare_sag_is_the_screen_actors_guild_awards(default_kb):
    c = only_award("Demi Moore won the SAG for The Substance.", default_kb)
    assert c.verdict == "supported"
    assert c.slots["family"] == "sag-awards"
