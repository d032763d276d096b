"""SQLite tables of the trusted-source store (in a KB file or in a separate sources file).

Passages and quotes are full-text indexed with FTS5 (external content, so each text is stored
once); `src_terms` keeps each word's document count (fts5vocab would recount postings on every
lookup), which lets the quote matcher query only the rarest words of a quote and stay fast at
millions of passages.
"""
from __future__ import annotations

SOURCES_SCHEMA_VERSION = 1

TOKENIZE = "unicode61 remove_diacritics 2"

DDL = f"""
CREATE TABLE IF NOT EXISTS src_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS src_documents (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    url TEXT,
    title TEXT,
    date TEXT,
    path TEXT,
    speaker TEXT,
    added_at TEXT NOT NULL,
    n_passages INTEGER NOT NULL DEFAULT 0,
    n_quotes INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS src_documents_url ON src_documents(url);
CREATE TABLE IF NOT EXISTS src_passages (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    text TEXT NOT NULL,
    speaker_name TEXT,
    speaker_id TEXT
);
CREATE INDEX IF NOT EXISTS src_passages_doc ON src_passages(doc_id);
CREATE VIRTUAL TABLE IF NOT EXISTS src_passages_fts USING fts5(
    text, content='src_passages', content_rowid='id', tokenize='{TOKENIZE}'
);
CREATE TABLE IF NOT EXISTS src_quotes (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL,
    passage_id INTEGER,
    text TEXT NOT NULL,
    speaker_name TEXT,
    speaker_id TEXT
);
CREATE INDEX IF NOT EXISTS src_quotes_doc ON src_quotes(doc_id);
CREATE INDEX IF NOT EXISTS src_quotes_passage ON src_quotes(passage_id);
CREATE VIRTUAL TABLE IF NOT EXISTS src_quotes_fts USING fts5(
    text, content='src_quotes', content_rowid='id', tokenize='{TOKENIZE}'
);
CREATE TABLE IF NOT EXISTS src_terms (
    kind TEXT NOT NULL,            -- 'p' passages | 'q' quotes
    term TEXT NOT NULL,
    df INTEGER NOT NULL,
    PRIMARY KEY (kind, term)
) WITHOUT ROWID;
"""

TABLES = ("src_documents", "src_passages", "src_passages_fts", "src_quotes", "src_quotes_fts")
