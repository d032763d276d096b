"""Items of a list that each carry a phrase of one preposition ("A for X, B for Y and C for
Z", "Best Director for A and Best Actress for B"): the parser joins the last item to the
object of the phrase before it; each item is still its own claim with its own slots, with or
without a comma before the "and" (h37c)."""
from tests.helpers.award_claims import awards


def _pieces(text, kb):
    return [(c.verdict, c.text) for c in awards(text, kb)]


def test_three_winners_each_with_a_film(default_kb):
    got = _pieces("The acting Oscars went to Mikey Madison for Anora, Adrien Brody for The "
                  "Brutalist and Zoe Saldaña for Emilia Pérez.", default_kb)
    assert len(got) == 3 and all(v == "supported" for v, _ in got), got
    assert "Zoe Saldaña for Emilia Pérez" in got[2][1]
    assert "Saldaña" not in got[1][1]


def test_the_last_category_item_after_a_colon(default_kb):
    got = _pieces("Anora took the night's top prizes: Best Picture, Best Director for Sean "
                  "Baker and Best Actress for Mikey Madison.", default_kb)
    assert [v for v, _ in got] == ["supported"] * 3, got
    assert got[2][1] == "Best Actress for Mikey Madison"


def test_a_wrong_last_item_is_not_supported(default_kb):
    got = _pieces("Anora took the night's top prizes: Best Picture, Best Director for Sean "
                  "Baker and Best Actor for Mikey Madison.", default_kb)
    assert len(got) == 3 and got[2][0] != "supported", got
