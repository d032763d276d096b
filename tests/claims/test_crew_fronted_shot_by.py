"""A fronted participle of shooting ("Shot by X, it ...", "Shot on 35mm by X, the film ...")
credits its agent as the film's cinematographer: the lemmatizer leaves the capitalised "Shot"
as it is, and the parser may hang the "by" phrase on the format rather than on the verb
(claims/crew.py verb_lemma, _by). Sentences written for these tests; the facts are the default
KB's Anora credits."""
from __future__ import annotations

import pytest

import reelcheck


def shot(text, kb):
    return [(c.subject.id if c.subject else None, c.verdict)
            for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "director_of_photography"]


@pytest.mark.parametrize("text, verdict", [
    ("Anora is a fairy tale gone sour. Shot by Drew Daniels, it glows like an old postcard.",
     "supported"),
    ("Anora is a fairy tale gone sour. Shot by Hoyte van Hoytema, it glows like an old "
     "postcard.", "refuted"),
    ("Anora is a fairy tale gone sour. Shot on 35mm by Hoyte van Hoytema, it glows like an "
     "old postcard.", "refuted"),
    ("Anora is a fairy tale gone sour. Shot on 35mm by Drew Daniels, the film glows like an "
     "old postcard.", "supported"),
])
def test_a_fronted_shooting_participle_credits_its_agent(default_kb, text, verdict):
    assert shot(text, default_kb) == [("anora-2024-film", verdict)]


def test_a_by_phrase_on_a_script_is_not_the_shooter(default_kb):
    text = ("Anora is a fairy tale gone sour. Shot from a script by Hoyte van Hoytema, it "
            "glows like an old postcard.")
    assert shot(text, default_kb) == []


def test_a_capitalised_participle_the_lemmatizer_leaves_is_still_a_shooting_verb(default_kb):
    text = "Anora is a comedy. Shot by Lol Crawley, it looks like a lost seventies picture."
    assert shot(text, default_kb) == [("anora-2024-film", "refuted")]
