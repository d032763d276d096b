"""A title two films share: the linker may pick the one that did not win, so a list of winners
that holds a film of that very title refutes nothing. (Sentences written for this test.)"""
import reelcheck


def test_a_winner_of_the_same_title_is_no_refute(default_kb):
    # two films are called The Turning Point; the 1946 Palme went to one of them
    r = reelcheck.check("The Turning Point won the Palme d'Or in 1946.", kb=default_kb)
    assert [c.verdict for c in r.claims if c.category == "award"] != ["refuted"], \
        [(c.text, c.explanation) for c in r.claims]
    r = reelcheck.check("Brief Encounter won the Palme d'Or in 1947.", kb=default_kb)
    assert [c.verdict for c in r.claims if c.category == "award"] == ["refuted"]
