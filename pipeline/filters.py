"""What narrows the reading commands (`search`, `audit`): collectivity, body and session dates."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from extractors.folding import fold


@dataclass(frozen=True)
class ActFilters:
    """Part of the collectivity's or the body's name (any case and accents), a range of session dates."""

    collectivity: str | None = None
    body: str | None = None
    since: str | None = None
    until: str | None = None

    def sql(self, conn: sqlite3.Connection, acts: str = "a") -> tuple[list[str], list[str]]:
        """The WHERE conditions on the `acts` table aliased `acts`, and their values."""
        conn.create_function("delib_fold", 1, lambda value: fold(value) if value else value, deterministic=True)
        where: list[str] = []
        values: list[str] = []
        for column, value in (("collectivity", self.collectivity), ("body", self.body)):
            if value:
                where.append(f"instr(delib_fold({acts}.{column}), ?) > 0")
                values.append(fold(value))
        for operator, value in ((">=", self.since), ("<=", self.until)):
            if value:
                where.append(f"{acts}.session_date {operator} ?")
                values.append(value)
        return where, values


NO_FILTERS = ActFilters()
