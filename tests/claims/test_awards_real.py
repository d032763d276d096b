"""Award claims as real pieces word them: the last names of a nominee list ("round out the
field"), a parenthesis that opens with a name, a winner noun dated by a possessive ("last
year's winner X"), a bare prize noun read as the passage's show, and a family-level win that
only another nominee's recorded loss attests.

Sentences are written for these tests; the facts are the default KB's (the 97th Academy
Awards, the 2025 Golden Globes factsheet)."""
from __future__ import annotations

from award_claims import awards


def test_names_that_round_out_a_category_are_its_nominees(default_kb):
    # one frame, one claim: every name in it must hold
    got = awards("At the 97th Academy Awards, Jeremy Strong, Kieran Culkin and Guy Pearce "
                 "rounded out the field in the supporting actor category.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert all(n in got[0].explanation for n in ("Jeremy Strong", "Kieran Culkin", "Guy Pearce"))
    # a lead actor of that year in the supporting list: his nominations there are complete
    got = awards("At the 97th Academy Awards, Jeremy Strong and Ralph Fiennes rounded out "
                 "the field in the supporting actor category.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "Ralph Fiennes" in got[0].explanation and "Best Actor" in got[0].explanation
    # a name the KB lacks is still a nominee, judged by the complete list of the category's
    # nominees
    got = awards("At the 97th Academy Awards, Tobias Wrenfield rounded out the field in the "
                 "supporting actor category.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "not among the nominees" in got[0].explanation and "Kieran Culkin" in got[0].explanation
    # rounding out a cast is no nomination
    assert awards("Rounding out the cast are Yura Borisov and Karren Karagulian.",
                  default_kb) == []


def test_the_year_of_another_clause_does_not_date_the_round_out(default_kb):
    got = awards("Emma Stone won in 2024, while Jeremy Strong and Kieran Culkin rounded out the "
                 "field in the supporting actor category.", default_kb)
    strong = [c for c in got if c.slots.get("subject") == "jeremy-strong"]
    assert strong and strong[0].slots["year"] is None and strong[0].slots["ceremony"] is None
    assert strong[0].verdict == "supported" and "Kieran Culkin" in strong[0].explanation


def test_a_parenthesis_opening_with_a_name_is_said_of_that_name(default_kb):
    text = ("The Oscars loved it. Borisov plays opposite a young dancer from Brooklyn (Madison, "
            "also nominated for an Oscar in the best {} category) who marries in a hurry.")
    got = [c for c in awards(text.format("actress"), default_kb)
           if c.slots.get("subject") == "mikey-madison"]
    assert [c.verdict for c in got] == ["supported"]
    got = [c for c in awards(text.format("supporting actress"), default_kb)
           if c.slots.get("subject") == "mikey-madison"]
    assert [c.verdict for c in got] == ["refuted"]
    got = awards("The Oscars loved it. Borisov plays opposite a dancer (Tobias Wrenfield, also "
                 "nominated in the best actress category) who marries in a hurry.", default_kb)
    assert all(c.verdict == "not_enough_info" for c in got)


def test_a_dated_winner_noun_names_its_winner_in_apposition(default_kb):
    got = awards("The 97th Academy Awards ran long. Unlike last year's big winner "
                 "Oppenheimer, Anora cost very little.", default_kb)
    assert [(c.slots["subject"], c.verdict) for c in got] == [
        ("oppenheimer-2023-film", "supported")]
    # "last year's" with no edition to count from is a time the claim states unchecked
    got = awards("The Oscars ran long. Unlike last year's big winner Oppenheimer, Anora cost "
                 "very little.", default_kb)
    assert [(c.slots["subject"], c.verdict) for c in got] == [
        ("oppenheimer-2023-film", "not_enough_info")]
    got = awards("The Oscars ran long. Unlike last year's winner Tobias Wrenfield, Anora cost "
                 "very little.", default_kb)
    assert [(c.slots["subject_name"], c.verdict) for c in got] == [
        ("Tobias Wrenfield", "not_enough_info")]
    # the show is only the passage's: a film that won nothing there is left open
    got = awards("The Oscars ran long. Unlike last year's winner A Complete Unknown, Anora cost "
                 "very little.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]


def test_a_list_after_a_colon_is_no_apposition_to_a_counted_noun(default_kb):
    got = awards("The Oscars ran long. The studio now has three winners in a row: Parasite, "
                 "Oppenheimer and Anora.", default_kb)
    assert all(c.verdict != "refuted" for c in got)


def test_a_bare_prize_noun_is_a_prize_of_the_passage_s_show(default_kb):
    text = "Anora swept the Oscars. {} walked up to the stage to collect her prize."
    got = [c for c in awards(text.format("Mikey Madison"), default_kb)
           if c.slots.get("subject") == "mikey-madison"]
    assert [c.verdict for c in got] == ["supported"]
    # nominated that night but no winner: the clause names no show, so never refuted
    got = [c for c in awards(text.format("Demi Moore"), default_kb)
           if c.slots.get("subject") == "demi-moore"]
    assert [c.verdict for c in got] == ["not_enough_info"]


def test_a_family_win_attested_only_by_another_nominee_s_loss(default_kb):
    got = awards("Demi Moore took home a Golden Globe in January.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    # no loss to her is recorded at the Oscars, and her Oscar record there is complete
    got = awards("Demi Moore won an Oscar at the 97th Academy Awards.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    got = awards("Tobias Wrenfield took home a Golden Globe in January.", default_kb)
    assert all(c.verdict == "not_enough_info" for c in got)


def test_a_loss_naming_no_prize_is_the_one_both_were_up_for(default_kb):
    got = awards("Yura Borisov earned a best supporting actor nomination at the Oscars. He lost "
                 "to Kieran Culkin.", default_kb)
    lost = [c for c in got if c.slots.get("rival")]
    assert [(c.slots["subject"], c.slots["rival"], c.verdict) for c in lost] == [
        ("kieran-culkin", "yura-borisov", "supported")]
    assert lost[0].text.startswith("He lost")
    # with the ceremony in the clause, both complete records there decide it
    got = awards("At the 97th Academy Awards, Yura Borisov lost to Adrien Brody.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    # the show only from the passage: never refuted
    got = awards("Yura Borisov earned a best supporting actor nomination at the Oscars. He lost "
                 "to Adrien Brody.", default_kb)
    assert all(c.verdict != "refuted" for c in got)
    got = awards("At the 97th Academy Awards, Yura Borisov lost to Tobias Wrenfield.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]


def test_a_category_the_passage_s_one_show_lacks_reads_as_the_oscars(default_kb):
    got = awards("The Palme d'Or went to Parasite in 2019. Parasite then won best picture.",
                 default_kb)
    assert [(c.slots["family"], c.verdict) for c in got] == [
        ("cannes-film-festival", "supported"), ("academy-awards", "supported")]
    # the Oscars are only assumed: a film that did not win is left open, not refuted
    got = awards("The Palme d'Or went to Parasite in 2019. Joker then won best picture.",
                 default_kb)
    assert [c.verdict for c in got] == ["supported", "not_enough_info"]
    # a clause that names the kind of show means the passage's ("the festival's ... award")
    got = awards("The Palme d'Or went to Anora. Anora also took the festival's screenplay "
                 "award.", default_kb)
    assert [c.slots["family"] for c in got] == ["cannes-film-festival"] * 2


def test_a_bare_ordinal_after_at_is_an_edition_of_the_passage_s_show(default_kb):
    lead = "The Academy Awards have a long memory. "
    got = awards(lead + "Bong Joon Ho won at the 92nd, a night of surprises.", default_kb)
    assert [(c.slots["ceremony"], c.verdict) for c in got] == [
        ("92nd-academy-awards", "supported")]
    got = awards(lead + "At the 96th, Christopher Nolan won for Oppenheimer.", default_kb)
    assert [(c.slots["ceremony"], c.verdict) for c in got] == [
        ("96th-academy-awards", "supported")]
    # the show is the passage's, not the clause's: a win that did not happen is left open
    got = awards(lead + "Tobias Wrenfield won at the 92nd, a night of surprises.", default_kb)
    assert all(c.verdict == "not_enough_info" for c in got)
    got = awards(lead + "Mikey Madison won at the 92nd, a night of surprises.", default_kb)
    assert all(c.verdict != "refuted" for c in got)


def test_a_prize_noun_s_category_words_must_fit_the_prize(default_kb):
    lead = "Anora went to the Golden Globes. Mikey Madison lost to Demi Moore there, and "
    # the KB has the comedy-picture winner only as Anora's recorded loss ("lost to Emilia
    # Perez", written without the accent)
    got = [c for c in awards(lead + "the comedy prize went to Emilia Pérez.", default_kb)
           if c.slots.get("subject") == "emilia-perez-2024-film"]
    assert [c.verdict for c in got] == ["supported"]
    # Conclave won a Globe, but not for comedy: left open, and never refuted
    got = [c for c in awards(lead + "the comedy prize went to Conclave.", default_kb)
           if c.slots.get("subject") == "conclave-2024-film"]
    assert [c.verdict for c in got] == ["not_enough_info"]
