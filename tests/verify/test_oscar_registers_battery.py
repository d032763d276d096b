"""The Oscar registers battery (tests/data/oscar_registers_battery.tsv, sentences written for
reelcheck's tests): other films' Oscar history (Oppenheimer, Everything Everywhere All at Once,
CODA, Nomadland, Moonlight, The Shape of Water, Parasite) told as news ledes, "winners
included", "X, who won Best Y for Z in YEAR", "the Z star, an Oscar winner", "Z's editor X
took home ...", "nominated alongside A, B, C and D", "beat A to", "lost to", "shared with",
"the film's N wins included", "Oscar-winning Best Y X", listicle rows, passives, participles,
relative clauses, negations and history, each true line with one-slot mutants (category,
year or ceremony, film, win or nomination, co-nominee, count). Lines marked S or N must never
be refuted, and the battery must keep the share it reached (141 of 143 when written; 125
before the fixes of h40b, two of them wrong refutes). Unread: a verbless tally of nominations and wins with no show named
("Oppenheimer: 13 nominations, six wins"), where the wins stay open while the nominations,
read as the Oscars, hold."""
from __future__ import annotations

from battery import run


def test_the_battery(default_kb):
    passed, total, wrong_refutes = run("oscar_registers_battery.tsv", default_kb, open_n=True)
    assert not wrong_refutes, wrong_refutes
    assert total >= 143 and passed >= 141, (passed, total)
