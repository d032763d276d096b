"""The KB's SQLite schema and its typed vocabulary (entity types, alias kinds, predicates).

Predicates are declared here once, with the kind of object they take and whether they are
*functional* (one true value per subject and key qualifiers). The verifier may refute a claim only
on a functional predicate or on a set a factsheet declared complete; everything else can only
support. Keeping that knowledge in one table is what makes "refute only what the KB can refute"
auditable.
"""
from __future__ import annotations

from dataclasses import dataclass

SCHEMA_VERSION = 1

ENTITY_TYPES = (
    "film", "person", "character", "award", "ceremony", "festival", "organization", "place",
    "work", "other",
)

ALIAS_KINDS = ("label", "alias", "nickname", "birth_name", "character_name", "translation",
               "misspelling")

# Qualifier keys whose values name entities: indexed in `fact_roles`, so "every fact Sean Baker
# takes part in" (as a recipient, a film's director, a plot agent) is one indexed lookup.
ENTITY_QUALIFIERS = frozenset({
    "ceremony", "character", "film", "for_work", "recipients", "festival", "event", "award",
    "nominees", "lost_to", "agents", "place", "origin", "destination", "works_in", "lives_in",
    "tied_with", "country", "distributor", "jury_president", "about",
    # a correction note's common error: what the note names only to say it is wrong ("the
    # mansion is in Mill Basin (some pieces say Sheepshead Bay)")
    "errors"})

# Object kinds: entity | date | quantity | string
@dataclass(frozen=True, slots=True)
class Predicate:
    name: str
    object_kind: str                  # entity | date | quantity | string
    functional: bool = False          # one value per (subject, key qualifiers)
    keys: tuple[str, ...] = ()        # qualifiers that make a functional value distinct
    unit: str | None = None           # canonical unit for quantities
    category: str = "other"           # report category of claims about it
    label: str = ""                   # words for explanations ("was directed by")


PREDICATES: dict[str, Predicate] = {p.name: p for p in (
    # crew (sets; refutable only when declared complete for the film)
    Predicate("director", "entity", category="crew", label="directed by"),
    Predicate("screenwriter", "entity", category="crew", label="written by"),
    Predicate("film_editor", "entity", category="crew", label="edited by"),
    Predicate("producer", "entity", category="crew", label="produced by"),
    Predicate("director_of_photography", "entity", category="crew", label="shot by"),
    Predicate("composer", "entity", category="crew", label="scored by"),
    Predicate("casting_director", "entity", category="crew", label="cast by"),
    Predicate("production_designer", "entity", category="crew", label="production design by"),
    Predicate("consultant", "entity", category="production", label="consultant"),
    # cast: object is the actor; qualifier `character` is the character entity
    Predicate("cast_member", "entity", category="cast", label="stars"),
    Predicate("played_by", "entity", functional=True, keys=("film",), category="cast",
              label="is played by"),
    # companies
    Predicate("production_company", "entity", category="production", label="produced by"),
    Predicate("distributor", "entity", category="production", label="distributed by"),
    # awards: qualifiers ceremony (entity id), year, recipients (list of entity ids), for_work
    Predicate("award_received", "entity", category="award", label="won"),
    Predicate("nominated_for", "entity", category="award", label="was nominated for"),
    # dates
    Predicate("release_date", "date", functional=True, keys=("country",), category="date",
              label="was released"),
    Predicate("premiere_date", "date", functional=True, keys=("event",), category="festival",
              label="premiered"),
    Predicate("ceremony_date", "date", functional=True, category="date", label="was held on"),
    # the day a ceremony was first scheduled for, where it was moved (held on ceremony_date)
    Predicate("planned_date", "date", functional=True, category="date",
              label="was first scheduled for"),
    Predicate("start_date", "date", functional=True, category="date", label="began on"),
    Predicate("end_date", "date", functional=True, category="date", label="ended on"),
    Predicate("date_of_birth", "date", functional=True, category="date", label="was born on"),
    Predicate("nominations_announced", "date", functional=True, category="date",
              label="nominations were announced on"),
    # festivals
    Predicate("festival_screening", "entity", category="festival", label="screened at"),
    # who presided over a festival edition's jury (subject: the edition): a set (the Coens
    # shared it in 2015), declared complete per edition (factsheets/juries.yaml)
    Predicate("jury_president", "entity", category="festival",
              label="had its jury presided over by"),
    # who sat on a festival edition's feature-film jury, its president too (subject: the
    # edition), declared complete where the whole jury is listed (factsheets/juries.yaml)
    Predicate("jury_member", "entity", category="festival", label="had on its jury"),
    Predicate("premiered_at", "entity", functional=True, keys=("kind",), category="festival",
              label="premiered at"),
    # numbers
    Predicate("runtime", "quantity", functional=True, unit="minute", category="runtime",
              label="runs"),
    Predicate("budget", "quantity", functional=True, unit="USD", category="money",
              label="cost"),
    Predicate("box_office", "quantity", functional=True, keys=("scope", "as_of"), unit="USD",
              category="money", label="grossed"),
    Predicate("shooting_days", "quantity", functional=True, unit="day", category="production",
              label="was shot in"),
    Predicate("scene_length", "quantity", functional=True, keys=("scene",), unit="minute",
              category="runtime", label="lasts"),
    Predicate("ovation_length", "quantity", functional=True, keys=("event",), unit="minute",
              category="festival", label="ovation lasted"),
    Predicate("feature_number", "quantity", functional=True, keys=("film",), category="count",
              label="is feature number"),
    Predicate("age_at_event", "quantity", functional=True, keys=("event",), unit="year",
              category="count", label="was aged"),
    # places
    Predicate("place_of_birth", "entity", functional=True, category="location",
              label="was born in"),
    Predicate("filming_location", "entity", category="location", label="was filmed in"),
    Predicate("narrative_location", "entity", category="location", label="is set in"),
    # where an event (a ceremony, a festival's edition) itself took place: its venue, or its
    # town; one place per edition, so a place outside it refutes
    Predicate("event_location", "entity", functional=True, category="location",
              label="took place at"),
    # who hosted an event (a ceremony): a set (co-hosts), declared complete per edition
    Predicate("host", "entity", category="other", label="was hosted by"),
    Predicate("country_of_origin", "entity", category="production", label="comes from"),
    Predicate("original_language", "entity", category="production", label="is in"),
    # people
    Predicate("birth_name", "string", functional=True, category="other", label="was born as"),
    # the names a character goes by (kept as the entity's nickname aliases; a `complete`
    # declaration says the KB holds them all)
    Predicate("nickname", "string", category="cast", label="goes by"),
    Predicate("spouse", "entity", category="other", label="is married to"),
    Predicate("notable_work", "entity", category="filmography", label="appeared in"),
    Predicate("debut_feature", "entity", functional=True, category="filmography",
              label="made a first feature"),
    # production and records
    Predicate("filming_format", "string", category="production", label="was shot on"),
    Predicate("record", "string", category="record", label="holds the record"),
    Predicate("plot", "string", category="plot", label="in the plot"),
    # sourced prose (casting stories, scenes, careers, corrections): supports, never refutes;
    # qualifiers: category (the claim category it speaks to), about (entities it names)
    Predicate("statement", "string", category="other", label="— the KB's sourced note:"),
    Predicate("instance_of", "string", category="other", label="is a"),
    Predicate("part_of", "entity", functional=True, category="other", label="is part of"),
    Predicate("borders", "entity", category="other", label="borders"),
    Predicate("edition_of", "entity", functional=True, category="other", label="is an edition of"),
    # the body that gives a show's prizes (the Academy, a guild, a critics' association)
    Predicate("presented_by", "entity", functional=True, category="award",
              label="is presented by"),
    Predicate("edition_number", "quantity", functional=True, category="count",
              label="is edition number"),
    Predicate("not_awarded", "string", functional=True, keys=("year",), category="award",
              label="was not awarded"),
    Predicate("mpa_rating", "string", functional=True, category="other", label="is rated"),
    Predicate("imdb_id", "string", functional=True, category="other", label="IMDb id"),
    Predicate("wikidata_id", "string", functional=True, category="other", label="Wikidata id"),
)}


