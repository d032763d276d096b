"""Claim extraction + verification by category: true, false and undecidable cases.

Each case is a sentence written for this test; the assertion is on the verdict of the claim
whose predicate matches, so a change in wording elsewhere cannot hide a wrong verdict.
"""
from __future__ import annotations

import pytest

import reelcheck


def verdicts(text, kb):
    return [(c.predicate, c.verdict) for c in reelcheck.check(text, kb=kb).claims]


def verdict_of(text, kb, predicate):
    r = reelcheck.check(text, kb=kb)
    got = [c for c in r.claims if c.predicate == predicate]
    assert got, f"no {predicate} claim in {text!r}: {[(c.predicate, c.text) for c in r.claims]}"
    return got[0]


CASES = [
    # (category, sentence, predicate, expected verdict)
    ("award", "Anora won the Palme d'Or at Cannes in 2024.", "award_received", "supported"),
    ("award", "Mikey Madison won the Oscar for Best Actress.", "award_received", "supported"),
    ("award", "Yura Borisov won the Oscar for Best Supporting Actor for Anora.", "award_received", "refuted"),
    ("award", "Anora won the Golden Globe for Best Director.", "award_received", "refuted"),
    ("award", "Parasite won the Palme d'Or in 2019.", "award_received", "supported"),
    ("award", "Titane won the Palme d'Or in 2019.", "award_received", "refuted"),
    ("count", "Anora won five Oscars.", "award_count", "supported"),
    ("count", "Anora won four Oscars at the 97th Academy Awards.", "award_count", "refuted"),
    ("count", "Sean Baker won four Oscars on the night.", "award_count", "supported"),
    ("count", "Sean Baker won five Oscars at the 2025 Oscars.", "award_count", "refuted"),
    ("count", "Anora received six nominations at the Academy Awards.", "nomination_count", "supported"),
    ("count", "Anora received five Oscar nominations.", "nomination_count", "refuted"),
    ("cast", "Ani, played by Mikey Madison, is a dancer.", "played_by", "supported"),
    ("cast", "Vanya (Yura Borisov) is the son of an oligarch.", "played_by", "refuted"),
    ("cast", "Karren Karagulian plays Toros.", "played_by", "supported"),
    ("crew", "Anora was directed by Sean Baker.", "director", "supported"),
    ("crew", "Anora was directed by Greta Gerwig.", "director", "refuted"),
    ("crew", "Anora was edited by Sean Baker.", "film_editor", "supported"),
    ("crew", "Anora was shot by Drew Daniels.", "director_of_photography", "supported"),
    ("date", "The 97th Academy Awards were held on March 2, 2025.", "ceremony_date", "supported"),
    ("date", "The 97th Academy Awards were held on March 3, 2025.", "ceremony_date", "refuted"),
    ("date", "Sean Baker was born on February 26, 1971.", "date_of_birth", "supported"),
    ("date", "Sean Baker was born on March 1, 1970.", "date_of_birth", "refuted"),
    ("date", "Anora was released in France on October 30, 2024.", "release_date", "supported"),
    ("date", "Anora was released in France on November 6, 2024.", "release_date", "refuted"),
    ("money", "Anora was made for $6 million.", "budget", "supported"),
    ("money", "Anora was made on a budget of $20 million.", "budget", "refuted"),
    ("money", "By March 2025 Anora had grossed $41 million worldwide.", "box_office",
     "supported"),
    # a running total with no time, in a piece that gives none: which total is not decided
    ("money", "Anora has grossed $41 million worldwide.", "box_office", "not_enough_info"),
    ("runtime", "Anora took 37 days to shoot.", "shooting_days", "supported"),
    ("runtime", "Anora took 35 days to shoot.", "shooting_days", "refuted"),
    ("festival", "Anora premiered at the Cannes Film Festival.", "premiered_at", "supported"),
    ("location", "The film Anora is set in Brighton Beach.", "narrative_location", "supported"),
    ("location", "The film Anora is set in Moscow.", "narrative_location", "refuted"),
    ("plot", "In Anora, Ani and Vanya marry in Las Vegas.", "plot", "supported"),
    ("plot", "In Anora, the newlyweds Ani and Vanya fly to Moscow.", "plot", "refuted"),
    ("record", "Anora became the fourth film to win both the Palme d'Or and Best Picture.", "record", "supported"),
    ("record", "Anora became the first film to win both the Palme d'Or and Best Picture.", "record", "refuted"),
    ("record", "Sean Baker is the first person to win four Oscars for a single film.", "record", "supported"),
    ("filmography", "Mikey Madison is known for her role in Once Upon a Time in Hollywood.", "notable_work", "supported"),
    ("filmography", "The Florida Project was Sean Baker's debut feature.", "debut_feature", "refuted"),
    ("production", "Anora was shot on 35mm film.", "filming_format", "supported"),
    ("production", "Anora was shot on an iPhone.", "filming_format", "refuted"),
]


