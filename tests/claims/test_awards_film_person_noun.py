"""A person noun owned by a film ("its star", "the film's star", "the Anora star") as
the winner of a prize: the one person the passage is about when the KB credits them on that
film; else, for a prize a performer holds, the film's win of that prize (the performer's win is
the film's too). Both are readings: they may support, never refute. A prize no performer holds
("its star won Best Director") or no category at all ("its star won an Oscar") is left unread.

Sentences are written for these tests; facts are the default KB's (Anora won Best Picture and
Best Actress, for Mikey Madison, at the 97th Academy Awards and Best Lead Performance at the
40th Independent Spirit Awards; Oppenheimer won Best Actor at the 96th)."""
from __future__ import annotations

from award_claims import awards


def _second(text, kb):
    cut = text.index(". ") + 2
    return [c for c in awards(text, kb) if c.start >= cut]


def _read(got):
    return [(c.slots.get("subject"), c.verdict) for c in got]


PICTURE = "Anora won Best Picture at the 97th Academy Awards. "


def test_its_star_s_prize_is_the_film_s(default_kb):
    got = _second(PICTURE + "Its star won Best Actress.", default_kb)
    assert _read(got) == [("anora-2024-film", "supported")], [c.explanation for c in got]
    assert got[0].text.startswith("Its star")
    got = _second("Oppenheimer won Best Picture at the 96th Academy Awards. The film's star "
                  "also won Best Actor.", default_kb)
    assert _read(got) == [("oppenheimer-2023-film", "supported")], [c.explanation for c in got]
    got = _second(PICTURE + "Its leading lady won Best Actress.", default_kb)
    assert _read(got) == [("anora-2024-film", "supported")], [c.explanation for c in got]


def test_at_another_show(default_kb):
    got = _second("Anora won the top prize at the 40th Independent Spirit Awards. Its star "
                  "won Best Lead Performance.", default_kb)
    assert _read(got) == [("anora-2024-film", "supported")], [c.explanation for c in got]


def test_a_prize_the_film_did_not_win_is_not_refuted(default_kb):
    got = _second(PICTURE + "Its star won Best Actor.", default_kb)
    assert got and all(c.verdict == "not_enough_info" for c in got), \
        [(c.verdict, c.explanation) for c in got]


def test_only_a_performer_s_prize_is_read(default_kb):
    got = _second(PICTURE + "Its star won the award for Best Actress.", default_kb)
    assert _read(got) == [("anora-2024-film", "supported")], [c.explanation for c in got]
    assert _second(PICTURE + "Its star won Best Director.", default_kb) == []
    assert _second(PICTURE + "The film's lead actress also won an Oscar.", default_kb) == []


def test_the_passage_s_person_credited_on_the_film(default_kb):
    text = ("Mikey Madison played Ani in Anora. The film won Best Picture at the 97th Academy "
            "Awards, and its star won Best Actress.")
    got = [c for c in _second(text, default_kb) if "star" in c.text]
    assert _read(got) == [("mikey-madison", "supported")], [c.explanation for c in got]


def test_a_film_set_before_the_noun_owns_it(default_kb):
    # "the Anora star" is someone Anora credits, not the passage's Demi Moore
    text = ("Demi Moore was up for Best Actress at the 97th Academy Awards. The statuette "
            "went to the Anora star instead.")
    got = _second(text, default_kb)
    assert _read(got) == [("anora-2024-film", "supported")], [c.explanation for c in got]
    text = ("Mikey Madison was up for Best Actress at the 97th Academy Awards. The Anora star "
            "won the award.")
    got = _second(text, default_kb)
    assert _read(got) == [("mikey-madison", "supported")], [c.explanation for c in got]
