""""A and B directed X and Y, respectively": two lists of one length pair in order, each film
its own director -- true pairs are supported, swapped ones refuted; a "respectively" whose
other list the parse did not give the verb makes no credit at all.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def crew(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "crew"]


def test_respective_directors_pair_in_order(default_kb):
    assert crew("Chloé Zhao and Jane Campion directed Nomadland and The Power of the Dog, "
                "respectively.", default_kb) == ["supported"]
    assert crew("Titane and Triangle of Sadness were directed by Julia Ducournau and Ruben "
                "Östlund, respectively.", default_kb) == ["supported"]
    # (and the same lists swapped pair the other way)
    assert crew("Titane and Triangle of Sadness were directed by Ruben Östlund and Julia "
                "Ducournau, respectively.", default_kb) == ["refuted"]


def test_a_respective_list_without_its_partner_list_is_no_credit(default_kb):
    assert "refuted" not in crew("Titane and Triangle of Sadness, directed by Julia Ducournau "
                                 "and Ruben Östlund respectively, won back-to-back Palmes.",
                                 default_kb)
