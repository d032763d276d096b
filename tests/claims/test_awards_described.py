"""Award claims stated without the usual verb-and-object shape: a prize joined by a hyphen to
a participle ("the Oscar-winning actress X"), a prize that comes "with" an honour, a show at
which a film was passed over (no win there), a list of prizes each with its own "for", and a
name in apposition to the noun a relative clause hangs on. A verb that takes something other
than a prize ("received an ovation at Cannes") states no win at the show.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck
from award_claims import awards, verdicts


def test_a_prize_joined_to_a_participle_is_won_by_the_noun_it_describes(default_kb):
    got = awards("Audiences cheered the Palme d'Or-winning Anora in October.", default_kb)
    assert [(c.slots["subject"], c.verdict) for c in got] == [("anora-2024-film", "supported")]
    # the name after a description noun is the winner
    got = awards("The Best Picture-winning director Sean Baker gave a short speech.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    # a nominee's participle states a nomination
    assert verdicts("Oscar-nominated Mikey Madison thanked the crew.", default_kb) == [
        "supported"]
    # a name the KB lacks is left open
    got = awards("Palme d'Or-winning director Tobias Wrenfield gave a short speech.",
                 default_kb)
    assert [(c.slots["subject_name"], c.verdict) for c in got] == [
        ("Tobias Wrenfield", "not_enough_info")]
    # "award-winning" names no prize: no claim
    assert awards("The award-winning director Sean Baker gave a short speech.",
                  default_kb) == []


def test_a_prize_that_comes_with_an_honour(default_kb):
    assert verdicts("Sean Baker was honoured with the Palme d'Or at the 77th Cannes Film "
                    "Festival.", default_kb) == ["supported"]
    assert verdicts("The jury recognised Sean Baker with the Palme d'Or.", default_kb) == [
        "supported"]
    # the complete list of the edition's winners says otherwise
    assert verdicts("Demi Moore was honoured with the Best Actress Oscar at the 97th Academy "
                    "Awards.", default_kb) == ["refuted"]
    # an honour that is no prize, or a show with no prize named, is no win
    assert awards("The Academy honoured the James Bond films with a tribute.", default_kb) == []
    assert awards("Sean Baker was honoured at Cannes.", default_kb) == []


def test_a_film_passed_over_at_a_show_won_nothing_there(default_kb):
    got = awards("Anora was largely overlooked at the 2025 Golden Globes.", default_kb)
    assert [(c.slots.get("count"), c.verdict) for c in got] == [(0, "supported")]
    assert "Golden Globes" in got[0].text
    # passed over, yet the KB holds a win there
    assert verdicts("Anora was snubbed at the 97th Academy Awards.", default_kb) == ["refuted"]
    # naming no show: nothing to check
    assert awards("Anora was overlooked by audiences at first.", default_kb) == []


def test_a_show_in_the_clause_is_no_prize_when_the_verb_takes_something_else(default_kb):
    assert awards("Anora received a long standing ovation at Cannes.", default_kb) == []
    assert awards("Demi Moore earned warm praise at the 97th Academy Awards.", default_kb) == []
    # with no object, the show stands for one of its prizes
    assert verdicts("Anora won big at the 97th Academy Awards.", default_kb) == ["supported"]


def test_a_list_of_prizes_each_with_its_own_work(default_kb):
    got = awards("At the 97th Academy Awards, Anora took Best Picture for Sean Baker, Best "
                 "Actress for Mikey Madison and Best Film Editing for Sean Baker.", default_kb)
    assert [c.object.id for c in got] == ["academy-award-for-best-picture",
                                          "academy-award-for-best-actress",
                                          "academy-award-for-best-film-editing"]
    assert all(c.verdict == "supported" for c in got)
    assert got[1].text.startswith("Best Actress")
    # each item's work is its own: a work the KB does not give for that prize is not support
    got = awards("At the 97th Academy Awards, Sean Baker won Best Director for Anora, Best "
                 "Picture for Anora and Best Editing for Conclave.", default_kb)
    assert [c.verdict for c in got][0] == "supported"
    assert got[-1].verdict != "supported"


def test_a_relative_clause_on_a_noun_is_said_of_the_name_beside_it(default_kb):
    got = awards("The film's lead, Mikey Madison, who accepted the Best Actress award at the "
                 "97th Academy Awards, thanked her parents.", default_kb)
    assert [(c.slots["subject"], c.verdict) for c in got] == [("mikey-madison", "supported")]
    got = awards("The film's star, Demi Moore, who accepted the Best Actress award at the "
                 "97th Academy Awards, thanked her parents.", default_kb)
    assert [(c.slots["subject"], c.verdict) for c in got] == [("demi-moore", "refuted")]
    # the year is the other clause's: the claim states none
    got = awards("Zoe Saldaña, who won the Best Supporting Actress Oscar, moved to Paris in "
                 "1991.", default_kb)
    assert got and got[0].slots["year"] is None


def test_a_pool_of_another_subject_s_nominations_is_that_subject_s_count(default_kb):
    # "out of" hung on the verb still reads the pool; the pool is the film's, not Baker's
    got = awards("At the 97th Academy Awards, Sean Baker won 4 out of the 5 categories that "
                 "Anora was nominated in.", default_kb)
    # one statement, one row: Baker's four hold, Anora's five nominations do not (six)
    assert [c.verdict for c in got] == ["refuted"]
    assert "Anora" in got[0].explanation and "not 5" in got[0].explanation
    assert "Sean Baker won 4" in got[0].explanation
    got = awards("At the 97th Academy Awards, Sean Baker won 4 out of the 6 categories that "
                 "Anora was nominated in.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    # a film the KB lacks: its nominations are left open
    got = awards("At the 97th Academy Awards, Sean Baker won 4 out of the 9 categories that "
                 "Harbour Lights was nominated in.", default_kb)
    assert "refuted" not in [c.verdict for c in got if c.slots.get("subject") != "sean-baker"]
    # the subject's own pool is checked: Baker was up for four, not five
    got = awards("At the 97th Academy Awards, Sean Baker won four out of the five Oscars he "
                 "was up for.", default_kb)
    assert "refuted" in [c.verdict for c in got]
    assert verdicts("At the 97th Academy Awards, Anora won 5 out of 6 nominations.",
                    default_kb) == ["supported"]


def test_a_prize_its_owner_holds_is_a_prize_the_owner_won(default_kb):
    got = awards("Sean Baker's Palme d'Or came as no surprise to critics.", default_kb)
    assert [(c.slots["subject"], c.verdict) for c in got] == [("sean-baker", "supported")]
    assert verdicts("Demi Moore's Best Actress Oscar came at the 97th Academy Awards.",
                    default_kb) == ["refuted"]
    # the owner's count and work are slots
    assert verdicts("Anora's five Oscars surprised the studio.", default_kb) == ["supported"]
    assert verdicts("Anora's three Oscars surprised the studio.", default_kb) == ["refuted"]
    got = awards("Adrien Brody's Oscar for The Pianist changed his career.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    # an owner the KB lacks is left open, named without the possessive
    got = awards("Tobias Wrenfield's Palme d'Or came as no surprise.", default_kb)
    assert [(c.slots["subject_name"], c.verdict) for c in got] == [
        ("Tobias Wrenfield", "not_enough_info")]
    # a prize that only modifies another noun, or is said in a prediction, is no win
    assert awards("Demi Moore's Oscar hopes faded in March.", default_kb) == []
    assert awards("Demi Moore's Oscar would have to wait.", default_kb) == []


def test_a_win_in_every_category_one_was_up_for(default_kb):
    # the edition stated in the relative clause scopes the whole statement
    got = [c for c in reelcheck.check("Sean Baker won in all of the categories he was "
                                      "nominated for at the 97th Academy Awards.",
                                      kb=default_kb).claims]
    assert [(c.slots.get("kind"), c.verdict) for c in got] == [("award_sweep", "supported")]
    # the film lost one of its six (Supporting Actor): the complete list refutes it
    got = reelcheck.check("At the 97th Academy Awards, Anora won every category it was "
                          "nominated in.", kb=default_kb).claims
    assert [c.verdict for c in got if c.slots.get("kind") == "award_sweep"] == ["refuted"]
    # a name the KB lacks is left open
    got = reelcheck.check("At the 97th Academy Awards, Tobias Wrenfield won all of his "
                          "nominations.", kb=default_kb).claims
    assert [c.verdict for c in got if c.slots.get("kind") == "award_sweep"] == [
        "not_enough_info"]
    # the edition only the passage names: support, never refute
    text = ("Anora swept the 97th Academy Awards. Critics were pleased. {} won in all of the "
            "categories it was nominated for.")
    got = reelcheck.check(text.format("The Brutalist"), kb=default_kb).claims
    assert [c.verdict for c in got if c.slots.get("kind") == "award_sweep"] == [
        "not_enough_info"]
    # another subject's pool is no sweep of this one's
    got = reelcheck.check("At the 97th Academy Awards, Sean Baker won all of the prizes "
                          "Anora was nominated for.", kb=default_kb).claims
    assert not [c for c in got if c.slots.get("kind") == "award_sweep"]


def test_a_prize_one_has_is_a_prize_one_won(default_kb):
    assert verdicts("Adrien Brody has two Oscars for Best Actor.", default_kb)[0] == "supported"
    assert verdicts("Demi Moore has a Golden Globe.", default_kb) == ["supported"]
    assert verdicts("At the 97th Academy Awards, Sean Baker has five Oscars.", default_kb) == [
        "refuted"]
    got = awards("Tobias Wrenfield has two Oscars.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]
    # what one has at a show that is no prize: no claim
    assert awards("Demi Moore has a shot at the Oscar.", default_kb) == []
    assert awards("Demi Moore has real Oscar buzz.", default_kb) == []
    # "has yet to win" denies the win
    got = awards("Demi Moore has yet to win an Oscar.", default_kb)
    assert [(c.slots["negated"], c.verdict) for c in got] == [(True, "supported")]


def test_the_director_of_a_film_the_oscar_record_knows_is_its_best_director_nominee(
        default_kb):
    # The KB holds no director fact for The Shape of Water, only the Academy's nominations:
    # the one Best Director nominee for it is "the director".
    lead = "The Shape of Water won best picture at the 90th Academy Awards. "
    got = awards(lead + "The director also took home best director.", default_kb)
    assert [(c.slots["subject"], c.verdict) for c in got if "director" in c.text] == [
        ("guillermo-del-toro", "supported")], got
    got = awards(lead + "The director took home best original screenplay at the same "
                 "ceremony, the 90th Academy Awards.", default_kb)
    assert [(c.slots["subject"], c.verdict) for c in got if "director" in c.text] == [
        ("guillermo-del-toro", "refuted")], got


def test_an_owner_pronoun_after_a_described_subject_is_that_person(default_kb):
    # "his" is the director the clause's subject describes, not the editor the paragraph
    # before names (who won that night too)
    text = ("Christopher Nolan's Oppenheimer dominated the 96th Academy Awards.\n\n"
            "Jennifer Lame, the film's editor, won for film editing.\n\n"
            "The director himself won best director, his first Oscar.")
    got = [c for c in awards(text, default_kb) if c.text.startswith("his")]
    assert got and all(c.slots["subject"] == "christopher-nolan" for c in got), \
        [(c.text, c.slots["subject"]) for c in got]


def test_a_record_the_subjects_description_states_is_not_the_wins_to_vouch_for(default_kb):
    # "the youngest winner in a decade" is a statement of its own the KB cannot judge: the
    # win's row opens at its verb and never covers it
    for text in ("Mikey Madison, the youngest best actress winner in a decade, won at the "
                 "97th Academy Awards.",
                 "Cillian Murphy, the first Irish-born winner of best actor, won at the 96th "
                 "Academy Awards."):
        got = awards(text, default_kb)
        # (an age rank in apposition is a claim of its own now, never the win's row: left
        # open where its span does not fit, tests/claims/test_ages_at_age_and_ranked_winner.py)
        ranked = [c for c in got if c.slots.get("age_rank")]
        assert all(c.verdict == "not_enough_info" for c in ranked), ranked
        got = [c for c in got if c not in ranked]
        assert got and all(c.verdict == "supported" and not any(
            w in c.text for w in ("youngest", "first")) for c in got), [
            (c.text, c.verdict) for c in got]
    # a description with no record in it stays inside the row
    got = awards("Sean Baker, the film's director, won best director at the 97th Academy "
                 "Awards.", default_kb)
    assert [c.text.startswith("Sean Baker") for c in got] == [True]


def test_a_country_prize_accepted_by_the_director_the_oscar_record_names(default_kb):
    # Roma's and Drive My Car's directors are known from their Best Director nominations only
    got = awards("At the 94th Academy Awards, Ryusuke Hamaguchi accepted the international "
                 "feature award for Drive My Car.", default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]
    got = awards("At the 94th Academy Awards, Jane Campion accepted the international feature "
                 "award for Drive My Car.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]


def test_a_span_of_time_as_a_win_verbs_object_states_no_win(default_kb):
    # "had a big year": how it went, no prize (Margot Robbie won nothing at the 96th)
    assert awards("Margot Robbie had a big year at the 96th Academy Awards.", default_kb) == []
    assert awards("Barbie enjoyed a strong night at the 96th Academy Awards.", default_kb) == []
    # a prize noun as the object is still a win
    assert [c.verdict for c in awards("Oppenheimer had seven wins at the 96th Academy Awards.",
                                      default_kb)] == ["supported"]
