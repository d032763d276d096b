"""`reelcheck kb ...`: build a KB from factsheets, inspect it, look names up."""
from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import typer

kb_app = typer.Typer(help="Build and inspect knowledge bases.", no_args_is_help=True)


def _open(kb: Optional[str]):
    from ..pipeline import resolve_kb
    return resolve_kb(kb)


@kb_app.command("build")
def build(paths: List[str] = typer.Argument(..., help="Factsheet files or folders (*.yaml)."),
          output: str = typer.Option(..., "--output", "-o", help="KB file to write."),
          name: str = typer.Option("reelcheck KB", "--name", help="Name recorded in the KB."),
          oscars: bool = typer.Option(False, "--with-oscars",
                                      help="Also compile the bundled Oscar record (ceremonies "
                                           "1-98) and reconcile it with the factsheets.")):
    """Compile factsheets into a KB file (written aside, then swapped in atomically)."""
    from .factsheet import FactsheetError, compile_factsheets
    from .oscars import DATA_FILE
    try:
        stats = compile_factsheets(paths, Path(output), name=name,
                                   oscars=DATA_FILE if oscars else None)
    except FactsheetError as e:
        typer.echo(f"reelcheck: error: {e}", err=True)
        raise typer.Exit(2)
    typer.echo(f"{output}: {stats.entities} entities, {stats.facts} facts "
               f"({stats.disputed} disputed), {stats.complete} complete sets from {stats.files} "
               f"factsheet(s); {stats.skipped_memory} unsourced memory fact(s) left out")
    for line in stats.datasets:
        typer.echo(line)
    for d in stats.disputes:
        typer.echo(f"disputed: {d}")


@kb_app.command("stats")
def stats(kb: Optional[str] = typer.Option(None, "--kb", help="KB file (default: bundled)."),
          as_json: bool = typer.Option(False, "--json", help="Machine-readable output.")):
    """Counts of entities, facts and complete sets, by type, confidence and source."""
    s = _open(kb).stats()
    if as_json:
        typer.echo(json.dumps(s, indent=2, ensure_ascii=False))
        return
    typer.echo(f"KB: {s['path']}")
    typer.echo(f"name: {s['meta'].get('name')}  built: {s['meta'].get('built_at')}")
    typer.echo(f"entities: {s['entities']}  facts: {s['facts']}  aliases: {s['aliases']}  "
               f"complete sets: {s['complete_sets']}")
    for title, d in (("entities by type", s["entities_by_type"]),
                     ("facts by confidence", s["facts_by_confidence"]),
                     ("external ids by source", s["external_ids_by_source"])):
        if d:
            typer.echo(f"{title}: " + ", ".join(f"{k} {v}" for k, v in sorted(d.items())))


@kb_app.command("lookup")
def lookup(name: str = typer.Argument(..., help="A name, alias or entity id."),
           kb: Optional[str] = typer.Option(None, "--kb", help="KB file (default: bundled)."),
           limit: int = typer.Option(5, "--limit", help="At most this many entities.")):
    """Show the entities a name refers to, with their facts and sources."""
    k = _open(kb)
    ents = ([k.entity(name)] if k.entity(name) else []) or k.entities_by_name(name) \
        or k.search(name, limit=limit)
    if not ents:
        typer.echo(f"no entity named {name!r}")
        raise typer.Exit(1)
    from ..verify.sources import rank_sources
    from ..verify.words import fact_statement
    for e in ents[:limit]:
        typer.echo(f"{e.label}  [{e.id}]  {e.type}  {e.description}")
        aliases = [a for a, kind in k.aliases_of(e.id) if kind != "label"]
        if aliases:
            typer.echo(f"  aliases: {', '.join(aliases)}")
        ext = ", ".join(f"{src} {xid}" for src, xid in k.external_ids(e.id))
        if ext:
            typer.echo(f"  ids: {ext}")
        own = k.facts(subject=e.id)
        others = [f for f in k.facts_involving(e.id) if f.subject != e.id]
        for f in own + others[:max(0, 40 - len(own))]:   # facts about it, then facts naming it
            tag = " (disputed)" if f.disputed else ""
            best = (rank_sources(f.sources) or ["no source"])[0]   # best publisher first
            typer.echo(f"  - {fact_statement(k, f)}{tag}  [{best}]")
        if len(own) + len(others) > 40:
            typer.echo(f"  ... {len(own) + len(others) - max(40, len(own))} more")


def register(app: typer.Typer) -> None:
    try:
        from .importers.commands import register_import
        register_import(kb_app)
    except ModuleNotFoundError as e:
        if not e.name or not "reelcheck.kb.importers.commands".startswith(e.name):
            raise
    app.add_typer(kb_app, name="kb")
