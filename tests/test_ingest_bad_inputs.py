"""An archive as archives come: every bad file ends in `failures` with a precise one-line reason,
the good files around it are imported, and nothing stops the batch.

One import over a folder holding every kind (built once for the module), with files made to
vanish or change type between the walk and the import, as they do in a live archive.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import unicodedata
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from pipeline.discover import discover
from pipeline.ingest import ImportReport, IngestOptions, import_found
from pipeline.store import to_db
from tests.conftest import DELIBERATION, ROOT, write_pdf

MiB = 1 << 20
NON_UTF8_GOOD = os.fsdecode(b"d\xe9lib\xe9ration-latin1.pdf")
NON_UTF8_BAD = os.fsdecode(b"cass\xe9\xff.pdf")
NFD_GOOD = unicodedata.normalize("NFD", "délibération-nfd.pdf")

# file name → the failure kind it must be recorded with
FAILURES = {
    "page.pdf": "not_pdf",  # HTML saved under a .pdf name
    "empty.pdf": "empty_file",
    "truncated.pdf": "damaged_pdf",  # the first third of a PDF
    "no_xref.pdf": "damaged_pdf",  # neither cross-reference table nor trailer
    "zero_pages.pdf": "damaged_pdf",  # pdfium refuses a document without pages
    "locked.pdf": "encrypted",
    "bomb.pdf": "memory",  # a 2 MB page stream inflating to 2 GiB, over the 768 MiB cap
    "slow.pdf": "timeout",  # 1,000 heavy pages (about a minute): far longer than the 8 s allowed
    "vanished.pdf": "file_missing",  # deleted after the walk found it
    "unreadable.pdf": "file_unreadable",  # turned into a FIFO after the walk: root reads any file
    "folder.pdf": "not_pdf",  # turned into a directory after the walk
    "loop.pdf": "symlink_loop",  # a link to itself
    "dangling.pdf": "file_missing",  # a link to nothing
    "two\nlines.pdf": "not_pdf",  # a newline in the name must not break a line of output
    NON_UTF8_BAD: "damaged_pdf",  # Latin-1 bytes in the name, truncated content
}
# file name → the good PDF whose bytes it holds (several names for the same bytes: one document)
IMPORTED = {
    "good.pdf": "a",
    "copy.pdf": "a",  # the same bytes under another name
    "link.pdf": "a",  # a symbolic link to good.pdf
    "scan0001": "b",  # a PDF without the extension, found by its content
    "garbage_after_eof.pdf": "c",  # junk after %%EOF: readers ignore it
    "no_xref_repairable.pdf": "d",  # xref table gone, trailer kept: pdfium rebuilds it
    NON_UTF8_GOOD: "e",
    NFD_GOOD: "f",
}
SKIPPED = ["notes.txt", "photo.jpg"]


def raw_pdf(objects: list[bytes], trailer: bool = True) -> bytes:
    """A PDF written byte by byte, for the structures no PDF library will write."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    if trailer:
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
        out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def stream(data: bytes, flate: bool = False) -> bytes:
    extra = b" /Filter /FlateDecode" if flate else b""
    return b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(data), extra, data)


def inflating_to(mib: int) -> bytes:
    """A zlib stream of `mib` MiB of spaces, made from one compressed MiB repeated (1 s, not 10).

    After a full flush a deflate block depends on no earlier byte, so the same block can follow
    itself; only the Adler-32 checksum at the end has to be computed over the whole.
    """
    chunk = b" " * MiB
    deflate = zlib.compressobj(9)
    first = deflate.compress(chunk) + deflate.flush(zlib.Z_FULL_FLUSH)
    again = deflate.compress(chunk) + deflate.flush(zlib.Z_FULL_FLUSH)
    checksum = 1
    for _ in range(mib):
        checksum = zlib.adler32(chunk, checksum)
    final_empty_block = b"\x03\x00"
    return first + again * (mib - 1) + final_empty_block + checksum.to_bytes(4, "big")


