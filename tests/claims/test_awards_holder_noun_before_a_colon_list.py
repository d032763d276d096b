"""A list a colon opens right after a holder noun ("BAFTA winners: A (X), B (Y) and C (Z)",
"Winners at the BAFTAs included: ...", "Golden Globe nominees: ..."): each name is one of
the noun's holders, its own claim with its own film (h37c)."""
from tests.helpers.award_claims import awards


def _pieces(text, kb):
    return [(c.verdict, c.text) for c in awards(text, kb)]


def test_verbless_winners_row(default_kb):
    got = _pieces("BAFTA winners: Mikey Madison (Anora), Brady Corbet (The Brutalist) and "
                  "Kieran Culkin (A Real Pain).", default_kb)
    assert got == [("supported", "Mikey Madison (Anora)"),
                   ("supported", "Brady Corbet (The Brutalist)"),
                   ("supported", "Kieran Culkin (A Real Pain)")]


def test_colon_after_the_verb_of_the_holder_noun(default_kb):
    got = _pieces("Winners at the BAFTAs included: Mikey Madison (Anora), Sean Baker (Anora) "
                  "and Kieran Culkin (A Real Pain).", default_kb)
    assert [v for v, _ in got] == ["supported", "not_enough_info", "supported"], got


def test_nominees_row_reads_nominations(default_kb):
    got = awards("Golden Globe nominees: Mikey Madison (Anora), Demi Moore (The Substance).",
                 default_kb)
    assert [c.verdict for c in got] == ["supported", "supported"]
    assert all(c.slots["polarity"] == "nominated" for c in got)
