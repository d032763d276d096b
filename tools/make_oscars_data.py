"""Derive the package's compact copy of the Oscar record from ../shared/data/oscars/oscars.csv.

Keeps every nomination row and the fields the KB needs (ceremony, year, class, categories, films
and their IMDb ids, nomination text, nominees and their ids, winner flag, detail); drops the
Academy's prose fields (`Note`, `Citation`). Writes src/reelcheck/kb/data/oscars.tsv.gz
(deterministic gzip: same input, same bytes) and copies the dataset's BSD licence beside it.

    python tools/make_oscars_data.py [--source ../shared/data/oscars]
"""
from __future__ import annotations

import argparse
import csv
import gzip
import io
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "reelcheck" / "kb" / "data"
FIELDS = ("Ceremony", "Year", "Class", "CanonicalCategory", "Category", "Film", "FilmId", "Name",
          "Nominees", "NomineeIds", "Winner", "Detail")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--source", default=str(ROOT.parent / "shared" / "data" / "oscars"))
    src = Path(ap.parse_args().source)
    with open(src / "oscars.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(FIELDS)
    for r in rows:
        w.writerow([(r.get(k) or "").replace("\t", " ").replace("\n", " ") for k in FIELDS])
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "oscars.tsv.gz", "wb") as raw:
        with gzip.GzipFile(filename="oscars.tsv", mode="wb", fileobj=raw, mtime=0,
                           compresslevel=9) as gz:
            gz.write(buf.getvalue().encode("utf-8"))
    shutil.copyfile(src / "LICENSE", OUT / "oscars.LICENSE")
    print(f"{OUT / 'oscars.tsv.gz'}: {len(rows)} nominations, "
          f"{(OUT / 'oscars.tsv.gz').stat().st_size} bytes")


if __name__ == "__main__":
    main()
