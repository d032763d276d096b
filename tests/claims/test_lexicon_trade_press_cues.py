"""Trade-press verbs the lexicon now lists as cues of relations whose families already read
them: wins ("snared", "seized"), a win taken from a rival ("wrested X from Y": the one after
"from" lost), grosses ("banked", "hauled in", "generated", "drew", "tallied"), runtimes ("comes
in at", "checks in at", "weighs in at", "stretches to"), a distributor's release ("rolled out"),
top billing ("toplined"). And sentences where the same words state no such relation. Sentences
written for these tests; the facts are the default KB's."""
from __future__ import annotations

import pytest

import reelcheck


def _claims(text, kb, predicates):
    return [(c.verdict, c.predicate, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate in predicates]


AWARD = ("award_received", "award_count", "nominated_for", "nomination_count")


@pytest.mark.parametrize("text,predicate", [
    ("Justine Triet snared the Palme d'Or in 2023.", "award_received"),
    ("Oppenheimer seized Best Picture at the 96th Academy Awards.", "award_received"),
    ("Emma Stone wrested Best Actress from Lily Gladstone at the 96th Academy Awards.",
     "award_received"),
    ("By March 16, 2025, Anora had banked $52 million worldwide.", "box_office"),
    ("By March 16, 2025, Anora had hauled in $52 million worldwide.", "box_office"),
    ("By March 16, 2025, Anora had generated $52 million worldwide.", "box_office"),
    ("Anora weighs in at 139 minutes.", "runtime"),
    ("Anora comes in at 139 minutes.", "runtime"),
    ("Anora stretches to 139 minutes.", "runtime"),
    ("Neon rolled out Anora on October 18, 2024.", "release_date"),
    ("Mikey Madison toplined Anora.", "notable_work"),
])
def test_a_trade_press_cue_states_its_relation(text, predicate, default_kb):
    got = _claims(text, default_kb, (predicate,))
    assert got and all(v == "supported" for v, _, _ in got), got


@pytest.mark.parametrize("text,predicate", [
    ("Poor Things snared five Oscars at the 96th Academy Awards.", "award_count"),
    # the rival after "from" must have been up for it that night
    ("Emma Stone wrested Best Actress from Mikey Madison at the 96th Academy Awards.",
     "nominated_for"),
])
def test_a_wrong_slot_after_such_a_cue_is_refuted(text, predicate, default_kb):
    got = _claims(text, default_kb, (predicate,))
    assert got and all(v == "refuted" for v, _, _ in got), got


@pytest.mark.parametrize("text,predicates", [
    ("Igor steals the ring from Ani in the last act.", AWARD),
    ("Yura Borisov stole every scene he was in at the 97th Academy Awards.", AWARD),
    ("Anora, the film that stole the show at the 97th Academy Awards, is long.", AWARD),
    ("The police seized the negatives of Anora.", AWARD),
    ("Neon banked on Anora at the 97th Academy Awards.", AWARD + ("box_office",)),
    ("Anora drew big crowds in Brighton Beach.", ("box_office",)),
    ("In Anora the story stretches over two days.", ("runtime",)),
    ("Neon rolled out the trailer for Anora on August 20, 2024.", ("release_date",)),
])
def test_the_same_words_state_no_such_relation_elsewhere(text, predicates, default_kb):
    assert _claims(text, default_kb, predicates) == []


def test_a_stretched_scene_is_the_scene_s_length_not_the_film_s(default_kb):
    got = _claims("The home invasion in Anora stretches to 28 minutes.", default_kb,
                  ("runtime", "scene_length"))
    assert got and all(p == "scene_length" and v == "supported" for v, p, _ in got), got
