"""Proof images for `delib show ACT_ID --png FILE`: an act's pages with a coloured box on the
printed words each fact was read from, so that a journalist sees at a glance where a number came from.

STYLE.md keeps PDF reading in pipeline/text.py; this module is the one other user of pdfplumber, and
only to render: its page image (pypdfium2 underneath) shows text pages and scans alike. Boxes are
`Source.bbox`, in PDF points from the page's top-left, OCR'd pages included (pipeline/ocr.py maps
Tesseract's pixels back to points), so one scale, resolution / 72, puts every box on its words.

docs/proof-example.png is made by `delib show ACT_ID --png docs/proof-example.png` (README's tour).
"""

from __future__ import annotations

import math
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException
from PIL import Image, ImageDraw, ImageFont

from pipeline.errors import DamagedPdf, DelibError, EncryptedPdf, OutputUnwritable, PageOutOfRange
from pipeline.files import pdf_sha256, printable

RGB = tuple[int, int, int]
# Okabe and Ito's palette, which colour-blind readers tell apart too: one colour per kind of figure.
KIND_COLOURS: dict[str, RGB] = {
    "vote": (0, 114, 178),  # blue
    "attendance": (0, 158, 115),  # bluish green
    "count": (230, 159, 0),  # orange
    "amount": (213, 94, 0),  # vermillion
}
# Any other kind (articles, references…) takes the next of these, in order of first appearance.
OTHER_COLOURS: tuple[RGB, ...] = ((204, 121, 167), (86, 180, 233), (0, 0, 0), (128, 128, 128))
FILL_ALPHA = 56  # of 255: light enough for the words under the tint to stay readable
OUTLINE = 2  # pixels
# Pixels left between a word box and its outline: the boxes hug the glyphs, an outline on them would hide strokes.
GAP = 1
LEGEND_HEIGHT = 32  # pixels
FONT_SIZE = 16
SEPARATOR: RGB = (160, 160, 160)


@dataclass(frozen=True)
class ProofBox:
    """One fact to show: where it is printed, its kind (its colour) and a short label for listings."""

    page: int  # 1-based
    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points from the page's top-left
    kind: str  # "vote", "attendance", "count", "amount", or another kind such as "article"
    label: str  # e.g. "pour : 23"


def render_proof(
    pdf_path: Path, pages: Sequence[int], boxes: Sequence[ProofBox], out: Path, resolution: int = 100
) -> Path:
    """Write one PNG: a legend counting the boxes of each kind, then `pages` (1-based, in the order
    given, boxes or not) one under the other with each box drawn in its kind's colour; return `out`.

    Boxes on pages that are not shown are left out, of the drawing and of the counts.
    """
    images = _page_images(pdf_path, pages, resolution)
    shown = [box for box in boxes if box.page in pages]
    colours = kind_colours(box.kind for box in shown)
    for number, image in zip(pages, images):
        _draw_boxes(image, [box for box in shown if box.page == number], colours, resolution / 72)
    legend = _legend(Counter(box.kind for box in shown), colours, max(image.width for image in images))
    return _save(_stack(legend, images), out)


def kind_colours(kinds: Iterable[str]) -> dict[str, RGB]:
    """The colour of each kind: the four of KIND_COLOURS, then the other kinds met, in legend order."""
    colours = dict(KIND_COLOURS)
    for kind in kinds:
        if kind not in colours:
            colours[kind] = OTHER_COLOURS[(len(colours) - len(KIND_COLOURS)) % len(OTHER_COLOURS)]
    return colours


