"""Import the IMDb non-commercial datasets (the user's own copy; none ships) into a KB.

Reads title.basics, title.akas, title.principals, title.crew and name.basics from a directory
(each .tsv or .tsv.gz). The files are tab-separated with NO quoting: a field may start with a
`"` that is never closed, so lines are split on tabs only (a csv reader would swallow the rest
of the file). `\\N` is null; `characters` is a JSON array in a string.

Kept: film-like titles (movie, tvMovie, short, tvShort, video, tvSpecial; adult titles are
left out), their akas as names, their cast and crew, and the people those name. Entity ids are
"imdb:tt..."/"imdb:nm...", or the existing entity holding that IMDb id (e.g. a Wikidata entity
with P345, or a fact-sheet entity), so one real thing stays one entity.

Memory: the set of kept title ids and the set of referenced person ids (as integers).
"""
from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Iterator, Optional

import orjson

from .bulk import BulkKBWriter
from .common import ImportError_, ImportStats, Progress, open_lines, read_lines_safely

SOURCE = "imdb"
PREFIX = "imdb:"
FILM_TYPES = {"movie": "film", "tvMovie": "TV film", "short": "short film",
              "tvShort": "TV short", "video": "video film", "tvSpecial": "TV special"}
CAST_CATEGORIES = {"actor", "actress"}
CREW_PREDICATES = {
    "director": "director", "writer": "screenwriter", "editor": "film_editor",
    "producer": "producer", "cinematographer": "director_of_photography",
    "composer": "composer", "casting_director": "casting_director",
    "production_designer": "production_designer",
}
ENGLISH_REGIONS = {"US", "GB", "CA", "AU", "IE", "NZ", "XWW"}
FILES = ("title.basics", "title.akas", "title.principals", "title.crew", "name.basics")
NULL = "\\N"


def find_file(directory: Path, stem: str) -> Optional[Path]:
    for suffix in (".tsv.gz", ".tsv", ".tsv.bz2"):
        p = directory / f"{stem}{suffix}"
        if p.is_file():
            return p
    return None


def _nm(n: str) -> int:
    return int(n[2:])


