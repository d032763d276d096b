"""Names the KB lacks as winners: a capitalised proper-noun run the NER put no entity on (or
began too late) in an argument position of an award frame is still the frame's argument. Its
kind is unknown (person or work), so a complete winners list of that category and edition can
refute it; nothing supports it, and a nomination of it stays undecided.

Sentences are written for these tests with invented names; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [c for c in r.claims if c.slots.get("kind") in ("award", "award_count")]


def verdicts(text, kb):
    return [c.verdict for c in awards(text, kb)]


def test_a_bare_name_as_subject_of_a_win_is_refuted_by_the_complete_list(default_kb):
    got = awards("Quiet Orchard won Best Picture at the 2020 Oscars.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "Parasite" in got[0].explanation and "Quiet Orchard" in got[0].explanation


def test_a_name_the_ner_began_too_late_keeps_its_first_word(default_kb):
    got = awards("Harrowgate Mill took home Best Picture at the 92nd Academy Awards.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "Harrowgate Mill" in got[0].explanation


def test_other_frames_and_packaging(default_kb):
    # a festival's complete list refutes a bare name as well
    assert verdicts("Quiet Orchard won the Palme d'Or at Cannes in 2019.", default_kb) \
        == ["refuted"]
    # the true winner in the same frame is supported (the bare-name path is not in the way)
    assert verdicts("Parasite won Best Picture at the 2020 Oscars.", default_kb) == ["supported"]


def test_a_bare_name_is_never_supported_and_a_nomination_stays_open(default_kb):
    for text in ("Harrowgate Mill was shortlisted for Best Picture at the 92nd Academy Awards.",
                 "Quiet Orchard did not win Best Picture at the 2020 Oscars."):
        assert "refuted" not in verdicts(text, default_kb), text
        assert "supported" not in verdicts(text, default_kb), text
    # "beat Parasite to Best Picture" (the prize with "to", as with "for"): a win claimed
    # for the bare name, which the complete list of that night refutes; never supported
    for text in ("Pennick Vale beat Parasite to Best Picture at the 2020 Oscars.",
                 "Pennick Vale beat Parasite for Best Picture at the 2020 Oscars."):
        assert verdicts(text, default_kb) == ["refuted"], text


def test_a_hedge_or_a_qualifier_in_another_clause_does_not_refute(default_kb):
    assert verdicts("Quiet Orchard might win Best Picture at the 2026 Oscars.", default_kb) == []
    # the year belongs to the Cannes clause, not to the Best Picture win
    got = verdicts("Lindqvist Road won Best Picture at the Oscars, a year after it opened at "
                   "Cannes in 2019.", default_kb)
    assert "refuted" not in got and "supported" not in got


def test_no_award_claim_outside_an_award_frame(default_kb):
    for text in ("Quiet Orchard is a drama set in rural Maine.",
                 "Aldous Crane is a screenwriter from Leeds.",
                 "Netflix released Quiet Orchard in 2020.",
                 "Winners Of The 92nd Academy Awards Revealed.",
                 "Best Picture Winners At The 2020 Oscars Announced.",
                 "March Madness won Best Picture in 2020 according to nobody.",
                 "Monday Morning saw the film win Best Picture at the 2020 Oscars."):
        assert "refuted" not in verdicts(text, default_kb), text


def test_the_passive_of_a_win_takes_the_prize_as_subject_and_the_winner_after_by(default_kb):
    assert verdicts("Best Director at the 92nd Academy Awards was won by Bong Joon Ho.",
                    default_kb) == ["supported"]
    assert verdicts("At the 2020 Oscars, Best Actor was claimed by Adam Driver.",
                    default_kb) == ["refuted"]
    assert verdicts("The 2019 Palme d'Or was taken home by Parasite.", default_kb) \
        == ["supported"]
    # a name the KB lacks after "by": only the complete list refutes it
    assert verdicts("Best Picture at the 92nd Academy Awards was won by Quiet Orchard.",
                    default_kb) == ["refuted"]
    # collecting a prize is not winning it; a photo taken at the show is no prize
    assert verdicts("Her Oscar was collected by her agent at the 97th Academy Awards.",
                    default_kb) == []
    assert verdicts("The photo of Mikey Madison was taken by a friend at the 2025 Oscars.",
                    default_kb) == []
