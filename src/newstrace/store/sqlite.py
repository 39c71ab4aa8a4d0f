"""The SQLite store.  :class:`Store` is the only code that writes to the database.

WAL mode lets readers (report, web app) read while the writer works; each input file is
committed in one transaction with its fingerprint, so a crash mid-ingest loses at most the
file being read and everything committed before survives.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from newstrace.errors import NotFoundError, StoreError
from newstrace.records import Article, Provenance, RecordSet, Stored, Story
from newstrace.serialize import FIELD_KINDS, RECORD_KINDS, from_dict, to_dict
from newstrace.store.migrations import MIGRATIONS
from newstrace.text.offsets import OffsetMap

try:  # POSIX; elsewhere the writer lock is not taken (documented: one analyze at a time)
    import fcntl as _flock
except ImportError:  # pragma: no cover - Windows
    _flock = None  # type: ignore[assignment]

# Articles written per transaction inside one large input (a big JSONL): large enough to
# amortise the commit cost (~1 ms each), small enough that a crash loses little.
BATCH = 500

_ARTICLE_COLUMNS = (
    "id, title, source, url, published, language, input, format, original, text, offsets, metadata"
)


@dataclass
class IngestReport:
    """What one ingest did: counts, and every skipped input with its reason."""

    added: int = 0
    already_present: int = 0
    # articles met twice in one ingest (same id: same text and source), stored once
    repeated: int = 0
    inputs_seen: int = 0
    inputs_unchanged: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    # files a folder walk passed over: no reader knows their ending (not read, not recorded)
    ignored: list[str] = field(default_factory=list)
    # the skipped inputs that are newstrace's own outputs (not bad inputs: --strict allows them)
    own_outputs: list[str] = field(default_factory=list)
    # articles that name no outlet and are known by their file names (see ingest --source)
    unnamed: int = 0
    # record ids met with two different texts in one input ("file: id"): both are kept (an
    # updated version of a record, or ids a feed reuses)
    reused_ids: list[str] = field(default_factory=list)

    def merge(self, other: IngestReport) -> None:
        self.added += other.added
        self.already_present += other.already_present
        self.repeated += other.repeated
        self.inputs_seen += other.inputs_seen
        self.inputs_unchanged += other.inputs_unchanged
        self.skipped += other.skipped
        self.ignored += other.ignored
        self.own_outputs += other.own_outputs
        self.reused_ids += other.reused_ids
        self.unnamed += other.unnamed


class Store:
    """A newstrace database.  Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path, readonly: bool = False) -> None:
        """Open (creating and migrating) the database; ``readonly`` opens an existing one
        for reading only (the web app), refusing any write."""
        self.path = Path(path)
        self.readonly = readonly
        try:
            if readonly:
                if not self.path.exists():
                    raise StoreError(f"no database at {self.path}")
                self.db = self._open_readonly()
                return
            if self.path.parent and not self.path.parent.exists():
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(str(self.path), timeout=30.0, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc
        self.db.row_factory = sqlite3.Row
        try:
            self._refuse_foreign()
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.OperationalError as exc:
            self.db.close()
            if not (_cannot_write(exc) and self.path.exists()):
                raise StoreError(f"cannot open database {self.path}: {exc}") from exc
            self.db = self._open_readonly()  # a read-only file or folder: read it as it is
            self.readonly = True
        except sqlite3.DatabaseError as exc:
            self.db.close()
            raise StoreError(f"{self.path} is damaged or not a newstrace database: {exc}") from exc
        except StoreError:
            self.db.close()
            raise

    def _refuse_foreign(self) -> None:
        """Refuse another program's SQLite file (a mistyped ``--db``): it has tables but no
        newstrace schema version, and migrating it would write newstrace's tables into it."""
        version = int(self.db.execute("PRAGMA user_version").fetchone()[0])
        if version == 0 and self.db.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone():
            raise StoreError(
                f"{self.path} is not a newstrace database: it holds another program's tables"
            )

    def _open_readonly(self) -> sqlite3.Connection:
        """A read-only connection.  SQLite reads a WAL database through its ``-shm`` file,
        which it cannot create in a read-only folder (a read-only mount, an archive, a folder
        of another user); such a database is opened as immutable when it has no write-ahead
        log holding changes, since then nobody can be writing to it through this folder."""
        base = f"file:{quote(str(self.path.resolve()))}"
        try:
            db = sqlite3.connect(f"{base}?mode=ro", uri=True, timeout=30.0, check_same_thread=False)
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError as exc:
            wal = Path(f"{self.path}-wal")
            if not _cannot_write(exc) or (wal.exists() and wal.stat().st_size):
                raise StoreError(f"cannot read database {self.path}: {exc}") from exc
            db = sqlite3.connect(f"{base}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        db.row_factory = sqlite3.Row
        try:
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
        except sqlite3.DatabaseError as exc:
            db.close()
            raise StoreError(f"{self.path} is damaged or not a newstrace database: {exc}") from exc
        if version != len(MIGRATIONS):
            db.close()
            if version == 0:
                raise StoreError(f"{self.path} is not a newstrace database (no newstrace schema)")
            if version > len(MIGRATIONS):
                raise StoreError(f"{self.path} was written by a newer newstrace; upgrade")
            raise StoreError(
                f"{self.path} was written by an older newstrace (schema {version}) and is "
                "read-only here: open it once where it can be written, to upgrade it"
            )
        return db

    # -- lifecycle -------------------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def _migrate(self) -> None:
        version = int(self.db.execute("PRAGMA user_version").fetchone()[0])
        if version > len(MIGRATIONS):
            raise StoreError(
                f"{self.path} was written by a newer newstrace (schema {version}); upgrade"
            )
        for number in range(version, len(MIGRATIONS)):
            # executescript commits first; the script is one transaction of its own
            self.db.executescript(
                "BEGIN IMMEDIATE;" + MIGRATIONS[number] + f";PRAGMA user_version={number + 1};"
                "COMMIT;"
            )

    def checkpoint(self) -> bool:
        """Copy the write-ahead log into the database and truncate it; False when a reader
        (the web app, a report) holds it open, which a later checkpoint completes."""
        if self.db.in_transaction:
            return False
        # without this a reader's snapshot would hold the writer for the whole busy timeout
        wait = self.db.execute("PRAGMA busy_timeout").fetchone()[0]
        self.db.execute("PRAGMA busy_timeout = 0")
        try:
            busy = self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        except sqlite3.OperationalError:
            return False
        finally:
            self.db.execute(f"PRAGMA busy_timeout = {int(wait)}")
        return not busy

    def _tx(self) -> _Transaction:
        return _Transaction(self.db)

    def transaction(self) -> _Transaction:
        """One transaction around several writes (``analyze`` saves its records, the cluster
        state and the kept sentence rows together).  Writes inside it join it rather than
        committing on their own; an exception rolls all of them back."""
        return _Transaction(self.db)

    @contextmanager
    def exclusive(self, job: str) -> Iterator[None]:
        """Hold the store's writer lock (a lock file beside the database) for ``job``; a
        second holder gets a :class:`StoreError` at once instead of a failure at the end.
        The operating system drops the lock when the process dies, so a crash never leaves
        a stale lock behind."""
        if self.readonly:
            raise StoreError(f"{self.path} is read-only here: {job} needs to write to it")
        if str(self.path) == ":memory:" or _flock is None:
            yield
            return
        fd = self._open_lock(job)
        try:
            try:
                _flock.flock(fd, _flock.LOCK_EX | _flock.LOCK_NB)
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES):
                    raise StoreError(f"cannot lock {self.path} for {job}: {exc}") from exc
                holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "?"
                raise StoreError(
                    f"{self.path} is busy: another newstrace process ({holder}) is writing "
                    f"to it; run one {job} at a time"
                ) from exc
            with suppress(OSError):  # who holds it, for the message of a refused run
                os.ftruncate(fd, 0)
                os.pwrite(fd, f"{job}, pid {os.getpid()}".encode(), 0)
            yield
        finally:
            os.close(fd)  # closing the descriptor releases the lock

    def _open_lock(self, job: str) -> int:
        """A descriptor of the lock file ``<db>.lock`` (created if missing; read-only if it
        belongs to another user, which is enough to lock it)."""
        real = self.path.resolve()  # one lock per database, whatever path or link opened it
        lock_path = real.with_name(real.name + ".lock")
        try:
            return os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        except PermissionError:
            try:
                return os.open(lock_path, os.O_RDONLY)
            except OSError as exc:
                raise StoreError(f"cannot lock {self.path} for {job}: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"cannot lock {self.path} for {job}: {exc}") from exc

    @property
    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    # -- inputs and articles ---------------------------------------------------------------
    def has_input(self, fingerprint: str) -> bool:
        row = self.db.execute("SELECT 1 FROM inputs WHERE fingerprint=?", (fingerprint,))
        return row.fetchone() is not None

    def input_skipped(self, fingerprint: str) -> int | None:
        """How many records the input read under ``fingerprint`` skipped; None: not read."""
        row = self.db.execute("SELECT skipped FROM inputs WHERE fingerprint=?", (fingerprint,))
        found = row.fetchone()
        return None if found is None else int(found[0])

    def input_known(self, fingerprint: str) -> bool:
        """Whether the input was read before, with any reading options."""
        row = self.db.execute(
            "SELECT 1 FROM inputs WHERE fingerprint=? OR substr(fingerprint, 1, ?)=? LIMIT 1",
            (fingerprint, len(fingerprint) + 1, fingerprint + ":"),
        )
        return row.fetchone() is not None

    def add_articles(self, articles: Iterable[Article]) -> tuple[int, int]:
        """Insert articles (ignoring ids already present); returns (added, already present)."""
        added = present = 0
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= BATCH:
                a, p = self._insert(batch)
                added, present, batch = added + a, present + p, []
        if batch:
            a, p = self._insert(batch)
            added, present = added + a, present + p
        return added, present

    def _insert(self, batch: Sequence[Article]) -> tuple[int, int]:
        with self._tx():
            cursor = self.db.executemany(
                f"INSERT OR IGNORE INTO articles ({_ARTICLE_COLUMNS}) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                [_article_row(a) for a in batch],
            )
            # rowcount counts the rows this statement inserted (not trigger work)
            added = max(cursor.rowcount, 0)
        return added, len(batch) - added

    def commit_input(
        self, fingerprint: str, path: str, size: int, added: int, skipped: int
    ) -> None:
        """Record that an input was read completely (after its articles are committed)."""
        with self._tx():
            self.db.execute(
                "INSERT OR REPLACE INTO inputs (fingerprint, path, size, articles, skipped) "
                "VALUES (?,?,?,?,?)",
                (fingerprint, path, size, added, skipped),
            )

    def input_paths(self, fingerprint: str) -> list[str]:
        """The paths, as given, under which the input was read before (any options)."""
        rows = self.db.execute(
            "SELECT DISTINCT path FROM inputs WHERE fingerprint=? OR substr(fingerprint, 1, ?)=?",
            (fingerprint, len(fingerprint) + 1, fingerprint + ":"),
        )
        return [r[0] for r in rows]

    def forget_input(self, fingerprint: str) -> None:
        """Drop what was recorded of the input's earlier readings (any options)."""
        with self._tx():
            self.db.execute(
                "DELETE FROM inputs WHERE fingerprint=? OR substr(fingerprint, 1, ?)=?",
                (fingerprint, len(fingerprint) + 1, fingerprint + ":"),
            )

    def held_locations(self, path: str) -> set[str]:
        """Where in the input at ``path`` (as given) the articles held were read: ``""`` for
        the file, ``:3`` for its third line, ``#2`` or ``@uri`` for a record."""
        n = len(path) + 1
        rows = self.db.execute(
            "SELECT input FROM articles WHERE input=? OR substr(input, 1, ?) IN (?, ?, ?)",
            (path, n, path + ":", path + "#", path + "@"),
        )
        return {r[0][len(path) :] for r in rows}

    def forget_skips(self, path: str) -> None:
        """Drop the skips logged for the input at ``path`` (the file, or a record in it:
        ``path:line``, ``path#n``, ``path@uri``), before it is read again."""
        n = len(path) + 1
        with self._tx():
            self.db.execute(
                "DELETE FROM skips WHERE location=? OR substr(location, 1, ?) IN (?, ?, ?)",
                (path, n, path + ":", path + "#", path + "@"),
            )

    def log_skip(self, location: str, reason: str, once: bool = False) -> None:
        """Record a skipped input; with ``once``, not again when the same location was
        already recorded for the same reason (an output rewritten on every run)."""
        with self._tx():
            if (
                once
                and self.db.execute(
                    "SELECT 1 FROM skips WHERE location = ? AND reason = ?", (location, reason)
                ).fetchone()
            ):
                return
            self.db.execute("INSERT INTO skips (location, reason) VALUES (?,?)", (location, reason))

    def article_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def articles(self, ids: Sequence[str] | None = None) -> list[Article]:
        """Articles in ingest order (all, or those with the given ids)."""
        sql = f"SELECT {_ARTICLE_COLUMNS} FROM articles"
        if ids is None:
            rows = self.db.execute(sql + " ORDER BY seq").fetchall()
        else:
            rows = []
            for chunk in _chunks(list(ids), 500):
                marks = ",".join("?" * len(chunk))
                rows += self.db.execute(sql + f" WHERE id IN ({marks}) ORDER BY seq", chunk)
        return [_row_article(r) for r in rows]

    def article(self, article_id: str) -> Article:
        """One article by id or unique id prefix (a leading ``#`` is dropped)."""
        article_id = article_id.removeprefix("#")
        rows = self.db.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id=? OR id LIKE ? ESCAPE '\\' LIMIT 4",
            (article_id, _like_prefix(article_id)),
        ).fetchall()
        if not rows:
            raise NotFoundError(f"no article with id {article_id!r}")
        if len(rows) > 1:
            found = [_row_article(r) for r in rows]
            named = "; ".join(f"{a.id} ({a.source or '?'})" for a in found[:3])
            more = ", and more" if len(found) > 3 else ""
            raise NotFoundError(f"more than one article with id {article_id!r}: {named}{more} "
                                "(give more of the id)")  # fmt: skip
        return _row_article(rows[0])

    def unanalyzed_ids(self) -> list[str]:
        rows = self.db.execute("SELECT id FROM articles WHERE analyzed=0 ORDER BY seq")
        return [r[0] for r in rows]

    def search(self, query: str, limit: int = 20) -> list[tuple[Article, str]]:
        """Full-text search (FTS5 syntax); returns articles with a highlighted snippet."""
        try:
            rows = self.db.execute(
                "SELECT a.id, snippet(articles_fts, 1, '[', ']', '…', 12) AS snip "
                "FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
                "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
                (query, limit),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(
                f"bad search query {query!r}: {exc} (SQLite FTS5 syntax: put words with "
                f"hyphens, apostrophes or commas in double quotes, e.g. '\"e-mail\"')"
            ) from exc
        found = {a.id: a for a in self.articles([r["id"] for r in rows])}
        return [(found[r["id"]], r["snip"]) for r in rows]

    # -- analysis records ------------------------------------------------------------------
    def save_records(
        self,
        records: RecordSet,
        fields: Iterable[str],
        analyzed: Sequence[str],
        before: RecordSet | None = None,
    ) -> None:
        """Replace the stored records of the given RecordSet fields and mark articles analysed.

        ``before``: the records as :meth:`record_set` read them for this analysis.  A field
        whose records begin with exactly those read (the records of new articles added at the
        end, as most per-article records are) gets only the others written after them; the
        stored rows are then those a rewrite gives, in the same order, and the rows kept
        keep their ids."""
        with self._tx():
            for name in fields:
                kind = FIELD_KINDS[name]
                found = getattr(records, name)
                old = () if before is None else getattr(before, name)
                tail = found.tail_after(old) if isinstance(found, Stored) else None
                after = self._kept_rows(kind, old, found) if tail is None else self._last(kind, old)
                if tail is not None and after is not None:
                    found = tail  # the stored rows, never read, stay; the new ones follow
                elif after is None:
                    found = tuple(found)  # read (if stored) before its rows are replaced
                    self.db.execute("DELETE FROM records WHERE kind=?", (kind,))
                    self.db.execute("DELETE FROM record_articles WHERE kind=?", (kind,))
                    after = 0
                else:
                    found = tuple(found[len(old) :])
                dicts = [to_dict(r) for r in found]
                self.db.executemany(
                    "INSERT INTO records (kind, article_id, payload) VALUES (?,?,?)",
                    [
                        (kind, _record_article(r), json.dumps(d))
                        for r, d in zip(found, dicts, strict=True)
                    ],
                )
                if kind not in _OWN_ARTICLE_KINDS:
                    self._index_named_articles(kind, found, dicts, after)
            for chunk in _chunks(list(analyzed), 500):
                marks = ",".join("?" * len(chunk))
                self.db.execute(f"UPDATE articles SET analyzed=1 WHERE id IN ({marks})", chunk)

    def _kept_rows(self, kind: str, old: Sequence[Any], found: Sequence[Any]) -> int | None:
        """The id of the last stored record of ``kind`` (0: none) when the stored records are
        ``old`` (as many rows) and ``found`` begins with them, else None."""
        if not old or len(found) < len(old) or tuple(found[: len(old)]) != tuple(old):
            return None
        return self._last(kind, old)

    def _last(self, kind: str, old: Sequence[Any]) -> int | None:
        """The id of the last stored record of ``kind`` (0: none) when there are as many as
        ``old`` (the records read for this analysis), else None."""
        count, last = self.db.execute(
            "SELECT count(*), max(id) FROM records WHERE kind=?", (kind,)
        ).fetchone()
        return int(last or 0) if count == len(old) else None

    def _index_named_articles(
        self, kind: str, found: Sequence[Any], dicts: Sequence[dict[str, Any]], after: int = 0
    ) -> None:
        """Write the ``record_articles`` rows of the records of ``kind`` just inserted (in
        order, so their ids in order, after record id ``after``): every article id a record
        names, in a value or a key at any depth, besides the one in its ``article_id``
        column."""
        rows = self.db.execute(
            "SELECT id FROM records WHERE kind=? AND id>? ORDER BY id", (kind, after)
        )
        record_ids = [r[0] for r in rows]
        named = [strings_in(d) for d in dicts]
        known: set[str] = set()
        for chunk in _chunks(sorted(set().union(*named)), 500):
            marks = ",".join("?" * len(chunk))
            known.update(r[0] for r in self.db.execute(
                f"SELECT id FROM articles WHERE id IN ({marks})", chunk
            ))  # fmt: skip
        self.db.executemany(
            "INSERT OR IGNORE INTO record_articles (article_id, kind, record_id) VALUES (?,?,?)",
            [
                (aid, kind, rid)
                for rid, record, strings in zip(record_ids, found, named, strict=True)
                for aid in sorted(strings & known)
                if aid != _record_article(record)
            ],
        )

    def load_records(self, name: str) -> tuple[Any, ...]:
        kind = FIELD_KINDS[name]
        cls = RECORD_KINDS[kind]
        rows = self.db.execute("SELECT payload FROM records WHERE kind=? ORDER BY id", (kind,))
        return tuple(from_dict(cls, json.loads(r[0])) for r in rows)

    def record_set(self, new_ids: Iterable[str] = (), deferred: Iterable[str] = ()) -> RecordSet:
        """Everything in the store as one RecordSet; the record kinds named in ``deferred``
        (fields of per-article records) are :class:`~newstrace.records.Stored`, read when a
        stage goes through them."""
        later = set(deferred)
        loaded: dict[str, Any] = {
            name: Stored(_StoredKind(self, name)) if name in later else self.load_records(name)
            for name in FIELD_KINDS
        }
        return RecordSet(articles=tuple(self.articles()), new_ids=frozenset(new_ids), **loaded)

    # -- reading one article's records, and pages of a list (the web app) ------------------
    def find_article_ids(self, article_id: str) -> list[str]:
        """The ids that are ``article_id`` or start with it in lower case (hex digits in
        either case, as on the command line): one for a full id or a unique prefix, two or
        more for an ambiguous prefix (at most three), none for no article.  By the id index,
        not a scan of the table."""
        prefix = article_id.lower()
        rows = self.db.execute(
            "SELECT id FROM articles WHERE id >= ? ORDER BY id LIMIT 2", (prefix,)
        ).fetchall()
        found = {r[0] for r in rows if r[0].startswith(prefix)}
        if self.db.execute("SELECT 1 FROM articles WHERE id=?", (article_id,)).fetchone():
            found.add(article_id)
        return sorted(found)

    def article_list(self, after: int = 0, limit: int = 100) -> list[tuple[int, Article]]:
        """Up to ``limit`` articles after position ``after`` in ingest order, each with its
        position; without their texts (``text`` and ``original`` empty, no offsets)."""
        rows = self.db.execute(
            "SELECT seq, id, title, source, url, published, language, input, format, metadata,"
            " '' AS original, '' AS text, '[[], [], [0, 0]]' AS offsets"
            " FROM articles WHERE seq > ? ORDER BY seq LIMIT ?",
            (after, limit),
        )
        return [(r["seq"], _row_article(r)) for r in rows]

    def record_list(
        self, name: str, after: int = 0, limit: int = -1, article_id: str | None = None
    ) -> list[tuple[int, Any]]:
        """Up to ``limit`` (-1: all) records of RecordSet field ``name`` after record id
        ``after``, in the order they were saved, each with its id; with ``article_id``, only
        those naming that article (its own records and those naming it in any field)."""
        kind = FIELD_KINDS[name]
        if article_id is None:
            rows = self.db.execute(
                "SELECT id, payload FROM records WHERE kind=? AND id > ? ORDER BY id LIMIT ?",
                (kind, after, limit),
            )
        else:
            rows = self.db.execute(
                "SELECT id, payload FROM records WHERE id IN ("
                " SELECT id FROM records WHERE kind=? AND article_id=? AND id > ?"
                " UNION SELECT record_id FROM record_articles"
                " WHERE article_id=? AND kind=? AND record_id > ?"
                ") ORDER BY id LIMIT ?",
                (kind, article_id, after, article_id, kind, after, limit),
            )
        cls = RECORD_KINDS[kind]
        return [(r[0], from_dict(cls, json.loads(r[1]))) for r in rows]

    def record_count(self, name: str, article_id: str | None = None) -> int:
        """How many records of field ``name`` there are (naming ``article_id``, if given)."""
        kind = FIELD_KINDS[name]
        if article_id is None:
            row = self.db.execute("SELECT count(*) FROM records WHERE kind=?", (kind,))
        else:
            row = self.db.execute(
                "SELECT count(*) FROM ("
                " SELECT id FROM records WHERE kind=? AND article_id=?"
                " UNION SELECT record_id FROM record_articles WHERE article_id=? AND kind=?)",
                (kind, article_id, article_id, kind),
            )
        return int(row.fetchone()[0])

    def passage_ids(self) -> list[int]:
        """The record ids of the alignments that are not boilerplate, in order: the n-th is
        passage #n of the report and the web app."""
        rows = self.db.execute(
            "SELECT id FROM records WHERE kind='alignment'"
            " AND NOT coalesce(json_extract(payload, '$.boilerplate'), 0) ORDER BY id"
        )
        return [r[0] for r in rows]

    # -- the overview's parts, each by one query (the web app's index page) -----------------
    def passage_count(self) -> int:
        """How many alignments are not boilerplate (``len(passage_ids())``)."""
        row = self.db.execute(
            "SELECT count(*) FROM records WHERE kind='alignment'"
            " AND NOT coalesce(json_extract(payload, '$.boilerplate'), 0)"
        )
        return int(row.fetchone()[0])

    def source_count(self) -> int:
        """How many outlets the articles come from (those without one count as one, "?")."""
        row = self.db.execute(
            "SELECT count(DISTINCT coalesce(nullif(source, ''), '?')) FROM articles"
        )
        return int(row.fetchone()[0])

    def reused_provenance(self, limit: int) -> tuple[int, list[Provenance]]:
        """How many articles have reused text, a source not in the corpus or a related
        article, and the ``limit`` of them with the largest reused share (then in the order
        they were saved)."""
        where = (
            "kind='provenance' AND (json_extract(payload, '$.reused_share') <> 0"
            " OR json_array_length(payload, '$.unseen_source_with') > 0"
            " OR json_array_length(payload, '$.related_with') > 0)"
        )
        total = int(self.db.execute(f"SELECT count(*) FROM records WHERE {where}").fetchone()[0])
        rows = self.db.execute(
            f"SELECT payload FROM records WHERE {where}"
            " ORDER BY json_extract(payload, '$.reused_share') DESC, id LIMIT ?",
            (limit,),
        )
        found = [from_dict(Provenance, json.loads(r[0])) for r in rows]
        # the order of the values read by Python (the same numbers as SQLite's, to the last bit)
        return total, sorted(found, key=lambda p: -p.reused_share)

    def largest_stories(self, limit: int) -> list[Story]:
        """The ``limit`` stories with the most articles (then in the order they were saved)."""
        rows = self.db.execute(
            "SELECT payload FROM records WHERE kind='story'"
            " ORDER BY json_array_length(payload, '$.articles') DESC, id LIMIT ?",
            (limit,),
        )
        return [from_dict(Story, json.loads(r[0])) for r in rows]

    def find_stories(self, story_id: str, limit: int = 3) -> list[Story]:
        """The stories whose id is ``story_id`` (then only that one) or starts with it: one
        for a full id or a unique prefix, two or more for an ambiguous prefix (at most
        ``limit``, in the order they were saved), none for no story."""
        exact = self.records_with_ids("stories", [story_id])
        if exact:
            return exact
        rows = self.db.execute(
            "SELECT payload FROM records WHERE kind='story'"
            " AND json_extract(payload, '$.id') LIKE ? ESCAPE '\\' ORDER BY id LIMIT ?",
            (_like_prefix(story_id), limit),
        )
        return [from_dict(Story, json.loads(r[0])) for r in rows]

    def records_with_ids(self, name: str, ids: Sequence[str]) -> list[Any]:
        """The records of field ``name`` whose own ``id`` is one of ``ids`` (stories,
        storylines), in the order they were saved."""
        kind = FIELD_KINDS[name]
        rows = []
        for chunk in _chunks(list(ids), 500):
            marks = ",".join("?" * len(chunk))
            rows += self.db.execute(
                "SELECT id, payload FROM records WHERE kind=?"
                f" AND json_extract(payload, '$.id') IN ({marks})",
                (kind, *chunk),
            ).fetchall()
        cls = RECORD_KINDS[kind]
        return [from_dict(cls, json.loads(r[1])) for r in sorted(rows, key=lambda r: r[0])]

    def reuse_first_ids(self, limit: int) -> list[str]:
        """The ids of ``limit`` articles: those in passages (alignments that are not
        boilerplate) or duplicate groups first, then the others, each in ingest order.  By the
        id index (``+seq`` keeps the texts unread), not a scan of the table."""
        rows = self.db.execute(
            "WITH involved(id) AS ("
            " SELECT json_extract(payload, '$.source.article_id') FROM records"
            " WHERE kind='alignment' AND NOT coalesce(json_extract(payload, '$.boilerplate'), 0)"
            " UNION SELECT json_extract(payload, '$.target.article_id') FROM records"
            " WHERE kind='alignment' AND NOT coalesce(json_extract(payload, '$.boilerplate'), 0)"
            " UNION SELECT m.value FROM records r, json_each(r.payload, '$.members') m"
            " WHERE r.kind='duplicate_group')"
            " SELECT id FROM articles"
            " ORDER BY id NOT IN (SELECT id FROM involved WHERE id IS NOT NULL), +seq LIMIT ?",
            (limit,),
        )
        return [r[0] for r in rows]

    def article_heads(self, ids: Sequence[str], chars: int) -> list[Article]:
        """The articles with these ids, for a list of links to them: the text of an
        untitled one cut to its first ``chars`` characters, of a titled one empty; no
        ``original``, no offsets."""
        rows = []
        for chunk in _chunks(list(ids), 500):
            marks = ",".join("?" * len(chunk))
            rows += self.db.execute(
                "SELECT id, title, source, url, published, language, input, format, metadata,"
                " '' AS original, '[[], [], [0, 0]]' AS offsets,"
                " CASE WHEN coalesce(title, '') = '' THEN substr(text, 1, ?) ELSE '' END AS text"
                f" FROM articles WHERE id IN ({marks}) ORDER BY seq",
                (chars, *chunk),
            ).fetchall()
        return [_row_article(r) for r in rows]

    def get_state(self, stage: str) -> bytes | None:
        row = self.db.execute("SELECT data FROM stage_state WHERE stage=?", (stage,)).fetchone()
        return None if row is None else bytes(row[0])

    def set_state(self, stage: str, data: bytes) -> None:
        with self._tx():
            self.db.execute(
                "INSERT OR REPLACE INTO stage_state (stage, data) VALUES (?,?)", (stage, data)
            )

    # -- sentence data kept for the align stage ---------------------------------------------
    def sentence_data(self, fmt: str) -> tuple[list[str], dict[str, bytes]]:
        """The kept stem vocabulary (id -> stem) and packed sentence rows by article id, if
        written in format ``fmt`` (else nothing: data of another format is not read)."""
        if self._meta("sentence_format") != fmt:
            return [], {}
        names = [r[0] for r in self.db.execute("SELECT stem FROM stems ORDER BY id")]
        rows = self.db.execute("SELECT article_id, data FROM sentence_rows")
        return names, {r[0]: bytes(r[1]) for r in rows}

    def save_sentence_data(
        self, fmt: str, names: Sequence[str], rows: dict[str, bytes], reset: bool = False
    ) -> None:
        """Add packed sentence rows and the stems of ``names`` beyond those kept (the kept
        ones must be its beginning); ``reset`` (or another format) first drops all kept."""
        if not rows and not reset:
            return
        with self._tx():
            if reset or self._meta("sentence_format") != fmt:
                self.db.execute("DELETE FROM sentence_rows")
                self.db.execute("DELETE FROM stems")
            kept = int(self.db.execute("SELECT count(*) FROM stems").fetchone()[0])
            last = self.db.execute("SELECT stem FROM stems WHERE id=?", (kept - 1,)).fetchone()
            if kept > len(names) or (last is not None and last[0] != names[kept - 1]):
                raise StoreError("sentence data: the kept stems do not begin the vocabulary")
            self.db.executemany(
                "INSERT INTO stems (id, stem) VALUES (?,?)",
                [(i, names[i]) for i in range(kept, len(names))],
            )
            self.db.executemany(
                "INSERT OR REPLACE INTO sentence_rows (article_id, data) VALUES (?,?)",
                rows.items(),
            )
            self.db.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('sentence_format', ?)", (fmt,)
            )

    # -- keys kept for the dedup stage --------------------------------------------------------
    def dedup_data(self, fmt: str) -> dict[str, bytes]:
        """The kept dedup rows by article id, if written in format ``fmt`` (else none)."""
        if self._meta("dedup_format") != fmt:
            return {}
        rows = self.db.execute("SELECT article_id, data FROM dedup_rows")
        return {r[0]: bytes(r[1]) for r in rows}

    def save_dedup_data(self, fmt: str, rows: dict[str, bytes], reset: bool = False) -> None:
        """Add dedup rows; ``reset`` (or another format) first drops all kept."""
        if not rows and not reset:
            return
        with self._tx():
            if reset or self._meta("dedup_format") != fmt:
                self.db.execute("DELETE FROM dedup_rows")
            self.db.executemany(
                "INSERT OR REPLACE INTO dedup_rows (article_id, data) VALUES (?,?)", rows.items()
            )
            self.db.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('dedup_format', ?)", (fmt,)
            )

    def _meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return None if row is None else str(row[0])

    # -- overview --------------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        q = self.db.execute
        by_source = q(
            "SELECT coalesce(source, '?') s, count(*) n FROM articles GROUP BY s ORDER BY n DESC"
        ).fetchall()
        by_lang = q(
            "SELECT coalesce(language, '?') l, count(*) n FROM articles GROUP BY l ORDER BY n DESC"
        ).fetchall()
        kinds = q("SELECT kind, count(*) n FROM records GROUP BY kind").fetchall()
        dates = q("SELECT min(published), max(published) FROM articles").fetchone()
        return {
            "database": str(self.path),
            "schema_version": self.schema_version,
            "articles": self.article_count(),
            "unanalyzed": len(self.unanalyzed_ids()),
            "inputs": int(q("SELECT count(*) FROM inputs").fetchone()[0]),
            "skipped_inputs": int(q("SELECT count(*) FROM skips").fetchone()[0]),
            "characters": int(
                q("SELECT coalesce(sum(length(text)),0) FROM articles").fetchone()[0]
            ),
            "published_range": [dates[0], dates[1]],
            "sources": {r["s"]: r["n"] for r in by_source},
            "languages": {r["l"]: r["n"] for r in by_lang},
            "records": {r["kind"]: r["n"] for r in kinds},
        }

    def skips(self) -> list[tuple[str, str, str]]:
        rows = self.db.execute("SELECT location, reason, at FROM skips ORDER BY id")
        return [(r[0], r[1], r[2]) for r in rows]


