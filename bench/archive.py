"""Generated archives for `make bench` and scanned PDFs for tests/test_ocr.py.

Every document is made from the project's own sample PDFs (samples/, written by
samples/generate.py), so the benchmark reads the layouts the parser is built for, and tests get
real scans: pages rendered with pypdfium2 and saved as image-only PDFs with reportlab, optionally
with an invisible text layer (a garbage OCR layer) or a visible @ctes stamp drawn over the image.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from pathlib import Path

import pypdfium2 as pdfium
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from pipeline.text import read_pages

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.pdf"))
# Office scanners deliver 200–300 dpi; the lower end makes OCR work for its result.
SCAN_DPI = 200
# What a failed OCR writes in place of a letter: another letter, or a stray mark.
_SWAPS = "abcdefghijklmnopqrstuvwxyzéèàç"
_MARKS = "1|!.,'"
# A document's parts: (sample, its first n pages, or None for all of them).
Parts = tuple[tuple[Path, int | None], ...]
SHORT_MAX_PAGES = 4


def combine(sources: Sequence[Path], out: Path) -> int:
    """Write the pages of the sources, in order, as one PDF; return its page count."""
    return combine_parts([(source, None) for source in sources], out)


def combine_parts(parts: Sequence[tuple[Path, int | None]], out: Path) -> int:
    """Write the first `pages` pages of each (source, pages) part (all of them for None), in order,
    as one PDF; return its page count."""
    merged = pdfium.PdfDocument.new()
    try:
        for source, pages in parts:
            pdf = pdfium.PdfDocument(str(source))
            try:
                merged.import_pages(pdf, None if pages is None else list(range(pages)))
            finally:
                pdf.close()
        merged.save(str(out))
        return len(merged)
    finally:
        merged.close()


def write_scan(
    source: Path, out: Path, hidden_text: Sequence[str] = (), stamp: str | None = None, dpi: int = SCAN_DPI
) -> int:
    """An image-only copy of source: each page rendered at dpi and saved as a picture.

    `hidden_text[i]` is written invisibly over page i, as an earlier OCR leaves its text layer;
    `stamp` is drawn visibly in the bottom margin of every page, as a préfecture @ctes stamp is.
    Returns the number of pages.
    """
    pdf = pdfium.PdfDocument(str(source))
    scan = canvas.Canvas(str(out), invariant=1)
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            width, height = page.get_size()
            bitmap = page.render(scale=dpi / 72, grayscale=True)
            image = bitmap.to_pil()
            bitmap.close()
            page.close()
            scan.setPageSize((width, height))
            scan.drawImage(ImageReader(image), 0, 0, width, height)
            if index < len(hidden_text):
                _draw_lines(scan, hidden_text[index], 40, height - 50, render_mode=3)  # 3: invisible
            if stamp:
                _draw_lines(scan, stamp, 40, 40, render_mode=0, size=7)
            scan.showPage()
        scan.save()
        return len(pdf)
    finally:
        pdf.close()


def _draw_lines(pdf: canvas.Canvas, text: str, x: float, y: float, render_mode: int, size: int = 10) -> None:
    lines = pdf.beginText(x, y)
    lines.setTextRenderMode(render_mode)
    lines.setFont("Helvetica", size)
    lines.setLeading(size * 1.4)
    for line in text.split("\n"):
        lines.textLine(line)
    pdf.drawText(lines)


def garble(text: str, rate: float, seed: int = 0) -> str:
    """The text as a failed OCR reads it: a share `rate` of its letters swapped, dropped, doubled or marred."""
    rng = random.Random(seed)
    out = []
    for char in text:
        if not char.isalpha() or rng.random() >= rate:
            out.append(char)
            continue
        slip = rng.random()
        if slip < 0.5:
            out.append(rng.choice(_SWAPS))  # swapped
        elif slip < 0.7:
            pass  # dropped
        elif slip < 0.85:
            out.append(char + rng.choice(_SWAPS))  # doubled
        else:
            out.append(rng.choice(_MARKS))
    return "".join(out)


def text_archive(folder: Path, min_documents: int, min_pages: int, seed: int = 0) -> tuple[int, int]:
    """Text PDFs made of 3 to 7 distinct samples each, until both minimums are reached.

    Each document is a distinct set of samples, so no two share their bytes (the importer would
    count a copy as the same document). Returns (documents, pages).
    """

    def dossier(rng: random.Random) -> Parts:
        return tuple((path, None) for path in sorted(rng.sample(SAMPLES, rng.randint(3, 7))))

    return _archive(folder, "dossier", dossier, min_documents, min_pages, seed)


def short_archive(folder: Path, min_documents: int, min_pages: int = 0, seed: int = 0) -> tuple[int, int]:
    """Text PDFs of 1 to 4 pages each, until both minimums are reached.

    A document of n pages (n drawn evenly from 1 to 4) is made of samples taken in a random order,
    whole while they fit and the last one cut to its first pages: most samples have 1 or 2 pages,
    so most documents hold one to three whole acts. No two documents are made of the same parts,
    so none share their bytes. Only one page of each sample can make a one-page document (32 of
    them) and about 450 two-page ones exist, so a large archive is mostly of 3 and 4 pages.
    Returns (documents, pages).
    """
    sample_pages = {path: page_count(path) for path in SAMPLES}

    def short(rng: random.Random) -> Parts:
        room, parts = rng.randint(1, SHORT_MAX_PAGES), []
        for path in rng.sample(SAMPLES, len(SAMPLES)):
            if room == 0:
                break
            pages = min(sample_pages[path], room)
            parts.append((path, pages))
            room -= pages
        return tuple(parts)

    return _archive(folder, "short", short, min_documents, min_pages, seed)


def page_count(path: Path) -> int:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def _archive(
    folder: Path, name: str, pick: Callable[[random.Random], Parts], min_documents: int, min_pages: int, seed: int
) -> tuple[int, int]:
    """Documents `pick` makes, each from parts no earlier document was made of, until both minimums
    are reached; files are numbered in the order they are made. Returns (documents, pages)."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    seen: set[Parts] = set()
    documents = pages = 0
    width = max(4, len(str(min_documents)))
    while documents < min_documents or pages < min_pages:
        parts = pick(rng)
        if parts in seen:
            continue
        seen.add(parts)
        pages += combine_parts(parts, folder / f"{name}_{documents:0{width}d}.pdf")
        documents += 1
    return documents, pages


