"""The Datasette metadata: descriptions read from docs/database.md, for every column of the real database."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from pipeline.canned_queries import QUERIES
from pipeline.datasette_metadata import DATABASE_DOC, build_metadata, plain, table_docs
from tests.conftest import SAMPLES

SECTION = """## `widgets`

One row per widget, see [record.md](record.md#widgets).

| column | type | meaning |
|---|---|---|
| `id` | INTEGER PRIMARY KEY | |
| `owner_id` | INTEGER NOT NULL → `persons.id` | the **owner** |
| `page`, `line`, `bbox` | INTEGER, INTEGER, TEXT | where it is printed |

Counted like this:

```sql
SELECT count(*) FROM widgets;
```

## `gadgets`

No column table here.
"""


def read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def test_a_section_gives_its_prose_and_every_column_of_its_rows() -> None:
    docs = table_docs(SECTION)
    assert set(docs) == {"widgets", "gadgets"}
    assert docs["widgets"].description == "One row per widget, see record.md. Counted like this."
    assert docs["widgets"].columns == {
        "id": "INTEGER PRIMARY KEY",  # no meaning: the type says what it is
        "owner_id": "the owner",
        "page": "where it is printed",
        "line": "where it is printed",
        "bbox": "where it is printed",
    }
    assert docs["gadgets"].description == "No column table here." and docs["gadgets"].columns == {}


def test_plain_drops_markdown_marks() -> None:
    assert plain("see [Identifiers](#identifiers-and-keys): `acts.id`, **never**\n renumbered") == (
        "see Identifiers: acts.id, never renumbered"
    )


def test_every_column_of_every_table_of_the_real_database_is_described(samples_db: Path) -> None:
    conn = read_only(samples_db)
    virtual = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")]
    tables = [
        name
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        if name not in virtual and not any(name.startswith(f"{v}_") for v in virtual)  # FTS5's own tables
    ]
    described = build_metadata(conn, "samples", "0")["databases"]["samples"]["tables"]
    missing = [
        f"{table}.{column}"
        for table in tables
        for (_, column, *_) in conn.execute(f"PRAGMA table_info({table})")
        if not described.get(table, {}).get("columns", {}).get(column)
    ]
    assert len(tables) >= 17 and missing == [], f"describe them in docs/database.md: {missing}"


def test_metadata_names_the_source_and_claims_no_licence(samples_db: Path) -> None:
    conn = read_only(samples_db)
    metadata = build_metadata(conn, "samples", "0")
    documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert metadata["source"].startswith(
        f"{documents} PDF documents imported from {SAMPLES}; collectivities: "
        "Communauté d'agglomération du Pays de Sorbelle, "
    )
    assert "Licence Ouverte" not in metadata["license"] and "no licence" in metadata["license"]
    database = metadata["databases"]["samples"]
    acts = database["tables"]["acts"]
    assert (acts["label_column"], acts["fts_table"], acts["fts_pk"]) == ("title", "acts_fts", "rowid")
    assert acts["columns"]["session_date"] == "date of the séance"
    assert database["tables"]["persons"]["label_column"] == "name"
    assert set(database["queries"]) == set(QUERIES)


def test_without_the_docs_it_serves_undescribed_tables_and_says_why(
    samples_db: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="delib.serve"):
        metadata = build_metadata(read_only(samples_db), "samples", "0", docs=tmp_path / "database.md")
    tables = metadata["databases"]["samples"]["tables"]
    assert "columns" not in tables["persons"] and tables["persons"]["label_column"] == "name"
    assert "tables are served without descriptions" in caplog.text


def test_the_docs_describe_the_tables_the_store_creates() -> None:
    from pipeline.store import TABLES

    assert set(TABLES) <= set(table_docs(DATABASE_DOC.read_text(encoding="utf-8")))
