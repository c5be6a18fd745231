"""`delib export`: the database written out as SCDL CSV, JSON lines of records, or CSV tables.

The formats themselves are built elsewhere (pipeline/scdl.py, pipeline/records.py); this module
writes them to a file, a folder or stdout, always UTF-8, and turns a place that cannot be written
into a one-line error rather than a traceback.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from pipeline.errors import OutputUnwritable
from pipeline.files import printable
from pipeline.records import stored_records
from pipeline.store import TABLES


@contextmanager
def snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """One read transaction around an export: an import running meanwhile (WAL) commits documents
    between two queries, and the tables read must all show the same documents."""
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.rollback()


@contextmanager
def output_file(path: Path | None, database: Path) -> Iterator[TextIO]:
    """A UTF-8 text stream to the file at `path` (its folder must exist), or to stdout."""
    if path is None:
        stream = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
        try:
            yield stream
        finally:
            stream.flush()
            stream.detach()  # stdout stays open for whatever runs after
        return
    shown = printable(str(path))
    if path.is_dir():
        raise OutputUnwritable(f"{shown} is a folder: name the file to write")
    if path.exists() and path.resolve() == database.resolve():
        raise OutputUnwritable(f"{shown} is the database itself")
    try:
        with path.open("w", encoding="utf-8", newline="") as file:
            yield file
    except OSError as exc:  # a missing folder, no permission, a full disk
        raise OutputUnwritable(f"{shown}: {exc.strerror or exc}") from None


def write_jsonl(conn: sqlite3.Connection, out: TextIO) -> int:
    """One record per line, as `delib parse --indent 0` prints it; the number of records."""
    count = 0
    for record in stored_records(conn):
        data = record.to_json_dict()
        try:
            line = json.dumps(data, ensure_ascii=False)
            line.encode("utf-8")
        except UnicodeEncodeError:  # a path that is not UTF-8: its bytes as \udcXX escapes (ASCII JSON)
            line = json.dumps(data)
        out.write(line + "\n")
        count += 1
    return count


def exported_tables(conn: sqlite3.Connection) -> list[str]:
    """The store's tables, the full-text indexes left out (virtual tables: their rows are the
    folded text of `acts`, not data of their own)."""
    virtual = {
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'"
        )
    }
    return [table for table in TABLES if table not in virtual]


def write_tables(conn: sqlite3.Connection, folder: Path) -> dict[str, int]:
    """One CSV file per table in `folder` (which must exist), with a header line; rows per table."""
    shown = printable(str(folder))
    if not folder.is_dir():
        raise OutputUnwritable(f"{shown} is not a folder" if folder.exists() else f"no such folder: {shown}")
    counts = {}
    for table in exported_tables(conn):
        cursor = conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
        target = folder / f"{table}.csv"
        try:
            with target.open("w", encoding="utf-8", newline="") as file:
                writer = csv.writer(file, lineterminator="\n")
                writer.writerow(d[0] for d in cursor.description)
                counts[table] = 0
                for row in cursor:
                    writer.writerow(_cell(value) for value in row)
                    counts[table] += 1
        except OSError as exc:
            raise OutputUnwritable(f"{printable(str(target))}: {exc.strerror or exc}") from None
    return counts


def _cell(value: object) -> object:
    """A value as CSV holds it: NULL empty; a path stored as bytes (not UTF-8) with `\\xNN` escapes."""
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", "backslashreplace")
    return value
