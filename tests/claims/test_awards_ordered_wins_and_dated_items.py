"""Two readings of a listicle of festival winners, in the project's own words about facts the
default KB holds:
- a win ordered before or after another win ("X had taken the Grand Prix twice before it won")
  may be of another prize: the prize of the clause it is ordered against may support it but
  never refute it (`claims/awards/slots.py`, `_ordered_clause`), while a nomination before a
  win still lends its prize;
- a dated row ("2019 – Parasite (Bong Joon Ho)") under the list's heading is read past the
  prose the item above has under its own row (`claims/awards/passage.py`, `_row_prize`)."""
from award_claims import readings

LIST = """Ten years of Palme d'Or winners

2014 – Winter Sleep (Nuri Bilge Ceylan)
The Turkish epic runs more than three hours. Its director had already taken the Grand Prix twice before it won.

2016 – I, Daniel Blake (Ken Loach)
This was a second Palme for the British veteran, a decade after his Irish war drama.

2019 – Parasite (Bong Joon Ho)
The Korean satire went on to win Best Picture at the Oscars the following winter.

2021 – Titane (Julia Ducournau)
The body-horror film made its director only the second woman to win the top prize.
"""


def test_a_win_ordered_after_another_is_not_refuted_with_its_prize(default_kb):
    got = readings(LIST, default_kb)
    assert "refuted" not in [v for v, _e in got], got


def test_each_dated_row_past_an_items_prose_is_read(default_kb):
    got = readings(LIST, default_kb)
    # (the Palme is a film's prize: the row's film won it, its director is its credit)
    for who, n in (("Winter Sleep", "67th"), ("I, Daniel Blake", "69th"), ("Parasite", "72nd"),
                   ("Titane", "74th")):
        assert ("supported", f"{who} won the Palme d'Or at the {n} Cannes Film Festival.") in got, got


def test_a_wrong_year_on_a_dated_row_is_refuted(default_kb):
    got = readings(LIST.replace("2021 – Titane", "2020 – Titane"), default_kb)
    assert ("refuted", "No Palme d'Or was awarded in 2020.") in got, got
    got = readings(LIST.replace("2021 – Titane", "2017 – Titane"), default_kb)
    assert [v for v, _e in got].count("refuted") == 1, got


def test_a_nomination_before_a_win_still_lends_its_prize(default_kb):
    text = "Julianne Moore was nominated for Best Actress at the 72nd Academy Awards, years before she won."
    assert [v for v, _e in readings(text, default_kb)][:1] == ["supported"]
