"""The quantity family on the parse: budget, box office, runtime, shooting days.

Sentences are written for these tests; the facts are the default KB's (Anora: a $6 million
budget, grosses with a scope and a date, a 139-minute runtime some sources dispute, 37 shooting
days)."""
from __future__ import annotations

import reelcheck

LEAD = "Anora opened in American cinemas in October 2024. "


def figures(text, kb):
    r = reelcheck.check(LEAD + text, kb=kb)
    return [c for c in r.claims if c.slots.get("kind") in ("money", "quantity")
            and c.start >= len(LEAD)]


def one(text, kb, predicate):
    got = [c for c in figures(text, kb) if c.predicate == predicate]
    assert len(got) == 1, [(c.predicate, c.text) for c in figures(text, kb)]
    return got[0]


# -- budget ------------------------------------------------------------------------------------
def test_a_budget_said_by_its_verb_or_its_noun(default_kb):
    c = one("Baker's comedy cost roughly $6 million to produce.", default_kb, "budget")
    assert (c.verdict, c.category, c.slots["amount"], c.slots["hedge"]) == \
        ("supported", "money", 6_000_000, "roughly")
    c = one("Its budget was only $6 million.", default_kb, "budget")
    assert c.verdict == "supported"
    c = one("Anora was made on a $6 million budget.", default_kb, "budget")
    assert c.verdict == "supported"


def test_a_wrong_budget_is_refuted(default_kb):
    c = one("Anora cost $25 million to make.", default_kb, "budget")
    assert c.verdict == "refuted"
    assert c.subject.id == "anora-2024-film"


def test_a_marketing_spend_is_no_budget(default_kb):
    got = figures("Neon later spent $18 million marketing the film to voters.", default_kb)
    assert not [c for c in got if c.predicate == "budget"]


def test_a_film_the_kb_lacks_is_never_refuted(default_kb):
    got = figures('The documentary "Winter Ledger" cost $25 million to make.', default_kb)
    assert not [c for c in got if c.verdict == "refuted"]


def test_a_film_the_kb_does_not_know_leaves_the_figure_open(default_kb):
    got = figures("Then there is Harbour Lights, a film that cost $25 million.", default_kb)
    assert all(c.verdict == "not_enough_info" for c in got)
    assert not [c for c in got if c.verdict == "refuted"]


# -- box office --------------------------------------------------------------------------------
def test_a_gross_with_its_scope(default_kb):
    c = one("By mid-March the film had grossed about $52 million worldwide.", default_kb,
            "box_office")
    assert (c.verdict, c.slots["scope"]) == ("supported", "worldwide")
    c = one("At home it took in some $20 million in North America.", default_kb, "box_office")
    assert c.slots["scope"] == "domestic"


def test_a_gross_the_kb_does_not_record_is_a_running_total(default_kb):
    # box office grows: a figure the KB lacks is not enough to refute
    c = one("The film has earned $90 million worldwide.", default_kb, "box_office")
    assert c.verdict == "not_enough_info"


def test_each_figure_binds_to_its_own_clause(default_kb):
    got = figures("Anora cost $6 million to make, and by March 2025 it grossed $52 million "
                  "worldwide.", default_kb)
    by = {c.predicate: c for c in got}
    assert by["budget"].slots["amount"] == 6_000_000
    assert by["box_office"].slots["amount"] == 52_000_000
    assert all(c.verdict == "supported" for c in got)


def test_another_films_gross_is_not_this_films(default_kb):
    # the second clause's gross is Harbour Lights', which the KB does not know
    got = figures("Anora cost $6 million to make, while Harbour Lights grossed $300 million.",
                  default_kb)
    assert [(c.predicate, c.slots["amount"], c.verdict) for c in got] == \
        [("budget", 6_000_000, "supported")]


# -- runtime and shooting days -----------------------------------------------------------------
def test_a_runtime(default_kb):
    c = one("The film runs two hours and nineteen minutes.", default_kb, "runtime")
    assert (c.category, c.slots["value"], c.slots["unit"]) == ("runtime", 139, "minute")
    assert c.verdict == "supported"
    c = one("It is a 139-minute film.", default_kb, "runtime")
    assert c.verdict == "supported"


def test_a_runtime_sources_dispute_is_not_refuted(default_kb):
    # the KB's runtime is disputed: another figure is left open, not refuted
    c = one("The film clocks in at 101 minutes.", default_kb, "runtime")
    assert c.verdict == "not_enough_info"


def test_a_scene_that_runs_is_the_scenes_length(default_kb):
    got = figures("The home invasion sequence runs 28 minutes.", default_kb)
    assert [c.predicate for c in got] == ["scene_length"]


