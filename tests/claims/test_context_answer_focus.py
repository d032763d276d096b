"""An answer's "it" is the film its question names: "Did X win Best Picture?" as a paragraph,
then "No. It won one Oscar, for ..." -- the question's film comes before the article's main
film. Before, "it" was the main film, and the answer was refuted with its tally.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def test_an_answer_s_it_is_the_question_s_film(default_kb):
    text = ("Oppenheimer swept the 96th Academy Awards. Oppenheimer took seven prizes that "
            "night.\n\nDid Poor Things take Best Picture?\n\nNo. It took four Oscars, including "
            "Best Actress.\n")
    r = reelcheck.check(text, kb=default_kb)
    counts = [c for c in r.claims if c.slots.get("kind") == "award_count"
              and text[c.start:c.end].startswith("It")]
    assert [c.verdict for c in counts] == ["supported"]
    assert "Poor Things" in counts[0].explanation


def test_without_a_question_the_main_film_stays(default_kb):
    text = ("Oppenheimer swept the 96th Academy Awards. Oppenheimer took seven prizes that "
            "night.\n\nPoor Things was another favourite.\n\nIn the end it took seven Oscars.\n")
    r = reelcheck.check(text, kb=default_kb)
    counts = [c for c in r.claims if c.slots.get("kind") == "award_count"
              and "it took" in text[c.start:c.end]]
    assert all(c.verdict != "refuted" for c in counts)