def _page_images(pdf_path: Path, pages: Sequence[int], resolution: int) -> list[Image.Image]:
    """The pages rendered by pdfplumber; a typed error naming the file when it cannot be."""
    name = printable(str(pdf_path))
    try:
        pdf_sha256(str(pdf_path))  # the checks, and errors, of `delib parse`: milliseconds for a PDF
        with pdfplumber.open(pdf_path) as pdf:
            count = len(pdf.pages)
            if not pages:
                raise PageOutOfRange("no page was asked for")
            for number in pages:
                if not 1 <= number <= count:
                    raise PageOutOfRange(f"page {number} is not in it: it has {count} pages")
            return [pdf.pages[number - 1].to_image(resolution=resolution, antialias=True).original for number in pages]
    except DelibError as error:
        raise type(error)(f"{name}: {error.message}") from None
    except PdfminerException as exc:
        if exc.args and isinstance(exc.args[0], PDFPasswordIncorrect):
            raise EncryptedPdf(f"{name}: the PDF is password-protected") from None
        raise DamagedPdf(f"{name}: pdfplumber cannot open it: {exc.args[0]!r}" if exc.args else name) from None
    except MalformedPDFException as exc:
        raise DamagedPdf(f"{name}: pdfium cannot render it: {exc}") from None


def _frame(bbox: tuple[float, float, float, float], scale: float) -> tuple[int, int, int, int]:
    """The box's outline in pixels (corners included): OUTLINE pixels wide, GAP pixels outside the words."""
    x0, top, x1, bottom = bbox
    out = GAP + OUTLINE
    return (
        math.floor(x0 * scale) - out,
        math.floor(top * scale) - out,
        math.ceil(x1 * scale) + out - 1,
        math.ceil(bottom * scale) + out - 1,
    )


def _draw_boxes(image: Image.Image, boxes: Sequence[ProofBox], colours: dict[str, RGB], scale: float) -> None:
    draw = ImageDraw.Draw(image, "RGBA")
    frames = [(_frame(box.bbox, scale), colours[box.kind]) for box in boxes]
    # Every tint first: a box's tint laid over a neighbour's outline would change that outline's colour.
    for frame, colour in frames:
        draw.rectangle(frame, fill=(*colour, FILL_ALPHA))
    for frame, colour in frames:
        draw.rectangle(frame, outline=colour, width=OUTLINE)


def _legend(counts: Counter[str], colours: dict[str, RGB], width: int) -> Image.Image:
    """A white strip: for each kind, a swatch drawn like a box, the kind and how many boxes it has."""
    strip = Image.new("RGB", (width, LEGEND_HEIGHT), "white")
    draw = ImageDraw.Draw(strip, "RGBA")
    font = ImageFont.load_default(size=FONT_SIZE)
    side = LEGEND_HEIGHT // 2
    x, y = side // 2, (LEGEND_HEIGHT - side) // 2
    for kind, colour in colours.items():
        draw.rectangle((x, y, x + side, y + side), fill=(*colour, FILL_ALPHA), outline=colour, width=OUTLINE)
        text = f"{kind}: {counts[kind]}"
        draw.text((x + side + 6, LEGEND_HEIGHT // 2), text, fill="black", font=font, anchor="lm")
        x += side + 6 + round(draw.textlength(text, font=font)) + side
    return strip


def _stack(legend: Image.Image, images: Sequence[Image.Image]) -> Image.Image:
    """The legend, then the pages one under the other, a grey line at the top of each page."""
    sheet = Image.new("RGB", (legend.width, legend.height + sum(image.height for image in images)), "white")
    sheet.paste(legend, (0, 0))
    draw = ImageDraw.Draw(sheet)
    y = legend.height
    for image in images:
        sheet.paste(image, (0, y))
        draw.line((0, y, sheet.width - 1, y), fill=SEPARATOR)
        y += image.height
    return sheet


def _save(sheet: Image.Image, out: Path) -> Path:
    """Write the PNG beside `out` under a temporary name, then rename it: no half-written image is
    ever left under the name asked for."""
    if not out.name or out.is_dir():
        raise OutputUnwritable(f"{printable(str(out))} is a folder: name the image file")
    temporary = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        try:
            sheet.save(temporary, format="PNG", optimize=True)
            os.replace(temporary, out)
        finally:
            temporary.unlink(missing_ok=True)
    except OSError as exc:
        raise OutputUnwritable(f"{printable(str(out))}: {exc.strerror or exc}") from None
    return out
