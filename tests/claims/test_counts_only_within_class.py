""""The film's only acting nomination" counts one nomination among the acting categories, as
"two acting nominations" counts two of them: the word between "only" and the noun narrows the
record it is read against. Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def counted(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if "only" in c.text]


def test_only_acting_nomination_is_read_within_the_acting_categories(default_kb):
    # Nomadland's one acting nomination among six: true, and was refuted against all six
    got = counted("At the 93rd Academy Awards Frances McDormand took Best Actress for "
                  "Nomadland, the film's only acting nomination.", default_kb)
    assert got and all(c.verdict == "supported" for c in got)
    # Anora had two acting nominations (Madison, Borisov): false, and refuted with those two
    got = counted("Mikey Madison gave Anora its only acting nomination at the 97th Academy "
                  "Awards.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "not 1" in got[0].explanation and "Best Supporting Actor" in got[0].explanation
    assert "Best Picture" not in got[0].explanation.split("not 1")[1]


def test_only_with_a_word_the_record_cannot_single_out_is_not_read(default_kb):
    got = counted("Anora's only technical nomination at the 97th Academy Awards went to its "
                  "editing.", default_kb)
    assert all(c.verdict != "refuted" for c in got)
