"""A date inside a phrase of sequence on a purchase ("following its premiere on 21 May 2024,
X was bought by Neon") dates the other event, not the purchase (claims/crew.py `_when`): the
purchase is judged by the order, which the interval claim refutes (the KB has Neon buying
Anora in November 2023), never as bought on the premiere's day. A combined explanation says
"Wrong:" once. Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def test_the_premieres_day_is_not_the_purchases(default_kb):
    text = "Following its world premiere at Cannes on 21 May 2024, Anora was bought by Neon."
    claims = reelcheck.check(text, kb=default_kb).claims
    bought = [c for c in claims if c.predicate == "distributor"]
    order = [c for c in claims if c.predicate == "interval"]
    assert bought and not any("21 May 2024" in c.explanation for c in bought)
    assert [c.verdict for c in order] == ["refuted"]
    assert not any("Wrong: Wrong:" in c.explanation for c in claims)


def test_a_date_on_the_purchase_itself_still_decides_it(default_kb):
    claims = reelcheck.check("Anora was bought by Neon in June 2024.", kb=default_kb).claims
    assert [c.verdict for c in claims if c.predicate == "distributor"] == ["refuted"]
