"""Stage 1: PDF bytes → pages of text in reading order with word boxes.

pypdfium2 is the hot path: it reads French deliberations about 90× faster than pdfplumber with
the same text (../shared/FACTS.md), keeps budget-table rows on one line and keeps no-break spaces.
Scanned pages whose text layer is missing, too thin or garbage left by an earlier OCR are flagged
as needing OCR (`needs_ocr`) rather than silently read as they are; `pipeline/ocr.py` redoes them.
"""

from __future__ import annotations

import logging
import re
from functools import cache
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extractors.stages import Page, Word
from pipeline.errors import DamagedPdf, EncryptedPdf

# A page with fewer printable characters than this has no usable text layer: scans that carry
# only an @ctes stamp print 60–120 characters (FACTS.md), a real page of prose well over 500.
MIN_TEXT_CHARS = 150

# A text layer left by a failed OCR ("Ébction du maire") is told from real text by the share of its
# lowercase words of 3+ letters found in a French word list (capitalised words are left out:
# surnames and places are not in the list). Measured with Debian's wfrench on lowercase words:
# generated sample pages 0.96–1.00 and real born-digital council pages 0.95–1.00, against 0.60–0.86
# for the same sample pages with 5 % of their letters garbled, 0.33–0.63 with 10 %, and 0.19–0.67
# on the worst pages of the one real garbage layer in the corpus. 0.90 sits between the two.
FRENCH_WORDS = Path("/usr/share/dict/french")
MIN_FRENCH_SHARE = 0.90
# With fewer lowercase words the share is too noisy to judge (a table of figures, a list of names):
# at 20 words, a real page whose words are 97 % in the list falls under 0.90 by chance once in 50.
MIN_JUDGED_WORDS = 20
_LOWER_WORD = re.compile(r"[^\W\d_]{3,}")
# The word list spells the ligatures out ("oeuvre", "voeu").
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae"})
log = logging.getLogger("delib.text")

# pdfium ends lines with "\r\n" and marks soft hyphens with U+0002; both are replaced by
# characters of the same length so offsets keep pointing at pdfium's character boxes. Bullets drawn
# with the Symbol or Wingdings fonts come out in the private use area (U+F02D is Symbol's dash,
# U+F0B7 its bullet): they are the dash and the bullet they show.
_SYMBOL_FONT_BULLETS = {chr(code): "•" for code in range(0xF000, 0xF100)} | {"\uf02d": "-", "\uf0ad": "-"}
_LENGTH_PRESERVING = str.maketrans({"\r": " ", "\x02": "-", "\ufffe": "-", "\x00": " "} | _SYMBOL_FONT_BULLETS)
_WORD = re.compile(r"\S+")
# Fake bold: some producers embolden a font by drawing every glyph twice, a fraction of a point
# apart. pdfium drops the twin when it lands almost on the first; from about 1 pt apart narrow
# glyphs survive in pairs ("receptiion"), and pdfminer-based readers double every glyph
# ("AAccccuusséé"). A twin is the same character starting less than half its advance from the
# first, on the same line: real double letters ("ll", "ss", "00") start a full width apart.
_DOUBLED = re.compile(r"(\S)\1")
MIN_FAKE_BOLD_SHIFT = 0.05  # points


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
            text, positions = _drop_redrawn_glyphs(textpage, textpage.get_text_range().translate(_LENGTH_PRESERVING))
            words = _word_boxes(textpage, text, height, positions)
        finally:
            textpage.close()
        boxes = tuple(
            _image_box(image, height) for image in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2)
        )
        return Page(
            number=index + 1, text=text, words=words, width=width, height=height, images=len(boxes), image_boxes=boxes
        )
    finally:
        page.close()


def _image_box(image: pdfium.PdfObject, height: float) -> tuple[float, float, float, float]:
    """An image's bounds on the page, origin at the top-left like the word boxes."""
    left, bottom, right, top = image.get_bounds()
    return round(left, 1), round(height - top, 1), round(right, 1), round(height - bottom, 1)