class IMDbImport:
    def __init__(self, directory: str | os.PathLike, out_kb: str | os.PathLike, *,
                 limit: Optional[int] = None, base=None, progress: bool = True,
                 name: Optional[str] = None):
        self.dir = Path(directory)
        if not self.dir.is_dir():
            raise ImportError_(f"IMDb dataset directory not found: {self.dir}")
        self.files = {stem: find_file(self.dir, stem) for stem in FILES}
        if self.files["title.basics"] is None:
            raise ImportError_(f"no title.basics.tsv(.gz) in {self.dir}")
        self.limit = limit
        self.show_progress = progress
        self.stats = ImportStats(source=f"imdb {self.dir.name}")
        self.w = BulkKBWriter(out_kb, name=name or "reelcheck KB", base=base, source=SOURCE,
                              prefix=PREFIX)
        if base is None:
            self.w.set_meta("name", name or "IMDb film titles")
        self.ids = self.w.base_ids.get(SOURCE, {})
        self.titles: set[str] = set()
        self.people: set[int] = set()

    def resolve(self, imdb_id: str) -> str:
        return self.ids.get(imdb_id) or PREFIX + imdb_id

    # -- reading -----------------------------------------------------------------------------
    def rows(self, stem: str, columns: tuple[str, ...]) -> Iterator[tuple[int, list[str]]]:
        """(line number, fields in `columns` order); bad rows are counted, not fatal."""
        path = self.files[stem]
        if path is None:
            return
        stream, counter, size = open_lines(path)
        prog = Progress(f"imdb {stem}", size, enabled=self.show_progress)
        st = self.stats
        try:
            header = stream.readline().decode("utf-8", "replace").rstrip("\r\n").split("\t")
            missing = [c for c in columns if c not in header]
            if missing:
                raise ImportError_(f"{path.name}: missing column(s) {', '.join(missing)} "
                                   f"(is this an IMDb dataset file?)")
            idx = [header.index(c) for c in columns]
            width = len(header)
            n = 0
            def on_error(msg: str) -> None:
                st.bad_line(path.name, lineno + 1, msg)
            lineno = 1
            for lineno, raw in enumerate(read_lines_safely(stream, on_error), 2):
                prog.update(counter.count)
                st.lines += 1
                st.bytes_read += len(raw)
                line = raw.decode("utf-8", "replace").rstrip("\r\n")
                if not line:
                    continue
                fields = line.split("\t")
                if len(fields) != width:
                    st.bad_line(path.name, lineno,
                                f"expected {width} tab-separated fields, got {len(fields)}")
                    continue
                yield lineno, [fields[i] for i in idx]
                n += 1
                if self.limit is not None and n >= self.limit:
                    break
        finally:
            prog.close()
            stream.close()
            st.passes += 1

    # -- files -------------------------------------------------------------------------------
    def basics(self) -> None:
        w, st = self.w, self.stats
        for lineno, (tconst, ttype, primary, original, adult, start, runtime) in self.rows(
                "title.basics", ("tconst", "titleType", "primaryTitle", "originalTitle",
                                 "isAdult", "startYear", "runtimeMinutes")):
            kind = FILM_TYPES.get(ttype)
            if kind is None or adult == "1" or primary == NULL:
                continue
            st.entities_seen += 1
            year = int(start) if start.isdigit() else None
            aliases = [(original, "translation")] if original not in (NULL, primary) else []
            target = self.resolve(tconst)
            merged = w.put_entity(target, "film", primary,
                                  f"{kind} ({year})" if year else kind, year, aliases,
                                  [(SOURCE, tconst)])
            st.keep("film")
            st.merged += merged
            self.titles.add(tconst)
            src = [f"imdb:{tconst}"]
            if runtime.isdigit():
                w.put_fact(f"imdb:{tconst}:runtime", target, "runtime", int(runtime),
                           "quantity", unit="minute", sources=src)
            elif runtime != NULL:
                st.skipped_values += 1
            w.put_fact(f"imdb:{tconst}:imdb_id", target, "imdb_id", tconst, "string",
                       sources=src)

    def akas(self) -> None:
        for lineno, (tconst, title, region, language, is_original) in self.rows(
                "title.akas", ("titleId", "title", "region", "language", "isOriginalTitle")):
            if tconst not in self.titles or title == NULL:
                continue
            english = (is_original == "1" or language == "en" or region in ENGLISH_REGIONS
                       or (region == NULL and language == NULL))
            self.w.put_alias(self.resolve(tconst), title, "alias" if english else "translation")

    def principals(self) -> None:
        w, st = self.w, self.stats
        for lineno, (tconst, ordering, nconst, category, characters) in self.rows(
                "title.principals", ("tconst", "ordering", "nconst", "category", "characters")):
            if tconst not in self.titles or not nconst.startswith("nm"):
                continue
            subject, person = self.resolve(tconst), self.resolve(nconst)
            src = [f"imdb:{tconst}"]
            if category in CAST_CATEGORIES:
                quals: dict = {}
                if characters != NULL:
                    try:
                        names = orjson.loads(characters)
                    except orjson.JSONDecodeError:
                        names = None
                        st.bad_line(self.files["title.principals"].name, lineno,
                                    "characters is not a JSON array")
                    if isinstance(names, list):
                        names = [n for n in names if isinstance(n, str) and n.strip()]
                        if names:
                            quals["character"] = names[0]
                        if len(names) > 1:
                            quals["characters"] = names
                w.put_fact(f"imdb:{tconst}:cast_member:{nconst}", subject, "cast_member",
                           person, "entity", qualifiers=quals, sources=src)
            elif category in CREW_PREDICATES:
                pred = CREW_PREDICATES[category]
                w.put_fact(f"imdb:{tconst}:{pred}:{nconst}", subject, pred, person, "entity",
                           sources=src)
            else:
                continue
            self.people.add(_nm(nconst))

    def crew(self) -> None:
        w = self.w
        for lineno, (tconst, directors, writers) in self.rows(
                "title.crew", ("tconst", "directors", "writers")):
            if tconst not in self.titles:
                continue
            subject, src = self.resolve(tconst), [f"imdb:{tconst}"]
            for field, pred in ((directors, "director"), (writers, "screenwriter")):
                if field == NULL:
                    continue
                for nconst in field.split(","):
                    if nconst.startswith("nm"):
                        # same id as from principals: the two files agree into one fact
                        w.put_fact(f"imdb:{tconst}:{pred}:{nconst}", subject, pred,
                                   self.resolve(nconst), "entity", sources=src)
                        self.people.add(_nm(nconst))

    def names(self) -> None:
        w, st = self.w, self.stats
        for lineno, (nconst, name, birth) in self.rows(
                "name.basics", ("nconst", "primaryName", "birthYear")):
            if not nconst.startswith("nm") or name == NULL:
                continue
            try:
                wanted = _nm(nconst) in self.people
            except ValueError:
                st.bad_line(self.files["name.basics"].name, lineno, f"bad person id {nconst!r}")
                continue
            if not wanted:
                continue
            st.entities_seen += 1
            target = self.resolve(nconst)
            st.merged += w.put_entity(target, "person", name, "", None, (),
                                      [(SOURCE, nconst)])
            st.keep("person")
            src = [f"imdb:{nconst}"]
            if birth.isdigit() and int(birth) > 0:
                w.put_fact(f"imdb:{nconst}:date_of_birth", target, "date_of_birth",
                           f"{int(birth):04d}", "date", precision="year", sources=src)
            w.put_fact(f"imdb:{nconst}:imdb_id", target, "imdb_id", nconst, "string",
                       sources=src)

    def run(self) -> ImportStats:
        t0 = time.monotonic()
        timings = {}
        try:
            for step in (self.basics, self.akas, self.principals, self.crew, self.names):
                t = time.monotonic()
                step()
                timings[step.__name__] = time.monotonic() - t
            t = time.monotonic()
            self.stats.skipped_conflicts = self.w.finish()
            self.stats.facts = self.w.n_facts
            self.stats.aliases = self.w.n_aliases
            self.w.set_meta("import.imdb", str(self.dir.name))
            self.stats.out = str(self.w.commit())
            timings["index_and_commit"] = time.monotonic() - t
        except BaseException:
            self.w.abort()
            raise
        timings["sqlite_inserts (within steps)"] = self.w.sqlite_seconds
        self.stats.timings = timings
        self.stats.seconds = time.monotonic() - t0
        return self.stats


def import_imdb(directory: str | os.PathLike, out_kb: str | os.PathLike,
                limit: Optional[int] = None, base: Optional[str | os.PathLike] = None,
                progress: bool = True) -> ImportStats:
    """Import IMDb dataset files from `directory` into `out_kb` (extending `base` if given).
    `limit` reads only the first N rows of each file."""
    return IMDbImport(directory, out_kb, limit=limit, base=base, progress=progress).run()
