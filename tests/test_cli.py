"""The `delib` commands as a user runs them: real processes, exit codes, stdout and stderr."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

DELIB = [sys.executable, "-m", "pipeline.cli"]


def run(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run([*DELIB, *map(str, args)], capture_output=True, text=True, cwd=ROOT, timeout=300)


def test_parse_prints_the_record_contract(deliberation_pdf: Path) -> None:
    result = run("parse", deliberation_pdf)
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert set(record) == {"document", "acts"}
    assert record["document"]["status"] == "parsed"
    assert record["document"]["text_layer"] is True
    (act,) = record["acts"]
    assert act["kind"] == "deliberation"
    assert act["number"] == "2024-007"
    assert act["session_date"] == "2024-02-12"
    assert act["votes"][0]["for"] == 13
    assert act["votes"][0]["members"] == [{"name": "Louis CARON", "position": "against"}]
    assert act["votes"][0]["source"]["page"] == 1
    assert act["votes"][0]["source"]["bbox"] is not None


def test_parse_refuses_a_fifo_at_once(tmp_path: Path) -> None:
    """Opening a FIFO for reading waits for a writer: `parse` must refuse it, never hang."""
    fifo = tmp_path / "acte.pdf"
    os.mkfifo(fifo)
    result = subprocess.run([*DELIB, "parse", str(fifo)], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"delib: file_unreadable: {fifo}: it is a FIFO, not a regular file (check the file's permissions)"
    ]
    assert result.stdout == ""


@pytest.mark.parametrize("kind", ["not_pdf", "empty_file", "damaged_pdf", "encrypted"])
def test_parse_refuses_bad_input_in_one_line(bad_inputs: dict[str, Path], kind: str) -> None:
    result = run("parse", bad_inputs[kind])
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"delib: {kind}: ")
    assert "Traceback" not in result.stderr


def test_parse_missing_file() -> None:
    result = run("parse", "/nonexistent/deliberation.pdf")
    assert result.returncode == 1
    assert result.stderr.startswith("delib: file_missing: ")


def test_usage_error_exit_code() -> None:
    assert run("parse").returncode == 2
    assert run("frobnicate").returncode == 2


def test_ingest_goes_on_after_bad_files_and_records_them(
    tmp_path: Path, deliberation_pdf: Path, bad_inputs: dict[str, Path]
) -> None:
    db = tmp_path / "out.db"
    result = run("ingest", tmp_path, "--db", db, "--json")
    assert result.returncode == 3, result.stderr
    report = json.loads(result.stdout)
    assert report["imported"] == 1
    assert report["failed"] == 4
    assert report["failures_by_kind"] == {"not_pdf": 1, "empty_file": 1, "damaged_pdf": 1, "encrypted": 1}
    assert set(report) == {
        "status",
        "run_id",
        "total",
        "documents",
        "imported",
        "unchanged",
        "reparsed",
        "duplicates",
        "failed",
        "skipped",
        "pages",
        "ocr_pages",
        "acts",
        "votes",
        "attendance",
        "failures_by_kind",
        "elapsed_s",
    }
    listed = run("failures", "--db", db)
    assert listed.returncode == 0
    rows = [line.split("\t") for line in listed.stdout.strip().splitlines()]
    assert sorted(row[3] for row in rows) == ["damaged_pdf", "empty_file", "encrypted", "not_pdf"]
    assert {row[4] for row in rows if row[3] == "empty_file"} == {
        "the file is empty (the file has no bytes; fetch it again)"
    }
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM failures").fetchone()[0] == 4
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1


def test_ingest_twice_is_a_no_op(tmp_path: Path, deliberation_pdf: Path) -> None:
    db = tmp_path / "out.db"
    first = run("ingest", deliberation_pdf, "--db", db, "--json")
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["imported"] == 1
    second = run("ingest", deliberation_pdf, "--db", db, "--json")
    assert json.loads(second.stdout)["unchanged"] == 1
    assert json.loads(second.stdout)["imported"] == 0
    assert "1 documents: 0 imported, 0 re-parsed, 1 unchanged" in run("ingest", deliberation_pdf, "--db", db).stderr
    forced = run("ingest", deliberation_pdf, "--db", db, "--json", "--reparse", "--workers", "1")
    assert json.loads(forced.stdout)["reparsed"] == 1
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM acts").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM runs").fetchone()[0] == 4


@pytest.mark.parametrize("option", [["--workers", "0"], ["--timeout", "0"], ["--max-memory", "lots"]])
def test_ingest_refuses_bad_options_as_usage_errors(tmp_path: Path, option: list[str]) -> None:
    result = run("ingest", tmp_path, "--db", tmp_path / "x.db", *option)
    assert result.returncode == 2
    assert not (tmp_path / "x.db").exists()


def test_failures_never_creates_a_database(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    result = run("failures", "--db", missing)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"delib: storage: {missing} does not exist or is not a file "
        "(check the database path, disk space and permissions)"
    ]
    assert not missing.exists()
    text = tmp_path / "notes.db"
    text.write_text("not a database " * 100)
    result = run("failures", "--db", text)
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1 and "not a database" in result.stderr


def test_a_path_that_does_not_exist_is_a_usage_error_and_creates_nothing(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    result = run("ingest", tmp_path / "nosuch" / "folder", "--db", db)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"delib: usage: no such file or folder: {tmp_path / 'nosuch' / 'folder'}"]
    assert not db.exists()


def test_failures_say_when_they_were_seen_and_prune_forgets_the_files_gone(
    tmp_path: Path, bad_inputs: dict[str, Path]
) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    for kind in ("not_pdf", "empty_file"):
        shutil.copy(bad_inputs[kind], folder / bad_inputs[kind].name)
    db = tmp_path / "archive.db"
    assert run("ingest", folder, "--db", db).returncode == 3
    rows = [line.split("\t") for line in run("failures", "--db", db).stdout.splitlines()]
    assert len(rows) == 2 and all(re.match(r"\d{4}-\d\d-\d\dT", row[5]) for row in rows)  # seen at
    (folder / bad_inputs["not_pdf"].name).unlink()  # the archivist deleted it
    pruned = run("failures", "--db", db, "--prune")
    assert pruned.returncode == 0
    assert "forgot 1 failures" in pruned.stderr
    assert [row.split("\t")[3] for row in pruned.stdout.splitlines()] == ["empty_file"]
    (folder / bad_inputs["empty_file"].name).unlink()
    emptied = run("failures", "--db", db, "--prune")
    assert emptied.stdout == "" and "no failures" in emptied.stderr


@pytest.fixture
def immutable_folder(tmp_path: Path):
    """A folder nothing can be written to, not even by root (`chattr +i`), as read-only media are."""
    folder = tmp_path / "media"
    folder.mkdir()
    yield folder
    subprocess.run(["chattr", "-i", str(folder)], capture_output=True)


def test_reading_commands_work_on_read_only_media(immutable_folder: Path, deliberation_pdf: Path) -> None:
    db = immutable_folder / "archive.db"
    assert run("ingest", deliberation_pdf, "--db", db).returncode == 0
    locked = subprocess.run(["chattr", "+i", str(immutable_folder)], capture_output=True)
    if locked.returncode != 0:
        pytest.skip(f"cannot make a folder immutable here: {locked.stderr.decode().strip()}")
    before = sorted(p.name for p in immutable_folder.iterdir())
    listed = run("failures", "--db", db)
    assert listed.returncode == 0, listed.stderr
    assert "no failures" in listed.stderr
    reported = run("report", "--db", db)
    assert reported.returncode == 0, reported.stderr
    assert "decision acts: 1" in reported.stdout
    assert sorted(p.name for p in immutable_folder.iterdir()) == before  # no -shm, no -wal left behind
