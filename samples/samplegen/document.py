"""Page templates (one or two columns, a band or a side box on page 1), running header and
footer, stamps drawn last, and the two-pass build that knows the page total."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from .fakebold import fake_bold_canvas
from .flow import STAMP_WIDTH, Ctx, draw_stamp, make_styles, stamp_height
from .fonts import FONT
from .model import Layout, Sample
from .pieces import Story


def footer_text(layout: Layout, page: int, total: int, marks: dict[str, int]) -> str | None:
    """The footer of a page; with `footer_act`, only on that act's pages, numbered within it
    (`marks` are those of the previous pass)."""
    if not layout.footer:
        return None
    if layout.footer_act is not None:
        first = marks.get(f"act{layout.footer_act}.start")
        last = marks.get(f"act{layout.footer_act}.end")
        if not (first and last and first <= page <= last):
            return None
        page, total = page - first + 1, last - first + 1
    return layout.footer.replace("{page}", str(page)).replace("{total}", str(total))


class SampleDocTemplate(BaseDocTemplate):
    """One or two columns, running header/footer with "Page n sur N", stamps drawn last."""

    def __init__(self, target, layout: Layout, total: int | None, ctx: Ctx, title: str, previous: Ctx | None) -> None:
        left, right, top, bottom = layout.margins
        super().__init__(
            target,
            pagesize=layout.pagesize,
            leftMargin=left,
            rightMargin=right,
            topMargin=top,
            bottomMargin=bottom,
            invariant=1,
            title=title,
            author="delib sample generator",
            subject="Échantillon fictif",
            creator="samples/generate.py",
        )
        self.layout = layout
        self.total = total
        self.ctx = ctx
        self.previous = previous  # the context of the previous pass: marks and stamps found there
        self.addPageTemplates(self._templates())

    def _templates(self) -> list[PageTemplate]:
        lay = self.layout
        x, y, w, h = self.leftMargin, self.bottomMargin, self.width, self.height
        deco = {"onPage": self._decorate, "onPageEnd": self._draw_stamps}
        if lay.side_width:
            band, side = lay.first_page_band, lay.side_width
            first = [
                Frame(x, y + h - band, w, band, id="band"),
                Frame(x, y, side, h - band, id="side"),
                Frame(x + side + lay.gutter, y, w - side - lay.gutter, h - band, id="body"),
            ]
            return [
                PageTemplate("first", first, autoNextPageTemplate="later", **deco),
                PageTemplate("later", [Frame(x, y, w, h, id="full")], **deco),
            ]
        if lay.columns == 1:
            return [PageTemplate("main", [Frame(x, y, w, h, id="body")], **deco)]
        col = (w - lay.gutter) / 2
        band = lay.first_page_band

        def columns(height: float) -> list[Frame]:
            return [Frame(x, y, col, height, id="left"), Frame(x + col + lay.gutter, y, col, height, id="right")]

        first = [Frame(x, y + h - band, w, band, id="band"), *columns(h - band)]
        return [
            PageTemplate("first", first, autoNextPageTemplate="later", **deco),
            PageTemplate("later", columns(h), **deco),
        ]

    def _decorate(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        lay = self.layout
        page, total = canv.getPageNumber(), self.total or 0
        width, height = lay.pagesize
        left, right, top, bottom = lay.margins
        if self.previous:
            self._stamp_corner(canv, self.previous.top_stamps.get(page, []))
        canv.saveState()
        if lay.page_box:
            # Drawn first when the page begins: in the content stream, hence in the extracted
            # text, the box comes before anything else on the page, like a cartouche printed on
            # every sheet.
            box_h, line_h = lay.page_box_height(), lay.page_box_font * 1.25
            top_y = height - 10 * mm
            canv.setLineWidth(0.8)
            canv.rect(left, top_y - box_h, lay.page_box_width, box_h)
            canv.setFont(FONT, lay.page_box_font)
            for n, text in enumerate(lay.page_box):
                canv.drawString(left + 4, top_y - 4 - line_h * (n + 1) + 2, text)
        canv.setFont(FONT, max(lay.font_size - 2.5, 6.5))
        if lay.header:
            text = lay.header.replace("{page}", str(page)).replace("{total}", str(total))
            canv.drawString(left, height - top + 8, text)
            canv.setLineWidth(0.4)
            canv.line(left, height - top + 5, width - right, height - top + 5)
        footer = footer_text(lay, page, total, self.previous.marks if self.previous else {})
        if footer:
            canv.drawRightString(width - right, bottom - 12, footer)
        if lay.footer_left:
            canv.drawString(left, bottom - 12, lay.footer_left)
        canv.restoreState()

    def _draw_stamps(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        self._stamp_corner(canv, self.ctx.stamps.get(canv.getPageNumber(), []))

    def _stamp_corner(self, canv: Canvas, stamps: list[list[str]]) -> None:
        """Stamps at the top right of the page, one under the other."""
        width, height = self.layout.pagesize
        for i, texts in enumerate(stamps):
            box_h = stamp_height(texts)
            x = width - self.layout.margins[1] - STAMP_WIDTH
            y = height - 6 * mm - box_h - i * (box_h + 4)
            draw_stamp(canv, x, y, texts)


@dataclass
class Built:
    pdf: bytes
    pages: int
    marks: dict[str, int]


def build_pdf(sample: Sample) -> Built:
    """Lay the sample out twice: the second pass knows the page total ("Page 2 sur 5")."""
    total: int | None = None
    previous: Ctx | None = None
    for _ in range(2):
        layout = sample.layout
        left, right, _, _ = layout.margins
        frame_width = layout.pagesize[0] - left - right
        if layout.columns == 2:
            frame_width = (frame_width - layout.gutter) / 2
        elif layout.side_width:
            frame_width -= layout.side_width + layout.gutter
        ctx = Ctx(
            make_styles(layout, sample.styles),
            sample.name_format,
            frame_width - 12,
            sample.vote_name_format or sample.name_format,
        )
        buffer = io.BytesIO()
        doc = SampleDocTemplate(buffer, layout, total, ctx, sample.genre, previous)
        doc.build(Story(sample, ctx).run(sample.story), canvasmaker=fake_bold_canvas(layout.fake_bold))
        if previous is not None:
            same = (doc.page, ctx.marks, ctx.top_stamps) == (total, previous.marks, previous.top_stamps)
            assert same, "layout changed between passes"
        total, previous = doc.page, ctx
    assert previous is not None
    return Built(buffer.getvalue(), total or 0, previous.marks)
