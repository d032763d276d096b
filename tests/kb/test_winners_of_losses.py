"""A nomination's result that names who won instead ("lost to Demi Moore (The Substance)")
states that winner's win: the factsheet compiler adds it (kb/factsheet.py
`_winners_of_losses`), with the nomination's sources."""
from __future__ import annotations

import reelcheck
from reelcheck.kb.factsheet import compile_factsheets
from reelcheck.kb.store import KB


def test_a_loss_names_the_winner(tmp_path):
    sheet = tmp_path / "s.yaml"
    sheet.write_text("""factsheet: s
entities:
- {id: show, label: Lantern Awards, type: award}
- {id: best-lamp, label: Lantern Award for Best Lamp, type: award}
- {id: night-1, label: 1st Lantern Awards, type: ceremony}
- {id: glow, label: Glow, type: film}
- {id: dim, label: Dim, type: film}
- {id: ada-vale, label: Ada Vale, type: person}
facts:
- subject: glow
  predicate: nominated_for
  object: best-lamp
  qualifiers: {ceremony: night-1, result: lost to Ada Vale (Dim)}
  sources: [https://example.org/lanterns]
- subject: glow
  predicate: nominated_for
  object: show
  qualifiers: {ceremony: night-1, result: lost to Nobody Known}
  sources: [https://example.org/lanterns]
""")
    out = tmp_path / "kb.sqlite"
    compile_factsheets([sheet], out)
    kb = KB(out)
    got = kb.facts(subject="ada-vale", predicate="award_received")
    assert [(f.value, f.qualifiers.get("ceremony"), f.qualifiers.get("for_work"))
            for f in got] == [("best-lamp", "night-1", "dim")]
    assert got[0].sources == ["https://example.org/lanterns"]
    # a name the KB does not hold as one entity states no win
    assert len(kb.facts(predicate="award_received")) == 1


def test_the_default_kb_reads_the_season_results(default_kb):
    text = "Madison took the BAFTA, though the Golden Globe went to Demi Moore for The Substance."
    got = [c for c in reelcheck.check(text, kb=default_kb).claims if "Demi Moore" in c.text]
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]
    borisov = [f for f in default_kb.facts(subject="kieran-culkin", predicate="award_received")
               if "sag" in f.value]
    assert borisov and borisov[0].qualifiers.get("ceremony") == "31st-screen-actors-guild-awards"
