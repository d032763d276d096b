"""An age whose time is a win the when-clause tells of someone else ("Sean Baker was 53 when
Anora won the Palme d'Or", "Yura Borisov was 32 when Mikey Madison won the BAFTA") is the age
at the one edition the KB holds that win at. A prize the other won at several editions names
no one time; a show the win only assumes ("won Best Picture") may support, never refute.
Sentences written for this test; births and nights are the default KB's (Sean Baker February
26, 1971; Yura Borisov December 8, 1992; Aleksei Serebryakov July 3, 1964; the 77th Cannes Film
Festival May 14-25, 2024; the 78th BAFTAs February 16, 2025; the 97th Academy Awards March 2,
2025)."""
from __future__ import annotations

import reelcheck


def _age(text, kb):
    got = [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "age"]
    assert len(got) == 1, got
    return got[0]


def test_a_films_win_dates_the_age_of_its_maker_and_cast(default_kb):
    c = _age("Sean Baker was 53 when Anora won the Palme d'Or.", default_kb)
    assert c.verdict == "supported" and "77th Cannes" in c.explanation
    assert _age("Sean Baker was 55 when Anora won the Palme d'Or.",
                default_kb).verdict == "refuted"
    assert _age("Aleksei Serebryakov was 59 when Anora won the Palme d'Or.",
                default_kb).verdict == "supported"
    assert _age("Aleksei Serebryakov was 62 when Anora won the Palme d'Or.",
                default_kb).verdict == "refuted"


def test_a_castmates_win_of_a_show_dates_it(default_kb):
    c = _age("Yura Borisov was 32 when Mikey Madison won the BAFTA.", default_kb)
    assert c.verdict == "supported" and "78th British Academy" in c.explanation
    assert _age("Yura Borisov was 35 when Mikey Madison won the BAFTA.",
                default_kb).verdict == "refuted"


def test_a_count_of_one_nights_wins_dates_it(default_kb):
    assert _age("Sean Baker was 54 when Anora won five Oscars.",
                default_kb).verdict == "supported"
    assert _age("Sean Baker was 60 when Anora won five Oscars.",
                default_kb).verdict == "refuted"


def test_an_assumed_show_supports_only(default_kb):
    assert _age("Yura Borisov was 32 when Anora won Best Picture.",
                default_kb).verdict == "supported"
    assert _age("Yura Borisov was 30 when Anora won Best Picture.",
                default_kb).verdict == "not_enough_info"


def test_a_year_the_when_clause_says_is_its_time(default_kb):
    # Sex, Lies, and Videotape took the Palme in 1989 (the 42nd festival): a clause that
    # dates the win to another year is not that edition's time
    assert _age("Steven Soderbergh was 26 when Sex, Lies, and Videotape won the Palme d'Or "
                "in 1988.", default_kb).verdict != "supported"
    assert _age("Sean Baker was 53 when Anora won the Palme d'Or in 2024.",
                default_kb).verdict == "supported"