def bomb_pdf() -> bytes:
    """A page whose content stream is 2 MB inflating to 2 GiB: pdfium inflates a page's content
    whole when it loads the page (a stream no page uses is never read), and aborts when the
    buffer cannot be allocated under the cap (measured at 768 MiB and 1 GiB)."""
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            stream(inflating_to(2048), flate=True),
        ]
    )


def slow_pdf(pages: int = 1000) -> bytes:
    """Thousands of pages sharing one content stream of 20,000 tiny strokes and one line of text:
    each page costs pdfium milliseconds to load and little memory (it is closed before the next),
    so that the time limit, not the memory cap, is what stops it."""
    strokes = b"0 0 m 1 1 l S " * 20000
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources 3 0 R >>"
    kids = b" ".join(b"%d 0 R" % (6 + i) for i in range(pages))
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
            b"<< /Font << /F1 5 0 R >> >>",
            stream(strokes + b"BT /F1 10 Tf 40 800 Td (Vu le code general des collectivites) Tj ET"),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        + [page] * pages
    )


@dataclass
class Imported:
    root: Path
    db: Path
    report: ImportReport


def build_archive(root: Path, sources: Path) -> None:
    good = {key: write_pdf(sources / key, [DELIBERATION + f"\nDocument {key}"]).read_bytes() for key in "abcdef"}
    locked = canvas.Canvas(str(sources / "locked"), encrypt="secret")
    locked.drawString(72, 750, "Délibération n° 2024-001")
    locked.save()
    files = {
        "page.pdf": b"<html><body>D\xc3\xa9lib\xc3\xa9ration</body></html>",
        "empty.pdf": b"",
        "locked.pdf": (sources / "locked").read_bytes(),
        "truncated.pdf": good["a"][: len(good["a"]) // 3],
        "no_xref.pdf": good["a"][: good["a"].index(b"\nxref\n")] + b"\n%%EOF\n",
        "no_xref_repairable.pdf": good["d"][: good["d"].index(b"\nxref\n")]
        + b"\n"
        + good["d"][good["d"].index(b"trailer") :],
        "zero_pages.pdf": raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]),
        "bomb.pdf": bomb_pdf(),
        "slow.pdf": slow_pdf(),
        "vanished.pdf": good["b"] + b"\n% vanished",
        "unreadable.pdf": good["b"] + b"\n% unreadable",
        "folder.pdf": good["b"] + b"\n% folder",
        "two\nlines.pdf": b"two lines",
        NON_UTF8_BAD: good["e"][:500],
        "good.pdf": good["a"],
        "copy.pdf": good["a"],
        "scan0001": good["b"],
        "garbage_after_eof.pdf": good["c"] + b"\0junk" * 200,
        NON_UTF8_GOOD: good["e"],
        NFD_GOOD: good["f"],
        "notes.txt": b"notes",
        "photo.jpg": b"\xff\xd8\xff\xe0 JFIF",
    }
    for name, data in files.items():
        (root / name).write_bytes(data)
    (root / "link.pdf").symlink_to("good.pdf")
    (root / "loop.pdf").symlink_to("loop.pdf")
    (root / "dangling.pdf").symlink_to("nowhere.pdf")
    (root / "back").symlink_to(".")  # a folder link back up the tree: walked once, not forever


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Imported:
    root = tmp_path_factory.mktemp("archive")
    build_archive(root, tmp_path_factory.mktemp("sources"))
    found = discover([root])
    (root / "vanished.pdf").unlink()
    (root / "unreadable.pdf").unlink()
    os.mkfifo(root / "unreadable.pdf")
    (root / "folder.pdf").unlink()
    (root / "folder.pdf").mkdir()
    db = root.parent / f"{root.name}.db"
    report = import_found(found, db, IngestOptions(workers=2, timeout=8, max_memory=768 * MiB))
    return Imported(root, db, report)


def failure(imported: Imported, name: str) -> dict:
    with sqlite3.connect(imported.db) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute("SELECT * FROM failures WHERE path = ?", [to_db(str(imported.root / name))]).fetchall()
    assert len(rows) == 1, f"{name!r}: {len(rows)} failures rows"
    return dict(rows[0])


