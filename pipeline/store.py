"""Stage 5: records → SQLite rows. The only module that touches the database.

One transaction per document, with the run's counts in the same transaction, so that a run killed
at any moment leaves whole documents and true counts. Documents are keyed by the SHA-256 of their
bytes; the caller decides whether to parse them again (see pipeline/ingest.py).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import sqlite_utils

from pipeline.errors import DelibError, StorageError
from pipeline.files import printable
from pipeline.fulltext import fold_text
from pipeline.names import person_key
from schemas.record import Act, Record

# A person is a name key within a collectivity (pipeline/names.py); aliases are its spellings.
PERSON_TABLES = (
    """CREATE TABLE IF NOT EXISTS persons (
  id INTEGER PRIMARY KEY, collectivity TEXT NOT NULL DEFAULT '', key TEXT NOT NULL, name TEXT NOT NULL,
  UNIQUE (collectivity, key))""",
    """CREATE TABLE IF NOT EXISTS aliases (
  person_id INTEGER NOT NULL REFERENCES persons(id), name TEXT NOT NULL,
  act_id TEXT REFERENCES acts(id) ON DELETE SET NULL, page INTEGER, source_text TEXT,
  PRIMARY KEY (person_id, name))""",
)
SCHEMA = (
    ";\n".join(PERSON_TABLES)
    + """;
CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT, parser_version TEXT NOT NULL,
  arguments TEXT, status TEXT NOT NULL DEFAULT 'running', imported INTEGER DEFAULT 0,
  unchanged INTEGER DEFAULT 0, reparsed INTEGER DEFAULT 0, failed INTEGER DEFAULT 0, pages INTEGER DEFAULT 0,
  duplicates INTEGER DEFAULT 0, skipped INTEGER DEFAULT 0, ocr_pages INTEGER DEFAULT 0);
