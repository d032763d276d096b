"""A content-farm essay written for this test: invented rumours, a wrong shoot length, a wrong
plot turn, true cast claims, a fake quote and a piracy call to action."""
from __future__ import annotations

import reelcheck

ESSAY = """Inside Anora: The Secrets Nobody Told You

Anora follows Ani, a dancer from Brighton Beach played by Mikey Madison. She falls for Vanya
(Mark Eydelshteyn), the reckless heir of a Russian oligarch, and their whirlwind marriage is
soon carried off to his family's estate in Russia, where the real trouble begins.

Baker reportedly filmed a darker final scene in which Ani burns the mansion down. Some insiders
swore the studio cut it after a test screening, and fans believe it will surface one day.

The production was famously tight: Baker needed only 30 days to shoot Anora. "I never slept
during that month," Baker confessed to a podcast host.

Karren Karagulian, who plays Toros, has worked with Baker for decades.

Critics say the film is a bittersweet fairy tale for grown-ups.

Watch Anora free in HD on fmovies-hd.click
"""


def test_content_farm_essay(default_kb):
    r = reelcheck.check(ESSAY, kb=default_kb)
    by = {}
    for c in r.claims:
        by.setdefault(c.predicate, []).append(c)
    # true cast claims supported
    cast = {(c.subject.id, c.object.id): c.verdict for c in by["played_by"]}
    assert cast == {("anora-mikheeva", "mikey-madison"): "supported",
                    ("ivan-zakharov", "mark-eydelshteyn"): "supported",
                    ("toros", "karren-karagulian"): "supported"}
    # the wrong plot turn and the wrong shoot length are refuted, with the right values
    plot = [c for c in by["plot"] if c.verdict == "refuted"]
    assert plot and "Russia" in plot[0].explanation
    shoot = by["shooting_days"][0]
    assert shoot.verdict == "refuted" and "37" in shoot.explanation
    # the rumour is hedged and never supported
    rumours = [c for c in r.claims if c.hedged]
    assert rumours and all(c.verdict == "not_enough_info" for c in rumours)
    # the critics' opinion is not a claim
    assert not any("bittersweet" in c.text for c in r.claims)
    # no trusted sources: the quote is unsourced; the closing call to action is piracy
    assert [q.verdict for q in r.quotes] == ["unsourced"]
    assert r.quotes[0].speaker and r.quotes[0].speaker.id == "sean-baker"
    assert [l.verdict for l in r.links] == ["piracy"]
    assert r.links[0].reason
