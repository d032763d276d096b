"""A prize named as the subject of a giving verb with its category in its own "for" phrase
("The Oscar for best cinematography went to X"): the category is a slot of the claim, not
dropped (which left "X won an Oscar" and supported a wrong category) (h37c)."""
from tests.helpers.award_claims import only_award


def test_wrong_category_of_a_winner_is_refuted(default_kb):
    c = only_award("The Oscar for best cinematography went to Sean Baker.", default_kb)
    assert c.verdict == "refuted"
    assert c.slots["award"] == "academy-award-for-best-cinematography"


def test_bare_craft_category_with_a_film(default_kb):
    c = only_award("The Oscar for cinematography went to Sean Baker for Anora.", default_kb)
    assert c.verdict != "supported"


def test_right_category_holds(default_kb):
    c = only_award("The BAFTA for best actress went to Mikey Madison.", default_kb)
    assert c.verdict == "supported"
    assert c.slots["award"] == "bafta-award-for-best-actress-in-a-leading-role"


def test_loser_of_a_globe_category_is_refuted(default_kb):
    c = only_award("The Golden Globe for best director went to Sean Baker.", default_kb)
    assert c.verdict == "refuted"