def _cannot_write(exc: sqlite3.Error) -> bool:
    """Whether SQLite failed because it may not write the database or create the files
    beside it (``SQLITE_READONLY``, ``SQLITE_CANTOPEN``), rather than a damaged file."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN)


class _Transaction:
    """``BEGIN IMMEDIATE`` ... ``COMMIT`` (``ROLLBACK`` on an exception); inside an open
    transaction it does nothing, so the outer one commits or rolls back everything."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.outer = False

    def __enter__(self) -> None:
        self.outer = not self.db.in_transaction
        if self.outer:
            try:
                self.db.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:  # another writer held it past the timeout
                raise StoreError(
                    f"the database is busy (another process is writing): {exc}"
                ) from exc

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if not self.outer:
            return
        if exc_type is None:
            try:
                self.db.execute("COMMIT")
                return
            except sqlite3.Error:
                # a failed COMMIT (a deferred constraint, a full disk) can leave the
                # transaction open: end it, or every later write would silently join it
                self._rollback()
                raise
        self._rollback()

    def _rollback(self) -> None:
        # SQLite may have rolled back already (SQLITE_FULL, IOERR, NOMEM, INTERRUPT); a
        # ROLLBACK then would fail and hide the error that caused it
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")


def _article_row(a: Article) -> tuple[Any, ...]:
    return (
        a.id, a.title, a.source, a.url, a.published, a.language, a.input, a.format,
        a.original, a.text, json.dumps(a.offsets.to_list()), json.dumps(dict(a.metadata)),
    )  # fmt: skip


