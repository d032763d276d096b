"""A film pronoun that the verb of its own clause governs beside a film subject ("Anora lost
the award to it") is not that subject -- that would be "itself" -- but the film the passage
named before the sentence (none when that is the subject too). A coordinated verb shares its
subject ("Anora was in the running too, but lost to it"). An owner pronoun may still mean
the subject ("Anora won its first prize").

Sentences are written for these tests; facts are the default KB's (Conclave won the BAFTA
for Best Film at the 78th British Academy Film Awards, where Anora was nominated for it;
Anora won Best Picture at the 97th Academy Awards, where Conclave was nominated)."""
from __future__ import annotations

from award_claims import awards


def _second(text, kb):
    cut = text.index(". ") + 2
    return [c for c in awards(text, kb) if c.start >= cut]


def test_the_object_pronoun_is_the_film_before(default_kb):
    got = _second("Conclave took Best Film at the 78th British Academy Film Awards. Anora "
                  "lost the award to it.", default_kb)
    assert [c.verdict for c in got] == ["supported"], [c.explanation for c in got]
    got = _second("Anora was up for Best Picture at the 97th Academy Awards. Conclave lost "
                  "the award to it.", default_kb)
    assert [c.verdict for c in got] == ["supported"], [c.explanation for c in got]


def test_a_coordinated_verb_shares_the_subject(default_kb):
    got = _second("Conclave took Best Film at the 78th British Academy Film Awards. Anora "
                  "was in the running too, but lost to it.", default_kb)
    assert [c.verdict for c in got] == ["supported"], [c.explanation for c in got]
    # an owner pronoun still means its clause's subject
    got = _second("Sean Baker wrote Anora. Anora won its first prize at the 77th Cannes Film "
                  "Festival.", default_kb)
    assert got and all(c.slots.get("subject") == "anora-2024-film" for c in got), \
        [(c.text, c.slots.get("subject")) for c in got]
