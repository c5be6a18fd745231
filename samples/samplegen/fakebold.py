"""Fake bold: a canvas that draws every glyph of the bold font twice, a small fraction of an em apart.

Some office suites and PDF printers embolden a font that has no bold face this way; the text
layer then holds each character twice, the twin slightly to the right of the first.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from .fonts import FONT_BOLD


class _TwiceDrawnText(PDFTextObject):
    """A text object whose bold glyphs are each drawn, stepped back and drawn again."""

    shift = 0.0  # between a glyph and its twin, in ems

    def _formatText(self, text):  # noqa: N802 (reportlab API)
        if self._fontname != FONT_BOLD or not self.shift:
            return super()._formatText(text)
        size = self._fontsize
        shift = self.shift * 1000  # in thousandths of an em, as TJ moves the pen
        out = []
        for char in text:
            once = super()._formatText(char)
            # A TJ holding only a number moves the pen back by that many thousandths of an em:
            # back to a shift past the glyph for its twin, then back by the shift, so that the
            # next glyph starts where it would in real bold.
            back = stringWidth(char, FONT_BOLD, size) * 1000 / size - shift
            out.append(f"{once} [{back:.1f}] TJ {once} [{shift:.1f}] TJ")
        return " ".join(out)


def fake_bold_canvas(shift: float) -> type[Canvas]:
    """A canvas class (for `doc.build(canvasmaker=…)`) drawing bold glyphs twice, `shift` ems apart."""
    text_object = type("TwiceDrawnText", (_TwiceDrawnText,), {"shift": shift})

    class FakeBoldCanvas(Canvas):
        def beginText(self, x=0, y=0, direction=None):  # noqa: N802 (reportlab API)
            return text_object(self, x, y, direction=direction)

    return FakeBoldCanvas
