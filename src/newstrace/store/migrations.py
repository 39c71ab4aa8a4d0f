"""Numbered schema migrations; ``PRAGMA user_version`` holds the applied number.

Append new migrations at the end; never edit one that has shipped.
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: articles, inputs, skips, full-text index, analysis records and stage state
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE inputs (
        fingerprint TEXT PRIMARY KEY,
        path TEXT NOT NULL,
        size INTEGER NOT NULL,
        articles INTEGER NOT NULL DEFAULT 0,
        skipped INTEGER NOT NULL DEFAULT 0,
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE TABLE articles (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT,
        source TEXT,
        url TEXT,
        published TEXT,
        language TEXT,
        input TEXT,
        format TEXT NOT NULL,
        original TEXT NOT NULL,
        text TEXT NOT NULL,
        offsets TEXT NOT NULL,
        metadata TEXT NOT NULL DEFAULT '{}',
        analyzed INTEGER NOT NULL DEFAULT 0,
        added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE INDEX articles_analyzed ON articles(analyzed);
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='seq', tokenize='unicode61'
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, old.text);
    END;
    CREATE TABLE skips (
        id INTEGER PRIMARY KEY,
        location TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE TABLE records (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        article_id TEXT,
        payload TEXT NOT NULL
    );
    CREATE INDEX records_kind ON records(kind, article_id);
    CREATE TABLE stage_state (
        stage TEXT PRIMARY KEY,
        data BLOB NOT NULL,
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    """,
    # 2: sentence data kept between analyses (align stage): per article its packed sentence
    # rows (newstrace.stages.align.sentences.SentenceTable.pack), and the stem vocabulary they
    # use (id -> stem); meta 'sentence_format' names their format
    """
    CREATE TABLE sentence_rows (article_id TEXT PRIMARY KEY, data BLOB NOT NULL);
    CREATE TABLE stems (id INTEGER PRIMARY KEY, stem TEXT NOT NULL);
    """,
    # 3: the articles each record names besides its own (``records.article_id``): an
    # alignment's source, a pair's source, a duplicate group's or story's members, a
    # provenance record's sources and peers; and records by kind in id order.  The web app
    # answers an article's page and ``?article=`` from these instead of reading every record.
    # Quotes, numbers and mentions have their spans in their own article and get no rows.
    """
    CREATE TABLE record_articles (
        article_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        record_id INTEGER NOT NULL,
        PRIMARY KEY (article_id, kind, record_id)
    ) WITHOUT ROWID;
    CREATE INDEX records_by_kind ON records(kind);
    INSERT OR IGNORE INTO record_articles (article_id, kind, record_id)
        SELECT a.id, r.kind, r.id FROM records r, json_tree(r.payload) t
        JOIN articles a ON a.id = t.value
        WHERE r.kind NOT IN ('quote', 'claim', 'mention') AND t.type = 'text'
            AND a.id IS NOT r.article_id;
    INSERT OR IGNORE INTO record_articles (article_id, kind, record_id)
        SELECT a.id, r.kind, r.id FROM records r, json_tree(r.payload) t
        JOIN articles a ON a.id = t.key
        WHERE r.kind NOT IN ('quote', 'claim', 'mention') AND typeof(t.key) = 'text'
            AND a.id IS NOT r.article_id;
    """,
    # 4: the dedup stage's keys of each article (LSH band keys, exact key, token count), so
    # an incremental analysis hashes only the new articles; meta 'dedup_format' names their
    # format (the settings and kernel they were made with)
    """
    CREATE TABLE dedup_rows (article_id TEXT PRIMARY KEY, data BLOB NOT NULL);
    """,
]
