"""`parse_pdf(path) -> Record`: one PDF through every stage, from bytes to a validated record."""
from __future__ import annotations

import hashlib
from pathlib import Path

from extractors.spans import DocText
from pipeline import errors
from pipeline.extract import build_act, session_facts
from pipeline.segment import segment
from pipeline.text import needs_ocr, read_pages
from extractors.attendance import parse_attendance
from schemas.record import DocumentInfo, PageInfo, Record

PARSER_VERSION = "0.1.0"
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


def parse_pdf(path: Path | str) -> Record:
    """Parse one PDF into its record; raise a `DelibError` subclass when it cannot be read."""
    path = Path(path)
    check_pdf_file(path)
    sha256 = file_sha256(path)
    pages = read_pages(path)
    page_info = [PageInfo(number=p.number, chars=p.chars, text_layer=not needs_ocr(p), needs_ocr=needs_ocr(p))
                 for p in pages]
    text_pages = sum(1 for info in page_info if info.text_layer)
    text_layer = bool(pages) and text_pages * 2 >= len(pages)
    problems: list[str] = []
    ocr_pages = [info.number for info in page_info if info.needs_ocr]
    if ocr_pages:
        problems.append(f"{len(ocr_pages)} of {len(pages)} pages have no usable text layer and need OCR "
                        f"(pages {_ranges(ocr_pages)})")
    acts = []
    if text_pages:
        doc = DocText(pages)
        header_end, segments = segment(doc)
        session_section = doc.section(0, header_end or min(len(doc.text), 4000))
        session = session_facts(session_section)
        session_attendance = parse_attendance(doc.section(0, header_end)) if header_end else []
        for seg in segments:
            try:
                acts.append(build_act(doc, seg, session, session_attendance))
            except Exception as exc:  # one act's failure must not lose the others
                problems.append(f"act on pages {doc.page_number(seg.start)}: {type(exc).__name__}: {exc}")
    status = "parsed" if not problems else "partial"
    document = DocumentInfo(sha256=sha256, path=str(path), pages=len(pages), text_layer=text_layer,
                            status=status, errors=problems, parser_version=PARSER_VERSION, page_info=page_info)
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
