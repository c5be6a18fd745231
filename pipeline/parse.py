"""`parse_pdf(path) -> Record`: one PDF through every stage, from bytes to a validated record."""

from __future__ import annotations

from pathlib import Path

from extractors.stages import DocText
from pipeline.errors import DelibError
from pipeline.extract import build_act
from pipeline.files import pdf_sha256, printable
from pipeline.ocr import OcrMode, recognise
from pipeline.segment import segment, session_header_end
from pipeline.session import read_session
from pipeline.text import read_pages
from schemas.record import DocumentInfo, PageInfo, Record

# Bumped whenever the records change, so that `delib ingest` re-parses what an older version stored.
PARSER_VERSION = "0.8.0"


def parse_pdf(path: Path | str, ocr: OcrMode = "auto") -> Record:
    """Parse one PDF into its record; raise a `DelibError` subclass when it cannot be read.

    `ocr` is `auto` (OCR the pages without usable text), `never` or `force` (OCR every page).
    The stages run once each, in order: the file's checks and hash, its pages (text layer, then
    OCR), the acts and parts they hold, the session they share, then each act's findings.
    """
    path = Path(path)
    try:
        sha256 = pdf_sha256(str(path))  # never blocks on a FIFO or a device
    except DelibError as error:
        raise type(error)(f"{printable(str(path))}: {error.message}") from None
    layers = read_pages(path)
    result = recognise(path, layers, ocr)
    pages = result.pages
    page_info = [
        PageInfo(
            number=p.number,
            chars=p.chars,
            text_layer=p.number not in result.unusable,
            needs_ocr=p.number in result.pending,
            ocr=p.number in result.done,
            ocr_images=result.images.get(p.number, 0),
            text=p.text,
        )
        for p in pages
    ]
    text_layer = bool(pages) and (len(pages) - len(result.unusable)) * 2 >= len(pages)
    problems: list[str] = []
    if result.pending:
        problems.append(
            f"{len(result.pending)} of {len(pages)} pages need OCR and were not OCR'd "
            f"(pages {_ranges(result.pending)}): {result.reason}"
        )
    if result.unread_images:
        problems.append(
            f"{result.unread_images} pictures on pages with text (tables pasted as images?) "
            f"were not read: {result.reason}"
        )
    acts = []
    if len(result.unusable) < len(pages) or result.done:  # some page has text to read
        doc = DocText(pages)
        header_end, segments = segment(doc)
        whole_minutes = bool(segments) and all(seg.kind in ("pv_item", "other") for seg in segments)
        session = read_session(doc, session_header_end(header_end, segments), whole_minutes)
        for seg in segments:
            try:
                acts.append(build_act(doc, seg, session))
            except Exception as exc:  # one act's failure must not lose the others
                problems.append(f"act on pages {doc.page_number(seg.start)}: {type(exc).__name__}: {exc}")
    status = "parsed" if not problems else "partial"
    document = DocumentInfo(
        sha256=sha256,
        path=str(path),
        pages=len(pages),
        text_layer=text_layer,
        status=status,
        errors=problems,
        parser_version=PARSER_VERSION,
        page_info=page_info,
        ocr_pages=len(result.done),
    )
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