def _row_article(r: sqlite3.Row) -> Article:
    return Article(
        id=r["id"], text=r["text"], original=r["original"],
        offsets=OffsetMap.from_list(json.loads(r["offsets"])), title=r["title"],
        source=r["source"], url=r["url"], published=r["published"], language=r["language"],
        input=r["input"], format=r["format"], metadata=json.loads(r["metadata"]),
    )  # fmt: skip


def _record_article(record: Any) -> str | None:
    for name in ("article_id", "target_id"):
        if hasattr(record, name):
            return str(getattr(record, name))
    target = getattr(record, "target", None)
    return getattr(target, "article_id", None)


# Kinds whose records name one article only (their spans are in it): no record_articles rows.
_OWN_ARTICLE_KINDS = frozenset(("quote", "claim", "mention"))


def strings_in(value: Any, out: set[str] | None = None) -> set[str]:
    """Every string in a record's dict, at any depth, keys included (the candidates for
    article ids: a span's article, a pair's ends, a group's members, a source's key)."""
    out = set() if out is None else out
    if isinstance(value, str):
        out.add(value)
    elif isinstance(value, dict):
        out.update(k for k in value if isinstance(k, str))
        for v in value.values():
            strings_in(v, out)
    elif isinstance(value, list | tuple):
        for v in value:
            strings_in(v, out)
    return out


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _like_prefix(text: str) -> str:
    """A LIKE pattern matching the strings that start with ``text`` (its ``%`` and ``_``
    taken literally: "9_42" is no prefix of "9a42...")."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class _StoredKind:
    """The stored records of one field, read for :class:`~newstrace.records.Stored`: all at
    once on first need (then kept), or those of some articles by the ``article_id`` index."""

    def __init__(self, store: Store, name: str) -> None:
        self._store, self._name, self._kind = store, name, FIELD_KINDS[name]
        self._cls = RECORD_KINDS[self._kind]
        self._loaded: tuple[Any, ...] | None = None
        row = store.db.execute("SELECT count(*) FROM records WHERE kind=?", (self._kind,))
        self.count = int(row.fetchone()[0])

    def load(self) -> tuple[Any, ...]:
        if self._loaded is None:
            self._loaded = self._store.load_records(self._name)
        return self._loaded

    def of(self, article_ids: Collection[str]) -> list[Any]:
        ids = sorted(set(article_ids))
        if self._loaded is not None or len(ids) > BY_ARTICLE_LIMIT:
            wanted = set(ids)
            return [r for r in self.load() if r.article_id in wanted]
        rows: list[tuple[int, str]] = []
        for chunk in _chunks(ids, 500):
            marks = ",".join("?" * len(chunk))
            rows += [(int(r[0]), str(r[1])) for r in self._store.db.execute(
                f"SELECT id, payload FROM records WHERE kind=? AND article_id IN ({marks})",
                (self._kind, *chunk),
            )]  # fmt: skip
        return [from_dict(self._cls, json.loads(payload)) for _, payload in sorted(rows)]

    def held(self, article_ids: Collection[str]) -> bool:
        for chunk in _chunks(sorted(set(article_ids)), 500):
            marks = ",".join("?" * len(chunk))
            if self._store.db.execute(
                f"SELECT 1 FROM records WHERE kind=? AND article_id IN ({marks}) LIMIT 1",
                (self._kind, *chunk),
            ).fetchone():
                return True
        return False


# More articles than this, and :meth:`_StoredKind.of` reads all the records and keeps those
# of the articles: one query per 500 ids then costs more than one pass over them all (a
# guess on the safe side: 5,000 ids are 10 indexed queries)
BY_ARTICLE_LIMIT = 5000
