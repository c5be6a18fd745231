"""The Bitstream Vera fonts shipped inside reportlab, writing U+00A0 as U+00A0.

Vera has €, the French accents, « », ’ and U+00A0 but no U+202F (narrow no-break space), so
thousands separators use U+00A0.  Reportlab normally writes U+00A0 as a plain space in the text
layer; ``NbspTTFont`` keeps it, so the extracted text really contains U+00A0 like office-suite
PDFs do.
"""

from __future__ import annotations

from pathlib import Path

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from .french import NBSP

FONT_DIR = Path(reportlab.__file__).resolve().parent / "fonts"
FONT = "Vera"
FONT_BOLD = "Vera-Bold"
FONT_ITALIC = "Vera-Italic"
_NBSP_PROXY = 0xF8FF  # private-use code point standing for U+00A0 while reportlab subsets


class NbspTTFont(TTFont):
    """A TrueType font that writes U+00A0 as U+00A0 in the PDF text layer.

    Reportlab folds U+00A0 into the space character when it builds font subsets, so extracted
    text would show plain spaces.  Here U+00A0 is swapped for a private code point drawn with
    the space glyph, and that code point is renamed back to U+00A0 in the subset before the
    ToUnicode map is written.  Line breaking is unaffected: paragraphs still see U+00A0.
    """

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        face = self.face
        face.charToGlyph[_NBSP_PROXY] = face.charToGlyph[0x20]
        face.charWidths[_NBSP_PROXY] = face.charWidths[0x20]

    def splitString(self, text, doc, encoding="utf-8"):  # noqa: N802 (reportlab API)
        if isinstance(text, bytes):
            text = text.decode("utf-8")
        return super().splitString(text.replace(NBSP, chr(_NBSP_PROXY)), doc, encoding)

    def addObjects(self, doc) -> None:  # noqa: N802 (reportlab API)
        state = self.state.get(doc)
        if state is not None:
            for subset in state.subsets:
                for i, code in enumerate(subset):
                    if code == _NBSP_PROXY:
                        subset[i] = 0xA0
        super().addObjects(doc)


def register_fonts() -> None:
    """Register the Vera family shipped with reportlab (works on any machine with reportlab)."""
    files = {FONT: "Vera.ttf", FONT_BOLD: "VeraBd.ttf", FONT_ITALIC: "VeraIt.ttf", "Vera-BoldItalic": "VeraBI.ttf"}
    for name, filename in files.items():
        pdfmetrics.registerFont(NbspTTFont(name, str(FONT_DIR / filename)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic="Vera-BoldItalic")
