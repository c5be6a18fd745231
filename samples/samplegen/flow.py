"""Paragraph styles, the rendering context and the small flowables every layout uses."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from .fonts import FONT, FONT_BOLD, FONT_ITALIC
from .french import NBSP, money
from .model import Block, Layout, Money, NameFormat, Styled, TableSpec

ALIGNMENTS = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}
FONTS = {"regular": FONT, "bold": FONT_BOLD, "italic": FONT_ITALIC}
# Spec keys of a custom paragraph style -> ParagraphStyle attributes.
STYLE_KEYS = {
    "size": "fontSize",
    "leading": "leading",
    "space_before": "spaceBefore",
    "space_after": "spaceAfter",
    "left_indent": "leftIndent",
    "keep_with_next": "keepWithNext",
}


@dataclass
class Styles:
    body: ParagraphStyle
    left: ParagraphStyle
    small: ParagraphStyle
    center: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    right: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    custom: dict[str, ParagraphStyle] = field(default_factory=dict)  # the spec's [styles]

    def named(self, name: str) -> ParagraphStyle:
        return self.custom[name] if name in self.custom else getattr(self, name)


def make_styles(layout: Layout, custom: dict[str, dict]) -> Styles:
    """The base styles of a layout, then the spec's own styles, each derived from a parent."""
    size = layout.font_size
    lead = size * layout.leading
    body = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=size,
        leading=lead,
        spaceAfter=size * 0.45,
        alignment=TA_JUSTIFY if layout.justify else TA_LEFT,
    )
    cell = ParagraphStyle(
        "cell",
        parent=body,
        fontSize=size - 1.5,
        leading=(size - 1.5) * 1.2,
        spaceAfter=0,
        alignment=TA_LEFT,
        splitLongWords=0,
    )
    styles = Styles(
        body=body,
        left=ParagraphStyle("left", parent=body, alignment=TA_LEFT),
        small=ParagraphStyle("small", parent=body, fontSize=size - 2, leading=(size - 2) * 1.25, alignment=TA_LEFT),
        center=ParagraphStyle("center", parent=body, alignment=TA_CENTER),
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=size + 3,
            leading=(size + 3) * 1.25,
            alignment=TA_CENTER,
            spaceAfter=size * 0.8,
        ),
        heading=ParagraphStyle(
            "heading", parent=body, fontName=FONT_BOLD, alignment=TA_LEFT, spaceBefore=size * 0.6, keepWithNext=1
        ),
        right=ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=FONT_BOLD, alignment=TA_CENTER),
    )
    for name, spec in custom.items():
        attrs = {STYLE_KEYS[k]: v for k, v in spec.items() if k in STYLE_KEYS}
        if "font" in spec:
            attrs["fontName"] = FONTS[spec["font"]]
        if "align" in spec:
            attrs["alignment"] = ALIGNMENTS[spec["align"]]
        unknown = set(spec) - set(STYLE_KEYS) - {"parent", "font", "align"}
        assert not unknown, f"style {name}: unknown keys {unknown}"
        styles.custom[name] = ParagraphStyle(name, parent=styles.named(spec["parent"]), **attrs)
    return styles


class Mark(Flowable):
    """Zero-size flowable recording the page it lands on (act boundaries, layout checks)."""

    def __init__(self, registry: dict[str, int], key: str, keep_with_next: bool = False) -> None:
        super().__init__()
        self.registry = registry
        self.key = key
        self.keepWithNext = keep_with_next

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.registry[self.key] = self.canv.getPageNumber()


# A préfecture stamp: a ruled box at the right of the page, its lines in a small font.
STAMP_WIDTH = 68 * mm
STAMP_LINE = 8.4


def stamp_height(texts: Sequence[str]) -> float:
    return STAMP_LINE * len(texts) + 6


def draw_stamp(canv: Canvas, x: float, y: float, texts: Sequence[str], order: Sequence[int] | None = None) -> None:
    """The stamp's box, its bottom left corner at (x, y), and its lines, in the content stream
    in `order` (their indexes; top to bottom by default)."""
    box_h = stamp_height(texts)
    canv.saveState()
    canv.setLineWidth(0.8)
    canv.setStrokeColor(colors.HexColor("#333333"))
    canv.rect(x, y, STAMP_WIDTH, box_h)
    canv.setFont(FONT, 6.8)
    for n in range(len(texts)) if order is None else order:
        canv.drawString(x + 4, y + box_h - 4 - STAMP_LINE * (n + 1) + 2, texts[n])
    canv.restoreState()


