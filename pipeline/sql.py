"""Analysts' SQL over a delib database: one statement that only reads, within a time and a row limit.

The store opens the file read-only (pipeline/store.py); on top of that an authorizer refuses,
while SQLite compiles the statement, everything but reading: writes, schema changes (temporary
objects too), ATTACH, transactions, pragmas that set something and the functions that reach
outside the database. A read-only connection alone is not enough: ATTACH and VACUUM INTO create
files, CREATE TEMP TABLE writes elsewhere, and BEGIN holds a lock that stops checkpoints.
"""

from __future__ import annotations

import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import QueryError, QueryRefused, QueryTimeout
from pipeline.store import Store

ALLOWED_ACTIONS = frozenset({sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_RECURSIVE})
# Every other action is refused; these names only make the message say what was.
ACTION_NAMES = {
    getattr(sqlite3, f"SQLITE_{name}"): name.replace("_", " ")
    for name in (
        "INSERT UPDATE DELETE CREATE_TABLE CREATE_INDEX CREATE_VIEW CREATE_TRIGGER CREATE_VTABLE "
        "CREATE_TEMP_TABLE CREATE_TEMP_INDEX CREATE_TEMP_VIEW CREATE_TEMP_TRIGGER DROP_TABLE DROP_INDEX "
        "DROP_VIEW DROP_TRIGGER DROP_VTABLE DROP_TEMP_TABLE DROP_TEMP_INDEX DROP_TEMP_VIEW DROP_TEMP_TRIGGER "
        "ALTER_TABLE ANALYZE REINDEX ATTACH DETACH TRANSACTION SAVEPOINT"
    ).split()
}
# SQLite reports writes to its schema table while it compiles a CREATE (an INSERT) or a DROP (a
# DELETE), and an UPDATE of it whenever it connects to a virtual table (every FTS5 search,
# `pragma_table_info(…)`). They are let through: CREATE, DROP and ALTER have their own actions,
# refused here, and SQLite itself refuses a direct write to the schema table ("may not be
# modified") unless `writable_schema`, a pragma refused below, is on.
SCHEMA_TABLES = frozenset({"sqlite_master", "sqlite_temp_master"})
WRITES = frozenset({sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE})
# Functions that load code or touch files or pointers (the last three exist only in the sqlite3
# shell today, and would be just as unwelcome if a build or an extension brought them).
REFUSED_FUNCTIONS = frozenset({"load_extension", "fts3_tokenizer", "readfile", "writefile", "edit"})
# Pragmas whose argument names what to describe, so any argument is fine.
DESCRIBING_PRAGMAS = (
    "table_info",
    "table_xinfo",
    "table_list",
    "index_list",
    "index_info",
    "index_xinfo",
    "foreign_key_list",
)
# Pragmas read without an argument; with one they would set something. FTS5 reads data_version
# on every search.
READ_PRAGMAS = ("data_version", "user_version", "page_count", "page_size", "encoding")
# The largest string or blob a query may build (`zeroblob(1e9)`, `printf('%.*c', 1e9, 'x')`): a
# query that builds more stops with "string or blob too big" rather than eat the machine's memory.
MAX_VALUE_BYTES = 64 * 1024 * 1024
# The progress handler runs every this many SQLite virtual-machine steps (well under a millisecond).
PROGRESS_STEPS = 1000
# What may stand after a statement's closing `;`: spaces and comments, nothing SQLite would run.
_BLANK = re.compile(r"(?:\s+|--[^\n]*|/\*.*?(?:\*/|\Z))*", re.DOTALL)


@dataclass
class QueryResult:
    """The columns and rows of a query; `truncated` when it had more rows than the limit."""

    columns: list[str]
    rows: list[tuple]
    truncated: bool


