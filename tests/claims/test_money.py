"""Money claims account for every slot a sentence states: the measure (budget, gross, a price
someone paid, an amount added), the territory, the time (a date, or an event), the bound
("north of", "at least", "crossed"), the currency (including other dollars) and what the
figure is said to be ("the lowest total since ...").

Sentences are written for these tests; the facts are the default KB's (Anora: a $6 million
budget; worldwide totals $34.5 million on 2025-02-17 up to $52 million on 2025-03-16, domestic
$15 million on 2025-02-17 and $20 million on 2025-03-16)."""
from __future__ import annotations

import reelcheck

LEAD = "Anora opened in American cinemas in October 2024. "


def money(text, kb):
    r = reelcheck.check(LEAD + text, kb=kb)
    return [c for c in r.claims if c.slots.get("kind") == "money" and c.start >= len(LEAD)]


def one(text, kb, predicate=None):
    got = [c for c in money(text, kb) if predicate is None or c.predicate == predicate]
    assert len(got) == 1, [(c.predicate, c.text, c.verdict) for c in money(text, kb)]
    return got[0]


# -- true: every slot agrees -------------------------------------------------------------------
def test_true_figures_in_varied_wording(default_kb):
    for text in ("Anora was produced for an estimated $6m.",
                 "Baker's film cost north of $5 million to make.",
                 "By March 2025 the comedy had pulled in at least $48 million worldwide.",
                 "In March 2025 Anora crossed the $50 million mark at the global box office.",
                 "Anora went on to gross more than $50 million worldwide by March 2025."):
        c = one(text, default_kb)
        assert c.verdict == "supported", (text, c.explanation)


def test_a_bound_is_read_from_the_words_before_the_figure_or_its_verb(default_kb):
    c = one("Baker's film cost north of $5 million to make.", default_kb)
    assert (c.slots["bound"], c.slots["hedge"]) == ("more", "north of")
    c = one("In March 2025 Anora crossed the $50 million mark worldwide.", default_kb)
    assert c.slots["bound"] == "at_least"


def test_a_budget_said_in_another_clause_keeps_its_own_words(default_kb):
    # the campaign of the second clause does not make the first clause's figure a marketing
    # spend
    got = money("Anora cost about $6 million, while its distributor spent $18 million on the "
                "awards campaign.", default_kb)
    assert [(c.predicate, c.verdict) for c in got] == [("budget", "supported")]


def test_a_figure_on_a_film_noun_is_its_budget(default_kb):
    c = one("Anora, a $6 million production, won the Palme d'Or.", default_kb, "budget")
    assert c.verdict == "supported"
    c = one("The $16 million indie Anora won Best Picture.", default_kb, "budget")
    assert c.verdict == "refuted"


# -- false, one slot wrong -----------------------------------------------------------------------
def test_a_wrong_budget_is_refuted(default_kb):
    c = one("Made for $16 million, Anora won the Palme d'Or.", default_kb, "budget")
    assert c.verdict == "refuted"


def test_a_bound_the_kb_figure_misses_is_no_support(default_kb):
    # "nearly $60 million": the KB's $52 million is not nearly sixty
    c = one("By March 2025 Anora had grossed nearly $60 million worldwide.", default_kb)
    assert c.verdict == "not_enough_info"


def test_another_territory_is_no_support(default_kb):
    # stateside is the domestic market, which the KB has at $20 million, not $52 million
    c = one("By March 2025 Anora had grossed $52 million stateside.", default_kb)
    assert (c.slots["scope"], c.verdict) == ("domestic", "not_enough_info")


def test_a_total_dated_before_the_kb_figure_is_no_support(default_kb):
    # $52 million is the total of mid-March, not of February
    c = one("By February 2025 Anora had grossed $52 million worldwide.", default_kb)
    assert c.verdict == "not_enough_info"


# -- undecidable: a slot the KB does not hold ------------------------------------------------------
def test_another_dollar_is_not_compared(default_kb):
    c = one("By March 2025 Anora had grossed A$52 million worldwide.", default_kb)
    assert (c.slots["currency"], c.verdict) == ("AUD", "not_enough_info")