def _drop_redrawn_glyphs(textpage: pdfium.PdfTextPage, text: str) -> tuple[str, list[int] | None]:
    """The text without the twins of fake-bold glyphs and, when some were dropped, the pdfium
    index of each character kept (None: the text is pdfium's, index for index)."""
    count = textpage.count_chars()
    twins = {match.start() + 1 for match in _DOUBLED.finditer(text) if _is_twin(textpage, match.start(), count)}
    if not twins:
        return text, None
    kept = [index for index in range(len(text)) if index not in twins]
    return "".join(text[index] for index in kept), kept


def _is_twin(textpage: pdfium.PdfTextPage, index: int, count: int) -> bool:
    """Whether the character after `index`, the same one, is drawn over it (see _DOUBLED)."""
    if index + 1 >= count:
        return False
    # Loose boxes span the glyph's advance: a tight "i" is narrower than a fake-bold shift.
    left, bottom, right, top = textpage.get_charbox(index, loose=True)
    left2, bottom2, _, _ = textpage.get_charbox(index + 1, loose=True)
    shift, rise = abs(left2 - left), abs(bottom2 - bottom)
    # A ligature ("ﬀ", "ﬁ") gives its letters one box: the same place exactly is not a twin.
    return MIN_FAKE_BOLD_SHIFT < shift + rise and shift < (right - left) / 2 and rise < max(top - bottom, 1.0) / 2


def _word_boxes(
    textpage: pdfium.PdfTextPage, text: str, height: float, positions: list[int] | None = None
) -> list[Word]:
    """Word boxes from the first and last character of each word (two pdfium calls a word);
    `positions` maps the text's characters to pdfium's where some were dropped."""
    words: list[Word] = []
    count = textpage.count_chars()
    for match in _WORD.finditer(text):
        first, last = match.start(), match.end() - 1
        if positions is not None:
            first, last = positions[first], positions[last]
        last = min(last, count - 1)
        if first > last:
            continue
        left, bottom, _, top = textpage.get_charbox(first)
        _, bottom2, right, top2 = textpage.get_charbox(last)
        words.append(
            Word(
                text=match.group(),
                start=match.start(),
                end=match.end(),
                x0=left,
                top=height - max(top, top2),
                x1=right,
                bottom=height - min(bottom, bottom2),
            )
        )
    return words


def is_thin(page: Page) -> bool:
    """True for a page whose text layer is missing or too short to hold the page's content."""
    return page.chars < MIN_TEXT_CHARS


def usable_layer(page: Page) -> bool:
    """True when the page's text layer can be read as it is: long enough, and not garbage."""
    if is_thin(page):
        return False
    if not page.images:  # only a layer laid over a scan can be an earlier OCR's
        return True
    share = french_word_share(page.text)
    return share is None or share >= MIN_FRENCH_SHARE


def needs_ocr(page: Page) -> bool:
    """True for a scanned page (one that draws an image) whose text layer cannot be used.

    A page without an image has nothing for OCR to read that its layer lacks: a blank page, a
    short last page holding a signature. Each costs seconds of OCR (pipeline/ocr.py) for nothing.
    Text drawn as outlines, not as text, is the one case this misses; no sample or real PDF has it.
    """
    return page.images > 0 and not usable_layer(page)


def french_word_share(text: str) -> float | None:
    """Share of the text's lowercase words found in the French word list; None when it cannot judge."""
    words = french_words()
    if words is None:
        return None
    tokens = [t for t in _LOWER_WORD.findall(text.translate(_LIGATURES)) if t.islower()]
    if len(tokens) < MIN_JUDGED_WORDS:
        return None
    return sum(t in words for t in tokens) / len(tokens)


@cache
def french_words() -> frozenset[str] | None:
    """The French word list, loaded once per process and only when a scan with text comes (0.1 s, 40 MB).

    None, with a warning, when the list is absent.
    """
    try:
        return frozenset(FRENCH_WORDS.read_text(encoding="utf-8").lower().split())
    except OSError:
        log.warning(
            "%s is missing: garbage text layers from an earlier OCR are not detected (apt-get install wfrench)",
            FRENCH_WORDS,
        )
        return None
