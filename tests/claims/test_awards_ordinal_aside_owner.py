"""An ordinal set off after a win ("X won A at the N-th show, his second") counts the prizes of
its owner. Two mechanisms:

- an owner who is another party than the winner (a film noun said of a person's win, or
  another name) counts that party's prizes, never the winner's: before, "the film's fifth
  Oscar" after an actress's win was read as her fifth and refuted;
- the parser may set the owned ordinal beside the night of the cue's own phrase rather than
  the prize; it is read as if after the prize. Before, it was dropped and the win supported
  with the ordinal never checked.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

from tests.helpers.award_claims import awards


def _verdicts(text, kb):
    return [(text[c.start:c.end], c.verdict) for c in awards(text, kb)]


def test_the_films_ordinal_is_not_the_winners(default_kb):
    for text in ("Mikey Madison won Best Actress at the 97th Academy Awards, the film's fifth "
                 "Oscar of the night.",
                 "Adrien Brody won Best Actor at the 97th Academy Awards, the film's third "
                 "Oscar of the night."):
        got = _verdicts(text, default_kb)
        assert got and all(v != "refuted" for _, v in got), (text, got)


def test_an_ordinal_beside_the_night_counts_the_winners_prizes(default_kb):
    got = _verdicts("Adrien Brody won Best Actor at the 97th Academy Awards, his third.",
                    default_kb)
    assert got and got[0][1] == "refuted"
    got = _verdicts("Mikey Madison won Best Actress at the 97th Academy Awards, her second.",
                    default_kb)
    assert got and got[0][1] == "refuted"
    got = _verdicts("Adrien Brody won Best Actor at the 97th Academy Awards, his second.",
                    default_kb)
    assert got and got[0][1] == "supported"
