"""Stage 1b: OCR, with Tesseract's French model, of the pages whose text layer cannot be used.

Pages are decided one by one (`pipeline.text.needs_ocr`: no text, an @ctes stamp only, or a garbage
layer from an earlier OCR), so a mixed PDF pays OCR only for its scanned pages. A page is rendered
with pypdfium2 and read by the `tesseract` program; its word boxes are converted back to PDF points,
so facts found on a scan keep their page and box like any other. When Tesseract is missing, the
pages stay flagged as needing OCR with what to install: never silently empty.
"""

from __future__ import annotations

import math
import os
import shutil
import subprocess
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Literal, get_args

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extractors.stages import Page, Word
from pipeline.lifetime import die_with_parent
from pipeline.text import is_thin, needs_ocr, usable_layer

OcrMode = Literal["auto", "never", "force"]
OCR_MODES: tuple[str, ...] = get_args(OcrMode)

# The program, found on PATH like any command.
TESSERACT = "tesseract"
LANGUAGE = "fra"
INSTALL = "apt-get install tesseract-ocr tesseract-ocr-fra"
# Tesseract's documentation asks for at least 300 dpi; there it makes 0.11 % character errors on a
# clean page (FACTS.md). Lower resolutions lose accents and small print, higher ones only cost time.
DPI = 300
# Above this many pixels the resolution is lowered: an A2 page at 300 dpi is 35 million pixels
# (35 MB grey, held twice while it is handed over); an A0 plan at 300 dpi would need 140 MB a copy,
# and an absurd page size in a hostile PDF gigabytes, against 500 MB per worker.
MAX_PIXELS = 35_000_000
# Fully automatic page segmentation (no orientation detection): reads one and two-column pages.
PAGE_SEGMENTATION = "3"
# A page takes seconds; a Tesseract stuck on one image must cost that page, not the document.
PAGE_TIMEOUT = 120
# An image drawn on a page that has its own text is read too when it is big enough to hold text of
# its own (a budget table pasted as a picture): at least 8 % of the page (a logo or a signature
# takes 1–5 %), and not the whole page (a scan under its own OCR layer: that layer is the text).
MIN_IMAGE_SHARE = 0.08
MAX_IMAGE_SHARE = 0.80
# An image with this many of the layer's words on it is a background under the text, not a picture of text.
MAX_WORDS_ON_IMAGE = 4
# Inside an image, Tesseract reads one uniform block: the rows of a table stay on one line each.
BLOCK_SEGMENTATION = "6"
# One OpenMP thread per Tesseract: the importer already runs a worker per core, and Tesseract's
# own threads made a page 6× slower on 2 cores (8.6 s instead of 1.5 s). A value set by the user wins.
THREAD_LIMIT = {"OMP_THREAD_LIMIT": "1"}


class OcrFailed(Exception):
    """Tesseract could not read one page; that page stays flagged as needing OCR."""


@dataclass
class OcrResult:
    """The pages to read facts from, and what OCR did to them (lists of 1-based page numbers)."""

    pages: list[Page]
    unusable: list[int] = field(default_factory=list)  # text layer missing, thin or garbage (`usable_layer`)
    done: list[int] = field(default_factory=list)  # text now comes from OCR
    images: dict[int, int] = field(default_factory=dict)  # page → images read by OCR on a text page
    unread_images: int = 0  # pictures of text on text pages left unread (OCR off or missing)
    pending: list[int] = field(default_factory=list)  # needed OCR and did not get it
    reason: str | None = None  # why the pending pages were not OCR'd


def recognise(path: Path, pages: list[Page], mode: OcrMode = "auto") -> OcrResult:
    """OCR the pages that need it (`auto`), every page (`force`) or none (`never`)."""
    if mode not in OCR_MODES:
        raise ValueError(f"OCR mode must be one of {', '.join(OCR_MODES)}, not {mode!r}")
    result = OcrResult(pages=list(pages), unusable=[p.number for p in pages if not usable_layer(p)])
    wanted = [index for index, page in enumerate(pages) if mode == "force" or needs_ocr(page)]
    pictured = {
        index: boxes for index, page in enumerate(pages) if index not in wanted and (boxes := pictures_of_text(page))
    }
    if not wanted and not pictured:
        return result
    result.reason = "OCR is turned off (--ocr never)" if mode == "never" else tesseract_problem()
    if result.reason:
        result.pending = [pages[index].number for index in wanted]
        result.unread_images = sum(len(boxes) for boxes in pictured.values())
        return result
    pdf = pdfium.PdfDocument(str(path))
    try:
        for index in wanted:
            layer = pages[index]
            try:
                result.pages[index] = _ocr_page(pdf, index, layer)
                result.done.append(layer.number)
            except OcrFailed as exc:
                result.pending.append(layer.number)
                result.reason = result.reason or f"page {layer.number}: {exc}"
        for index, boxes in pictured.items():
            for box in boxes:
                try:
                    result.pages[index] = _ocr_picture(pdf, index, result.pages[index], box)
                    result.images[pages[index].number] = result.images.get(pages[index].number, 0) + 1
                except OcrFailed:  # the page keeps its own text; the picture's is missing, as before
                    continue
    finally:
        pdf.close()
    return result


