"""The data that flows between the stages: pages with word boxes, the document text and its
sections, the facts of a session, movements during it, and the vote events of an act.

Every stage imports its types from here, downward: text and OCR make `Page`s, segmentation cuts
`Section`s of a `DocText`, the session reader makes `SessionFacts` and `Movement`s, the votes
extractor groups `VoteEvent`s. A `DocText` joins the pages' texts into one string; a `Section` is
a slice of it (an act, or a part of an act). Extractors work on `Section.text` with plain offsets
and turn a match into a `Source` (page, box, raw text) with `Section.source(start, end)`, so
every fact stays traceable.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, fields
from itertools import pairwise

from schemas.record import Attendee, Source

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
        # (str.split drops exactly the characters for which isspace() is true, in C: a generator
        # over every character was the largest single cost of a parse in the profile)
        return len("".join(self.text.split()))


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
        # Each page's word starts and ends, made when a source is first asked of the page.
        self._word_spans: dict[int, tuple[list[int], list[int]] | None] = {}

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
        boxes = self.words(start, end)
        bbox = None
        if boxes:
            bbox = (
                round(min(w.x0 for w in boxes), 1),
                round(min(w.top for w in boxes), 1),
                round(max(w.x1 for w in boxes), 1),
                round(max(w.bottom for w in boxes), 1),
            )
        line = page.text.count("\n", 0, local_start) + 1
        return Source(page=page.number, line=line, bbox=bbox, text=raw)

    def words(self, start: int, end: int) -> list[Word]:
        """The word boxes of the characters [start, end) on the page where `start` is (offsets of
        the words are the page's own)."""
        if not self.pages:
            return []
        index = self.page_index(start)
        local_start = start - self.starts[index]
        local_end = min(end - self.starts[index], len(self.pages[index].text))
        return self._words_within(index, local_start, local_end)

    def _words_within(self, index: int, start: int, end: int) -> list[Word]:
        """The words of a page that overlap its characters [start, end).

        Every fact asks for its source, and scanning all the page's words for each was a
        twentieth of a parse: words in text order (a text layer's always are) are found by
        bisection instead. Words out of order (an OCR'd page's may be) are all scanned."""
        words = self.pages[index].words
        if index not in self._word_spans:
            ordered = all(w.start < w.end for w in words) and all(a.end <= b.start for a, b in pairwise(words))
            self._word_spans[index] = ([w.start for w in words], [w.end for w in words]) if ordered else None
        spans = self._word_spans[index]
        if spans is None:
            return [w for w in words if w.end > start and w.start < end]
        starts, ends = spans
        return words[bisect.bisect_right(ends, start) : bisect.bisect_left(starts, end)]

    def section(self, start: int = 0, end: int | None = None) -> Section:
        end = len(self.text) if end is None else end
        return Section(self, start, end)


@dataclass
class Segment:
    """An act or a part as segmentation cuts it: its kind, its span in the document text, its
    printed heading and, for parts, the index of its act."""

    kind: str
    start: int
    end: int
    heading: str | None = None
    part_of: int | None = None
    # The item number printed in the heading of an item of minutes ("1", "12", "IV"), as printed.
    number: str | None = None


@dataclass
class Section:
    """A slice [start, end) of a document's text: an act, a part, or a block inside them."""

    doc: DocText
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.doc.text[self.start : self.end]

    def source(self, start: int, end: int) -> Source:
        """Source of the section-relative span [start, end)."""
        return self.doc.source(self.start + start, self.start + end)

    def words(self, start: int, end: int) -> list[tuple[int, Word]]:
        """The word boxes of the section-relative span [start, end) on one page, each with its
        section-relative start."""
        index = self.doc.page_index(self.start + start)
        base = self.doc.starts[index] - self.start if self.doc.pages else 0
        return [(base + w.start, w) for w in self.doc.words(self.start + start, self.start + end)]

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


# The facts of a session that an act carries, in the order of the act record.
SESSION_FIELDS = (
    "collectivity",
    "body",
    "session_date",
    "convocation_date",
    "president",
    "secretary",
    "members_in_office",
    "present_count",
    "voters_count",
    "prefecture_id",
)
COUNT_FIELDS = ("members_in_office", "present_count", "voters_count")


@dataclass
class SessionFacts:
    """Header facts printed in a section: an act's head, or the session header of minutes."""

    collectivity: str | None = None
    body: str | None = None
    session_date: str | None = None
    convocation_date: str | None = None
    president: str | None = None
    secretary: str | None = None
    members_in_office: int | None = None
    present_count: int | None = None
    voters_count: int | None = None
    prefecture_id: str | None = None
    # The printed number of absentees: not an act field, it completes the votes.
    absent_count: int | None = None
    # Where each count is printed. Changed only with its count (`set_count`), so that a source
    # always shows the figure of the count it stands beside.
    count_sources: dict[str, Source] = field(default_factory=dict)

    def act_fields(self) -> dict[str, object]:
        """The facts as fields of an act record."""
        return {**{name: getattr(self, name) for name in SESSION_FIELDS}, "count_sources": dict(self.count_sources)}

    def set_count(self, name: str, value: int | None, source: Source | None) -> None:
        """Set one count and where it is printed; a count set to None loses its source. The
        sources are a new dict, never one another SessionFacts may share."""
        setattr(self, name, value)
        sources = {key: kept for key, kept in self.count_sources.items() if key != name}
        self.count_sources = sources | ({name: source} if value is not None and source is not None else {})

    def take_count(self, name: str, other: SessionFacts) -> None:
        """One count as `other` has it, with its source."""
        self.set_count(name, getattr(other, name), other.count_sources.get(name))

    def or_else(self, fallback: SessionFacts) -> SessionFacts:
        """Each fact this section prints, and the fallback's where it prints none; a count's source
        comes from where its value does."""
        merged = SessionFacts(
            **{
                f.name: getattr(self, f.name) if getattr(self, f.name) is not None else getattr(fallback, f.name)
                for f in fields(self)
                if f.name != "count_sources"
            }
        )
        for name in COUNT_FIELDS:
            merged.take_count(name, self if getattr(self, name) is not None else fallback)
        return merged


@dataclass(frozen=True)
class Movement:
    """Someone who arrives, leaves or takes the chair at a point (an offset into the document text)."""

    name: str
    kind: str  # "arrival", "departure" or "chair"
    offset: int


@dataclass
class Session:
    """What a document's session header says once for all its acts: the facts, the attendance,
    the movements during the meeting, and the counts of the box repeated on each page."""

    header_end: int
    facts: SessionFacts
    attendance: list[Attendee] = field(default_factory=list)
    movements: list[Movement] = field(default_factory=list)
    page_boxes: list[dict[str, int]] = field(default_factory=list)


@dataclass
class VoteCount:
    """A printed count of one position ("Pour : 12 (M. A, Mme B)"), with the names and groups listed."""

    start: int
    end: int
    position: str | None = None
    count: int | None = None
    names: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    group_counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class VoteEvent:
    """Something a vote is made of, where it is printed: a count, a unanimity or majority, a result
    word, an election's ballot figures. Events close together make one vote."""

    start: int
    end: int
    kind: str  # "count", "unanimous", "majority", "result" or "election"
    count: VoteCount | None = None
