"""Season coverage mixes many shows in one piece (Globes, guilds, BAFTA, festivals, the Oscars).
A show's result is never checked against another show's record: the show is a slot of the
claim, so a prize of a show the KB holds no category for stays not_enough_info rather than
being read as the Oscars' prize of the same name.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _award_claims(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_a_named_prize_the_kb_does_not_link_is_not_read_as_an_oscar(default_kb):
    # the clause names its own prize ("the Screen Actors Guild Award", a name the KB does not
    # link) while the sentence names a festival: the category is that prize's show's, never
    # the Oscars' Best Supporting Actress that the festival lacks
    got = _award_claims("Zoe Saldaña accepted the Screen Actors Guild Award for supporting "
                        "actress for \"Emilia Pérez,\" which premiered at the Cannes Film "
                        "Festival.", default_kb)
    win = [c for c in got if c.subject and c.subject.id == "zoe-saldana"]
    assert win
    # (the KB holds her guild prize since precursors.yaml: it is what supports the claim)
    assert all(c.verdict == "supported" and "SAG Award" in c.explanation for c in win)
    assert all("Academy" not in c.explanation for c in win)


def test_a_category_split_by_drama_or_comedy_is_not_the_oscars_one(default_kb):
    # "best actress in a drama" names the Globes' split; the passage's last-named show (the
    # Oscars) has no such category, so neither the Oscar win (Murphy) supports nor the Oscar
    # loss (Gladstone, who won the Globe) refutes
    got = _award_claims("Golden Globe winners often repeat at the Oscars.\n\nCillian Murphy "
                        "won best actor in a drama for \"Oppenheimer,\" and Lily Gladstone won "
                        "best actress in a drama for \"Killers of the Flower Moon.\"", default_kb)
    assert {c.subject.id for c in got if c.subject} >= {"cillian-murphy", "lily-gladstone"}
    assert all(c.verdict == "not_enough_info" for c in got), [(c.text, c.verdict) for c in got]
    assert all("Academy" not in c.explanation for c in got)
    # the split the KB holds is still read: the comedy actress prize of the Globes
    got = _award_claims("At the Golden Globes, Mikey Madison was nominated for best actress in "
                        "a comedy.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "Musical or Comedy" in got[0].explanation


def test_a_show_named_past_a_semicolon_is_not_the_rivalry_s(default_kb):
    # "edging out Sean Baker" tells of the Globe the clause names; the Oscars are named only in
    # the clause after the semicolon (which the parser hangs the first one on), so Corbet's
    # Oscar loss to Baker must not refute it
    got = _award_claims("Brady Corbet took the Globe for best director, edging out Sean Baker; "
                        "at the Oscars the directing prize went the other way.", default_kb)
    corbet = [c for c in got if c.subject and c.subject.id == "brady-corbet"]
    assert corbet
    assert all(c.verdict != "refuted" for c in corbet), [(c.text, c.explanation) for c in corbet]
    assert all("Academy" not in c.explanation for c in corbet)


def test_a_gap_between_two_shows_held_the_same_night_is_not_borne_out(default_kb):
    # the 77th DGA Awards and the 36th PGA Awards were both held on February 8, 2025: "a week
    # after" is no gap of none (the two days having no direction had made any amount hold)
    got = [c for c in reelcheck.check(
        "Anora claimed the top prize of the Producers Guild, a week after Sean Baker had "
        "collected the Directors Guild award.", kb=default_kb).claims if c.slots.get("kind") == "gap"]
    assert got
    assert all(c.verdict != "supported" for c in got), [(c.text, c.explanation) for c in got]
    # a week between the directors' night and the writers' one (February 15) still holds
    got = [c for c in reelcheck.check(
        "Anora won the Writers Guild prize for original screenplay, a week after Sean Baker "
        "had collected the Directors Guild award.", kb=default_kb).claims if c.slots.get("kind") == "gap"]
    assert [c.verdict for c in got] == ["supported"]


def test_a_category_of_an_awards_show_the_kb_lacks_is_not_the_oscars(default_kb):
    # a passage about the BAFTAs: "won supporting actress" is BAFTA's prize, of which the KB
    # holds only some; Jamie Lee Curtis won the Oscar but lost the BAFTA, so the Oscar record
    # must not bear the sentence out
    got = _award_claims("The BAFTAs were handed out in London in February 2023. Jamie Lee "
                        "Curtis won supporting actress for \"Everything Everywhere All at "
                        "Once.\"", default_kb)
    assert got and all(c.verdict == "not_enough_info" for c in got)
    assert all("Academy" not in c.explanation for c in got)
    # a festival's passage still lets a category it has no prize for read as the Oscars
    got = _award_claims("Anora won the Palme d'Or at Cannes in May 2024. It later won best "
                        "picture.", default_kb)
    assert any(c.verdict == "supported" and "Best Picture" in c.explanation for c in got)


def _festival_claims(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "festival"]


def test_a_world_premiere_dated_at_another_festival_refutes_the_one_said(default_kb):
    # the KB dates these world premieres at a festival it names only in the showing's venue
    # or event (The Brutalist and Poor Things at Venice, Conclave at Telluride): a film has one
    # world premiere, so another festival the KB knows (by every name it has) is refuted
    for text in ("Brady Corbet's epic The Brutalist premiered at the Cannes Film Festival.",
                 "Conclave had its world premiere at the Toronto International Film Festival.",
                 "Poor Things had its world premiere at Cannes."):
        got = _festival_claims(text, default_kb)
        assert [c.verdict for c in got] == ["refuted"], (text, [c.explanation for c in got])
    assert "Venice" in _festival_claims("The Brutalist premiered at the Cannes Film Festival.",
                                        default_kb)[0].explanation
    # the festival the venue names still bears it out; a regional premiere is another matter
    got = _festival_claims("Conclave premiered at the Telluride Film Festival.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    got = _festival_claims("Conclave had its Canadian premiere at the Toronto International "
                           "Film Festival.", default_kb)
    assert all(c.verdict != "refuted" for c in got)
    # a festival name the KB does not know may be another name of the venue's: undecided
    got = _festival_claims("Poor Things had its world premiere at the Berlin Film Festival.",
                           default_kb)
    assert all(c.verdict == "not_enough_info" for c in got)
    # a world premiere the KB places at no festival (a cinema) decides nothing here
    got = _festival_claims("Oppenheimer premiered at the Cannes Film Festival.", default_kb)
    assert all(c.verdict == "not_enough_info" for c in got)


def test_a_show_s_prize_named_beside_another_is_not_dropped(default_kb):
    # "the Critics Choice Award" (the linker takes "Critics Choice" without the noun) said
    # beside "the BAFTA for supporting actor": the KB does not hold Culkin's Critics Choice win,
    # so the sentence cannot come out supported on the BAFTA alone
    got = _award_claims("That winter Kieran Culkin also collected the Critics Choice Award and "
                        "the BAFTA for supporting actor.", default_kb)
    assert got and all(c.verdict != "supported" for c in got), [(c.text, c.verdict) for c in got]
    # (the prize is stated: named in the explanation, or, now that the KB links the show's
    # name in the singular, "the Critics Choice Award", a part of the claim of its own)
    assert any("Critics Choice" in c.explanation or any(
        x[2] == "critics-choice-awards" for part in c.slots.get("stated_slots") or ()
        for x in part) for c in got)
