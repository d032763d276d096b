"""'Baker's 2017 film X and his 2015 film Y': the possessive pronoun is the one person the
sentence names before it (a work's owner), even where the KB does not give that person's
gender, not a man named in an earlier paragraph. Sentences are written for these tests; the
credits are the default KB's."""
from __future__ import annotations

import reelcheck


def test_his_is_the_owner_named_before_it(default_kb):
    text = ("Aleksei Serebryakov is cast as the stern father.\n\n"
            "Baker's 2017 film The Florida Project and his 2015 film Tangerine were both "
            "made for very little money.")
    got = [c for c in reelcheck.check(text, kb=default_kb).claims
           if c.predicate == "notable_work" and "Tangerine" in c.text]
    assert got and all(c.subject and c.subject.id == "sean-baker" for c in got), \
        [(c.text, c.subject, c.explanation) for c in got]
