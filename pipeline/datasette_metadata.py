"""The Datasette metadata of a delib database: title, source, licence, tables, canned queries.

Every table and column description is read from docs/database.md when the server starts (its
`## \\`table\\`` sections and their `| column | type | meaning |` tables), so the web pages and the
documentation cannot say two different things.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.canned_queries import QUERIES
from pipeline.files import printable
from pipeline.store import from_db

DATABASE_DOC = Path(__file__).resolve().parent.parent / "docs" / "database.md"
# The column Datasette shows beside a foreign key instead of the bare id. A vote is labelled by
# its phrase as printed, since its id is already the key itself.
LABEL_COLUMNS = {
    "persons": "name",
    "acts": "title",
    "documents": "path",
    "votes": "source_text",
    "runs": "started_at",
}
# External-content FTS5 indexes whose rowid is the table's rowid (docs/database.md): Datasette's
# search box passes the user's words to them, quoted, so no FTS5 syntax gets through.
SEARCH = {"acts": "acts_fts", "pages": "pages_fts"}
# The documents are the collectivities' own; delib states no licence on them and only says so.
LICENSE = "Documents published by each collectivity; delib asserts no licence of its own on them"
SOURCES_SHOWN = 5

_SECTION = re.compile(r"^## `(\w+)`\s*$", re.MULTILINE)
_ROW = re.compile(r"^\|\s*(`[^|]+`)\s*\|([^|]*)\|(.*)\|\s*$")

log = logging.getLogger("delib.serve")


@dataclass
class TableDoc:
    """What docs/database.md says about one table."""

    description: str = ""
    columns: dict[str, str] = field(default_factory=dict)


def plain(markdown: str) -> str:
    """Markdown inline text as plain text: Datasette shows descriptions as text, not Markdown."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    return " ".join(text.replace("**", "").replace("`", "").split())


def table_docs(markdown: str) -> dict[str, TableDoc]:
    """The tables described by docs/database.md: each section's prose and its column rows.

    A row may name several columns (`page`, `line`…) with one type each and one meaning for all;
    a row with no meaning is described by its type (`TEXT NOT NULL → documents.sha256`). Code
    blocks are left out, so a paragraph that introduced one by a colon ends with a full stop.
    """
    parts = _SECTION.split(markdown)
    tables = {}
    for name, body in zip(parts[1::2], parts[2::2]):
        doc = TableDoc()
        prose = []
        for block in _blocks(body):
            if block.startswith("|"):
                for row in filter(None, map(_ROW.match, block.splitlines())):
                    doc.columns.update(_columns(*row.groups()))
            elif not block.startswith("```"):
                prose.append(plain(re.sub(r":$", ".", block)))
        doc.description = " ".join(prose)
        tables[name] = doc
    return tables


def _blocks(body: str) -> list[str]:
    """The paragraphs, tables and fenced code blocks of a section, in order."""
    blocks, fenced = [], re.compile(r"^```.*?^```\s*$", re.MULTILINE | re.DOTALL)
    start = 0
    for match in fenced.finditer(body):
        blocks += re.split(r"\n\s*\n", body[start : match.start()])
        blocks.append(match.group(0))
        start = match.end()
    blocks += re.split(r"\n\s*\n", body[start:])
    return [block.strip() for block in blocks if block.strip()]


def _columns(names: str, types: str, meaning: str) -> dict[str, str]:
    columns = re.findall(r"`(\w+)`", names)
    kinds = [t.strip() for t in types.split(",")] if len(columns) > 1 else [types.strip()]
    return {column: plain(meaning) or plain(kind) for column, kind in zip(columns, kinds)}


def source(conn: sqlite3.Connection) -> str:
    """Where the data come from: the folders imported and the collectivities, as stored."""
    paths = (printable(from_db(p)) for (p,) in conn.execute("SELECT path FROM document_paths"))
    folders = sorted({str(Path(p).parent) for p in paths})
    places = [c for (c,) in conn.execute("SELECT DISTINCT collectivity FROM acts WHERE collectivity <> '' ORDER BY 1")]
    documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    return f"{documents} PDF documents imported from {_some(folders)}; collectivities: {_some(places) or 'none read'}"


def _some(names: list[str]) -> str:
    shown = ", ".join(names[:SOURCES_SHOWN])
    return f"{shown} and {len(names) - SOURCES_SHOWN} more" if len(names) > SOURCES_SHOWN else shown


def build_metadata(conn: sqlite3.Connection, name: str, version: str, docs: Path = DATABASE_DOC) -> dict:
    """Datasette's metadata for the database served under `name`, described from `docs`.

    Without the documentation (an install that left docs/ out) the tables are served without
    descriptions, and a warning says why.
    """
    try:
        described = table_docs(docs.read_text(encoding="utf-8"))
    except OSError as exc:
        log.warning("%s cannot be read (%s): the tables are served without descriptions", docs, exc.strerror or exc)
        described = {}
    tables = {table: {"description": doc.description, "columns": doc.columns} for table, doc in described.items()}
    for table, column in LABEL_COLUMNS.items():
        tables.setdefault(table, {})["label_column"] = column
    for table, index in SEARCH.items():
        tables.setdefault(table, {}).update(fts_table=index, fts_pk="rowid")
    # The SQL is a click away ("show"): the parameters and the rows come first.
    queries = {query: {**canned, "hide_sql": True} for query, canned in QUERIES.items()}
    return {
        "title": "Deliberations read by delib",
        "description": f"Deliberations of French local governments read from their PDFs by delib {version}. "
        "Every fact keeps the page and the text it was read from: check it in the PDF before publishing.",
        "license": LICENSE,
        "source": source(conn),
        "databases": {name: {"tables": tables, "queries": queries}},
    }
