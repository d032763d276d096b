"""Clauses checked against the KB's sourced prose notes (`statement` facts).

A note can only support a clause that says nothing it does not; a clause that changes a number,
names someone else, or denies something is never supported by it — and never refuted by it.
Sentences written for this test.
"""
from __future__ import annotations

import reelcheck
from reelcheck.claims.statements import segments, terms


def claims_in(text, kb):
    return reelcheck.check(text, kb=kb).claims


def noted(text, kb):
    """Supported claims whose evidence is a statement note."""
    return [c for c in claims_in(text, kb) if c.verdict == "supported"
            and c.slots.get("kind") == "statement"]


def test_terms_normalise_numbers_and_words():
    t = terms("The scene took eight days to shoot, and Tangerine cost $100,000.")
    assert {"8", "100000"} <= t.nums
    assert "shoot" in t.words and "scene" in t.words
    assert terms("filmed").words == terms("shot").words == {"shoot"}
    assert terms("the second film").nums == {"2"}
    assert terms("only the first").exclusive == {"only"}


def test_segments_keep_money_whole():
    text = "Shot on three iPhones for about $100,000, the film won fans."
    segs = [text[a:b] for a, b in segments(text, 0, len(text))]
    assert "Shot on three iPhones for about $100,000" in segs


def test_a_casting_story_the_kb_notes_is_supported(default_kb):
    text = "Mikey Madison got the lead in Anora. Baker wrote the role of Ani for her and offered her the part without an audition."
    got = noted(text, default_kb)
    assert got, [(c.text, c.verdict) for c in claims_in(text, default_kb)]
    assert any("audition" in c.text for c in got)
    assert all(c.evidence and c.evidence[0].source for c in got)
    assert "sourced note" in got[0].explanation


def test_a_changed_number_is_not_supported_and_not_refuted(default_kb):
    true = "In Anora, the home-invasion sequence took eight days to shoot and about three months to edit."
    false = "In Anora, the home-invasion sequence took twelve days to shoot and about three months to edit."
    assert any("eight days" in c.text for c in noted(true, default_kb))
    cs = claims_in(false, default_kb)
    assert not [c for c in cs if "twelve" in c.text and c.verdict == "supported"]
    assert not [c for c in cs if c.verdict == "refuted"]


def test_someone_else_named_is_not_supported(default_kb):
    text = "Sean Baker spent years on Anora. He first noticed Ivy Wolk in Compartment No. 6 and wrote Igor for her."
    cs = claims_in(text, default_kb)
    assert not [c for c in cs if "Compartment" in c.text and c.verdict == "supported"]
    assert not [c for c in cs if c.verdict == "refuted"]


def test_a_denied_note_is_not_supported(default_kb):
    text = "Mikey Madison prepared for Anora for months. She never took Russian lessons or studied dancing."
    cs = claims_in(text, default_kb)
    assert not [c for c in cs if "lessons" in c.text and c.verdict == "supported"]


def test_interpretation_is_not_a_claim(default_kb):
    text = "Anora is a film about longing. Ani finally seizes control of her own story, and the snow feels like grace."
    assert noted(text, default_kb) == []


def test_plot_retelling_is_supported_by_the_plot_notes(default_kb):
    text = ("Anora opens in a Manhattan club. When the henchmen arrive at the mansion, Vanya runs off "
            "and leaves Ani with Garnick and Igor.")
    got = noted(text, default_kb)
    assert got and got[0].category == "plot"


def test_notes_never_speak_for_a_film_the_kb_lacks(default_kb):
    text = ("The Salt Orchard follows a ferry pilot. Its director wrote the role for her and offered "
            "her the part without an audition.")
    cs = claims_in(text, default_kb)
    assert not [c for c in cs if c.verdict == "refuted"]


def test_reported_then_denied_is_not_refuted(default_kb):
    text = ("Anora is set in New York. Some blogs online claim the couple fly to Moscow to meet his "
            "parents, which never happens.")
    cs = claims_in(text, default_kb)
    moscow = [c for c in cs if "Moscow" in c.text]
    assert moscow and all(c.verdict != "refuted" for c in moscow)
    assert moscow[0].hedged


def test_a_career_year_supports_and_a_wrong_one_stays_open(default_kb):
    good = "Sean Baker kept working. Prince of Broadway, about a hustler in Manhattan, came next, in 2008."
    bad = "Sean Baker kept working. Prince of Broadway, about a hustler in Manhattan, came next, in 2009."
    assert [c.verdict for c in claims_in(good, default_kb) if c.slots.get("kind") == "work_year"] == ["supported"]
    assert [c.verdict for c in claims_in(bad, default_kb) if c.slots.get("kind") == "work_year"] == ["not_enough_info"]


def test_spouse_in_apposition(default_kb):
    text = "Sean Baker made Anora; his wife, producer Samantha Quan, was there."
    got = [c for c in claims_in(text, default_kb) if c.predicate == "spouse"]
    assert [c.verdict for c in got] == ["supported"]
    text = "Sean Baker made Anora; his wife, producer Greta Gerwig, was there."
    got = [c for c in claims_in(text, default_kb) if c.predicate == "spouse"]
    assert [c.verdict for c in got] == ["not_enough_info"]


def test_was_also_the_editor(default_kb):
    ok = [c for c in claims_in("Anora is long. Sean Baker was also the editor.", default_kb)
          if c.predicate == "film_editor"]
    assert [c.verdict for c in ok] == ["supported"]
    bad = [c for c in claims_in("Anora is long. Alex Coco was also the editor.", default_kb)
           if c.predicate == "film_editor"]
    assert [c.verdict for c in bad] == ["refuted"]


def test_value_words_are_held_like_numbers():
    assert "35mm" in terms("shot on 35mm film").nums
    assert "5s" in terms("three iPhone 5s phones").nums


def test_a_condition_is_no_statement_a_note_could_support(default_kb):
    # the KB's notes say Anora won Best Picture and made a record; "if it wins" asserts neither
    for text in ("If Anora wins Best Picture at the Oscars, Neon will celebrate.",
                 "If it does go on to win at the Oscars, Anora will make history."):
        assert not [c for c in reelcheck.check(text, kb=default_kb).claims
                    if c.slots.get("kind") == "statement"], text


def test_a_relative_of_the_doer_is_not_the_doer(default_kb):
    # the KB's plot note: Vanya hears that his parents are flying in; "Vanya's parents hear"
    # puts the hearing on someone else, and a name the KB lacks is never refuted
    for text in ("In Anora, Vanya's parents hear about the marriage and board a plane.",
                 "In Anora, Halina Wrobel's parents hear about the marriage."):
        cs = claims_in(text, default_kb)
        assert not [c for c in cs if "hear" in c.text and c.verdict == "supported"], text
        assert not [c for c in cs if c.verdict == "refuted"], text


def test_a_modifier_stays_on_its_relative(default_kb):
    # the KB's note on Mikey Madison: a twin brother, another brother and two older sisters
    cs = claims_in("Mikey Madison starred in Anora. She grew up with a twin sister.", default_kb)
    assert not [c for c in cs if "twin" in c.text and c.verdict == "supported"]
    assert not [c for c in cs if c.verdict == "refuted"]
    assert any("twin" in c.text for c in noted("Mikey Madison starred in Anora. She has a twin "
                                               "brother.", default_kb))