def test_shooting_days(default_kb):
    c = one("Baker shot Anora in 37 days.", default_kb, "shooting_days")
    assert (c.verdict, c.category, c.slots["value"], c.slots["unit"]) == \
        ("supported", "production", 37, "day")
    c = one("The shoot lasted 50 days.", default_kb, "shooting_days")
    assert c.verdict == "refuted"
    c = one("Filming took only six weeks.", default_kb, "shooting_days")
    assert (c.slots["value"], c.verdict) == (42, "refuted")


def test_a_scene_that_took_weeks_is_not_the_shoot(default_kb):
    got = figures("The wedding sequence alone took two weeks to film.", default_kb)
    assert not [c for c in got if c.predicate == "shooting_days"]


def test_a_duration_with_no_cue_makes_no_claim(default_kb):
    assert figures("Baker waited nine months for the call.", default_kb) == []
    assert figures("She rehearsed for 37 days before meeting him.", default_kb) == []


def test_a_budget_in_a_phrase_on_another_figures_verb_is_its_own_claim(default_kb):
    # "grossed $X on a budget of $Y": each figure its own claim, the budget said from its
    # preposition (not from the verb whose figure is the gross)
    got = figures("The film grossed $30 million on a budget of $6 million.", default_kb)
    budget = [c for c in got if c.predicate == "budget"]
    assert [c.verdict for c in budget] == ["supported"]
    assert budget[0].text == "on a budget of $6 million"
    wrong = [c for c in figures("The film grossed $30 million on a budget of $16 million.",
                                default_kb) if c.predicate == "budget"]
    assert [c.verdict for c in wrong] == ["refuted"]


def test_the_film_a_description_refers_to_is_the_one_said_before(default_kb):
    # "the modest comedy" refers back to Anora; The Brutalist, named only later in another
    # clause, is not what it stands for
    text = ("The modest comedy shot with a slim $6 million budget could beat rivals such as "
            "The Brutalist to Best Picture.")
    c = one(text, default_kb, "budget")
    assert (c.subject.id, c.verdict) == ("anora-2024-film", "supported")
    # a film the KB lacks, named before, is no reason to borrow another's budget
    got = figures('"Harbour Lights" played in March. The modest drama shot with a slim $25 '
                  'million budget could beat The Brutalist.', default_kb)
    assert not [c for c in got if c.verdict == "refuted"]


def test_a_multiple_of_a_figure_is_not_decided_by_the_figure(default_kb):
    # "nine times its $6 million budget": the budget is right, the multiple is another claim
    # (a gross the KB holds only as a running total): open, never supported on the budget alone
    got = figures("The film grossed more than nine times its $6 million budget.", default_kb)
    assert got and all(c.verdict == "not_enough_info" for c in got)
    assert "nine times" in got[0].explanation


def test_a_bound_on_a_round_reported_budget_is_open(default_kb):
    # the KB's $6 million is a reported, round figure: "under $6 million" is neither held nor
    # refuted by it; a bound well clear of it is decided
    assert one("Anora, made for under $6 million, became a hit.", default_kb,
               "budget").verdict == "not_enough_info"
    assert one("Anora was made for under $20 million.", default_kb,
               "budget").verdict == "supported"


def test_a_gross_said_as_of_a_time_holds_only_for_a_figure_of_that_time(default_kb):
    # the KB's grosses are running totals dated early 2025: a figure right for March 2025 is
    # not borne out for a month long before it (open, never refuted: a total only grows)
    late = one("By November 2024 the picture had grossed about $52 million worldwide.",
               default_kb, "box_office")
    assert late.verdict == "not_enough_info"
    same_year = one("In 2025 the picture grossed $41 million worldwide.", default_kb,
                    "box_office")
    assert same_year.verdict == "supported"


def test_a_gross_with_no_time_is_as_of_the_latest_edition_the_piece_reports(default_kb):
    # a running total is the piece's own; with no date, the latest ceremony its claims are
    # about (the 97th Academy Awards, March 2025) dates it
    text = "Anora has grossed about $41 million worldwide."
    c = one(text, default_kb, "box_office")
    assert c.verdict == "not_enough_info" and "does not say when" in c.explanation
    after = "Sean Baker won Best Director at the 97th Academy Awards. " + text
    assert one(after, default_kb, "box_office").verdict == "supported"
    # the same figure in a piece about an edition a year earlier is not that time's total
    before = "Sean Baker won the Palme d'Or at the 77th Cannes Film Festival. " + text
    c = one(before, default_kb, "box_office")
    assert c.verdict == "not_enough_info" and "Cannes" in c.explanation
    # a piece whose date ingest found dates it the same way
    doc = reelcheck.Document(id="d", text=LEAD + text, date="2025-03-07")
    got = [c for c in reelcheck.check(doc, kb=default_kb).claims if c.predicate == "box_office"]
    assert [c.verdict for c in got] == ["supported"]


