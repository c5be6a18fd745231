"""Checks: the spec lint (amounts printed vs declared, votes vs attendance) and the re-reading
of each written PDF with pypdfium2."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from .french import NBSP
from .model import Sample

_AMOUNT_RE = re.compile(
    r"(?<![\d,.])(-\s)?(\d{1,3}(?:[ \u00a0.]\d{3})+|\d+)(,\d{1,2})?"
    r"[ \u00a0]?(?:€|euros?\b)"
)
_SCALED_RE = re.compile(r"(?<![\d,.])(\d+(?:,\d+)?)[ \u00a0]?([Mk])€")


def amounts_in_text(text: str) -> set[Decimal]:
    """Euro amounts written in figures in a spec string (used only to lint the specs)."""
    found = set()
    for match in _AMOUNT_RE.finditer(text):
        sign, whole, cents = match.groups()
        value = Decimal(re.sub(r"[ \u00a0.]", "", whole) + (cents or "").replace(",", "."))
        found.add(-value if sign else value)
    for match in _SCALED_RE.finditer(text):  # "1,5 M€", "150 k€"
        whole, scale = match.groups()
        found.add(Decimal(whole.replace(",", ".")) * (1_000_000 if scale == "M" else 1000))
    return found


def lint_sample(sample: Sample) -> None:
    """Double-entry checks: the amounts declared in each act are exactly those in its text;
    with `check_votes_cast`, every printed tally adds up to the members present or represented."""
    for i, act in enumerate(sample.acts):
        printed = set().union(*(amounts_in_text(t) for t in act.text_blocks())) if act.text_blocks() else set()
        declared = set(act.amounts)
        assert printed == declared, f"{sample.name} act {i}: printed {sorted(printed)} declared {sorted(declared)}"
        if sample.check_votes_cast and act.session:
            for vote in act.votes:
                cast = vote.cast()
                assert cast is None or cast == act.session.can_vote(), (
                    f"{sample.name} act {i}: {cast} votes cast, {act.session.can_vote()} voters"
                )


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _amount_digits(value: int | float) -> str:
    """35830 -> "35830", 1234567.89 -> "1234567,89", -2500 -> "-2500" (text without spaces/dots)."""
    text = f"{abs(Decimal(str(value))):f}".rstrip("0").rstrip(".").replace(".", ",")
    return ("-" if value < 0 else "") + text


def _scaled_digits(value: int | float) -> str:
    """1500000 -> "1,5M€" (text without spaces), as "1,5 M€" is printed."""
    millions = Decimal(str(value)) / 1_000_000
    return f"{millions:f}".rstrip("0").rstrip(".").replace(".", ",") + "M€"


def check_pdf(path: Path, expected: dict) -> list[str]:
    """Re-read the PDF with pypdfium2 and look, on each act's pages, for its number, title,
    article openings, attendees' surnames and amounts; U+00A0 must survive in the text layer."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        raw = [page.get_textpage().get_text_range() for page in pdf]
    finally:
        pdf.close()
    pages = [_squash(text) for text in raw]
    problems = []
    if len(pages) != expected["document"]["pages"]:
        problems.append(f"{path.name}: {len(pages)} pages")
    for i, act in enumerate(expected["acts"]):
        first, last = act["pages"]
        text = " ".join(pages[first - 1 : last])
        digits = re.sub(r"[\s.]", "", text)
        wanted = [act.get("number"), act.get("title")]
        wanted += [a["starts_with"] for a in act.get("articles", [])]
        for piece in filter(None, wanted):
            # A title composed from a heading and an entry ("Vote des subventions – Jumelage")
            # is printed in its parts, the heading possibly on an earlier page.
            if _squash(piece) not in text and " – " in piece:
                heading, entry = piece.rsplit(" – ", 1)
                if _squash(entry) in text and _squash(heading) in " ".join(pages[:last]):
                    continue
            if _squash(piece) not in text:
                problems.append(f"{path.name} acts[{i}]: {piece!r} not found on pages {first}-{last}")
        number, title = act.get("number"), act.get("title")
        if number and title and len(number) <= 4:  # an item number: printed just before its title
            if not re.search(re.escape(_squash(number)) + r"\W{1,8}" + re.escape(_squash(title)[:20]), text):
                problems.append(f"{path.name} acts[{i}]: item number {number!r} is not printed before its title")
        session_text = " ".join(pages[:last])  # a PV prints the attendance once, at the top
        problems += [
            f"{path.name} acts[{i}]: attendee {a['name']!r} not found"
            for a in act.get("attendance", [])
            if a["name"].split(" ", 1)[1] not in session_text
        ]
        problems += [
            f"{path.name} acts[{i}]: amount {v} not found on pages {first}-{last}"
            for v in act.get("amounts", [])
            if _amount_digits(v) not in digits and _scaled_digits(v) not in digits
        ]
    has_big_amount = any(abs(v) >= 1000 for a in expected["acts"] for v in a.get("amounts", []))
    if has_big_amount and NBSP not in "".join(raw):
        problems.append(f"{path.name}: no U+00A0 in the text layer (NbspTTFont not effective)")
    return problems