class Stamp(Flowable):
    """Schedules a préfecture acknowledgement box on the current page, in `registry`.

    The document draws the boxes of ``Ctx.stamps`` at the end of the page (onPageEnd), as @ctes
    stamps are overlays added after signature: in the content stream, hence in extracted text,
    they come last.  Those of ``Ctx.top_stamps`` come first, drawn when the page begins on the
    page where the previous pass found them, as platforms that stamp every page print them.
    """

    def __init__(self, registry: dict[int, list[list[str]]], lines: list[str]) -> None:
        super().__init__()
        self.registry = registry
        self.lines = lines

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.registry.setdefault(self.canv.getPageNumber(), []).append(self.lines)


class StampBeside(Flowable):
    """A paragraph with a stamp at the frame's right, the stamp's line `line` (from 1) on the
    paragraph's first baseline.  The stamp is drawn after the paragraph, that line first, so the
    text layer reads "ARRÊTE Publié le" and then the stamp's other lines (a stamp line drawn
    just before the paragraph overlaps its taller glyphs and is read on the same line)."""

    def __init__(self, paragraph: Paragraph, texts: Sequence[str], line: int) -> None:
        super().__init__()
        assert 1 <= line <= len(texts), line
        self.paragraph, self.texts, self.line = paragraph, list(texts), line

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        _, height = self.paragraph.wrap(aw, ah)
        baseline = height - self.paragraph.style.fontSize  # the first line's, from the bottom
        box_bottom = baseline - stamp_height(self.texts) + 2 + STAMP_LINE * self.line
        # the flowable holds both, so the box overlaps no other line of the body
        self.below = max(0.0, -box_bottom)
        self.box = (aw - STAMP_WIDTH, box_bottom + self.below)
        self.width = aw
        self.height = self.below + max(height, box_bottom + stamp_height(self.texts))
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        return self.paragraph.getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.paragraph.getSpaceAfter()

    def draw(self) -> None:
        self.paragraph.drawOn(self.canv, 0, self.below)
        others = [n for n in range(len(self.texts)) if n != self.line - 1]
        draw_stamp(self.canv, *self.box, self.texts, [self.line - 1, *others])


@dataclass
class Ctx:
    """What pieces need: styles, the sample's name formats, registries, frame width."""

    st: Styles
    name: NameFormat
    width: float
    vname: NameFormat  # names inside vote lines
    marks: dict[str, int] = field(default_factory=dict)
    stamps: dict[int, list[list[str]]] = field(default_factory=dict)  # drawn when the page ends
    top_stamps: dict[int, list[list[str]]] = field(default_factory=dict)  # when it begins (next pass)


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped)."""
    return Paragraph(escape(text), style)


def rich(markup: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph whose text already contains reportlab markup (<b>, <i>, <br/>)."""
    return Paragraph(markup, style)


def labelled(label: str, text: str, style: ParagraphStyle) -> Paragraph:
    """ "<b>Présents :</b> M. Jean DUPONT, ..." """
    return Paragraph(f"<b>{escape(label)}</b> {escape(text)}", style)


def lines(texts: Sequence[str], style: ParagraphStyle) -> Paragraph:
    """Several short lines in one paragraph (forced line breaks)."""
    return Paragraph("<br/>".join(escape(t) for t in texts), style)


def bold_line(ctx: Ctx, text: str, style: ParagraphStyle | None = None) -> Paragraph:
    return rich(f"<b>{escape(text)}</b>", style or ctx.st.left)


def letterhead(ctx: Ctx, left: Sequence[str], right: Sequence[str] = (), left_bold: bool = True) -> Flowable:
    """Two-cell borderless header: the collectivity on the left, the Republic on the right."""
    head = ParagraphStyle("lh", parent=ctx.st.small, fontName=FONT_BOLD if left_bold else FONT)
    cells = [[lines(left, head), lines(right, ParagraphStyle("lhr", parent=ctx.st.small, alignment=TA_RIGHT))]]
    table = Table(cells, colWidths=[ctx.width * 0.6, ctx.width * 0.4])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def logo_box(ctx: Ctx, acronym: str, caption: Sequence[str]) -> Flowable:
    """A drawn logo (framed acronym) next to the organisation's name."""
    logo = Table(
        [
            [
                para(
                    acronym,
                    ParagraphStyle(
                        "logo",
                        parent=ctx.st.center,
                        fontName=FONT_BOLD,
                        fontSize=ctx.st.body.fontSize + 4,
                        leading=ctx.st.body.fontSize + 8,
                    ),
                )
            ]
        ],
        colWidths=[28 * mm],
        rowHeights=[16 * mm],
    )
    logo.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#1f4e79")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#dbe8f5")),
            ]
        )
    )
    table = Table(
        [[logo, lines(caption, ParagraphStyle("cap", parent=ctx.st.small, fontName=FONT_BOLD))]],
        colWidths=[34 * mm, ctx.width - 34 * mm],
    )
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def boxed(ctx: Ctx, texts: Sequence[str], style: ParagraphStyle | None = None, width: float | None = None) -> Flowable:
    """Texts in a single ruled box (counts box, title box)."""
    table = Table([[lines(texts, style or ctx.st.left)]], colWidths=[width or ctx.width])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def ruled_table(ctx: Ctx, spec: TableSpec, money_unit_sep: str = NBSP) -> Table:
    """A ruled table (grid, grey header row); Money cells right-aligned, French format."""

    def cell(value: str | Money) -> Paragraph:
        if isinstance(value, Money):
            text = money(value.value, cents=True, unit=value.unit, unit_sep=money_unit_sep, minus=spec.minus)
            return para(text, ctx.st.cell_right)
        return para(value, ctx.st.cell)

    data = [[para(h, ctx.st.cell_head) for h in spec.header]]
    data += [[cell(c) for c in row] for row in spec.rows]
    total = sum(spec.widths)
    table = Table(data, colWidths=[ctx.width * w / total for w in spec.widths], repeatRows=1)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    if spec.bold_last_row:
        style.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f2f2f2")))
    table.setStyle(TableStyle(style))
    return table