# -- parts of a gross, and what a figure is compared with --------------------------------------
def test_the_parts_of_a_gross_each_in_their_own_words(default_kb):
    got = figures("By March 16, 2025 it had taken in $52 million around the world, with $20 "
                  "million from the US and Canada and $32 million from overseas markets.",
                  default_kb)
    assert [(c.slots["amount"], c.slots["scope"], c.verdict) for c in got] == [
        (52_000_000, "worldwide", "supported"), (20_000_000, "domestic", "supported"),
        (32_000_000, "international", "supported")]
    assert got[2].text.startswith("$32 million") and "outside the domestic" in got[2].explanation
    # the difference of two rounded totals supports, but never refutes
    got = figures("By March 16, 2025 it had taken in $52 million around the world, $40 million "
                  "of it abroad.", default_kb)
    assert [c.verdict for c in got if c.slots["scope"] == "international"] == ["not_enough_info"]


def test_a_film_a_figure_is_compared_with_is_not_its_owner(default_kb):
    # the budget is the passage's film's; the film after "than" is only the yardstick
    c = one("Its budget came to about $12 million, which Baker calls a bit more than The "
            "Brutalist needed.", default_kb, "budget")
    assert (c.subject.id, c.verdict) == ("anora-2024-film", "refuted")
    # with no film before it, the figure is nobody's the KB can check
    got = reelcheck.check("The budget was about $9 million, far less than The Brutalist cost.",
                          kb=default_kb).claims
    assert all(c.verdict != "refuted" for c in got)


def test_a_measure_on_a_film_s_name_is_its_runtime(default_kb):
    c = one("The 139-minute Anora went on to win the Palme d'Or.", default_kb, "runtime")
    assert c.verdict == "supported"
    # the KB's sources disagree on the runtime: another figure is left open, never refuted
    c = one("The 150-minute Anora went on to win the Palme d'Or.", default_kb, "runtime")
    assert c.verdict == "not_enough_info"
    # a film the KB lacks makes no claim
    assert [c for c in figures("The 94-minute Harbour Lights won the Golden Gannet.", default_kb)
            if c.predicate == "runtime"] == []


# -- what a money support must account for: currency, window, territory --------------------
def test_a_figure_in_another_currency_is_not_compared(default_kb):
    c = one("The picture was produced for roughly €6 million.", default_kb, "budget")
    assert c.verdict == "not_enough_info"
    c = one("Anora cost £20 million to make.", default_kb, "budget")
    assert c.verdict == "not_enough_info"   # never refuted in a currency the KB lacks


def test_a_gross_over_a_window_is_not_the_running_total(default_kb):
    for text in ("By mid-March, its opening weekend had brought in $20 million domestically.",
                 "In its first week of release, Anora took in $15 million.",
                 "Anora grossed $20 million per screen by March 2025."):
        got = [c for c in figures(text, default_kb) if c.predicate == "box_office"]
        assert got and all(c.verdict == "not_enough_info" for c in got), text


def test_a_gross_in_one_territory_is_not_the_domestic_or_world_total(default_kb):
    c = one("By March 2025 the drama had earned $20 million in Germany.", default_kb,
            "box_office")
    assert c.verdict == "not_enough_info"
    assert c.slots.get("territory")
    # a territory a scope names is that scope: still decided
    c = one("By mid-March 2025, the film had earned $20 million in North America.", default_kb,
            "box_office")
    assert c.verdict == "supported" and c.slots["scope"] == "domestic"


def test_a_shoot_told_by_a_participle_that_opens_the_sentence(default_kb):
    # the first word's capital hides the verb's lemma from the tagger; its form still names it
    assert one("Shot in just 37 days, the film never looks rushed.", default_kb,
               "shooting_days").verdict == "supported"
    assert one("Filmed over 45 days, the film never looks rushed.", default_kb,
               "shooting_days").verdict == "refuted"


def test_a_negation_of_another_verb_leaves_a_fronted_figure_standing(default_kb):
    # "At 139 minutes, the film never drags": the negation denies the dragging; the running
    # time in the fronted phrase is stated, and true (Anora runs 139 minutes)
    assert one("At 139 minutes, the film never drags.", default_kb,
               "runtime").verdict == "supported"
    # a negation on the verb that states the figure still denies it
    c = one("The film does not run 139 minutes.", default_kb, "runtime")
    assert (c.slots["negated"], c.verdict) == (True, "refuted")