def run_query(db_path: Path, sql: str, *, limit: int = 1000, timeout_s: float = 10.0) -> QueryResult:
    """Run one statement that only reads the delib database at db_path, never creating the file.

    At most `limit` rows are read; the query is stopped after `timeout_s` seconds. Raises
    QueryRefused, QueryTimeout or QueryError, and StorageError when the database cannot be opened.
    """
    if limit < 1 or timeout_s <= 0:
        raise ValueError(f"limit must be at least 1 and timeout_s above 0, not {limit} and {timeout_s}")
    statement = _one_statement(sql)
    store = Store(db_path, read_only=True)
    try:
        return _run(store.db.conn, statement, limit, _Guard(timeout_s))
    finally:
        store.close()


def _one_statement(sql: str) -> str:
    """The single statement in sql; a second one after a `;` is refused before anything runs."""
    for match in re.finditer(";", sql):
        end = match.end()
        if sqlite3.complete_statement(sql[:end]):  # not a `;` inside a string, name or comment
            if not _BLANK.fullmatch(sql, end):
                raise QueryRefused("only one statement per query, and a second one follows the first `;`")
            sql = sql[: end - 1]
            break
    if _BLANK.fullmatch(sql):
        raise QueryError("the query is empty")
    return sql


class _Guard:
    """The authorizer and progress handler of one query, and what they stopped."""

    def __init__(self, timeout_s: float) -> None:
        self.timeout_s = timeout_s
        self.deadline = time.monotonic() + timeout_s
        self.refused: str | None = None
        self.timed_out = False

    def authorize(self, action: int, arg1: str | None, arg2: str | None, _db: str | None, _source: str | None) -> int:
        reason = _refusal(action, arg1, arg2)
        if reason is None:
            return sqlite3.SQLITE_OK
        self.refused = self.refused or reason
        return sqlite3.SQLITE_DENY

    def progress(self) -> bool:
        """True (stop the statement) once the deadline is past."""
        self.timed_out = time.monotonic() > self.deadline
        return self.timed_out

    def error(self, exc: sqlite3.Error) -> QueryRefused | QueryTimeout | QueryError:
        """The typed error for what SQLite raised: its own short message says only "not authorized"."""
        if self.refused:
            return QueryRefused(self.refused)
        if self.timed_out:
            return QueryTimeout(f"the query ran longer than {self.timeout_s:g} s and was stopped")
        return QueryError(str(exc))


def _refusal(action: int, arg1: str | None, arg2: str | None) -> str | None:
    """Why the authorizer refuses this action (None: allowed); arg1 and arg2 as SQLite passes them."""
    if action in ALLOWED_ACTIONS or (action in WRITES and arg1 in SCHEMA_TABLES):
        return None
    if action == sqlite3.SQLITE_FUNCTION:
        return f"the function {arg2}() is refused" if arg2.lower() in REFUSED_FUNCTIONS else None
    if action == sqlite3.SQLITE_PRAGMA:
        return _pragma_refusal(arg1.lower(), arg2)
    name = ACTION_NAMES.get(action, f"action {action}")
    target = arg2 if action == sqlite3.SQLITE_ALTER_TABLE else arg1  # ALTER passes the schema first
    return f"{name} {target!r} is refused" if target else f"{name} is refused"


def _pragma_refusal(pragma: str, value: str | None) -> str | None:
    if pragma in DESCRIBING_PRAGMAS or (pragma in READ_PRAGMAS and value is None):
        return None
    if value is not None:
        return f"PRAGMA {pragma}={value} sets a value and is refused"
    return f"PRAGMA {pragma} is refused; allowed: {', '.join(DESCRIBING_PRAGMAS + READ_PRAGMAS)}"


def _run(conn: sqlite3.Connection, statement: str, limit: int, guard: _Guard) -> QueryResult:
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.set_authorizer(guard.authorize)
    conn.set_progress_handler(guard.progress, PROGRESS_STEPS)
    try:
        cursor = conn.execute(statement)
        rows = cursor.fetchmany(limit + 1)  # one more than shown says whether rows were cut
    except sqlite3.Error as exc:
        raise guard.error(exc) from None
    if cursor.description is None:  # a DROP … IF EXISTS of nothing: no action to refuse, and it did nothing
        raise QueryRefused("the statement returns no columns, so it is not a query")
    return QueryResult([column[0] for column in cursor.description], rows[:limit], len(rows) > limit)