@pytest.mark.parametrize("category, text, predicate, expected", CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_category_verdicts(default_kb, category, text, predicate, expected):
    c = verdict_of(text, default_kb, predicate)
    assert c.verdict == expected, (c.text, c.explanation)
    if expected != "not_enough_info":
        assert c.evidence and c.evidence[0].source, "a decided claim carries its KB evidence"
    assert c.explanation


UNDECIDABLE = [
    # disputed facts never refute
    ("Anora runs 2 hours and 15 minutes.", "runtime"),
    ("Anora received a twelve-minute standing ovation at Cannes.", "ovation_length"),
    ("Anora opened in US theaters on October 4, 2024.", "release_date"),
    # sets the KB does not declare complete
    ("Anora was filmed in Miami.", None),
    ("Yura Borisov is known for his role in Leviathan.", "notable_work"),
    # box office is a running total
    ("Anora has grossed $60 million worldwide.", "box_office"),
]


@pytest.mark.parametrize("text, predicate", UNDECIDABLE)
def test_undecidable_claims_are_not_refuted(default_kb, text, predicate):
    r = reelcheck.check(text, kb=default_kb)
    assert not [c for c in r.claims if c.verdict == "refuted"], [(c.text, c.explanation) for c in r.claims]
    if predicate:
        assert any(c.predicate == predicate and c.verdict == "not_enough_info" for c in r.claims)


def test_film_the_kb_lacks_is_never_refuted(default_kb):
    text = ("The Lantern Keeper, directed by Ilse Varga, won the Golden Bear in 2023. The film "
            "runs 97 minutes and was shot in 22 days on a budget of $3 million. It premiered at "
            "the Berlin International Film Festival and was released on April 4, 2023.")
    r = reelcheck.check(text, kb=default_kb)
    assert all(c.verdict != "refuted" for c in r.claims), [(c.text, c.verdict) for c in r.claims]


def test_hedged_rumour_is_marked_and_never_supported(default_kb):
    text = ("Legend has it that Sean Baker shot a secret alternate ending for Anora in Moscow. "
            "Fans believe the studio trimmed it before Cannes.")
    r = reelcheck.check(text, kb=default_kb)
    assert r.claims and all(c.hedged for c in r.claims)
    assert all(c.verdict != "supported" for c in r.claims)


def test_opinion_is_not_a_claim(default_kb):
    text = ("Sean Baker presents stark contrasts between fantasy and reality. Mikey Madison is "
            "luminous, and the film feels like a fairy tale told with a wink.")
    assert reelcheck.check(text, kb=default_kb).claims == []


def test_subject_is_the_film_or_the_person(default_kb):
    r = reelcheck.check("Anora won five Oscars. Baker won five Oscars.", kb=default_kb)
    got = {c.subject.id: c.verdict for c in r.claims if c.predicate == "award_count"}
    assert got == {"anora-2024-film": "supported", "sean-baker": "refuted"}
    expl = [c.explanation for c in r.claims if c.subject.id == "sean-baker"][0]
    assert "4" in expl and "not 5" in expl


def test_pronoun_and_definite_description(default_kb):
    r = reelcheck.check("Anora opened the festival. The film was directed by Sean Baker.",
                        kb=default_kb)
    d = [c for c in r.claims if c.predicate == "director"]
    assert d and d[0].subject.id == "anora-2024-film" and d[0].verdict == "supported"


MORE = [
    ("Anora is rated R.", "mpa_rating", "supported"),
    ("Anora is rated PG-13.", "mpa_rating", "refuted"),
    ("Mikey Madison, 25, won Best Actress at the 97th Academy Awards.", "age", "supported"),
    ("Mikey Madison, 21, won Best Actress at the 97th Academy Awards.", "age", "refuted"),
    ("Cannes history: there was no festival in 1948.", "not_awarded", "supported"),
    ("At Cannes, the 2019 festival was cancelled.", "not_awarded", "refuted"),
    ("At the Oscars, the 52nd ceremony gave Best Picture to Kramer vs. Kramer.", "award_received", "supported"),
    ("Anora became the first American film to take the Palme d'Or since The Tree of Life in 2011.", "record", "supported"),
    ("Anora became the first American film to win the Palme d'Or since Pulp Fiction in 1994.", "record", "refuted"),
]


@pytest.mark.parametrize("text, predicate, expected", MORE)
def test_more_verdicts(default_kb, text, predicate, expected):
    c = verdict_of(text, default_kb, predicate)
    assert c.verdict == expected, (c.text, c.explanation)


def test_story_relations(default_kb):
    r = reelcheck.check("In Anora, Toros, Vanya's godfather, arrives with Toros's brother Garnick.",
                        kb=default_kb)
    got = sorted((c.text, c.verdict) for c in r.claims if c.slots.get("kind") == "relation")
    assert got == [("Toros's brother Garnick", "supported"),
                   ("Toros, Vanya's godfather", "supported")]


UNDECIDABLE_BY_CATEGORY = [
    ("award", "Anora won the BAFTA for Best Editing.", "award_received"),
    ("count", "Anora received nine BAFTA nominations.", "nomination_count"),
    ("crew", "Anora was scored by Hans Zimmer.", None),
    ("festival", "Anora screened at the Sundance Film Festival.", None),
    ("plot", "In Anora, Ani and Vanya marry in Tonopah.", None),
    ("filmography", "Mikey Madison starred in Titanic.", None),
    ("record", "Baker became the first filmmaker ever to win both the Palme d'Or and the Best Director Oscar.", None),
    ("date", "Anora was released in Japan on February 28, 2025.", "release_date"),
]


@pytest.mark.parametrize("category, text, predicate", UNDECIDABLE_BY_CATEGORY,
                         ids=[c[0] for c in UNDECIDABLE_BY_CATEGORY])
def test_undecidable_per_category(default_kb, category, text, predicate):
    r = reelcheck.check(text, kb=default_kb)
    assert not [c for c in r.claims if c.verdict == "refuted"], \
        [(c.text, c.explanation) for c in r.claims]
    if predicate:
        assert [c.verdict for c in r.claims if c.predicate == predicate] == ["not_enough_info"]


def test_the_film_is_not_a_kb_film_when_an_unknown_film_was_introduced(default_kb):
    """An article about a film the KB lacks, mentioning Anora in passing: "the film" and "it"
    must never be checked (let alone refuted) against Anora."""
    text = ('Review: "Harbour Lights" is a quiet marvel\n\n'
            "Lena Okafor's second feature, Harbour Lights, premiered in Venice in 2023. The film "
            "runs 112 minutes and was shot in 28 days on a budget of $4 million. It opened in US "
            "theaters on March 8, 2024.\n\n"
            "Its lead recalls Yura Borisov's turn as Igor in Anora, which won five Oscars.")
    r = reelcheck.check(text, kb=default_kb)
    assert not [c for c in r.claims if c.verdict == "refuted"], \
        [(c.text, c.explanation) for c in r.claims]
    assert not any(c.predicate in ("runtime", "shooting_days", "budget", "release_date")
                   for c in r.claims)
    assert any(c.predicate == "award_count" and c.verdict == "supported" for c in r.claims)


def test_shot_means_filmed_not_photographed(default_kb):
    r = reelcheck.check("Baker shot Anora in New York and Las Vegas over 37 days.", kb=default_kb)
    assert not [c for c in r.claims if c.verdict == "refuted"], \
        [(c.text, c.explanation) for c in r.claims]


def test_festival_run_dates(default_kb):
    r = reelcheck.check("The 77th Cannes Film Festival ran from May 14 to May 25, 2024.",
                        kb=default_kb)
    assert sorted((c.predicate, c.verdict) for c in r.claims) == [
        ("end_date", "supported"), ("start_date", "supported")]
    r = reelcheck.check("The 77th Cannes Film Festival ran from May 15 to May 26, 2024.",
                        kb=default_kb)
    assert [c.verdict for c in r.claims] == ["refuted", "refuted"]


def test_it_means_the_film_the_last_sentence_was_about(default_kb):
    text = ("Before Anora, Sean Baker made Red Rocket.\n\n"
            "Red Rocket, released in 2021, was directed by Sean Baker. It was shot on 16mm film.\n\n"
            "Anora was directed by Sean Baker, whose earlier films include Tangerine and Red "
            "Rocket. Baker also edited the film. It was shot on 35mm film.")
    r = reelcheck.check(text, kb=default_kb)
    fmt = [(c.subject.id, c.verdict) for c in r.claims if c.predicate == "filming_format"]
    assert ("anora-2024-film", "supported") in fmt
    assert all(s != "anora-2024-film" or v != "refuted" for s, v in fmt)
    edit = [c for c in r.claims if c.predicate == "film_editor"]
    assert edit and edit[0].subject.id == "anora-2024-film" and edit[0].verdict == "supported"


def test_person_claim_against_a_complete_palme_year(default_kb):
    c = verdict_of("Sean Baker won the Palme d'Or in 2021 for Red Rocket.", default_kb,
                   "award_received")
    assert c.verdict == "refuted" and "Titane" in c.explanation
    c = verdict_of("Sean Baker won the Palme d'Or in 2024.", default_kb, "award_received")
    assert c.verdict == "supported"


AWARD_FORMS = [
    # one row for both parties: Moore won, Madison was nominated
    ("At the Golden Globes, Demi Moore beat Mikey Madison for Best Actress in a comedy.",
     "award_received", "supported"),
    ("Mikey Madison stars in Anora. She was nominated for the Golden Globe but lost.",
     "nominated_for", "supported"),
    ("Anora was nominated for a Golden Globe.", "nominated_for", "supported"),
    ("Anora won a Golden Globe.", "award_received", "refuted"),
    ("Mikey Madison won a BAFTA.", "award_received", "supported"),
    ("Anora won the BAFTA for Best Editing.", "award_received", "not_enough_info"),
]


@pytest.mark.parametrize("text, predicate, expected", AWARD_FORMS)
def test_award_forms(default_kb, text, predicate, expected):
    c = verdict_of(text, default_kb, predicate)
    assert c.verdict == expected, (c.text, c.explanation)


def test_where_characters_live_and_work(default_kb):
    r = reelcheck.check("In Anora, Ani lives with her sister in Brighton Beach and works at a club "
                        "in Manhattan. In Anora, Ani lives in Los Angeles.", kb=default_kb)
    got = [(c.text, c.verdict) for c in r.claims if c.slots.get("kind") == "plot_lives"]
    assert ("Ani lives with her sister in Brighton Beach", "supported") in got
    assert all(v != "refuted" for _, v in got)   # where she lives is not a complete set


def test_money_cue_nearest_the_figure_and_nomination_counts(default_kb):
    r = reelcheck.check("Anora cost about $6 million and had grossed more than $50 million "
                        "worldwide by mid-March. Anora had collected five Golden Globe "
                        "nominations but won none.", kb=default_kb)
    got = {c.predicate: c.verdict for c in r.claims}
    assert got["budget"] == "supported" and got["box_office"] == "supported"
    # "won none" is a count of zero wins: Anora won nothing at the 82nd Golden Globes
    assert got["nomination_count"] == "supported" and got["award_count"] == "supported"


def test_winners_from_other_nominees_results(default_kb):
    c = verdict_of("At the Golden Globes, Demi Moore beat Mikey Madison for Best Actress in a "
                   "comedy.", default_kb, "award_received")
    assert c.verdict == "supported" and c.subject.id == "demi-moore"


def test_a_birth_year_is_not_the_year_of_the_prize(default_kb):
    c = verdict_of("Mikey Madison, born in Los Angeles in 1999, was 25 when she won the Academy "
                   "Award for Best Actress at the 97th Academy Awards.", default_kb,
                   "award_received")
    assert c.verdict == "supported", c.explanation


def test_a_film_refuted_on_its_own_complete_record_for_a_person_category(default_kb):
    c = verdict_of("Anora won six Oscars in 2025, including Best Actor for Mark Eydelshteyn.",
                   default_kb, "award_received")
    assert c.verdict == "refuted" and "Best Actor" in c.explanation
    c = verdict_of("Director Sean Baker reportedly spent $40 million on the production of Anora.",
                   default_kb, "budget")
    assert c.verdict == "refuted" and c.hedged


def test_release_dates_by_country_and_ceremony_by_reference(default_kb):
    r = reelcheck.check("Neon opened Anora in US theaters on October 18, 2024; French audiences "
                        "saw it from October 30 through Le Pacte. The 97th Academy Awards "
                        "nominations were announced on January 23, 2025. The ceremony followed "
                        "on Sunday, March 2, 2025.", kb=default_kb)
    got = [(c.predicate, c.verdict) for c in r.claims]
    assert ("release_date", "supported") in got and got.count(("release_date", "supported")) == 2
    assert ("ceremony_date", "supported") in got
    fr = [c for c in r.claims if c.predicate == "release_date" and "France" in c.explanation]
    assert fr


def test_marketing_spend_and_acquisition_price_are_not_the_budget(default_kb):
    text = ("Sean Baker wrote Anora in Los Angeles. The production budget was roughly $6 million, "
            "and Neon spent about $18 million on the awards campaign. Neon paid a reported "
            "$20 million for the film.")
    r = reelcheck.check(text, kb=default_kb)
    assert [c.verdict for c in r.claims if c.predicate == "budget"] == ["supported"]
    assert any(c.predicate == "screenwriter" and c.verdict == "supported" for c in r.claims)
