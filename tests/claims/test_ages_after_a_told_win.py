"""An age with no time of its own ("She was 60.", "the 47-year-old", "he was 47 at the
time") in a sentence after one of the same paragraph that told the holder's win is the age at
that win, not at the latest event the piece names: it may support, never refute (the win is
another sentence's). A count of wins on several nights tells no one time; the win must be
told in the age's own paragraph. "She was 28 when she first won", no prize named, is the age
at the holder's first win of the show that sentence told. Sentences are
written for these tests; facts are the default KB's (Michelle Yeoh, born 6 August 1962, won
Best Actress at the 95th Academy Awards on 12 March 2023; Emma Stone, born 6 November 1988,
won Best Actress at the 89th and the 96th; Mikey Madison won at the 97th in 2025)."""
from __future__ import annotations

import reelcheck

LATER = "Mikey Madison was the winner at the 97th Academy Awards.\n\n"


def ages(text, kb):
    return [(c.subject.id if c.subject else None, c.verdict, c.explanation)
            for c in reelcheck.check(text, kb=kb).claims if c.predicate == "age"]


def test_a_bare_copula_age_after_the_win_is_at_that_win(default_kb):
    text = ("Michelle Yeoh broke new ground by winning Best Actress for Everything Everywhere "
            "All at Once. Mikey Madison would follow two years later. She was 60.")
    # "she" after Madison's sentence is not read as Yeoh's: only Yeoh's own win counts
    # (the piece names a later show first: the latest event it reports is not her night)
    got = ages(LATER + "Michelle Yeoh broke new ground by winning Best Actress for Everything "
               "Everywhere All at Once. She was 60.", default_kb)
    assert [(s, v) for s, v, _e in got] == [("michelle-yeoh", "supported")], got
    assert "95th" in got[0][2]
    assert all(v != "refuted" for _s, v, _e in ages(text, default_kb))


def test_a_wrong_age_after_the_win_is_left_open(default_kb):
    got = ages("Michelle Yeoh broke new ground by winning Best Actress for Everything "
               "Everywhere All at Once. She was 57.", default_kb)
    assert [(s, v) for s, v, _e in got] == [("michelle-yeoh", "not_enough_info")], got


def test_at_the_time_after_the_win(default_kb):
    got = ages(LATER + "Emma Stone took Best Actress for Poor Things. She was 35 at the time.",
               default_kb)
    assert [(s, v) for s, v, _e in got] == [("emma-stone", "supported")], got


def test_two_wins_told_at_once_give_no_time(default_kb):
    got = ages("Emma Stone has taken Best Actress twice. She was 28 at the time.", default_kb)
    assert all(v == "not_enough_info" for _s, v, _e in got), got


def test_a_win_of_another_paragraph_gives_no_time(default_kb):
    got = ages(LATER + "Michelle Yeoh broke new ground by winning Best Actress for Everything "
               "Everywhere All at Once.\n\nShe was 60.", default_kb)
    assert all(v != "supported" for _s, v, _e in got), got


def test_when_she_first_won_is_the_first_win_of_the_told_show(default_kb):
    # the sentence before tells her later win; "when she first won" is her first Oscar
    got = ages("Emma Stone took Best Actress for Poor Things. She was 28 when she first won.",
               default_kb)
    assert [(s, v) for s, v, _e in got] == [("emma-stone", "supported")], got
    assert "89th" in got[0][2]
    got = ages("Emma Stone took Best Actress for Poor Things. She was 35 when she first won.",
               default_kb)
    assert [(s, v) for s, v, _e in got] == [("emma-stone", "not_enough_info")], got
    # without "first" the bare win says no one time
    got = ages("Emma Stone took Best Actress for Poor Things. She was 28 when she won.",
               default_kb)
    assert all(v == "not_enough_info" for _s, v, _e in got), got


def test_a_sentence_between_tells_another_time(default_kb):
    # the age's time is the latest the text told: another sentence between the win and the
    # age, or a later nomination or a count of wins whose night is unread, lends it none
    for middle in ("In 2024 she hosted a talk show.",
                   "She was nominated again for Poor Things."):
        got = ages(f"Emma Stone took Best Actress for La La Land. {middle} "
                   "She was 28 at the time.", default_kb)
        assert all(v == "not_enough_info" for _s, v, _e in got), (middle, got)
    got = ages("In 2024, Sean Baker won the Palme d'Or for Anora. Nine months later he won "
               "four Oscars in a single night. He was 53 at the ceremony.", default_kb)
    assert all(v == "not_enough_info" for _s, v, _e in got), got