DDL = """
PRAGMA journal_mode = OFF;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    label TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    year INTEGER
);
CREATE TABLE IF NOT EXISTS aliases (
    entity_id TEXT NOT NULL,
    alias TEXT NOT NULL,
    norm TEXT NOT NULL,
    kind TEXT NOT NULL,
    PRIMARY KEY (entity_id, norm, kind)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS aliases_norm ON aliases(norm);
CREATE TABLE IF NOT EXISTS facts (
    id TEXT PRIMARY KEY,
    subject TEXT NOT NULL,
    predicate TEXT NOT NULL,
    object_entity TEXT,
    object_value TEXT,
    value_type TEXT NOT NULL,
    precision TEXT,
    unit TEXT,
    qualifiers TEXT NOT NULL DEFAULT '{}',
    confidence TEXT NOT NULL DEFAULT 'sourced',
    disputed_values TEXT,
    sources TEXT NOT NULL DEFAULT '[]',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS facts_sp ON facts(subject, predicate);
CREATE INDEX IF NOT EXISTS facts_predicate ON facts(predicate);
CREATE INDEX IF NOT EXISTS facts_op ON facts(object_entity, predicate);
CREATE TABLE IF NOT EXISTS fact_roles (
    entity_id TEXT NOT NULL,
    fact_id TEXT NOT NULL,
    role TEXT NOT NULL,
    PRIMARY KEY (entity_id, fact_id, role)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS completeness (
    subject TEXT,
    predicate TEXT NOT NULL,
    object_entity TEXT,
    qualifier_key TEXT,
    qualifier_value TEXT,
    note TEXT NOT NULL DEFAULT '',
    source TEXT
);
CREATE INDEX IF NOT EXISTS completeness_p ON completeness(predicate);
CREATE TABLE IF NOT EXISTS external_ids (
    entity_id TEXT NOT NULL,
    source TEXT NOT NULL,
    external_id TEXT NOT NULL,
    PRIMARY KEY (source, external_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS external_ids_entity ON external_ids(entity_id);
CREATE VIRTUAL TABLE IF NOT EXISTS entity_search USING fts5(
    entity_id UNINDEXED, names, tokenize = 'unicode61 remove_diacritics 2'
);
"""
