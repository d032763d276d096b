"""Career ordinals and counts over the whole Oscar record (benchmarks/compose_career_ordinals.py,
in the project's own shapes): for people with two or more Oscar wins, a true sentence saying
which win a prize was or how many they have, and mutants with one slot changed (the ordinal,
the film among their own wins, the year, the count). No true sentence may be refuted and no
mutant supported. A fixed sample of people whose records span the eras (an early story
prize, split colour and black-and-white categories, a renamed category, a musical-scoring
prize, three score wins, a director with the country's prize); the script runs larger ones."""
import random
from battery import benchmark_module

compose = benchmark_module("compose_career_ordinals")

PEOPLE = ("ludwig-goransson", "kirk-baxter", "edward-carfagno", "christopher-hampton",
          "ben-hecht", "morris-stoloff", "alfonso-cuaron", "urie-mccleary")


def test_career_ordinals_and_counts_have_no_wrong_verdict(default_kb):
    people = [p for p in compose.careers(default_kb) if p["id"] in PEOPLE]
    assert len(people) == len(PEOPLE)
    table, wrong = compose.run(default_kb, people, random.Random(1), out=lambda *_a: None)
    assert wrong == []
    total = sum((t for t in table.values()), start=__import__("collections").Counter())
    # (a floor on what is decided, so a change that reads less shows here)
    assert total["true-supported"] >= 170 and total["mutant-refuted"] >= 250, dict(total)
