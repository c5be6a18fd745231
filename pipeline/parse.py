"""`parse_pdf(path) -> Record`: one PDF through every stage, from bytes to a validated record."""
from __future__ import annotations

import hashlib
from pathlib import Path

from extractors.spans import DocText
from pipeline import errors
from pipeline.extract import build_act, document_session
from pipeline.ocr import OcrMode, recognise
from pipeline.segment import segment
from pipeline.text import read_pages
from extractors.attendance import parse_attendance
from extractors.movements import parse_movements
from schemas.record import DocumentInfo, PageInfo, Record

# Bumped whenever the records change, so that `delib ingest` re-parses what an older version stored.
PARSER_VERSION = "0.3.0"
PDF_MAGIC = b"%PDF-"
# PDF readers accept a header anywhere in the first kilobyte (some files start with junk).
MAGIC_WINDOW = 1024


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def check_pdf_file(path: Path) -> None:
    """Refuse what is not a readable, non-empty PDF before handing it to pdfium."""
    try:
        if not path.exists():
            raise errors.FileMissing(f"{path} does not exist")
        if path.is_dir():
            raise errors.NotAPdf(f"{path} is a directory")
        with path.open("rb") as handle:
            head = handle.read(MAGIC_WINDOW)
    except PermissionError:
        raise errors.FileUnreadable(f"{path} cannot be read") from None
    except OSError as exc:
        raise errors.FileUnreadable(f"{path}: {exc.strerror or exc}") from None
    if not head:
        raise errors.EmptyFile(f"{path} is empty")
    if PDF_MAGIC not in head:
        raise errors.NotAPdf(f"{path} does not start like a PDF")


def parse_pdf(path: Path | str, ocr: OcrMode = "auto") -> Record:
    """Parse one PDF into its record; raise a `DelibError` subclass when it cannot be read.

    `ocr` is `auto` (OCR the pages without usable text), `never` or `force` (OCR every page).
    """
    path = Path(path)
    check_pdf_file(path)
    sha256 = file_sha256(path)
    layers = read_pages(path)
    result = recognise(path, layers, ocr)
    pages = result.pages
    page_info = [PageInfo(number=p.number, chars=p.chars, text_layer=p.number not in result.unusable,
                          needs_ocr=p.number in result.pending, ocr=p.number in result.done,
                          ocr_images=result.images.get(p.number, 0)) for p in pages]
    text_layer = bool(pages) and (len(pages) - len(result.unusable)) * 2 >= len(pages)
    problems: list[str] = []
    if result.pending:
        problems.append(f"{len(result.pending)} of {len(pages)} pages need OCR and were not OCR'd "
                        f"(pages {_ranges(result.pending)}): {result.reason}")
    if result.unread_images:
        problems.append(f"{result.unread_images} pictures on pages with text (tables pasted as images?) "
                        f"were not read: {result.reason}")
    acts = []
    if len(result.unusable) < len(pages) or result.done:  # some page has text to read
        doc = DocText(pages)
        header_end, segments = segment(doc)
        header_end, session, page_boxes = document_session(doc, header_end, segments)
        session_attendance = parse_attendance(doc.section(0, header_end)) if header_end else []
        roster = [a.name for a in session_attendance]
        movements = parse_movements(doc.section(), roster, session.get("president")) if header_end else []
        for seg in segments:
            try:
                acts.append(build_act(doc, seg, session, session_attendance, movements, page_boxes))
            except Exception as exc:  # one act's failure must not lose the others
                problems.append(f"act on pages {doc.page_number(seg.start)}: {type(exc).__name__}: {exc}")
    status = "parsed" if not problems else "partial"
    document = DocumentInfo(sha256=sha256, path=str(path), pages=len(pages), text_layer=text_layer,
                            status=status, errors=problems, parser_version=PARSER_VERSION, page_info=page_info,
                            ocr_pages=len(result.done))
    return Record(document=document, acts=acts)


def _ranges(numbers: list[int]) -> str:
    out: list[str] = []
    start = prev = numbers[0]
    for n in numbers[1:] + [None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        out.append(f"{start}" if start == prev else f"{start}-{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(out)
