"""Stage 1: PDF bytes → pages of text in reading order with word boxes.

pypdfium2 is the hot path: it reads French deliberations about 90× faster than pdfplumber with
the same text (../shared/FACTS.md), keeps budget-table rows on one line and keeps no-break spaces.
Pages with too little text are flagged as needing OCR rather than silently left empty.
"""
from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extractors.spans import Page, Word
from pipeline.errors import DamagedPdf, EncryptedPdf

# A page with fewer printable characters than this has no usable text layer: scans that carry
# only an @ctes stamp print 60–120 characters (FACTS.md), a real page of prose well over 500.
MIN_TEXT_CHARS = 150

# pdfium ends lines with "\r\n" and marks soft hyphens with U+0002; both are replaced by
# characters of the same length so offsets keep pointing at pdfium's character boxes.
_LENGTH_PRESERVING = str.maketrans({"\r": " ", "\x02": "-", "\ufffe": "-", "\x00": " "})
_WORD = re.compile(r"\S+")


def read_pages(path: Path) -> list[Page]:
    """Open a PDF and return its pages; raise a typed error when pdfium cannot open it."""
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise _open_error(exc) from None
    try:
        return [_read_page(pdf, index) for index in range(len(pdf))]
    finally:
        pdf.close()


def _open_error(exc: pdfium.PdfiumError) -> Exception:
    message = str(exc)
    if "password" in message.lower():
        return EncryptedPdf("the PDF is password-protected")
    return DamagedPdf(f"pdfium cannot open it: {message.rstrip('.')}")


def _read_page(pdf: pdfium.PdfDocument, index: int) -> Page:
    page = pdf[index]
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            text = textpage.get_text_range().translate(_LENGTH_PRESERVING)
            words = _word_boxes(textpage, text, height)
        finally:
            textpage.close()
        images = sum(1 for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2))
        return Page(number=index + 1, text=text, words=words, width=width, height=height, images=images)
    finally:
        page.close()


def _word_boxes(textpage: pdfium.PdfTextPage, text: str, height: float) -> list[Word]:
    """Word boxes from the first and last character of each word (two pdfium calls a word)."""
    words: list[Word] = []
    count = textpage.count_chars()
    for match in _WORD.finditer(text):
        first, last = match.start(), min(match.end(), count) - 1
        if first > last:
            continue
        left, bottom, _, top = textpage.get_charbox(first)
        _, bottom2, right, top2 = textpage.get_charbox(last)
        words.append(Word(
            text=match.group(),
            start=match.start(),
            end=match.end(),
            x0=left,
            top=height - max(top, top2),
            x1=right,
            bottom=height - min(bottom, bottom2),
        ))
    return words


def needs_ocr(page: Page) -> bool:
    """True for a page whose text layer is missing or too thin to hold the page's content."""
    return page.chars < MIN_TEXT_CHARS
