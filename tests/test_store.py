"""The SQLite store on real files: tables, keys, full-text search, provenance, atomic documents."""

from __future__ import annotations

import json
import os
import re
import sqlite3
from pathlib import Path

import pytest

from pipeline.errors import DamagedPdf, EmptyFile, FileMissing, StorageError
from pipeline.parse import parse_pdf
from pipeline.store import ADDED_COLUMNS, SCHEMA, TABLES, Store
from tests.conftest import write_pdf


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
            "SELECT acts.number FROM acts_fts JOIN acts ON acts.rowid = acts_fts.rowid WHERE acts_fts MATCH 'lavoir'"
        ).fetchall()
    assert rows == [("2024-007",)]


def test_facts_keep_their_page_and_money_is_exact(stored: Path) -> None:
    with sqlite3.connect(stored) as conn:
        value, cents, page, bbox = conn.execute("SELECT value, value_cents, page, bbox FROM amounts").fetchone()
        assert (value, cents, page) == ("2500", 250000, 1)
        assert bbox.startswith("[")
        proxies = conn.execute(
            "SELECT name, proxy_to FROM attendance WHERE proxy_to IS NOT NULL ORDER BY name"
        ).fetchall()
        assert proxies == [("Claire BLANC", "Pierre LAMBERT"), ("Paul HENRY", "Sophie GIRARD")]
        member = conn.execute(
            "SELECT vm.name, vm.position FROM vote_members vm JOIN votes v ON v.id = vm.vote_id"
        ).fetchall()
        assert member == [("Louis CARON", "against")]


def test_the_printed_counts_keep_their_label_and_figure(stored: Path) -> None:
    with sqlite3.connect(stored) as conn:
        rows = conn.execute(
            "SELECT s.field, s.page, s.source_text, s.bbox FROM act_sources s JOIN acts a ON a.id = s.act_id "
            "ORDER BY s.field"
        ).fetchall()
    assert [row[:3] for row in rows] == [
        ("members_in_office", 1, "Nombre de membres en exercice : 15"),
        ("present_count", 1, "Présents : 12"),
        ("voters_count", 1, "Votants : 14"),
    ]
    assert all(len(json.loads(bbox)) == 4 for *_, bbox in rows)


def test_a_document_is_stored_whole_or_not_at_all(tmp_path: Path, deliberation_pdf: Path) -> None:
    record = parse_pdf(deliberation_pdf)
    broken = record.model_copy(deep=True)
    broken.acts[0].articles[0].number = 1
    broken.acts.append(broken.acts[0].model_copy(update={"part_of": 99}))  # no act 99: the insert fails
    store = Store(tmp_path / "atomic.db")
    with pytest.raises(IndexError):  # the part points at an act that does not exist
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


def test_a_reparsed_document_keeps_the_paths_it_was_found_under(tmp_path: Path, deliberation_pdf: Path) -> None:
    store = Store(tmp_path / "paths.db")
    run = store.start_run("test", [])
    record = parse_pdf(deliberation_pdf)
    store.save(record, run, ["archive/2023/a.pdf", "archive/copy of a.pdf"])
    assert store.save(record, run, ["renamed/a.pdf"]).outcome == "reparsed"
    paths = {p for (p,) in store.db.execute("SELECT path FROM document_paths")}
    assert paths == {"archive/2023/a.pdf", "archive/copy of a.pdf", "renamed/a.pdf"}
    store.close()


def test_run_counters_are_written_with_each_document(tmp_path: Path, deliberation_pdf: Path) -> None:
    store = Store(tmp_path / "counts.db")
    run = store.start_run("test", ["ingest", "x"], skipped=3)
    record = parse_pdf(deliberation_pdf)
    store.save(record, run, ["a.pdf", "b.pdf"])
    store.add_path(record.document.sha256, "c.pdf", run, "duplicates")
    store.record_failure("bad.pdf", EmptyFile("the file is empty"), run)
    summary = store.run_summary(run)
    assert {k: summary[k] for k in ("imported", "duplicates", "failed", "skipped", "pages", "acts", "votes")} == {
        "imported": 1,
        "duplicates": 2,
        "failed": 1,
        "skipped": 3,
        "pages": 1,
        "acts": 1,
        "votes": 1,
    }
    assert summary["failures_by_kind"] == {"empty_file": 1}
    store.close()


