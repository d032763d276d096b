"""Award statements whose giver or subject the parse or the linker used to lose (h46j).

- "Academy members nominated Borisov for ...": with a nominee as its object, "nominate" is
  the body's act (lexicon `object_kind_cues`), while "Borisov nominated for ..." (no object)
  stays the nominee's;
- "Academy voters", "Oscar voters": a body's bare name before a voter noun names its show
  (claims/awards `_bare_body`), so the category is read at that show, to refute too;
- "named Anora Best Picture": the name the NER runs into the prize is the naming verb's
  object, and a film ("named Anora best picture" is no character's naming);
- "Voters at the Golden Globes named X ...", "The Academy named X Best Actress": the verb the
  parser hung on the body's noun is the sentence's (parse `_verb_read_as_a_participle`);
- "..., a first for a Russian actor": a record aside's "for" names no prize;
- "Hollywood Foreign Press": the Golden Globes' former body, as data.

Sentences are written for these tests; facts are the default KB's (Anora's six Oscar
nominations and five wins, Borisov's supporting-actor nomination, Mikey Madison's Globe loss
to Demi Moore)."""
from __future__ import annotations

import reelcheck
from award_claims import all_verdicts, only_award


def test_a_body_nominating_a_named_nominee(default_kb):
    ok = only_award("Academy members nominated Yura Borisov for Best Supporting Actor.",
                    default_kb)
    assert ok.verdict == "supported", ok.explanation
    wrong = only_award("Academy members nominated Yura Borisov for Best Actor.", default_kb)
    assert wrong.verdict == "refuted", wrong.explanation
    assert "Best Supporting Actor" in wrong.explanation
    # a film nominated, counted
    assert "supported" in all_verdicts("Academy voters nominated Anora for six Oscars.",
                                       default_kb)
    assert "refuted" in all_verdicts("Academy voters nominated Anora for seven Oscars.",
                                     default_kb)
    # the headline and the participle, with no nominee object, are the nominee's as before
    head = only_award("Borisov nominated for Best Supporting Actor at the Oscars.", default_kb)
    assert head.verdict == "supported", head.explanation


def test_a_bare_body_before_a_voter_noun_names_its_show(default_kb):
    wrong = only_award("Academy voters named Anora best international feature film.",
                       default_kb)
    assert wrong.verdict == "refuted", wrong.explanation
    assert "I'm Still Here" in wrong.explanation
    wrong = only_award("Oscar voters nominated Anora for best cinematography.", default_kb)
    assert wrong.verdict == "refuted", wrong.explanation
    ok = only_award("Oscar voters nominated Anora for best film editing.", default_kb)
    assert ok.verdict == "supported", ok.explanation


def test_a_name_run_into_the_prize_it_was_named(default_kb):
    ok = only_award("The Academy named Anora Best Picture.", default_kb)
    assert ok.verdict == "supported", ok.explanation
    wrong = only_award("The Academy named Anora Best International Feature.", default_kb)
    assert wrong.verdict == "refuted", wrong.explanation
    # lower case, the name is the film, not the title character named so
    r = reelcheck.check("Academy voters named Anora best picture.", kb=default_kb)
    assert [m.entity.id for m in r.names if m.text == "Anora"] == ["anora-2024-film"]
    wrong = only_award("Academy voters named Anora best animated feature at the 97th Oscars.",
                       default_kb)
    assert wrong.verdict == "refuted", wrong.explanation
    # a naming participle on a common noun still names the character
    r = reelcheck.check("In the film, a dancer named Anora marries Vanya.", kb=default_kb)
    assert [m.entity.id for m in r.names if m.text == "Anora"] == ["anora-mikheeva"]


def test_a_verb_hung_on_the_bodys_noun(default_kb):
    ok = only_award("Voters at the Golden Globes named Demi Moore best actress in a comedy.",
                    default_kb)
    assert ok.verdict == "supported", ok.explanation
    wrong = only_award("Voters at the Golden Globes named Mikey Madison best actress in a "
                       "comedy.", default_kb)
    assert wrong.verdict == "refuted", wrong.explanation
    assert "Demi Moore" in wrong.explanation
    ok = only_award("The Academy named Mikey Madison Best Actress.", default_kb)
    assert ok.verdict == "supported", ok.explanation
    wrong = only_award("The Academy named Mikey Madison Best Supporting Actress.", default_kb)
    assert wrong.verdict == "refuted", wrong.explanation


def test_a_record_aside_names_no_prize(default_kb):
    text = ("Yura Borisov was nominated for best supporting actor at the Oscars, a first for "
            "a Russian actor in decades.")
    got = all_verdicts(text, default_kb)
    assert "supported" in got and "refuted" not in got, got
    wrong = only_award("Yura Borisov was nominated for best actor at the Oscars, a first for "
                       "a Russian actor in decades.", default_kb)
    assert wrong.verdict == "refuted", wrong.explanation
    # an ordinal item of a count is still a prize of it
    assert all_verdicts("Anora won five Oscars, the first for best picture.",
                        default_kb) == ["supported", "supported"]


def test_the_hollywood_foreign_press_gives_the_globes(default_kb):
    r = reelcheck.check("Hollywood Foreign Press voters nominated Mikey Madison for best "
                        "actress in a musical or comedy.", kb=default_kb)
    assert [m.entity.id for m in r.names if m.text == "Hollywood Foreign Press"] == [
        "hollywood-foreign-press-association"]
    ok = only_award("Hollywood Foreign Press voters nominated Mikey Madison for best actress "
                    "in a musical or comedy.", default_kb)
    assert ok.verdict == "supported", ok.explanation
    assert "Golden Globe" in ok.explanation
