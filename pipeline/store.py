"""Stage 5: records → SQLite rows. The only module that touches the database.

One transaction per document; documents are keyed by the SHA-256 of their bytes, so importing
the same bytes again changes nothing, and a newer parser version replaces the old rows.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import sqlite_utils

from pipeline.errors import DelibError, StorageError
from schemas.record import Act, Record

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT, parser_version TEXT NOT NULL,
  arguments TEXT, status TEXT NOT NULL DEFAULT 'running', imported INTEGER DEFAULT 0,
  unchanged INTEGER DEFAULT 0, reparsed INTEGER DEFAULT 0, failed INTEGER DEFAULT 0, pages INTEGER DEFAULT 0);
CREATE TABLE IF NOT EXISTS documents (
  sha256 TEXT PRIMARY KEY, path TEXT NOT NULL, pages INTEGER NOT NULL, text_layer INTEGER NOT NULL,
  status TEXT NOT NULL, errors TEXT NOT NULL, parser_version TEXT NOT NULL,
  imported_at TEXT NOT NULL, run_id INTEGER REFERENCES runs(id));
CREATE TABLE IF NOT EXISTS document_paths (
  sha256 TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE, path TEXT NOT NULL,
  PRIMARY KEY (sha256, path));
CREATE TABLE IF NOT EXISTS pages (
  sha256 TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE, number INTEGER NOT NULL,
  chars INTEGER NOT NULL, text_layer INTEGER NOT NULL, needs_ocr INTEGER NOT NULL,
  PRIMARY KEY (sha256, number));
CREATE TABLE IF NOT EXISTS acts (
  id TEXT PRIMARY KEY, sha256 TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,
  position INTEGER NOT NULL, kind TEXT NOT NULL, part_of TEXT REFERENCES acts(id) ON DELETE CASCADE,
  number TEXT, title TEXT, collectivity TEXT, body TEXT, session_date TEXT, convocation_date TEXT,
  president TEXT, secretary TEXT, members_in_office INTEGER, present_count INTEGER, voters_count INTEGER,
  prefecture_id TEXT, first_page INTEGER NOT NULL, last_page INTEGER NOT NULL, text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS persons (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS attendance (
  act_id TEXT NOT NULL REFERENCES acts(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES persons(id), name TEXT NOT NULL, civility TEXT,
  status TEXT NOT NULL, proxy_to_id INTEGER REFERENCES persons(id), proxy_to TEXT, note TEXT,
  page INTEGER, bbox TEXT, source_text TEXT);
CREATE TABLE IF NOT EXISTS votes (
  id TEXT PRIMARY KEY, act_id TEXT NOT NULL REFERENCES acts(id) ON DELETE CASCADE, position INTEGER NOT NULL,
  votes_for INTEGER, against INTEGER, abstention INTEGER, not_voting INTEGER, absent INTEGER,
  unanimous INTEGER, result TEXT, page INTEGER, bbox TEXT, source_text TEXT);
CREATE TABLE IF NOT EXISTS vote_members (
  vote_id TEXT NOT NULL REFERENCES votes(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES persons(id), name TEXT NOT NULL, position TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS vote_groups (
  vote_id TEXT NOT NULL REFERENCES votes(id) ON DELETE CASCADE, grp TEXT NOT NULL,
  position TEXT NOT NULL, count INTEGER);
CREATE TABLE IF NOT EXISTS articles (
  act_id TEXT NOT NULL REFERENCES acts(id) ON DELETE CASCADE, number INTEGER NOT NULL, text TEXT NOT NULL,
  page INTEGER, bbox TEXT);
CREATE TABLE IF NOT EXISTS amounts (
  act_id TEXT NOT NULL REFERENCES acts(id) ON DELETE CASCADE, value TEXT NOT NULL, value_cents INTEGER NOT NULL,
  currency TEXT NOT NULL, raw TEXT NOT NULL, context TEXT NOT NULL, page INTEGER, bbox TEXT);
CREATE TABLE IF NOT EXISTS refs (
  act_id TEXT NOT NULL REFERENCES acts(id) ON DELETE CASCADE, kind TEXT NOT NULL, text TEXT NOT NULL,
  date TEXT, page INTEGER, bbox TEXT, source_text TEXT);
CREATE TABLE IF NOT EXISTS entities (
  act_id TEXT NOT NULL REFERENCES acts(id) ON DELETE CASCADE, label TEXT NOT NULL, text TEXT NOT NULL,
  page INTEGER, bbox TEXT);
CREATE TABLE IF NOT EXISTS checks (
  act_id TEXT NOT NULL REFERENCES acts(id) ON DELETE CASCADE, code TEXT NOT NULL, severity TEXT NOT NULL,
  message TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS failures (
  id INTEGER PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT, stage TEXT NOT NULL, kind TEXT NOT NULL,
  message TEXT NOT NULL, run_id INTEGER REFERENCES runs(id), failed_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS acts_sha256 ON acts(sha256);
CREATE INDEX IF NOT EXISTS attendance_act ON attendance(act_id);
CREATE INDEX IF NOT EXISTS votes_act ON votes(act_id);
CREATE INDEX IF NOT EXISTS amounts_act ON amounts(act_id);
CREATE INDEX IF NOT EXISTS failures_path ON failures(path);
"""
TABLES = ("runs", "documents", "document_paths", "pages", "acts", "persons", "attendance", "votes",
          "vote_members", "vote_groups", "articles", "amounts", "refs", "entities", "checks", "failures")


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