def pictures_of_text(page: Page) -> list[tuple[float, float, float, float]]:
    """The images of a page with a usable text layer that may hold text the layer lacks."""
    if not usable_layer(page) or not page.width or not page.height:
        return []
    area = page.width * page.height
    return [
        box
        for box in page.image_boxes
        if MIN_IMAGE_SHARE <= (box[2] - box[0]) * (box[3] - box[1]) / area <= MAX_IMAGE_SHARE
        and sum(_covered(word, [_box_word(box)]) for word in page.words) <= MAX_WORDS_ON_IMAGE
    ]


def _box_word(box: tuple[float, float, float, float]) -> Word:
    return Word(text="", start=0, end=0, x0=box[0], top=box[1], x1=box[2], bottom=box[3])


def _ocr_picture(pdf: pdfium.PdfDocument, index: int, page: Page, box: tuple[float, float, float, float]) -> Page:
    """The page with the text of one of its images inserted where the image stands: after the
    last line, in reading order, printed above it (a running footer may come first in the layer)."""
    x0, top, x1, bottom = box
    crop = (max(x0, 0.0), max(page.height - bottom, 0.0), max(page.width - x1, 0.0), max(top, 0.0))
    dpi = min(DPI, 72 * math.sqrt(MAX_PIXELS / max((x1 - x0) * (bottom - top), 1.0)))
    image, scale = _render(pdf, index, page, dpi, crop)
    read = _read_words(_tesseract(image, dpi, BLOCK_SEGMENTATION), scale, offset=(crop[0], crop[3]))
    if not read:
        return page
    picture = _assemble(replace(page, text="", words=[]), read)
    above = [w for w in page.words if w.bottom <= top + 2]
    line_end = page.text.find("\n", max(w.end for w in above)) if above else -1
    at = 0 if not above else line_end + 1 if line_end != -1 else len(page.text)
    text = page.text[:at] + picture.text + "\n" + page.text[at:]
    shift = len(picture.text) + 1
    words = (
        [w for w in page.words if w.start < at]
        + [replace(w, start=w.start + at, end=w.end + at) for w in picture.words]
        + [replace(w, start=w.start + shift, end=w.end + shift) for w in page.words if w.start >= at]
    )
    return replace(page, text=text, words=words)


@cache
def tesseract_problem() -> str | None:
    """Why OCR cannot run on this machine, saying what to install; None when Tesseract reads French."""
    if shutil.which(TESSERACT) is None:
        return f"Tesseract is not installed ({INSTALL} on Debian/Ubuntu)"
    try:
        languages = subprocess.run(
            [TESSERACT, "--list-langs"], capture_output=True, text=True, timeout=PAGE_TIMEOUT, check=True
        ).stdout.split()
    except (OSError, subprocess.SubprocessError) as exc:
        return f"Tesseract does not run ({exc}); reinstall it ({INSTALL})"
    if LANGUAGE not in languages:
        return "Tesseract has no French model (apt-get install tesseract-ocr-fra on Debian/Ubuntu)"
    return None


def _ocr_page(pdf: pdfium.PdfDocument, index: int, layer: Page) -> Page:
    """The page as Tesseract reads it; a thin layer (an @ctes stamp) is kept after the OCR text."""
    dpi = min(DPI, 72 * math.sqrt(MAX_PIXELS / max(layer.width * layer.height, 1.0)))
    image, scale = _render(pdf, index, layer, dpi)
    read = _read_words(_tesseract(image, dpi), scale)
    keep_layer = is_thin(layer) and bool(layer.words)
    if keep_layer:
        # The stamp is in the image too: its exact characters come from the layer, not from OCR.
        read = [(line, word) for line, word in read if not _covered(word, layer.words)]
    page = _assemble(layer, read)
    if not keep_layer:
        return page
    shift = len(page.text) + 1
    return replace(
        page,
        text=f"{page.text}\n{layer.text}",
        words=page.words + [replace(w, start=w.start + shift, end=w.end + shift) for w in layer.words],
    )


