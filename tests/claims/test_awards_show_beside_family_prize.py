"""A prize of another show listed beside a show named only as a whole ("an Oscar and a
BAFTA") is that other show's prize: it was checked at the first show's night (and refuted
there, as no such prize of that ceremony). Sentences are written for these tests; the facts
are the default KB's (78th British Academy Film Awards, 97th Academy Awards)."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_the_second_show_s_prize_is_checked_at_its_own_show(default_kb):
    got = awards("For Anora, the actress Mikey Madison took home an Oscar and a BAFTA.",
                 default_kb)
    assert got and all(c.verdict == "supported" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]
    assert any("British Academy" in c.explanation for c in got), \
        [(c.text, c.explanation) for c in got]


def test_a_prize_lost_at_the_second_show_is_still_caught(default_kb):
    got = awards("Yura Borisov took home an Oscar and a BAFTA for playing Igor.", default_kb)
    bafta = [c for c in got if "BAFTA" in c.text]
    assert bafta and all(c.verdict == "refuted" and "British Academy" in c.explanation
                         for c in bafta), [(c.text, c.verdict, c.explanation) for c in got]


def test_the_show_named_as_a_whole_is_still_a_prize_said(default_kb):
    # Karagulian's one nomination of these is the Independent Spirit one: the Oscar half
    # must not ride on it
    got = awards("Karren Karagulian, Baker's regular, was nominated for an Oscar and an "
                 "Independent Spirit Award.", default_kb)
    assert got and all(c.verdict != "supported" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]


def test_a_listed_prize_no_ref_reads_keeps_the_row_open(default_kb):
    # the last prize of the list is no name the KB links: the two read hold, the row may not
    got = awards("That winter Mikey Madison collected the BAFTA, the Independent Spirit Award "
                 "and the SAG award.", default_kb)
    assert got and all(c.verdict != "supported" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]