CREATE TABLE IF NOT EXISTS documents (
  sha256 TEXT PRIMARY KEY, path TEXT NOT NULL, pages INTEGER NOT NULL, text_layer INTEGER NOT NULL,
  status TEXT NOT NULL, errors TEXT NOT NULL, parser_version TEXT NOT NULL,
  imported_at TEXT NOT NULL, run_id INTEGER REFERENCES runs(id), ocr_pages INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS document_paths (
  sha256 TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE, path TEXT NOT NULL,
  run_id INTEGER REFERENCES runs(id), PRIMARY KEY (sha256, path));
CREATE TABLE IF NOT EXISTS pages (
  sha256 TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE, number INTEGER NOT NULL,
  chars INTEGER NOT NULL, text_layer INTEGER NOT NULL, needs_ocr INTEGER NOT NULL,
  ocr INTEGER NOT NULL DEFAULT 0, ocr_images INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (sha256, number));
CREATE TABLE IF NOT EXISTS acts (
  id TEXT PRIMARY KEY, sha256 TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,
  position INTEGER NOT NULL, kind TEXT NOT NULL, part_of TEXT REFERENCES acts(id) ON DELETE CASCADE,
  number TEXT, title TEXT, collectivity TEXT, body TEXT, session_date TEXT, convocation_date TEXT,
  president TEXT, secretary TEXT, members_in_office INTEGER, present_count INTEGER, voters_count INTEGER,
  prefecture_id TEXT, first_page INTEGER NOT NULL, last_page INTEGER NOT NULL, text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS attendance (
  act_id TEXT NOT NULL REFERENCES acts(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES persons(id), name TEXT NOT NULL, civility TEXT,
  status TEXT NOT NULL, proxy_to_id INTEGER REFERENCES persons(id), proxy_to TEXT, note TEXT,
  page INTEGER, line INTEGER, bbox TEXT, source_text TEXT);
CREATE TABLE IF NOT EXISTS votes (
  id TEXT PRIMARY KEY, act_id TEXT NOT NULL REFERENCES acts(id) ON DELETE CASCADE, position INTEGER NOT NULL,
  votes_for INTEGER, against INTEGER, abstention INTEGER, not_voting INTEGER, absent INTEGER,
  unanimous INTEGER, result TEXT, page INTEGER, line INTEGER, bbox TEXT, source_text TEXT);
CREATE TABLE IF NOT EXISTS vote_members (
  vote_id TEXT NOT NULL REFERENCES votes(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES persons(id), name TEXT NOT NULL, position TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS vote_groups (
  vote_id TEXT NOT NULL REFERENCES votes(id) ON DELETE CASCADE, grp TEXT NOT NULL,
  position TEXT NOT NULL, count INTEGER);
CREATE TABLE IF NOT EXISTS articles (
  act_id TEXT NOT NULL REFERENCES acts(id) ON DELETE CASCADE, number INTEGER NOT NULL, text TEXT NOT NULL,
  page INTEGER, line INTEGER, bbox TEXT);
CREATE TABLE IF NOT EXISTS amounts (
  act_id TEXT NOT NULL REFERENCES acts(id) ON DELETE CASCADE, value TEXT NOT NULL, value_cents INTEGER NOT NULL,
  currency TEXT NOT NULL, raw TEXT NOT NULL, context TEXT NOT NULL, page INTEGER, line INTEGER, bbox TEXT);
CREATE TABLE IF NOT EXISTS refs (
  act_id TEXT NOT NULL REFERENCES acts(id) ON DELETE CASCADE, kind TEXT NOT NULL, text TEXT NOT NULL,
  date TEXT, page INTEGER, line INTEGER, bbox TEXT, source_text TEXT);
CREATE TABLE IF NOT EXISTS entities (
  act_id TEXT NOT NULL REFERENCES acts(id) ON DELETE CASCADE, label TEXT NOT NULL, text TEXT NOT NULL,
  page INTEGER, line INTEGER, bbox TEXT, source_text TEXT);
CREATE TABLE IF NOT EXISTS checks (
  act_id TEXT NOT NULL REFERENCES acts(id) ON DELETE CASCADE, code TEXT NOT NULL, severity TEXT NOT NULL,
  message TEXT NOT NULL, page INTEGER, line INTEGER, bbox TEXT, source_text TEXT);
CREATE TABLE IF NOT EXISTS act_sources (
  act_id TEXT NOT NULL REFERENCES acts(id) ON DELETE CASCADE, field TEXT NOT NULL,
  page INTEGER, line INTEGER, bbox TEXT, source_text TEXT);
CREATE TABLE IF NOT EXISTS failures (
  id INTEGER PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT, stage TEXT NOT NULL, kind TEXT NOT NULL,
  message TEXT NOT NULL, run_id INTEGER REFERENCES runs(id), failed_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS acts_sha256 ON acts(sha256);
CREATE INDEX IF NOT EXISTS attendance_act ON attendance(act_id);
CREATE INDEX IF NOT EXISTS votes_act ON votes(act_id);
CREATE INDEX IF NOT EXISTS amounts_act ON amounts(act_id);
CREATE INDEX IF NOT EXISTS act_sources_act ON act_sources(act_id);
CREATE INDEX IF NOT EXISTS failures_path ON failures(path);
CREATE INDEX IF NOT EXISTS document_paths_path ON document_paths(path);
CREATE INDEX IF NOT EXISTS attendance_person ON attendance(person_id);
CREATE INDEX IF NOT EXISTS attendance_proxy ON attendance(proxy_to_id);
CREATE INDEX IF NOT EXISTS vote_members_person ON vote_members(person_id);
CREATE INDEX IF NOT EXISTS vote_members_vote ON vote_members(vote_id);
CREATE INDEX IF NOT EXISTS checks_act ON checks(act_id);
"""
)
# Full-text search with delib's folding (accents, case, plurals: pipeline/fulltext.py). The store
# writes the folded words itself, since SQLite cannot call the folding; a delete on `acts` (the
# cascade from `documents`) takes its row away in any client.
SEARCH_SCHEMA = (
    "CREATE VIRTUAL TABLE acts_search USING fts5(title, text, tokenize='unicode61')",
    "CREATE TRIGGER acts_search_ad AFTER DELETE ON acts BEGIN DELETE FROM acts_search WHERE rowid = old.rowid; END",
)
# Columns added after the first schema: CREATE TABLE IF NOT EXISTS leaves an older database's
# tables as they were, so these are added to them on open.
ADDED_COLUMNS = (
    ("runs", "duplicates", "INTEGER DEFAULT 0"),
    ("runs", "skipped", "INTEGER DEFAULT 0"),
    ("runs", "ocr_pages", "INTEGER DEFAULT 0"),
    ("document_paths", "run_id", "INTEGER REFERENCES runs(id)"),
    ("documents", "ocr_pages", "INTEGER NOT NULL DEFAULT 0"),
    ("pages", "ocr", "INTEGER NOT NULL DEFAULT 0"),
    ("pages", "ocr_images", "INTEGER NOT NULL DEFAULT 0"),
    ("pages", "text", "TEXT NOT NULL DEFAULT ''"),
    ("checks", "page", "INTEGER"),
    ("checks", "bbox", "TEXT"),
    ("checks", "source_text", "TEXT"),
    ("entities", "source_text", "TEXT"),
    *(
        (table, "line", "INTEGER")
        for table in ("attendance", "votes", "articles", "amounts", "refs", "entities", "checks")
    ),
)
# The per-run counters, each kept up to date inside the transaction of the document it counts.
RUN_COUNTS = ("imported", "unchanged", "reparsed", "duplicates", "failed", "skipped", "pages", "ocr_pages")
# What a run stored: rows of the documents it wrote (imported or re-parsed).
STORED_BY_RUN = {
    "acts": "SELECT count(*) FROM acts a JOIN documents d ON d.sha256 = a.sha256 WHERE d.run_id = ?",
    "votes": "SELECT count(*) FROM votes v JOIN acts a ON a.id = v.act_id "
    "JOIN documents d ON d.sha256 = a.sha256 WHERE d.run_id = ?",
    "attendance": "SELECT count(*) FROM attendance t JOIN acts a ON a.id = t.act_id "
    "JOIN documents d ON d.sha256 = a.sha256 WHERE d.run_id = ?",
}
TABLES = (
    "runs",
    "documents",
    "document_paths",
    "pages",
    "acts",
    "persons",
    "aliases",
    "attendance",
    "votes",
    "vote_members",
    "vote_groups",
    "articles",
    "amounts",
    "refs",
    "entities",
    "checks",
    "act_sources",
    "failures",
    "acts_search",
)


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def to_db(path: str) -> str | bytes:
    """A path as SQLite can hold it without loss: text, or the raw bytes when the name is not UTF-8.

    SQLite text is UTF-8 and a Linux file name is any bytes; os.fsdecode keeps undecodable bytes
    as surrogates, which UTF-8 cannot encode, so such a path is stored as a BLOB of its bytes.
    """
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(path)
    return path


def from_db(value: str | bytes) -> str:
    return os.fsdecode(value) if isinstance(value, bytes) else value


def _check_is_delib(db: sqlite_utils.Database, shown: str, required: bool) -> None:
    """Refuse another program's database rather than add delib's tables to it."""
    names = set(db.table_names())
    if (names or required) and not {"runs", "documents", "failures"} <= names:
        raise StorageError(f"{shown} is not a delib database")


def _read_only(path: Path) -> sqlite3.Connection:
    """A connection that can neither create the file nor write to it.

    The path is percent-encoded into the URI: a raw `#` or `?` would cut it short and SQLite
    would silently open another, empty database (FACTS.md). On read-only media (a folder where
    SQLite cannot create the WAL's `-shm` file: a DVD, a read-only share, an immutable folder) the
    database is opened as immutable: nothing can change it while we read it there.
    """
    uri = f"file:{quote(os.fsencode(path.resolve()))}?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        conn.close()
        conn = sqlite3.connect(uri + "&immutable=1", uri=True)
    return conn


@dataclass
class Stored:
    """What storing one document did: "imported" or "reparsed"."""

    outcome: str
    acts: int = 0


class Store:
    """A delib SQLite database: created on first open, or opened read-only when it must exist."""

    def __init__(self, path: Path | str, read_only: bool = False, must_exist: bool | None = None) -> None:
        """`must_exist` (by default when `read_only`): a missing file is an error, never created."""
        shown = printable(str(path))
        if (read_only if must_exist is None else must_exist) and not Path(path).is_file():
            raise StorageError(f"{shown} does not exist or is not a file")
        try:
            self.db = sqlite_utils.Database(_read_only(Path(path)) if read_only else str(path))
            _check_is_delib(self.db, shown, required=read_only)
            if read_only:
                if not self._up_to_date():
                    raise StorageError(f"{shown} was written by an older delib: run `delib ingest` on it once")
                return
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self._migrate_persons()
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.conn.executescript(SCHEMA)
            self._add_new_columns()
            if "acts_search" not in self.db.table_names():
                self._create_search()
            if "acts_fts" not in self.db.table_names():
                self.db["acts"].enable_fts(
                    ["title", "text"], create_triggers=True, tokenize="unicode61 remove_diacritics 2"
                )
            if "pages_fts" not in self.db.table_names():  # every page, acts or not (lists, convocations)
                self.db["pages"].enable_fts(["text"], create_triggers=True, tokenize="unicode61 remove_diacritics 2")
        except sqlite3.DatabaseError as exc:
            raise StorageError(f"cannot open database {shown}: {exc}") from None

    def close(self) -> None:
        self.db.conn.close()

    def known_version(self, sha256: str) -> str | None:
        row = self.db.execute("SELECT parser_version FROM documents WHERE sha256 = ?", [sha256]).fetchone()
        return row[0] if row else None

    def add_path(self, sha256: str, path: str, run_id: int, outcome: str) -> None:
        """Record that a stored document was found (again) under path; outcome is the run counter to raise."""
        with self._transaction():
            self._add_paths(sha256, [path], run_id)
            self._count(run_id, **{outcome: 1})

    def start_run(self, parser_version: str, arguments: list[str], skipped: int = 0) -> int:
        with self._transaction():
            cursor = self.db.execute(
                "INSERT INTO runs (started_at, parser_version, arguments, skipped) VALUES (?, ?, ?, ?)",
                # ASCII JSON: a non-UTF-8 file name in argv (surrogates) becomes a \udcXX escape that
                # json.loads gives back, where raw text would not fit in SQLite's UTF-8.
                [now(), parser_version, json.dumps(arguments), skipped],
            )
        return cursor.lastrowid

    def finish_run(self, run_id: int, status: str) -> None:
        with self._transaction():
            self.db["runs"].update(run_id, {"finished_at": now(), "status": status})

    def run_summary(self, run_id: int) -> dict:
        """The run's counters, what it stored, and its failures by kind: the report of `delib ingest`."""
        summary = self.db.execute(f"SELECT {', '.join(RUN_COUNTS)} FROM runs WHERE id = ?", [run_id]).fetchone()
        counts = dict(zip(RUN_COUNTS, summary))
        for name, query in STORED_BY_RUN.items():
            counts[name] = self.db.execute(query, [run_id]).fetchone()[0]
        counts["failures_by_kind"] = dict(
            self.db.execute(
                "SELECT kind, count(*) FROM failures WHERE run_id = ? GROUP BY kind ORDER BY kind", [run_id]
            ).fetchall()
        )
        return counts

    def record_failure(self, path: str, error: DelibError, run_id: int | None, sha256: str | None = None) -> None:
        with self._transaction():
            self.db["failures"].insert(
                {
                    "path": to_db(path),
                    "sha256": sha256,
                    "stage": error.stage,
                    "kind": error.kind,
                    "message": printable(error.detail()),
                    "run_id": run_id,
                    "failed_at": now(),
                }
            )
            if run_id is not None:
                self._count(run_id, failed=1)

    def failures(self) -> list[dict]:
        """The latest failure of each path, unless the file was imported since.

        Imported since: the same bytes are stored (under any name), or the path was found with
        stored bytes by a later run (a file repaired, or put back after it vanished).
        """
        rows = self.db.query(
            "SELECT path, sha256, stage, kind, message, failed_at FROM failures f "
            "WHERE f.id = (SELECT max(id) FROM failures g WHERE g.path = f.path) "
            "AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.sha256 = f.sha256) "
            "AND NOT EXISTS (SELECT 1 FROM document_paths p WHERE p.path = f.path AND p.run_id > f.run_id) "
            "ORDER BY f.id"
        )
        return [{**row, "path": from_db(row["path"])} for row in rows]

    def prune_failures(self) -> int:
        """Forget the failures of files that are gone or were imported since; how many were dropped."""
        kept = {row["path"] for row in self.failures() if os.path.lexists(row["path"])}
        paths = [from_db(row[0]) for row in self.db.execute("SELECT DISTINCT path FROM failures").fetchall()]
        dropped = [path for path in paths if path not in kept]
        with self._transaction():
            for path in dropped:
                self.db.execute("DELETE FROM failures WHERE path = ?", [to_db(path)])
        return len(dropped)

    def documents_for_report(self, read_text: Callable[[str], dict] | None = None) -> list[dict]:
        """Every stored document and every file that failed and was not imported since, each with
        its decision acts and their votes and attendance: what `delib report` measures.
        `read_text` gives what an act's text says as a few fields, so that no text is kept."""
        documents = {
            row["sha256"]: {**row, "path": from_db(row["path"]), "failure": None, "acts": []}
            for row in self.db.query("SELECT sha256, path, pages, status FROM documents ORDER BY path")
        }
        acts: dict[str, dict] = {}
        for row in self.db.query(
            "SELECT id, sha256, kind, number, title, collectivity, body, session_date, president, secretary, "
            "members_in_office, present_count, voters_count, first_page, text FROM acts "
            "WHERE kind IN ('deliberation', 'arrete', 'pv_item') ORDER BY sha256, position"
        ):
            text = row.pop("text") or ""
            act = {**row, **(read_text(text) if read_text else {}), "votes": [], "attendance": []}
            acts[row["id"]] = act
            documents[row["sha256"]]["acts"].append(act)
        for row in self.db.query(
            "SELECT act_id, votes_for, against, abstention, not_voting, unanimous, result FROM votes ORDER BY position"
        ):
            if row["act_id"] in acts:
                acts[row["act_id"]]["votes"].append(row)
        for row in self.db.query("SELECT act_id, name, status, proxy_to FROM attendance"):
            if row["act_id"] in acts:
                acts[row["act_id"]]["attendance"].append(row)
        failed = [
            {"sha256": None, "path": row["path"], "pages": None, "status": "failed", "failure": row["kind"], "acts": []}
            for row in self.failures()
        ]
        return sorted([*documents.values(), *failed], key=lambda doc: doc["path"])

    def save(self, record: Record, run_id: int | None = None, paths: list[str] | None = None) -> Stored:
        """Store one record in one transaction: all its rows, or none of them.

        A document already stored is replaced, keeping the paths it was found under before.
        `paths` are the names of these bytes found by this run (the record's path by default).
        """
        doc = record.document
        paths = paths or [doc.path]
        known = self.known_version(doc.sha256)
        try:
            with self._transaction():
                # The cascade would drop the paths found by earlier runs with the old rows: keep them.
                kept = self.db.execute(
                    "SELECT sha256, path, run_id FROM document_paths WHERE sha256 = ?", [doc.sha256]
                ).fetchall()
                self.db.execute("DELETE FROM documents WHERE sha256 = ?", [doc.sha256])
                self._insert(record, run_id, paths[0])
                self.db.conn.executemany("INSERT INTO document_paths (sha256, path, run_id) VALUES (?, ?, ?)", kept)
                self._add_paths(doc.sha256, paths, run_id)
                if run_id is not None:
                    ocr_pages = sum(1 for p in doc.page_info if p.ocr or p.needs_ocr)
                    self._count(
                        run_id,
                        **{"reparsed" if known else "imported": 1},
                        duplicates=len(paths) - 1,
                        pages=doc.pages,
                        ocr_pages=ocr_pages,
                    )
        except (sqlite3.Error, UnicodeEncodeError) as exc:  # text a PDF yielded that UTF-8 cannot hold
            raise StorageError(f"cannot store the document: {exc}") from None
        return Stored("reparsed" if known else "imported", len(record.acts))

    def _transaction(self):
        """All the writes inside are committed together or rolled back together."""
        return self.db.atomic()

    def _up_to_date(self) -> bool:
        """The tables and columns of this version are there (a read-only open cannot add them)."""
        names = set(self.db.table_names())
        return (
            {"acts_search", "aliases", "act_sources"} <= names
            and "key" in self.db["persons"].columns_dict
            and all(column in self.db[table].columns_dict for table, column, _ in ADDED_COLUMNS)
        )

    def _migrate_persons(self) -> None:
        """A database of delib ≤ 0.5 keyed persons by the exact name across all collectivities:
        rebuild them by collectivity and name key (pipeline/names.py) and link every row again."""
        names = set(self.db.table_names())
        if "persons" not in names or "key" in self.db["persons"].columns_dict:
            return
        # Foreign keys off (outside the transaction, as SQLite requires): the old table is dropped
        # while rows still point to it, and every pointer is rewritten before the commit.
        self.db.execute("PRAGMA foreign_keys=OFF")
        with self._transaction():
            self.db.execute("DROP TABLE persons")
            for statement in PERSON_TABLES:
                self.db.execute(statement)
            ids: dict[tuple[str, str], int] = {}
            rows = self.db.execute(
                "SELECT t.rowid, t.name, t.proxy_to, t.act_id, t.page, t.source_text, a.collectivity "
                "FROM attendance t JOIN acts a ON a.id = t.act_id"
            ).fetchall()
            for rowid, name, proxy_to, act_id, page, text, collectivity in rows:
                person = self._person(name, collectivity, ids, act_id, page, text)
                holder = self._person(proxy_to, collectivity, ids, act_id, page, text) if proxy_to else None
                self.db.execute(
                    "UPDATE attendance SET person_id = ?, proxy_to_id = ? WHERE rowid = ?", [person, holder, rowid]
                )
            rows = self.db.execute(
                "SELECT m.rowid, m.name, a.id, a.collectivity FROM vote_members m "
                "JOIN votes v ON v.id = m.vote_id JOIN acts a ON a.id = v.act_id"
            ).fetchall()
            for rowid, name, act_id, collectivity in rows:
                person = self._person(name, collectivity, ids, act_id)
                self.db.execute("UPDATE vote_members SET person_id = ? WHERE rowid = ?", [person, rowid])

    def _create_search(self) -> None:
        """The folded full-text index, filled from the acts already stored."""
        with self._transaction():
            for statement in SEARCH_SCHEMA:
                self.db.execute(statement)
            self.db.conn.executemany(
                "INSERT INTO acts_search (rowid, title, text) VALUES (?, ?, ?)",
                (
                    (rowid, fold_text(title), fold_text(text))
                    for rowid, title, text in self.db.execute("SELECT rowid, title, text FROM acts").fetchall()
                ),
            )

    def _add_new_columns(self) -> None:
        for table, column, declaration in ADDED_COLUMNS:
            if column not in self.db[table].columns_dict:
                self.db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {declaration}")

    def _add_paths(self, sha256: str, paths: list[str], run_id: int | None) -> None:
        """Paths of stored bytes; run_id, when given, marks them as found by this run."""
        self.db.conn.executemany(
            "INSERT INTO document_paths (sha256, path, run_id) VALUES (?, ?, ?) "
            "ON CONFLICT (sha256, path) DO UPDATE SET run_id = coalesce(excluded.run_id, run_id)",
            [(sha256, to_db(path), run_id) for path in paths],
        )

    def _count(self, run_id: int, **increments: int) -> None:
        if not set(increments) <= set(RUN_COUNTS):  # the names go into the SQL: only known columns
            raise ValueError(f"unknown run counters: {sorted(set(increments) - set(RUN_COUNTS))}")
        self.db.execute(
            f"UPDATE runs SET {', '.join(f'{c} = {c} + ?' for c in increments)} WHERE id = ?",
            [*increments.values(), run_id],
        )

    def _insert(self, record: Record, run_id: int | None, path: str) -> None:
        doc = record.document
        self._insert_rows(
            "documents",
            [
                {
                    "sha256": doc.sha256,
                    "path": to_db(path),
                    "pages": doc.pages,
                    "text_layer": doc.text_layer,
                    "status": doc.status,
                    "errors": json.dumps(doc.errors, ensure_ascii=False),
                    "parser_version": doc.parser_version,
                    "imported_at": now(),
                    "run_id": run_id,
                    "ocr_pages": doc.ocr_pages,
                }
            ],
        )
        # (sqlite-utils writes the pages as one statement: the page index's segments stay as before)
        self.db["pages"].insert_all(
            {
                "sha256": doc.sha256,
                "number": p.number,
                "chars": p.chars,
                "text_layer": p.text_layer,
                "needs_ocr": p.needs_ocr,
                "ocr": p.ocr,
                "ocr_images": p.ocr_images,
                "text": p.text,
            }
            for p in doc.page_info
        )
        ids = [f"{doc.sha256[:16]}-{i}" for i in range(len(record.acts))]
        known: dict[tuple[str, str], int] = {}
        for index, act in enumerate(record.acts):
            part_of = ids[act.part_of] if act.part_of is not None else None
            self._insert_act(ids[index], doc.sha256, index, act, part_of, known)

    def _person(
        self,
        name: str,
        collectivity: str | None,
        known: dict[tuple[str, str], int],
        act_id: str,
        page: int | None = None,
        source_text: str | None = None,
    ) -> int:
        """The id of a name's person in a collectivity, created on first sight, with the spelling
        recorded in `aliases` where it is first seen. `known` caches the names of one document."""
        cached = known.get((collectivity or "", name))
        if cached is not None:
            return cached
        place, key = collectivity or "", person_key(name)
        row = self.db.execute(
            "SELECT id, name FROM persons WHERE collectivity = ? AND key = ?", [place, key]
        ).fetchone()
        if row:
            person = row[0]
            # Capitals often lose their accents in print ("DUPRE" for "DUPRÉ"): the spelling with
            # the most accents is the one shown.
            if _accented(name) > _accented(row[1]):
                self.db.execute("UPDATE persons SET name = ? WHERE id = ?", [name, person])
        else:
            cursor = self.db.execute(
                "INSERT INTO persons (collectivity, key, name) VALUES (?, ?, ?)", [place, key, name]
            )
            person = cursor.lastrowid
        self.db.execute(
            "INSERT INTO aliases (person_id, name, act_id, page, source_text) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (person_id, name) DO UPDATE SET act_id = coalesce(act_id, excluded.act_id), "
            "page = coalesce(page, excluded.page), source_text = coalesce(source_text, excluded.source_text)",
            [person, name, act_id, page, source_text],
        )
        known[(place, name)] = person
        return person

    def _insert_act(
        self, act_id: str, sha256: str, position: int, act: Act, part_of: str | None, known: dict[tuple[str, str], int]
    ) -> None:
        rowid = self._insert_row(
            "acts",
            {
                "id": act_id,
                "sha256": sha256,
                "position": position,
                "kind": act.kind,
                "part_of": part_of,
                "number": act.number,
                "title": act.title,
                "collectivity": act.collectivity,
                "body": act.body,
                "session_date": act.session_date,
                "convocation_date": act.convocation_date,
                "president": act.president,
                "secretary": act.secretary,
                "members_in_office": act.members_in_office,
                "present_count": act.present_count,
                "voters_count": act.voters_count,
                "prefecture_id": act.prefecture_id,
                "first_page": act.pages[0],
                "last_page": act.pages[1],
                "text": act.text,
            },
        )
        self.db.execute(
            "INSERT INTO acts_search (rowid, title, text) VALUES (?, ?, ?)",
            [rowid, fold_text(act.title), fold_text(act.text)],
        )

        def person(name: str, source=None) -> int:
            where = (source.page, source.text) if source else (None, None)
            return self._person(name, act.collectivity, known, act_id, *where)

        self._insert_rows(
            "attendance",
            (
                {
                    "act_id": act_id,
                    "person_id": person(a.name, a.source),
                    "name": a.name,
                    "civility": a.civility,
                    "status": a.status,
                    "proxy_to_id": person(a.proxy_to, a.source) if a.proxy_to else None,
                    "proxy_to": a.proxy_to,
                    "note": a.note,
                    **_source(a.source),
                }
                for a in act.attendance
            ),
        )
        for index, vote in enumerate(act.votes):
            vote_id = f"{act_id}-v{index}"
            self._insert_rows(
                "votes",
                [
                    {
                        "id": vote_id,
                        "act_id": act_id,
                        "position": index,
                        "votes_for": vote.for_,
                        "against": vote.against,
                        "abstention": vote.abstention,
                        "not_voting": vote.not_voting,
                        "absent": vote.absent,
                        "unanimous": vote.unanimous,
                        "result": vote.result,
                        **_source(vote.source),
                    }
                ],
            )
            self._insert_rows(
                "vote_members",
                [
                    {
                        "vote_id": vote_id,
                        "person_id": person(m.name, vote.source),
                        "name": m.name,
                        "position": m.position,
                    }
                    for m in vote.members
                ],
            )
            self._insert_rows(
                "vote_groups",
                [{"vote_id": vote_id, "grp": g.group, "position": g.position, "count": g.count} for g in vote.groups],
            )
        self._insert_rows(
            "articles",
            [
                {"act_id": act_id, "number": a.number, "text": a.text, **_source(a.source, text=False)}
                for a in act.articles
            ],
        )
        self._insert_rows(
            "amounts",
            [
                {
                    "act_id": act_id,
                    "value": str(a.value),
                    "value_cents": int((a.value * 100).to_integral_value()),
                    "currency": a.currency,
                    "raw": a.raw,
                    "context": a.context,
                    **_source(a.source, text=False),
                }
                for a in act.amounts
            ],
        )
        self._insert_rows(
            "refs",
            [
                {"act_id": act_id, "kind": r.kind, "text": r.text, "date": r.date, **_source(r.source)}
                for r in act.references
            ],
        )
        self._insert_rows(
            "entities",
            [{"act_id": act_id, "label": e.label, "text": e.text, **_source(e.source)} for e in act.entities],
        )
        self._insert_rows(
            "checks",
            [
                {"act_id": act_id, "code": c.code, "severity": c.severity, "message": c.message, **_source(c.source)}
                for c in act.checks
            ],
        )
        self._insert_rows(
            "act_sources",
            [{"act_id": act_id, "field": name, **_source(source)} for name, source in act.count_sources.items()],
        )

    def _insert_rows(self, table: str, rows: Iterable[dict[str, object]]) -> None:
        """Insert rows that all have the same columns, as one prepared statement run over them all.

        (sqlite-utils' `insert_all` looked up the database's views twice and converted every value
        again for each of the dozen tables an act writes: more than SQLite's own work for an act.)"""
        rows = list(rows)
        if rows:
            self.db.conn.executemany(_insert_sql(table, rows[0]), [list(row.values()) for row in rows])

    def _insert_row(self, table: str, row: dict[str, object]) -> int:
        """Insert one row; return its rowid."""
        return self.db.conn.execute(_insert_sql(table, row), list(row.values())).lastrowid


def _insert_sql(table: str, row: dict[str, object]) -> str:
    """The INSERT of a row's columns, in its order; table and columns are the store's own names."""
    return f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})"


def _accented(name: str) -> int:
    return sum(1 for char in name if not char.isascii())


def _source(source, text: bool = True) -> dict:
    if source is None:
        row = {"page": None, "line": None, "bbox": None}
    else:
        row = {
            "page": source.page,
            "line": source.line,
            "bbox": json.dumps(list(source.bbox)) if source.bbox else None,
        }
    if text:
        row["source_text"] = source.text if source else None
    return row
