"""Attendance printed as a table: a row of column labels ("Nom | Pouvoir à | Suppléant"), then one
row an absent member, its cells read by where they stand under the labels.

The text layer prints the cells of a row side by side with one space between them ("M. Jean
DUPONT Mme Anne PETIT"), so whether the second name holds the proxy or sits in the member's
place is known only from the word boxes. Without boxes (a page read by a tool that gave none), a
row is cut at its second civility and the second name goes to the first column after the name.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from extractors.folding import fold
from extractors.fr.attendance import ATTENDANCE_COLUMN
from extractors.fr.people import ONE_CIVILITY
from extractors.stages import Section, Word

_LABEL = ATTENDANCE_COLUMN.alternation()
_NAME_LABEL = ATTENDANCE_COLUMN.alternation("name")
_OTHER_LABEL = ATTENDANCE_COLUMN.alternation("proxy", "substitute")
_SEPARATOR = r"[ \t|]+"
# The header row: a name label first, then labels only, one of them a proxy or a substitute.
HEADER_ROW = re.compile(
    rf"^[ \t|]*(?<!\w)(?:{_NAME_LABEL})(?:{_SEPARATOR}(?:{_LABEL}))*?{_SEPARATOR}(?:{_OTHER_LABEL})"
    rf"(?:{_SEPARATOR}(?:{_LABEL}))*[ \t|:]*$",
    re.M | re.I,
)
LABEL = re.compile("|".join(rf"(?P<c{i}>(?<!\w){p}(?!\w))" for i, p in enumerate(ATTENDANCE_COLUMN.patterns())), re.I)
# A row is over at a label ("Secrétaire de séance :") or at a line of prose (a sentence's period).
ROW_END = re.compile(r":|\.\s*$|[a-zà-ÿ]{3,}\s+[a-zà-ÿ]{3,}\s+[a-zà-ÿ]{3,}")
SECOND_CIVILITY = re.compile(rf"(?<=\S)\s+(?={ONE_CIVILITY}\s)")
MAX_ROWS = 60
LINE = re.compile(r"^.*$", re.M)


@dataclass
class Column:
    meaning: str  # "name", "proxy" or "substitute"
    label: str  # as printed, folded
    x0: float | None = None
    x1: float | None = None


@dataclass
class Row:
    """One absent member: for each column's meaning, the section-relative spans of its cell (a cell
    may wrap over lines)."""

    cells: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    def text(self, section: Section, meaning: str) -> str:
        return " ".join(" ".join(section.text[a:b].split()) for a, b in self.cells.get(meaning, []))

    def span(self, meaning: str) -> tuple[int, int] | None:
        spans = self.cells.get(meaning)
        return (spans[0][0], spans[-1][1]) if spans else None


@dataclass
class AttendanceTable:
    start: int  # the header row, section-relative
    end: int  # the end of the last row read
    columns: list[Column]
    rows: list[Row]

    @property
    def name_label(self) -> str:
        return self.columns[0].label


def find_attendance_tables(section: Section) -> list[AttendanceTable]:
    """Every attendance table of the section, its rows read until a line that is no row."""
    text = section.text
    folded = fold(text)
    tables = []
    for header in HEADER_ROW.finditer(folded):
        columns = _columns(section, header)
        rows, end = _rows(section, header.end(), columns)
        tables.append(AttendanceTable(header.start(), end, columns, rows))
    return tables


def _columns(section: Section, header: re.Match[str]) -> list[Column]:
    columns = []
    for label in LABEL.finditer(header.group(0)):
        index = int(next(name for name, value in label.groupdict().items() if value)[1:])
        column = Column(ATTENDANCE_COLUMN.rows[index].meaning, label.group(0))
        boxes = [w for _, w in section.words(header.start() + label.start(), header.start() + label.end())]
        if boxes:
            column.x0, column.x1 = min(w.x0 for w in boxes), max(w.x1 for w in boxes)
        columns.append(column)
    return columns


def _rows(section: Section, start: int, columns: list[Column]) -> tuple[list[Row], int]:
    text = section.text
    rows: list[Row] = []
    end = start
    for line in LINE.finditer(text, start):
        line_start, line_end = line.start(), line.end()
        content = line.group(0)
        if not content.strip() or ROW_END.search(content) or len(rows) >= MAX_ROWS:
            break
        cells = _cells(section, line_start, line_end, columns)
        if not cells:
            break
        if "name" not in cells and rows:  # a cell wrapped onto the next line
            for meaning, spans in cells.items():
                rows[-1].cells.setdefault(meaning, []).extend(spans)
        elif "name" in cells:
            rows.append(Row(cells))
        else:
            break
        end = line_end
    return rows, end


def _cells(section: Section, start: int, end: int, columns: list[Column]) -> dict[str, list[tuple[int, int]]]:
    """The cells of one printed row, by the meaning of the column each stands under."""
    words = [(offset, word) for offset, word in section.words(start, end) if word.text.strip()]
    placed = [c for c in columns if c.x0 is not None]
    if not words or len(placed) < len(columns):
        return _cells_by_civility(section.text, start, end, columns)
    cells: dict[str, list[tuple[int, int]]] = {}
    for group in _groups(words):
        meaning = _column_at(group[0][1].x0, placed)
        span = (group[0][0], group[-1][0] + len(group[-1][1].text))
        spans = cells.setdefault(meaning, [])
        if spans:  # two groups under one label: a justified cell
            spans[-1] = (spans[-1][0], span[1])
        else:
            spans.append(span)
    return cells


def _groups(words: list[tuple[int, Word]]) -> list[list[tuple[int, Word]]]:
    """Words cut into cells where the gap is wider than a word space (about a quarter of the
    font's height): more than 0.6 of the line's median word height."""
    height = statistics.median(w.bottom - w.top for _, w in words) or 1.0
    groups = [[words[0]]]
    for previous, current in zip(words, words[1:]):
        if current[1].x0 - previous[1].x1 > 0.6 * height:
            groups.append([])
        groups[-1].append(current)
    return groups


def _column_at(x0: float, columns: list[Column]) -> str:
    """The column a cell starting at x0 stands under: the boundary between two columns is halfway
    between their labels, which holds for labels set flush left and for centred ones."""
    meaning = columns[0].meaning
    for before, column in zip(columns, columns[1:]):
        assert before.x1 is not None and column.x0 is not None
        if x0 >= (before.x1 + column.x0) / 2:
            meaning = column.meaning
    return meaning


def _cells_by_civility(text: str, start: int, end: int, columns: list[Column]) -> dict[str, list[tuple[int, int]]]:
    line = text[start:end]
    second = SECOND_CIVILITY.search(line)
    if not line.strip():
        return {}
    if not second:
        return {"name": [(start, end)]}
    return {"name": [(start, start + second.start())], columns[1].meaning: [(start + second.end(), end)]}
