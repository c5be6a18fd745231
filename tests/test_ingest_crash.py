"""Killing the importer at any moment loses nothing and half-writes nothing; the next run resumes.

Real `delib ingest` processes over 200 generated PDFs, killed with SIGKILL (no clean-up at all)
or interrupted with SIGINT (Ctrl-C), then run again to the end.
"""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DELIBERATION, ROOT, write_pdf

DOCUMENTS = 200
INGEST = [sys.executable, "-m", "pipeline.cli", "ingest", "--workers", "2"]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """200 one-page deliberations, each with its own number and amount, so that each has its own hash."""
    folder = tmp_path_factory.mktemp("archive")
    for i in range(DOCUMENTS):
        text = DELIBERATION.replace("2024-007", f"2024-{i:03}").replace("2 500 €", f"{1000 + i} €")
        write_pdf(folder / f"deliberation-{i:03}.pdf", [text])
    return folder


def stored(db: Path) -> int:
    """Documents committed so far, read as any client would while the import runs (WAL)."""
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # the schema is not written yet
        return 0


def start_and_wait_for_progress(archive: Path, db: Path, stderr: Any = subprocess.DEVNULL) -> subprocess.Popen:
    """An import started and seen storing at least one more document."""
    before = stored(db)
    process = subprocess.Popen(
        [*INGEST, str(archive), "--db", str(db), "--json"], cwd=ROOT, stdout=subprocess.PIPE, stderr=stderr
    )
    deadline = time.monotonic() + 120
    while stored(db) <= before:
        assert process.poll() is None, "the import ended before it was killed"
        assert time.monotonic() < deadline, "no document stored in 120 s"
        time.sleep(0.05)
    return process


def test_sigkill_three_times_then_finish(archive: Path, tmp_path: Path) -> None:
    db = tmp_path / "crash.db"
    moments = random.Random(20240212)  # seeded: a failure can be replayed
    for _ in range(3):
        process = start_and_wait_for_progress(archive, db)
        time.sleep(moments.uniform(0.0, 1.0))
        process.kill()  # SIGKILL: no handler, no finally, possibly inside a transaction
        process.wait()
    assert stored(db) < DOCUMENTS
    final = subprocess.run(
        [*INGEST, str(archive), "--db", str(db), "--json"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert final.returncode == 0, final.stderr
    assert json.loads(final.stdout)["failed"] == 0
    again = subprocess.run(
        [*INGEST, str(archive), "--db", str(db), "--json"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    report = json.loads(again.stdout)
    assert (report["imported"], report["reparsed"], report["unchanged"]) == (0, 0, DOCUMENTS)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("SELECT count(*), count(DISTINCT path) FROM document_paths").fetchone() == (
            DOCUMENTS,
            DOCUMENTS,
        )
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == DOCUMENTS
        # whole documents only: each has its page and its act with its vote
        assert (
            conn.execute(
                "SELECT count(*) FROM documents d WHERE "
                "(SELECT count(*) FROM pages p WHERE p.sha256 = d.sha256) != d.pages "
                "OR NOT EXISTS (SELECT 1 FROM acts a JOIN votes v ON v.act_id = a.id "
                "WHERE a.sha256 = d.sha256)"
            ).fetchone()[0]
            == 0
        )
        runs = conn.execute("SELECT status, finished_at IS NULL, imported FROM runs ORDER BY id").fetchall()
    assert [status for status, _, _ in runs] == ["running"] * 3 + ["finished"] * 2  # killed runs never finished
    assert all(unfinished for _, unfinished, _ in runs[:3])
    assert sum(imported for _, _, imported in runs) == DOCUMENTS  # counted in each document's transaction


def test_ctrl_c_stops_the_workers_and_marks_the_run_interrupted(archive: Path, tmp_path: Path) -> None:
    db = tmp_path / "interrupted.db"
    with open(tmp_path / "stderr", "wb") as errors:
        process = start_and_wait_for_progress(archive, db, stderr=errors)
        process.send_signal(signal.SIGINT)
        stdout, _ = process.communicate(timeout=30)
    stderr = (tmp_path / "stderr").read_bytes()
    assert process.returncode == 130
    report = json.loads(stdout)
    assert report["status"] == "interrupted"
    assert 0 < report["imported"] < DOCUMENTS
    assert report["total"] == DOCUMENTS
    assert f"stopped after {report['documents']} of {DOCUMENTS} documents" in stderr.decode()
    with sqlite3.connect(db) as conn:
        status, finished, imported = conn.execute("SELECT status, finished_at, imported FROM runs").fetchone()
    assert (status, imported) == ("interrupted", report["imported"])
    assert finished is not None


def children(pid: int) -> list[int]:
    """The processes whose parent is `pid` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            if ppid == pid:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited; only its parent's wait is missing


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_kill_9_mid_ocr_leaves_no_worker_and_no_tesseract(tmp_path: Path) -> None:
    from bench.archive import write_scan

    folder = tmp_path / "scans"
    folder.mkdir()
    # Scans of 8 pages: a worker left alone would go on reading them for many seconds.
    for i in range(4):
        text = write_pdf(tmp_path / f"text-{i}.pdf", [DELIBERATION.replace("2024-007", f"2024-{i:03}")] * 8)
        write_scan(text, folder / f"scan-{i}.pdf")
    parent = subprocess.Popen([*INGEST, str(folder), "--db", str(tmp_path / "scans.db")], stderr=subprocess.DEVNULL)
    seen: set[int] = set()
    ocr: list[int] = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and parent.poll() is None and not ocr:
        workers = children(parent.pid)
        ocr = [pid for worker in workers for pid in children(worker)]
        seen.update(workers + ocr)
        time.sleep(0.02)
    # A Tesseract is running (or has just given way to the next page's): kill the import now,
    # with no chance to clean up.
    assert ocr and parent.poll() is None, "no OCR seen to kill"
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    # The kernel kills them at once; the page being read would take a worker seconds to finish.
    deadline = time.monotonic() + 2
    while time.monotonic() < deadline and any(alive(pid) for pid in seen):
        time.sleep(0.1)
    assert [pid for pid in seen if alive(pid)] == []
