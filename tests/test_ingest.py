"""The import as a library: what the walk finds, when bytes are parsed again, copies, progress."""

from __future__ import annotations

import fcntl
import logging
import os
import select
import shutil
import struct
import termios
from pathlib import Path

import pytest

from pipeline.discover import discover
from pipeline.ingest import IngestOptions, ingest, needs_parsing
from pipeline.parse import PARSER_VERSION, parse_pdf
from pipeline.progress import BarProgress, LogProgress, for_stream
from pipeline.store import Store
from tests.conftest import DELIBERATION, write_pdf


def test_the_walk_finds_pdfs_by_content_in_sorted_order(tmp_path: Path, deliberation_pdf: Path) -> None:
    pdf = deliberation_pdf.read_bytes()
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "b" / "c" / "z.PDF").write_bytes(pdf)
    (tmp_path / "b" / "a-scan").write_bytes(pdf)  # no extension: found by its %PDF- header
    (tmp_path / "b" / "junk-then-pdf.bin").write_bytes(b"\0" * 500 + pdf)  # header within the first KiB
    (tmp_path / "b" / "readme.txt").write_text("not a document")
    (tmp_path / "b" / "late-header.bin").write_bytes(b"\0" * 2000 + pdf)  # readers would not see it either
    (tmp_path / "b" / "c" / "up").symlink_to("..")  # back to b: walked once
    found = discover([tmp_path / "b", tmp_path / "b" / "c" / "z.PDF", tmp_path / "b" / "readme.txt"])
    b = str(tmp_path / "b")
    assert found.files == [f"{b}/a-scan", f"{b}/junk-then-pdf.bin", f"{b}/c/z.PDF", f"{b}/readme.txt"]
    assert found.skipped == 2  # late-header.bin, and readme.txt before it was named explicitly
    assert found.failures == []


def test_the_walk_records_what_it_cannot_enter(tmp_path: Path) -> None:
    (tmp_path / "loop").symlink_to("loop")
    (tmp_path / "ghost.txt").symlink_to("nowhere")
    found = discover([tmp_path, tmp_path / "missing.pdf"])
    assert [(Path(p).name, e.kind) for p, e in found.failures] == [
        ("ghost.txt", "file_missing"),
        ("loop", "symlink_loop"),
        ("missing.pdf", "file_missing"),
    ]
    assert found.count == 3


@pytest.mark.parametrize(
    "stored, reparse, expected",
    [
        (None, False, True),  # never stored
        (PARSER_VERSION, False, False),  # stored by this version: unchanged
        (PARSER_VERSION, True, True),  # --reparse
        ("0.0.9", False, True),  # an older parser wrote it
        ("99.0.0", False, False),  # a newer parser wrote it: not downgraded
    ],
)
def test_when_bytes_are_parsed_again(stored: str | None, reparse: bool, expected: bool) -> None:
    assert needs_parsing(stored, reparse) is expected


def test_an_older_parsers_document_is_reparsed_keeping_its_paths_and_copies_join_it(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    first = write_pdf(folder / "a.pdf", [DELIBERATION])
    write_pdf(folder / "b.pdf", [DELIBERATION + "\nAnnexe"])
    db = tmp_path / "db.sqlite"
    record = parse_pdf(first)
    store = Store(db)
    old = record.model_copy(update={"document": record.document.model_copy(update={"parser_version": "0.0.1"})})
    store.save(old, None, ["old-place/a.pdf"])
    store.close()
    shutil.copy(first, folder / "c.pdf")
    report = ingest([folder], db, IngestOptions(workers=1))
    assert (report.reparsed, report.imported, report.duplicates, report.unchanged) == (1, 1, 1, 0)
    store = Store(db)
    paths = {
        p for (p,) in store.db.execute("SELECT path FROM document_paths WHERE sha256 = ?", [record.document.sha256])
    }
    assert paths == {"old-place/a.pdf", str(folder / "a.pdf"), str(folder / "c.pdf")}
    assert store.known_version(record.document.sha256) == PARSER_VERSION
    store.close()
    again = ingest([folder / "c.pdf", folder / "a.pdf"], db, IngestOptions(workers=1))
    assert (again.unchanged, again.duplicates, again.imported, again.reparsed) == (1, 1, 0, 0)


def test_progress_lines_say_files_pages_rate_and_eta(caplog: pytest.LogCaptureFixture) -> None:
    progress = LogProgress(interval=0)
    with caplog.at_level(logging.INFO, logger="delib.progress"):
        progress.start(4)
        progress.advance(pages=10)
        progress.advance(files=2)
        progress.close()
    start, first, second, last = [record.getMessage() for record in caplog.records]
    assert start == "0/4 files: the import starts (0 other files skipped)"
    assert first.startswith("1/4 files, 10 pages, ") and " pages/s, ETA " in first
    assert second.startswith("3/4 files, 10 pages, ")
    assert last.startswith("3/4 files, 10 pages, ")


def test_a_short_run_without_a_terminal_says_where_it_starts_and_ends(caplog: pytest.LogCaptureFixture) -> None:
    progress = LogProgress()  # the usual interval: this run is over long before it
    with caplog.at_level(logging.INFO, logger="delib.progress"):
        progress.start(2)
        progress.advance(pages=3)
        progress.advance(pages=1)
        progress.close()
    lines = [record.getMessage() for record in caplog.records]
    assert lines[0] == "0/2 files: the import starts (0 other files skipped)" and lines[-1].startswith(
        "2/2 files, 4 pages, "
    )


def test_a_bar_on_a_terminal_log_lines_elsewhere(tmp_path: Path) -> None:
    with open(tmp_path / "log", "w") as not_a_terminal:
        assert isinstance(for_stream(not_a_terminal), LogProgress)
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a 100-column terminal
    with os.fdopen(slave, "w") as terminal:
        bar = for_stream(terminal)
        assert isinstance(bar, BarProgress)
        bar.start(2, skipped=3)
        bar.advance(pages=12)
        bar.close()
        terminal.flush()
        shown = b""
        while select.select([master], [], [], 0.2)[0]:
            shown += os.read(master, 4096)
    os.close(master)
    assert b"1/2" in shown and b"12 pages" in shown and b"pages/s" in shown
    assert b"3 skipped" in shown  # the other files met, from the start


def test_the_time_limit_grows_with_the_file_for_its_scans(tmp_path) -> None:
    from pipeline.ingest import OCR_SECONDS_PER_MB, ocr_allowance

    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + b"0" * (2 << 20))
    assert ocr_allowance(str(scan)) == pytest.approx(2 * OCR_SECONDS_PER_MB, rel=0.01)
    assert ocr_allowance(str(tmp_path / "vanished.pdf")) == 0.0