def test_failures_lists_the_latest_of_each_path_not_imported_since(tmp_path: Path, deliberation_pdf: Path) -> None:
    store = Store(tmp_path / "failures.db")
    record = parse_pdf(deliberation_pdf)
    sha = record.document.sha256
    first, second = store.start_run("test", []), store.start_run("test", [])
    name = os.fsdecode(b"caf\xe9.pdf")  # Latin-1 bytes in a name: stored as they are
    store.record_failure(name, EmptyFile("the file is empty"), first)
    store.record_failure(name, DamagedPdf("pdfium cannot open it"), second, "f" * 64)
    store.record_failure("put-back.pdf", FileMissing("the file does not exist (any more)"), first)
    store.record_failure("copy.pdf", DamagedPdf("pdfium cannot open it"), first, sha)
    store.save(record, first, ["original.pdf"])  # copy.pdf's bytes, now stored under another name
    store.add_path(sha, "put-back.pdf", second, "unchanged")  # found again by a later run
    rows = store.failures()
    assert [(row["path"], row["kind"]) for row in rows] == [(name, "damaged_pdf")]
    assert (
        rows[0]["message"]
        == "pdfium cannot open it (the PDF is truncated or corrupt; fetch it again or repair it (qpdf))"
    )
    store.close()


def test_read_only_opening_never_creates_or_adopts_a_database(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    with pytest.raises(StorageError, match="does not exist"):
        Store(missing, read_only=True)
    assert not missing.exists()
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER)")
    with pytest.raises(StorageError, match="not a delib database"):
        Store(other, read_only=True)
    with pytest.raises(StorageError, match="not a delib database"):
        Store(other)  # ingest must not add its tables to another program's database
    with sqlite3.connect(other) as conn:
        assert [name for (name,) in conn.execute("SELECT name FROM sqlite_master")] == ["photos"]


def test_a_database_from_before_the_new_columns_is_upgraded_on_open(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    old_schema = SCHEMA
    for _, column, declaration in ADDED_COLUMNS:
        old_schema = re.sub(rf",\s*{column} {re.escape(declaration)}", "", old_schema)
    with sqlite3.connect(db) as conn:
        conn.executescript(old_schema)
        for table, column, _ in ADDED_COLUMNS:
            assert column not in {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
    with pytest.raises(StorageError, match="older delib"):
        Store(db, read_only=True)
    Store(db).close()
    with sqlite3.connect(db) as conn:
        assert "run_id" in {row[1] for row in conn.execute("PRAGMA table_info(document_paths)")}
        assert "ocr_pages" in {row[1] for row in conn.execute("PRAGMA table_info(runs)")}
    Store(db, read_only=True).close()


def test_pages_say_whether_their_text_comes_from_ocr(tmp_path: Path, deliberation_pdf: Path) -> None:
    record = parse_pdf(deliberation_pdf)
    page = record.document.page_info[0].model_copy(update={"ocr": True, "text_layer": False})
    scanned = record.model_copy(
        update={"document": record.document.model_copy(update={"page_info": [page], "ocr_pages": 1})}
    )
    store = Store(tmp_path / "ocr.db")
    run = store.start_run("test", [])
    store.save(scanned, run)
    assert store.db.execute("SELECT ocr, text_layer, needs_ocr FROM pages").fetchall() == [(1, 0, 0)]
    assert store.db.execute("SELECT ocr_pages FROM documents").fetchone() == (1,)
    assert store.run_summary(run)["ocr_pages"] == 1
    store.close()


def test_every_page_is_stored_and_searchable_even_without_an_act(tmp_path: Path) -> None:
    convocation = write_pdf(
        tmp_path / "convocation.pdf",
        ["Convocation du conseil municipal\nLe conseil municipal est convoqué le 12 mars 2024 : budget du lavoir."],
    )
    record = parse_pdf(convocation)
    assert [act.kind for act in record.acts if act.kind != "other"] == []  # no decision act in it
    db = tmp_path / "pages.db"
    store = Store(db)
    store.save(record)
    store.close()
    with sqlite3.connect(db) as conn:
        text = conn.execute("SELECT text FROM pages").fetchone()[0]
        found = conn.execute(
            "SELECT p.number FROM pages_fts JOIN pages p ON p.rowid = pages_fts.rowid WHERE pages_fts MATCH 'lavoir'"
        ).fetchall()
    assert "budget du lavoir" in text
    assert found == [(1,)]
