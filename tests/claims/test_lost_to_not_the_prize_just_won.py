"""'X, which won A in YEAR and lost to Z': the loss is not of A, the prize X's own conjoined
clause says it won (that prize was not lost), so it takes no prize from that clause and cannot
be refuted with A's winner. Sentences in the project's own words about facts the default KB
holds."""
from award_claims import readings


def test_a_loss_beside_a_win_does_not_take_the_won_prize(default_kb):
    # Taxi Driver took the 1976 Palme; the race it lost to Rocky was the Oscars' Best Picture
    text = "Like Marty before it, Taxi Driver, which won the Palme in 1976 and lost to Rocky, is a classic."
    got = readings(text, default_kb)
    assert ("supported", "Taxi Driver won the Palme d'Or at the 29th Cannes Film Festival.") in got
    assert "refuted" not in [v for v, _e in got], got


def test_a_loss_that_names_its_own_prize_is_still_read(default_kb):
    text = "Pulp Fiction won the Palme in 1994 but lost Best Picture to Forrest Gump."
    assert [v for v, _e in readings(text, default_kb)] == ["supported", "supported"]
    text = "Pulp Fiction won the Palme in 1994 but lost Best Picture to Titanic."
    assert [v for v, _e in readings(text, default_kb)][0] == "supported"
    assert "supported" not in [v for v, _e in readings(text, default_kb)][1:]


def test_a_loss_after_a_nomination_still_takes_its_prize(default_kb):
    text = "Taxi Driver was nominated for Best Picture at the 49th Academy Awards but lost to Rocky."
    assert [v for v, _e in readings(text, default_kb)] == ["supported", "supported"]
