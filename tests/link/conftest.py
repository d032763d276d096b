"""A small real KB (SQLite via KBWriter) with the people, film and characters of Anora."""
from __future__ import annotations

import pytest

from reelcheck.kb.store import KB, KBWriter
from reelcheck.link import clear_cache

PEOPLE = {
    "sean-baker": ("Sean Baker", []),
    "mikey-madison": ("Mikey Madison", []),
    "mark-eydelshteyn": ("Mark Eydelshteyn", ["Mark Eidelstein", "Mark Eidelshtein"]),
    "yura-borisov": ("Yura Borisov", ["Yuri Borisov", "Yuriy Borisov"]),
    "karren-karagulian": ("Karren Karagulian", []),
    "samantha-quan": ("Samantha Quan", []),
    "alex-coco": ("Alex Coco", []),
    "drew-daniels": ("Drew Daniels", []),
}
CHARACTERS = {
    "anora-mikheeva": ("Anora Mikheeva", ["Ani", "Anora"]),
    "ivan-zakharov": ("Ivan Zakharov", ["Vanya", "Ivan"]),
    "igor": ("Igor", []),
    "toros": ("Toros", []),
    "garnick": ("Garnick", []),
}


def build_kb(path) -> KB:
    w = KBWriter(path, name="anora test KB")
    for eid, (label, aliases) in PEOPLE.items():
        w.add_entity(eid, "person", label)
        for a in aliases:
            w.add_alias(eid, a, "alias")
    w.add_entity("anora-2024-film", "film", "Anora", "2024 film by Sean Baker", 2024)
    for eid, (label, nicks) in CHARACTERS.items():
        w.add_entity(eid, "character", label)
        for n in nicks:
            w.add_alias(eid, n, "nickname")
    # films whose titles are ordinary words, and a place with an acronym alias
    w.add_entity("her-2013-film", "film", "Her", "2013 film", 2013)
    w.add_entity("missing-1982-film", "film", "Missing", "1982 film", 1982)
    w.add_entity("the-mission-1986-film", "film", "The Mission", "1986 film", 1986)
    w.add_entity("los-angeles", "place", "Los Angeles")
    w.add_alias("los-angeles", "LA", "alias")
    w.add_entity("brighton-beach", "place", "Brighton Beach")
    w.add_entity("las-vegas", "place", "Las Vegas")
    # a film titled "The" + a prize's name
    w.add_entity("the-oscar-1966-film", "film", "The Oscar", "1966 film", 1966)
    w.add_entity("academy-awards", "award", "Academy Awards")
    w.add_alias("academy-awards", "Oscar", "alias")
    w.add_entity("palme-d-or", "award", "Palme d\u2019Or")
    w.add_alias("palme-d-or", "Palme d'Or", "alias")
    w.commit()
    return KB(path)


@pytest.fixture(scope="session")
def kb(tmp_path_factory) -> KB:
    clear_cache()
    return build_kb(tmp_path_factory.mktemp("kb") / "anora.sqlite")


@pytest.fixture(autouse=True, params=["memory", "sqlite"])
def link_backend(request, monkeypatch):
    """Every linker test runs with both name-index backends: they must agree."""
    monkeypatch.setenv("REELCHECK_LINK_BACKEND", request.param)
    return request.param
