"""The SQLite store on real files: tables, keys, full-text search, provenance, atomic documents."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from pipeline.errors import StorageError
from pipeline.parse import parse_pdf
from pipeline.store import TABLES, Store


@pytest.fixture
def stored(tmp_path: Path, deliberation_pdf: Path) -> Path:
    db = tmp_path / "store.db"
    store = Store(db)
    store.save(parse_pdf(deliberation_pdf))
    store.close()
    return db


def test_every_table_exists_with_foreign_keys(stored: Path) -> None:
    with sqlite3.connect(stored) as conn:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert set(TABLES) <= names
        assert "acts_fts" in names
        fks = {row[2] for row in conn.execute("PRAGMA foreign_key_list(acts)")}
        assert fks == {"documents", "acts"}
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_full_text_search_finds_the_act(stored: Path) -> None:
    with sqlite3.connect(stored) as conn:
        rows = conn.execute(
            "SELECT acts.number FROM acts_fts JOIN acts ON acts.rowid = acts_fts.rowid "
            "WHERE acts_fts MATCH 'lavoir'").fetchall()
    assert rows == [("2024-007",)]


def test_facts_keep_their_page_and_money_is_exact(stored: Path) -> None:
    with sqlite3.connect(stored) as conn:
        value, cents, page, bbox = conn.execute("SELECT value, value_cents, page, bbox FROM amounts").fetchone()
        assert (value, cents, page) == ("2500", 250000, 1)
        assert bbox.startswith("[")
        proxies = conn.execute(
            "SELECT name, proxy_to FROM attendance WHERE proxy_to IS NOT NULL ORDER BY name").fetchall()
        assert proxies == [("Claire BLANC", "Pierre LAMBERT"), ("Paul HENRY", "Sophie GIRARD")]
        member = conn.execute(
            "SELECT vm.name, vm.position FROM vote_members vm JOIN votes v ON v.id = vm.vote_id").fetchall()
        assert member == [("Louis CARON", "against")]


def test_a_document_is_stored_whole_or_not_at_all(tmp_path: Path, deliberation_pdf: Path) -> None:
    record = parse_pdf(deliberation_pdf)
    broken = record.model_copy(deep=True)
    broken.acts[0].articles[0].number = 1
    broken.acts.append(broken.acts[0].model_copy(update={"part_of": 99}))  # no act 99: the insert fails
    store = Store(tmp_path / "atomic.db")
    with pytest.raises(Exception):
        store.save(broken)
    counts = [store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "acts", "votes")]
    assert counts == [0, 0, 0]
    assert store.save(record).outcome == "imported"
    store.close()


def test_a_newer_parser_version_replaces_the_rows(tmp_path: Path, deliberation_pdf: Path) -> None:
    store = Store(tmp_path / "versions.db")
    record = parse_pdf(deliberation_pdf)
    old = record.model_copy(update={"document": record.document.model_copy(update={"parser_version": "0.0.1"})})
    assert store.save(old).outcome == "imported"
    assert store.save(record).outcome == "reparsed"
    assert store.db.execute("SELECT count(*) FROM acts").fetchone()[0] == 1
    assert store.db.execute("SELECT parser_version FROM documents").fetchone()[0] == record.document.parser_version
    store.close()


def test_a_database_that_is_not_sqlite_is_a_storage_error(tmp_path: Path) -> None:
    bad = tmp_path / "not.db"
    bad.write_text("this is not a database, just text " * 100)
    with pytest.raises(StorageError):
        Store(bad)
