"""Letterheads printed as pictures: a town's coat of arms and name drawn into a PNG with Pillow.

Many towns paste their logo into the word processor as an image, so the town's name is in no
text layer and a reader must find the commune in the prose (sample
``commune_deliberation_entete_image``).  The picture is drawn with the Vera font shipped inside
reportlab and encoded by Pillow without metadata, so its bytes do not change between runs.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Image, Spacer

from .flow import Ctx, lines
from .fonts import FONT_DIR, FONT_ITALIC

DPI = 200
AZURE, GOLD, INK = (31, 78, 121), (212, 160, 23), (20, 40, 70)


def _shield(draw: ImageDraw.ImageDraw, left: int, top: int, width: int, height: int) -> None:
    """A heater shield, azure, a gold chevron between three gold bezants."""
    right, bottom, mid = left + width, top + height, left + width // 2
    outline = [(left, top), (right, top), (right, top + height * 55 // 100), (mid, bottom)]
    outline.append((left, top + height * 55 // 100))
    draw.polygon(outline, fill=AZURE, outline=INK, width=max(2, width // 40))
    arm = height * 18 // 100
    peak, foot = top + height * 30 // 100, top + height * 62 // 100
    draw.polygon(
        [(left, foot), (mid, peak), (right, foot), (right, foot + arm), (mid, peak + arm), (left, foot + arm)],
        fill=GOLD,
    )
    radius = width // 10
    for cx, cy in ((left + width // 4, top + height // 6), (right - width // 4, top + height // 6)):
        draw.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], fill=GOLD)
    cx, cy = mid, top + height * 80 // 100
    draw.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], fill=GOLD)


def arms_and_name_png(name: str, width: float, height: float) -> bytes:
    """A PNG `width` x `height` points: the shield on the left, `name` in bold capitals beside it."""
    w, h = round(width / 72 * DPI), round(height / 72 * DPI)
    image = PILImage.new("RGB", (w, h), "white")
    draw = ImageDraw.Draw(image)
    shield_w = h * 3 // 4
    _shield(draw, 2, 2, shield_w, h - 5)
    room = w - shield_w - h // 3
    size = h // 2
    font = ImageFont.truetype(str(FONT_DIR / "VeraBd.ttf"), size)
    while draw.textlength(name, font=font) > room:  # the longest names are drawn smaller
        size -= 2
        font = ImageFont.truetype(str(FONT_DIR / "VeraBd.ttf"), size)
    draw.text((shield_w + h // 4, h // 2), name, font=font, fill=INK, anchor="lm")
    out = io.BytesIO()
    image.save(out, "PNG", dpi=(DPI, DPI))
    return out.getvalue()


def picture_letterhead(ctx: Ctx, name: str, above: Sequence[str], width: float, height: float) -> list[Flowable]:
    """The text lines `above` (an elision such as "Ville d’", or none), then the picture of
    the arms and `name`, at the left margin."""
    out: list[Flowable] = []
    if above:
        style = ParagraphStyle("above_picture", parent=ctx.st.small, fontName=FONT_ITALIC, leftIndent=height)
        out.append(lines(above, style))
    picture = Image(io.BytesIO(arms_and_name_png(name, width, height)), width, height)
    picture.hAlign = "LEFT"
    return [*out, picture, Spacer(1, 6)]
