"""A tiny real KB and a few article writers shared by the batch tests."""
from __future__ import annotations

import json

import pytest

from reelcheck.kb.store import KBWriter


@pytest.fixture(scope="session")
def kb_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("kb") / "tiny.sqlite"
    w = KBWriter(path, name="batch-test KB")
    w.add_entity("anora-2024-film", "film", "Anora", year=2024)
    w.add_entity("sean-baker", "person", "Sean Baker")
    w.add_entity("mikey-madison", "person", "Mikey Madison")
    w.commit()
    return str(path)


def article(i: int) -> str:
    return (f"Article {i}. Sean Baker wrote and directed Anora, which stars Mikey Madison as a "
            f"dancer from Brighton Beach. Reviewers at the festival were split on night {i}.")


def write_jsonl(path, n: int, prefix: str = "j", start: int = 0) -> list[str]:
    ids = []
    with open(path, "w", encoding="utf-8") as f:
        for i in range(start, start + n):
            ids.append(f"{prefix}{i}")
            f.write(json.dumps({"id": f"{prefix}{i}", "text": article(i),
                                "url": f"https://site{i % 3}.example/a{i}"}) + "\n")
    return ids


def read_rows(path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def row_id(d: dict) -> str:
    return d["document"]["id"] if "document" in d else d["id"]