@dataclass
class Stored:
    """What storing one document did: "imported", "unchanged" or "reparsed"."""

    outcome: str
    acts: int = 0


class Store:
    """A delib SQLite database, created on first open."""

    def __init__(self, path: Path | str) -> None:
        try:
            self.db = sqlite_utils.Database(str(path))
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.conn.executescript(SCHEMA)
            if "acts_fts" not in self.db.table_names():
                self.db["acts"].enable_fts(["title", "text"], create_triggers=True, tokenize="unicode61 remove_diacritics 2")
        except sqlite3.DatabaseError as exc:
            raise StorageError(f"cannot open database {path}: {exc}") from None

    def close(self) -> None:
        self.db.conn.close()

    def known_version(self, sha256: str) -> str | None:
        row = self.db.execute("SELECT parser_version FROM documents WHERE sha256 = ?", [sha256]).fetchone()
        return row[0] if row else None

    def add_path(self, sha256: str, path: str) -> None:
        with self._transaction():
            self.db.execute("INSERT OR IGNORE INTO document_paths (sha256, path) VALUES (?, ?)", [sha256, path])

    def start_run(self, parser_version: str, arguments: list[str]) -> int:
        with self._transaction():
            cursor = self.db.execute(
                "INSERT INTO runs (started_at, parser_version, arguments) VALUES (?, ?, ?)",
                [now(), parser_version, json.dumps(arguments, ensure_ascii=False)])
        return cursor.lastrowid

    def finish_run(self, run_id: int, status: str, counts: dict[str, int]) -> None:
        with self._transaction():
            self.db["runs"].update(run_id, {"finished_at": now(), "status": status, **counts})

    def record_failure(self, path: str, error: DelibError, run_id: int | None, sha256: str | None = None) -> None:
        with self._transaction():
            self.db["failures"].insert({"path": path, "sha256": sha256, "stage": error.stage, "kind": error.kind,
                                        "message": error.one_line(), "run_id": run_id, "failed_at": now()})

    def failures(self) -> list[dict]:
        """Failures of documents that have not been imported since."""
        return list(self.db.query(
            "SELECT path, sha256, stage, kind, message, failed_at FROM failures f "
            "WHERE NOT EXISTS (SELECT 1 FROM document_paths p WHERE p.path = f.path) ORDER BY id"))

    def save(self, record: Record, run_id: int | None = None) -> Stored:
        """Store one record in one transaction: all its rows, or none of them."""
        doc = record.document
        known = self.known_version(doc.sha256)
        if known == doc.parser_version:
            self.add_path(doc.sha256, doc.path)
            return Stored("unchanged")
        try:
            with self._transaction():
                if known is not None:
                    self.db.execute("DELETE FROM documents WHERE sha256 = ?", [doc.sha256])
                self._insert(record, run_id)
        except sqlite3.Error as exc:
            raise StorageError(f"cannot store {doc.path}: {exc}") from None
        return Stored("reparsed" if known else "imported", len(record.acts))

    def _transaction(self):
        """All the writes inside are committed together or rolled back together."""
        return self.db.atomic()

    def _insert(self, record: Record, run_id: int | None) -> None:
        doc = record.document
        self.db["documents"].insert({
            "sha256": doc.sha256, "path": doc.path, "pages": doc.pages, "text_layer": doc.text_layer,
            "status": doc.status, "errors": json.dumps(doc.errors, ensure_ascii=False),
            "parser_version": doc.parser_version, "imported_at": now(), "run_id": run_id})
        self.db["document_paths"].insert({"sha256": doc.sha256, "path": doc.path}, ignore=True)
        self.db["pages"].insert_all(
            {"sha256": doc.sha256, "number": p.number, "chars": p.chars, "text_layer": p.text_layer,
             "needs_ocr": p.needs_ocr} for p in doc.page_info)
        ids = [f"{doc.sha256[:16]}-{i}" for i in range(len(record.acts))]
        for index, act in enumerate(record.acts):
            self._insert_act(ids[index], doc.sha256, index, act, ids[act.part_of] if act.part_of is not None else None)

    def _person(self, name: str) -> int:
        row = self.db.execute("SELECT id FROM persons WHERE name = ?", [name]).fetchone()
        if row:
            return row[0]
        return self.db.execute("INSERT INTO persons (name) VALUES (?)", [name]).lastrowid

    def _insert_act(self, act_id: str, sha256: str, position: int, act: Act, part_of: str | None) -> None:
        self.db["acts"].insert({
            "id": act_id, "sha256": sha256, "position": position, "kind": act.kind, "part_of": part_of,
            "number": act.number, "title": act.title, "collectivity": act.collectivity, "body": act.body,
            "session_date": act.session_date, "convocation_date": act.convocation_date,
            "president": act.president, "secretary": act.secretary, "members_in_office": act.members_in_office,
            "present_count": act.present_count, "voters_count": act.voters_count,
            "prefecture_id": act.prefecture_id, "first_page": act.pages[0], "last_page": act.pages[1],
            "text": act.text})
        self.db["attendance"].insert_all(
            {"act_id": act_id, "person_id": self._person(a.name), "name": a.name, "civility": a.civility,
             "status": a.status, "proxy_to_id": self._person(a.proxy_to) if a.proxy_to else None,
             "proxy_to": a.proxy_to, "note": a.note, **_source(a.source)} for a in act.attendance)
        for index, vote in enumerate(act.votes):
            vote_id = f"{act_id}-v{index}"
            self.db["votes"].insert({
                "id": vote_id, "act_id": act_id, "position": index, "votes_for": vote.for_,
                "against": vote.against, "abstention": vote.abstention, "not_voting": vote.not_voting,
                "absent": vote.absent, "unanimous": vote.unanimous, "result": vote.result, **_source(vote.source)})
            self.db["vote_members"].insert_all(
                {"vote_id": vote_id, "person_id": self._person(m.name), "name": m.name, "position": m.position}
                for m in vote.members)
            self.db["vote_groups"].insert_all(
                {"vote_id": vote_id, "grp": g.group, "position": g.position, "count": g.count} for g in vote.groups)
        self.db["articles"].insert_all(
            {"act_id": act_id, "number": a.number, "text": a.text, **_source(a.source, text=False)} for a in act.articles)
        self.db["amounts"].insert_all(
            {"act_id": act_id, "value": str(a.value), "value_cents": int((a.value * 100).to_integral_value()),
             "currency": a.currency, "raw": a.raw, "context": a.context, **_source(a.source, text=False)}
            for a in act.amounts)
        self.db["refs"].insert_all(
            {"act_id": act_id, "kind": r.kind, "text": r.text, "date": r.date, **_source(r.source)} for r in act.references)
        self.db["entities"].insert_all(
            {"act_id": act_id, "label": e.label, "text": e.text, **_source(e.source, text=False)} for e in act.entities)
        self.db["checks"].insert_all(
            {"act_id": act_id, "code": c.code, "severity": c.severity, "message": c.message} for c in act.checks)


def _source(source, text: bool = True) -> dict:
    if source is None:
        row = {"page": None, "bbox": None}
    else:
        row = {"page": source.page, "bbox": json.dumps(list(source.bbox)) if source.bbox else None}
    if text:
        row["source_text"] = source.text if source else None
    return row
