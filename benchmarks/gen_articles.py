"""Write N synthetic film articles (~600 words each) as JSONL for batch benchmarks.

Each article mixes true and false statements about Anora with made-up films, misspelled names
("Mikey Maddison", "Sean Bakker"), quotes and the odd dubious link, so every stage has work.
Deterministic for a given --seed. The text is written for this project.

    python benchmarks/gen_articles.py -n 10000 -o /tmp/articles.jsonl
"""
from __future__ import annotations

import argparse
import gzip
import json
import random

FILMS = ["The Salt Ledger", "Night Ferry to Odessa", "Paper Lanterns", "The Quiet Orchard",
         "Brass Weather", "A Map of Small Rooms", "Hollow Tide", "The Last Projectionist"]
DIRECTORS = ["Ilse Marrow", "Tomas Quill", "Renata Oduya", "Benedikt Sarn", "Lio Haverty"]
ACTORS = ["Mara Velt", "Jonah Pike", "Ada Stroud", "Felix Okonkwo-Hale", "Nina Sorel"]
CITIES = ["Lisbon", "Tbilisi", "Rotterdam", "Busan", "Valparaiso", "Trieste"]
BAKER = ["Sean Baker", "Sean Baker", "Sean Baker", "Sean Bakker", "Shawn Baker"]
MADISON = ["Mikey Madison", "Mikey Madison", "Mikey Madison", "Mikey Maddison", "Mickey Madison"]

ANORA_LINES = [
    "{baker} wrote, directed and edited Anora, which premiered at Cannes in May 2024.",
    "Anora won the Palme d'Or at the 2024 Cannes Film Festival.",
    "Anora won six Oscars, including Best Picture, at the 97th Academy Awards.",
    "Anora won five Academy Awards, among them Best Picture and Best Director.",
    "{madison} won the Oscar for Best Actress for playing Ani.",
    "{madison} was nominated for Best Supporting Actress for her role as Ani.",
    "{baker} won four Oscars on a single night, tying a record set by Walt Disney.",
    "Mark Eydelshteyn plays Vanya, the son of a Russian oligarch.",
    "Yura Borisov plays Igor, one of the men sent to find the couple.",
    "The film runs about 139 minutes.",
    "Anora was shot largely in Brighton Beach and Las Vegas.",
    "Anora was released in the United States by Neon in October 2024.",
    "Karren Karagulian plays Toros, the fixer who watches over Vanya.",
    "The film was made on a budget of around six million dollars.",
    "Anora premiered at the Venice Film Festival in 2023.",
]
FILLER = [
    "The screening room was full long before the lights went down, and nobody left early.",
    "Critics argued for weeks about the ending, which refuses to tie anything up neatly.",
    "The production designer spent months finding locations that had not been filmed before.",
    "Festival programmers say the mood this year favoured small, character-driven stories.",
    "Distributors were cautious at first, then bid against each other after the reviews.",
    "The score leans on a handful of piano phrases that return in unexpected places.",
    "Several scenes were improvised on the day, according to people on the set.",
    "The cinematographer used natural light wherever the schedule allowed it.",
    "Audiences in smaller cities turned out in numbers the studio had not expected.",
    "The edit went through many versions before the final cut was locked.",
]
OTHER = [
    "{film}, directed by {director}, follows a family business in {city} coming apart.",
    "{actor} gives the performance of the year in {film}, which opened in {city}.",
    "{director} shot {film} in {n} days with a crew of fewer than thirty people.",
    "{film} earned {n} million dollars in its opening weekend, a record for its distributor.",
    "{actor} and {actor2} share the screen for the first time in {film}.",
]
QUOTES = [
    '"I wanted the audience to laugh until they realised they should not be laughing," '
    '{baker} told reporters.',
    '"Ani never asks anyone for permission," {madison} said in an interview.',
    '"We made it for almost nothing and we made it fast," said {director}.',
]
LINKS = [
    "Stream the whole film free at watch-anora-free.example before it is taken down.",
    "Tickets and showtimes are listed at https://www.example-cinema.org/anora.",
    "Full HD download: http://free-movies-hd.example/anora-2024-1080p.",
]


def article(i: int, rng: random.Random) -> dict:
    def fill(t: str) -> str:
        return t.format(baker=rng.choice(BAKER), madison=rng.choice(MADISON),
                        film=rng.choice(FILMS), director=rng.choice(DIRECTORS),
                        actor=rng.choice(ACTORS), actor2=rng.choice(ACTORS),
                        city=rng.choice(CITIES), n=rng.randint(9, 60))
    paras = []
    words = 0
    while words < 600:
        kind = rng.random()
        if kind < 0.35:
            lines = [fill(rng.choice(ANORA_LINES)) for _ in range(rng.randint(2, 4))]
        elif kind < 0.55:
            lines = [fill(rng.choice(OTHER)) for _ in range(rng.randint(1, 3))]
        elif kind < 0.65:
            lines = [fill(rng.choice(QUOTES))]
        else:
            lines = [rng.choice(FILLER) for _ in range(rng.randint(2, 4))]
        para = " ".join(lines)
        paras.append(para)
        words += len(para.split())
    if rng.random() < 0.2:
        paras.append(rng.choice(LINKS))
    site = rng.choice(["filmdesk.example", "reelnews.example", "cinemaweekly.example",
                       "moviegossip.example"])
    return {"id": f"art-{i:07d}", "url": f"https://{site}/2025/{i}",
            "title": f"{rng.choice(['Why', 'How', 'What'])} {rng.choice(FILMS + ['Anora'])} "
                     f"{rng.choice(['matters', 'won', 'divides critics', 'was made'])}",
            "date": f"2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
            "text": "\n\n".join(paras)}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=10_000, help="number of articles (default 10000)")
    ap.add_argument("-o", "--output", required=True, help="JSONL file (.gz to compress)")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args(argv)
    rng = random.Random(a.seed)
    opener = gzip.open if a.output.endswith(".gz") else open
    with opener(a.output, "wt", encoding="utf-8") as f:
        for i in range(a.n):
            f.write(json.dumps(article(i, rng), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
