"""The text model every extractor reads: pages with word boxes, and sections that map spans to sources.

A `DocText` joins the pages' texts into one string; a `Section` is a slice of it (an act, or a
part of an act). Extractors work on `Section.text` with plain offsets and turn a match into a
`Source` (page, box, raw text) with `Section.source(start, end)`, so every fact stays traceable.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from schemas.record import Source

PAGE_BREAK = "\n\f\n"


@dataclass(frozen=True)
class Word:
    """A run of non-space characters and its box in PDF points, origin at the page's top-left."""

    text: str
    start: int
    end: int
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass
class Page:
    number: int
    text: str
    words: list[Word] = field(default_factory=list)
    width: float = 0.0
    height: float = 0.0
    images: int = 0
    # Where the page draws its images (x0, top, x1, bottom in points, origin at the top-left).
    image_boxes: tuple[tuple[float, float, float, float], ...] = ()

    @property
    def chars(self) -> int:
        """Printable characters, the measure of whether the page has a usable text layer."""
        return sum(1 for c in self.text if not c.isspace())


class DocText:
    """All pages of one PDF as one string, with the map back to pages and word boxes."""

    def __init__(self, pages: list[Page]) -> None:
        self.pages = pages
        self.starts: list[int] = []
        parts: list[str] = []
        offset = 0
        for page in pages:
            self.starts.append(offset)
            parts.append(page.text)
            offset += len(page.text) + len(PAGE_BREAK)
        self.text = PAGE_BREAK.join(parts)

    def page_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def page_number(self, offset: int) -> int:
        return self.pages[self.page_index(offset)].number if self.pages else 1

    def source(self, start: int, end: int) -> Source:
        """The page and box of the characters [start, end) of the document text."""
        index = self.page_index(start)
        page = self.pages[index] if self.pages else None
        raw = " ".join(self.text[start:end].split())
        if page is None:
            return Source(page=1, bbox=None, text=raw)
        local_start = start - self.starts[index]
        local_end = min(end - self.starts[index], len(page.text))
        boxes = [w for w in page.words if w.end > local_start and w.start < local_end]
        bbox = None
        if boxes:
            bbox = (
                round(min(w.x0 for w in boxes), 1),
                round(min(w.top for w in boxes), 1),
                round(max(w.x1 for w in boxes), 1),
                round(max(w.bottom for w in boxes), 1),
            )
        return Source(page=page.number, bbox=bbox, text=raw)

    def section(self, start: int = 0, end: int | None = None) -> Section:
        end = len(self.text) if end is None else end
        return Section(self, start, end)


@dataclass
class Section:
    """A slice [start, end) of a document's text: an act, a part, or a block inside them."""

    doc: DocText
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.doc.text[self.start:self.end]

    def source(self, start: int, end: int) -> Source:
        """Source of the section-relative span [start, end)."""
        return self.doc.source(self.start + start, self.start + end)

    def source_of(self, match: re.Match[str], group: int | str = 0) -> Source:
        return self.source(match.start(group), match.end(group))

    def sub(self, start: int, end: int) -> Section:
        """The section-relative slice [start, end) as a section of its own."""
        return Section(self.doc, self.start + start, self.start + min(end, self.end - self.start))

    @property
    def pages(self) -> tuple[int, int]:
        last = max(self.start, self.end - 1)
        # A section that ends on a page break belongs to the page before it.
        while last > self.start and self.doc.text[last] in "\n\f ":
            last -= 1
        return self.doc.page_number(self.start), self.doc.page_number(last)