@pytest.mark.parametrize("name, kind", FAILURES.items(), ids=[repr(n) for n in FAILURES])
def test_each_bad_file_fails_with_a_precise_one_line_reason(imported: Imported, name: str, kind: str) -> None:
    row = failure(imported, name)
    assert row["kind"] == kind, row["message"]
    assert "\n" not in row["message"] and row["message"]
    assert not row["message"].startswith(f"{kind}:")  # the kind has its own column


def test_the_batch_goes_on_and_every_good_file_is_imported(imported: Imported) -> None:
    report = imported.report
    assert report.status == "finished"
    assert report.failures_by_kind == dict(sorted(Counter(FAILURES.values()).items()))
    assert (report.failed, report.imported, report.duplicates, report.skipped) == (len(FAILURES), 6, 2, len(SKIPPED))
    assert report.documents == len(FAILURES) + len(IMPORTED)
    with sqlite3.connect(imported.db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 6
        stored = {os.fsdecode(path) for (path,) in conn.execute("SELECT path FROM document_paths")}
    assert stored == {str(imported.root / name) for name in IMPORTED}


def test_copies_and_links_are_one_document_with_every_path(imported: Imported) -> None:
    with sqlite3.connect(imported.db) as conn:
        shared = conn.execute(
            "SELECT group_concat(path, '|') FROM document_paths GROUP BY sha256 HAVING count(*) > 1"
        ).fetchall()
    assert [sorted(Path(p).name for p in paths.split("|")) for (paths,) in shared] == [
        ["copy.pdf", "good.pdf", "link.pdf"]
    ]


def test_file_names_are_stored_exactly(imported: Imported) -> None:
    with sqlite3.connect(imported.db) as conn:
        latin1 = conn.execute("SELECT path FROM documents WHERE path = ?", [to_db(str(imported.root / NON_UTF8_GOOD))])
        nfd = conn.execute("SELECT path FROM documents WHERE path = ?", [str(imported.root / NFD_GOOD)])
        assert latin1.fetchone()[0] == os.fsencode(imported.root / NON_UTF8_GOOD)  # the bytes, as a BLOB
        assert nfd.fetchone()[0] == str(imported.root / NFD_GOOD)  # not recomposed: it names the file


def test_failures_lists_each_file_once_on_one_printable_line(imported: Imported) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "failures", "--db", str(imported.db)],
        capture_output=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode("utf-8").splitlines()
    assert len(lines) == len(FAILURES)
    assert all(len(line.split("\t")) == 6 for line in lines)  # … message, and when it was seen
    shown = {line.split("\t")[0].rsplit("/", 1)[1]: line.split("\t")[3] for line in lines}
    assert shown["cass\\xe9\\xff.pdf"] == "damaged_pdf"
    assert shown["two\\nlines.pdf"] == "not_pdf"
    as_json = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "failures", "--db", str(imported.db), "--json"],
        capture_output=True,
        cwd=ROOT,
        timeout=60,
    )
    paths = {json.loads(line)["path"] for line in as_json.stdout.decode("ascii").splitlines()}
    assert str(imported.root / NON_UTF8_BAD) in paths  # the exact name, surrogates and all


def test_a_second_run_retries_the_failures_and_stores_nothing_twice(imported: Imported, tmp_path: Path) -> None:
    db = tmp_path / "again.db"
    shutil.copy(imported.db, db)
    for heavy in ("bomb.pdf", "slow.pdf"):  # their outcome is known; keep this run short
        (imported.root / heavy).rename(tmp_path / heavy)
    try:
        found = discover([imported.root])
        report = import_found(found, db, IngestOptions(workers=1, timeout=30))
    finally:
        for heavy in ("bomb.pdf", "slow.pdf"):
            (tmp_path / heavy).rename(imported.root / heavy)
    assert (report.imported, report.unchanged, report.duplicates) == (0, 6, 2)
    # bomb.pdf and slow.pdf moved away, vanished.pdf gone, folder.pdf now a folder (walked, empty)
    assert report.failed == len(FAILURES) - 4
    assert report.failures_by_kind["file_unreadable"] == 1
