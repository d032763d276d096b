"""A headline's cue verb in title case after a name ("Mikey Madison Wins Best Actress Oscar
for Anora"), which the parser reads as a word of the name in a sentence with no verb, is read
as the verb it is (the same words reparsed with the verb in lower case) (h37c)."""
from tests.helpers.award_claims import awards, only_award


def test_title_case_win_headline(default_kb):
    c = only_award("Mikey Madison Wins Best Actress Oscar for Anora", default_kb)
    assert c.verdict == "supported"
    # (a show's name in a headline is no verb)
    assert awards("Inside the Academy Awards Ceremony With Anora", default_kb) == []


def test_title_case_headline_with_a_wrong_show(default_kb):
    c = only_award("Sean Baker Wins Golden Globe for Best Director", default_kb)
    assert c.verdict == "refuted"