# How a table of names is ruled: an office suite's grid with a grey header row, or no rule at
# all (columns held by tab stops, as small communes type them), read by position alone.
TABLE_RULES: dict[str, list[tuple]] = {
    "grid": [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
    ],
    "none": [],
}


def text_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    style: ParagraphStyle,
    rules: str = "grid",
    align: str = "LEFT",
) -> Table:
    """Text cells under a bold header row, columns `widths` points wide, ruled by `rules`."""
    head = ParagraphStyle(style.name + "_head", parent=style, fontName=FONT_BOLD)
    data = [[para(h, head) for h in header]] + [[para(c, style) for c in row] for row in rows]
    table = Table(data, colWidths=list(widths), repeatRows=1)
    padding = [("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    table.setStyle(TableStyle([*TABLE_RULES[rules], *padding, ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    table.hAlign = align
    return table


def names_grid(ctx: Ctx, names: Sequence[str]) -> Table:
    """Names in a ruled two-column table read row by row ("A | B", "C | D")."""
    rows = [
        [para(names[i], ctx.st.cell), para(names[i + 1] if i + 1 < len(names) else "", ctx.st.cell)]
        for i in range(0, len(names), 2)
    ]
    table = Table(rows, colWidths=[ctx.width * 0.4] * 2)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    table.hAlign = "LEFT"
    return table


def dotted_contents(ctx: Ctx, entries: Sequence[tuple[str, str]], style: ParagraphStyle) -> Table:
    """A sommaire without rules: each entry on the left, "…… p. 2" right-aligned."""
    page_style = ParagraphStyle(style.name + "p", parent=style, alignment=TA_RIGHT)
    rows = [[para(entry, style), para(page, page_style)] for entry, page in entries]
    table = Table(rows, colWidths=[ctx.width * 0.8, ctx.width * 0.2])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def two_column_list(ctx: Ctx, entries: Sequence[str], style: ParagraphStyle | None = None) -> Table:
    """Entries split in two columns (first half left, second half right), no rules."""
    half = (len(entries) + 1) // 2
    cells = [[lines(entries[:half], style or ctx.st.left), lines(entries[half:], style or ctx.st.left)]]
    table = Table(cells, colWidths=[ctx.width / 2] * 2)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2)]))
    return table


def signature(ctx: Ctx, texts: Sequence[str], align: str = "right") -> Flowable:
    style = ParagraphStyle(
        "sig", parent=ctx.st.left, leftIndent=ctx.width * 0.5 if align == "right" else 0, spaceBefore=10
    )
    return KeepTogether([lines(texts, style)])


def signatures_side_by_side(ctx: Ctx, left: Sequence[str], right: Sequence[str]) -> Flowable:
    table = Table([[lines(left, ctx.st.left), lines(right, ctx.st.left)]], colWidths=[ctx.width / 2] * 2)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 12)]))
    return KeepTogether([table])


def separator(ctx: Ctx) -> Flowable:
    return para("…" + "." * 60, ctx.st.center)


def blocks(ctx: Ctx, items: Sequence[Block], style: ParagraphStyle | None = None) -> list[Flowable]:
    """An act's intro or outro: paragraphs, ruled tables, styled paragraphs, italic remarks."""
    out: list[Flowable] = []
    for item in items:
        if isinstance(item, TableSpec):
            out += [ruled_table(ctx, item), Spacer(1, 6)]
        elif isinstance(item, Styled):
            own = ctx.st.named(item.style) if item.style else style or ctx.st.body
            text = escape(item.text)
            out.append(rich(f"<i>{text}</i>" if item.italic else text, own))
        else:
            out.append(para(item, style or ctx.st.body))
    return out
