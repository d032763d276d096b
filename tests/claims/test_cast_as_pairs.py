""""A as X and B as Y": the part named right after "A as" is A's; a pairing of A with Y that
only the parse makes is never refuted. (Sentences written for this test.)"""
import reelcheck


def test_a_misparsed_pair_of_as_phrases_is_not_refuted(default_kb):
    r = reelcheck.check("Anora stars Yura Borisov as Igor and Vincent Radwinsky as Jimmy.",
                        kb=default_kb)
    cast = [c for c in r.claims if c.category == "cast"]
    assert cast and not any(c.verdict == "refuted" for c in cast), \
        [(c.text, c.explanation) for c in cast]
    r = reelcheck.check("Anora stars Yura Borisov as Jimmy and Vincent Radwinsky as Igor.",
                        kb=default_kb)
    assert any(c.verdict == "refuted" for c in r.claims if c.category == "cast")
