"""Rows on stdout as a readable table, JSON or CSV: the three output formats of the reading commands.

The reading commands (`search`, `query`, `audit`, `person`, `show`) return lists of plain dicts;
this module is the one place that turns them into text, so the formats agree everywhere.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any, Literal

from tabulate import tabulate

OutputFormat = Literal["table", "json", "csv"]
# A table cell longer than this is cut with "…": a readable table, not a dump (JSON and CSV keep all).
CELL_WIDTH = 40
# Wider cells, and cells never cut: a path or a link is useless shortened.
WIDTHS = {"snippet": 80, "message": 70, "evidence": 60, "title": 50, "value": 60, "text": 60}
UNCUT = frozenset({"link", "path", "id", "act_id"})


def render(rows: Sequence[dict[str, Any]], fmt: OutputFormat, columns: Sequence[str] | None = None) -> str:
    """The rows in the chosen format; `columns` orders (and selects) the keys shown."""
    columns = list(columns or (rows[0].keys() if rows else []))
    if fmt == "json":
        return json.dumps([{c: row.get(c) for c in columns} for row in rows], ensure_ascii=False, indent=1)
    if fmt == "csv":
        return as_csv(rows, columns)
    return as_table(rows, columns)


def unique_names(columns: Sequence[str]) -> list[str]:
    """Column names made unique (`id`, `id_2`): a query may select two columns of one name."""
    seen: dict[str, int] = {}
    names = []
    for column in columns:
        seen[column] = seen.get(column, 0) + 1
        names.append(column if seen[column] == 1 else f"{column}_{seen[column]}")
    return names


def as_table(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    """A plain-text table, one line per row; long or multi-line cells are shortened."""
    return tabulate([[_cell(row.get(c), c) for c in columns] for row in rows], headers=list(columns), tablefmt="simple")


def as_csv(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    """RFC 4180 CSV with a header line; values are written whole."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([_csv_value(row.get(c)) for c in columns] for row in rows)
    return out.getvalue()


def _cell(value: Any, column: str) -> str:
    if value is None:
        return ""
    text = " ".join(str(value).split())
    width = WIDTHS.get(column, CELL_WIDTH)
    return text if column in UNCUT or len(text) <= width else text[: width - 1] + "…"


def _csv_value(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value