def _render(
    pdf: pdfium.PdfDocument, index: int, layer: Page, dpi: float, crop: tuple[float, float, float, float] = (0, 0, 0, 0)
) -> tuple[bytes, tuple[float, float]]:
    """The page (less `crop`: points cut from the left, bottom, right and top) as a grey PGM image
    (9 MB for A4 at 300 dpi), and the points per pixel of each axis.

    The pdfium page and bitmap are closed at once: a batch renders thousands of pages per process.
    """
    page = pdf[index]
    try:
        bitmap = page.render(scale=dpi / 72, crop=crop, grayscale=True, force_bitmap_format=pdfium_c.FPDFBitmap_Gray)
    except pdfium.PdfiumError as exc:  # a damaged page costs that page, not the document
        raise OcrFailed(f"pdfium cannot render it: {exc}") from None
    finally:
        page.close()
    try:
        width, height, stride = bitmap.width, bitmap.height, bitmap.stride
        pixels = bytes(bitmap.buffer)
    finally:
        bitmap.close()
    if stride != width:  # pdfium may pad rows; PGM rows are packed
        pixels = b"".join(pixels[row * stride : row * stride + width] for row in range(height))
    shown = (layer.width - crop[0] - crop[2], layer.height - crop[1] - crop[3])
    return b"P5 %d %d 255\n" % (width, height) + pixels, (shown[0] / width, shown[1] / height)


def _tesseract(image: bytes, dpi: float, segmentation: str = PAGE_SEGMENTATION) -> str:
    """Tesseract's TSV output (one row per block, paragraph, line and word, with pixel boxes)."""
    command = [TESSERACT, "stdin", "stdout", "-l", LANGUAGE, "--psm", segmentation, "--dpi", str(round(dpi)), "tsv"]
    try:
        done = subprocess.run(
            command,
            input=image,
            capture_output=True,
            timeout=PAGE_TIMEOUT,
            env={**THREAD_LIMIT, **os.environ},
            preexec_fn=die_with_parent,  # killed with the worker that started it
        )
    except subprocess.TimeoutExpired:
        raise OcrFailed(f"Tesseract took more than {PAGE_TIMEOUT} s") from None
    except OSError as exc:
        raise OcrFailed(f"Tesseract could not start: {exc}") from None
    if done.returncode != 0:
        message = (done.stderr.decode(errors="replace").strip().splitlines() or ["no message"])[-1]
        raise OcrFailed(f"Tesseract exited with code {done.returncode}: {message}")
    return done.stdout.decode("utf-8", errors="replace")


def _read_words(
    tsv: str, scale: tuple[float, float], offset: tuple[float, float] = (0.0, 0.0)
) -> list[tuple[tuple[str, ...], Word]]:
    """(line key, word in PDF points) for each word of the TSV, `offset` being where the image's
    top-left corner is on the page; text offsets are set by `_assemble`."""
    sx, sy = scale
    ox, oy = offset
    read = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t", 11)
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():  # level 5: a word
            continue
        left, top, width, height = (int(value) for value in cols[6:10])
        word = Word(
            text=cols[11].strip(),
            start=0,
            end=0,
            x0=ox + left * sx,
            top=oy + top * sy,
            x1=ox + (left + width) * sx,
            bottom=oy + (top + height) * sy,
        )
        read.append((tuple(cols[1:5]), word))  # page, block, paragraph, line
    return read


def _assemble(layer: Page, read: list[tuple[tuple[str, ...], Word]]) -> Page:
    """The page text in Tesseract's reading order: words joined by spaces, lines by line breaks."""
    parts: list[str] = []
    words: list[Word] = []
    offset = 0
    previous: tuple[str, ...] | None = None
    for line, word in read:
        if previous is not None:
            parts.append(" " if line == previous else "\n")
            offset += 1
        words.append(replace(word, start=offset, end=offset + len(word.text)))
        parts.append(word.text)
        offset += len(word.text)
        previous = line
    return replace(layer, text="".join(parts), words=words)


def _covered(word: Word, boxes: list[Word]) -> bool:
    """True when the word's centre falls inside one of the boxes."""
    x, y = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return any(b.x0 <= x <= b.x1 and b.top <= y <= b.bottom for b in boxes)