def test_an_amount_added_is_not_the_total(default_kb):
    c = one("In March 2025 Anora earned an additional $20 million domestically.", default_kb)
    assert (c.slots.get("increment"), c.verdict) == (True, "not_enough_info")


def test_a_time_told_by_an_event_is_named(default_kb):
    for text in ("Before its Oscar win, Anora had grossed $41 million worldwide.",
                 "Since the Oscars, the film has earned $20 million domestically.",
                 "Ahead of the ceremony Anora had made $52 million around the globe."):
        c = one(text, default_kb)
        assert c.verdict == "not_enough_info", text
        assert c.slots.get("event_time"), text
    # a film's release starts its run: "since its release" is the whole total
    c = one("Since its release in October, Anora has grossed $52 million worldwide by March "
            "2025.", default_kb)
    assert c.verdict == "supported"


def test_a_cost_to_someone_is_no_budget(default_kb):
    # what the film cost its buyer is neither supported nor refuted by the budget
    c = one("Anora cost Neon $20 million.", default_kb)
    assert (c.slots.get("payer"), c.verdict) == ("Neon", "not_enough_info")


def test_what_a_figure_is_said_to_be_is_not_supported_by_the_figure(default_kb):
    for text in ("By March 2025 Anora had grossed $20 million domestically, the lowest total "
                 "for a Best Picture winner since 1980.",
                 "By March 2025 Anora had grossed $52 million worldwide, more than any other "
                 "film its distributor released that year.",
                 "By March 2025 Anora had earned $20 million domestically, making it the "
                 "lowest-grossing winner in decades."):
        c = one(text, default_kb)
        assert c.verdict == "not_enough_info", text
        assert c.slots.get("characterized"), text


def test_a_film_the_kb_lacks_is_never_refuted(default_kb):
    for text in ("The film Harbour Lights grossed $12 million worldwide in 2025.",
                 "Harbour Lights, a $16 million production, opened in May."):
        assert not [c for c in money(text, default_kb) if c.verdict == "refuted"]


def test_a_hyphenated_figure_keeps_its_scale(default_kb):
    # "$6-million" is six million, never six dollars (which would refute a true budget)
    c = one("Anora was made for a $6-million budget.", default_kb, "budget")
    assert (c.slots["amount"], c.verdict) == (6_000_000, "supported")
    c = one("Anora was budgeted at $16 million.", default_kb, "budget")
    assert c.verdict == "refuted"


def test_a_comparison_set_off_after_a_budget_is_not_supported_by_it(default_kb):
    c = one("Anora cost under $16 million to make, a fraction of The Brutalist's budget.",
            default_kb, "budget")
    assert c.verdict == "not_enough_info"
    # a comparison in another clause with its own subject is that clause's
    c = one("Anora cost $6 million to make, and few films have ever delivered a better "
            "return.", default_kb, "budget")
    assert c.verdict == "supported"


# -- the parse's slips: the figure's verb is still found ---------------------------------------
def test_a_gross_verb_tagged_as_an_adjective_still_governs_its_figure(default_kb):
    # after "to", the tagger may read "gross" as an adjective on the figure
    for text in ("The comedy went on to gross $52 million worldwide by mid-March 2025.",
                 "Made cheaply, the $6 million indie went on to gross $52 million worldwide "
                 "by mid-March 2025."):
        c = one(text, default_kb, "box_office")
        assert c.verdict == "supported", (text, c.explanation)
    c = one("The comedy went on to gross $90 million abroad.", default_kb, "box_office")
    assert c.verdict != "supported"


def test_a_hyphen_the_parser_made_a_subject_is_no_film(default_kb):
    # "By mid-March": the stray "-" is not a film the KB lacks
    c = one("By mid-March 2025 the comedy had taken in roughly $52 million around the world.",
            default_kb)
    assert c.verdict == "supported", c.explanation
    # a film the KB lacks, after the same fronted date: nothing is decided about it
    got = money("By mid-March 2025 Hollow Lanterns had taken in roughly $52 million.", default_kb)
    assert all(c.verdict == "not_enough_info" for c in got), [c.explanation for c in got]
