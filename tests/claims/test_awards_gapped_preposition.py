""""X was nominated for A and Y for B": the second clause leaves out its verb; Y is its
nominee and B its category (the parser may join Y to A and hang "for B" on A, and B was read
as a second nomination of X). Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_the_second_person_takes_the_second_category(default_kb):
    got = awards("Anora's cast did well with the Academy: Mikey Madison was nominated for best "
                 "actress and Yura Borisov for best supporting actor.", default_kb)
    assert [(c.subject.id, c.verdict) for c in got if "supporting" in c.text] == [
        ("yura-borisov", "supported")]


def test_a_wrong_category_of_the_second_person_is_theirs(default_kb):
    got = awards("That year Greta Gerwig's star was nominated for best actress and Florence "
                 "Pugh for best actress too, at the 92nd Academy Awards.", default_kb)
    pugh = [c for c in got if "Pugh" in c.text]
    assert pugh and all(c.subject.id == "florence-pugh" for c in pugh)
