"""Hand-made reports, so renderer tests do not depend on the claim engine."""
from __future__ import annotations

import pytest

from reelcheck.model import (Claim, Document, EntityRef, Evidence, Link, Mention, Quote,
                             Report)


def span(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of `needle` in `text` (fails loudly if absent)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


ARTICLE = (
    "Sean Baker's Anora won the Golden Lion at Venice, and Mikey Maddison took home the "
    "Oscar for Best Actress.\n"
    "Baker said: “I just wanted to make a screwball comedy.” Critics loved it.\n"
    "Rumour has it the shoot lasted only 20 days.\n"
    "Stream it free at anora-free-stream.xyz or read more at https://www.example.org/anora."
)


@pytest.fixture
def sample_report() -> Report:
    return make_sample_report()


def make_sample_report() -> Report:
    """A report with one finding of each kind, nested and adjacent spans, hedging, bad links."""
    t = ARTICLE
    anora = EntityRef("anora-2024-film", "Anora")
    baker = EntityRef("sean-baker", "Sean Baker")
    madison = EntityRef("mikey-madison", "Mikey Madison")
    c1 = span(t, "Sean Baker's Anora won the Golden Lion at Venice")
    c2 = span(t, "Mikey Maddison took home the Oscar for Best Actress")
    c3 = span(t, "the shoot lasted only 20 days")
    claims = [
        Claim("c1", *c1, t[c1[0]:c1[1]], "award", subject=anora, predicate="award_received",
              verdict="refuted", confidence=0.9,
              evidence=[Evidence("Anora won the Palme d'Or at the 2024 Cannes Film Festival.",
                                 "https://en.wikipedia.org/wiki/Anora", "f1"),
                        Evidence("The 2024 Golden Lion went to The Room Next Door.",
                                 "awards-history.yaml", "f2")],
              explanation="Anora won the Palme d'Or at Cannes, not the Golden Lion at Venice."),
        Claim("c2", *c2, t[c2[0]:c2[1]], "award", subject=madison, predicate="award_received",
              verdict="supported", confidence=0.95,
              evidence=[Evidence("Mikey Madison won Best Actress at the 97th Academy Awards.",
                                 "https://www.oscars.org/oscars/ceremonies/2025", "f3")],
              explanation="Mikey Madison won Best Actress at the 97th Academy Awards."),
        Claim("c3", *c3, t[c3[0]:c3[1]], "production", subject=anora, verdict="not_enough_info",
              hedged=True, explanation="The KB has no shooting-days figure for Anora."),
    ]
    names = [
        Mention(*span(t, "Sean Baker"), "Sean Baker", baker, "person"),
        Mention(*span(t, "Anora"), "Anora", anora, "film"),
        Mention(*span(t, "Mikey Maddison"), "Mikey Maddison", madison, "person",
                issue="misspelled", suggestion="Mikey Madison", score=0.93, how="fuzzy"),
        Mention(*span(t, "Baker", 1), "Baker", baker, "person", how="partial"),
    ]
    q = span(t, "I just wanted to make a screwball comedy.")
    quotes = [Quote(*q, t[q[0]:q[1]], speaker=baker, verdict="altered",
                    evidence=[Evidence("“I just wanted to make a screwball comedy, really.”",
                                       "interview-2024.txt")])]
    l1 = span(t, "anora-free-stream.xyz")
    l2 = span(t, "https://www.example.org/anora")
    links = [Link(*l1, t[l1[0]:l1[1]], "anora-free-stream.xyz", "piracy",
                  "domain is on the piracy blocklist"),
             Link(*l2, t[l2[0]:l2[1]], "example.org", "unknown", "not on any list")]
    doc = Document("sample.txt", t, url="https://news.example.com/anora-review",
                   title="Anora review", date="2025-03-04")
    return Report(doc, claims, names, quotes, links, kb="test KB (built 2025-01-01, 3 facts)")