def scan_archive(folder: Path) -> int:
    """Scanned documents, about ten pages in all since OCR costs seconds a page: whole scans, a
    mixed PDF (a text page, then a scanned one), a scan under a stamp and a scan under a garbage
    OCR layer. Returns the number of scanned pages."""
    folder.mkdir(parents=True, exist_ok=True)
    sample = {path.stem: path for path in SAMPLES}
    scanned = write_scan(sample["commune_extrait_registre"], folder / "scan_registre.pdf")
    scanned += write_scan(sample["deliberation_multipage_vote_derniere_page"], folder / "scan_multipage.pdf")
    scanned += write_scan(
        sample["arrete_maire"],
        folder / "scan_arrete_stamp.pdf",
        stamp="Envoyé en préfecture le 02/04/2024\nReçu en préfecture le 02/04/2024\n"
        "ID : 099-219900017-20240402-AR2024-031-AR",
    )
    scanned_page = folder / "scanned_page.tmp"
    scanned += write_scan(sample["metropole_rejet"], scanned_page)
    combine([sample["syndicat_bureau"], scanned_page], folder / "mixed_text_and_scan.pdf")
    scanned_page.unlink()
    garbage = [garble(page.text, 0.15, seed=page.number) for page in read_pages(sample["recueil_actes"])]
    scanned += write_scan(sample["recueil_actes"], folder / "scan_garbage_layer.pdf", hidden_text=garbage)
    return scanned
