"""`delib audit`: every act whose printed figures do not add up, with the evidence and its page."""

from __future__ import annotations

import sqlite3

from pipeline.filters import NO_FILTERS, ActFilters
from pipeline.store import from_db

# The most serious first, then in the order of the documents.
SEVERITY_ORDER = "CASE c.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END"


def failed_checks(
    conn: sqlite3.Connection,
    filters: ActFilters = NO_FILTERS,
    codes: tuple[str, ...] = (),
    severities: tuple[str, ...] = (),
) -> list[dict]:
    """One row per failed check: the act, the figures compared (`message`), the evidence text and
    the page it is printed on (the act's first page where the check has no evidence of its own)."""
    where, values = filters.sql(conn)
    for column, chosen in (("code", codes), ("severity", severities)):
        if chosen:
            where.append(f"c.{column} IN ({', '.join('?' * len(chosen))})")
            values.extend(chosen)
    rows = conn.execute(
        "SELECT a.id, a.session_date, a.collectivity, a.body, a.number, a.title, c.severity, c.code, c.message, "
        "coalesce(c.page, a.first_page) AS page, c.page IS NOT NULL AS located, c.bbox, c.source_text, d.path "
        "FROM checks c JOIN acts a ON a.id = c.act_id JOIN documents d ON d.sha256 = a.sha256 "
        f"{'WHERE ' + ' AND '.join(where) if where else ''} "
        f"ORDER BY {SEVERITY_ORDER}, d.path, a.position, c.rowid",
        values,
    )
    columns = [c[0] for c in rows.description]
    results = []
    for row in rows.fetchall():
        item = dict(zip(columns, row))
        item["path"] = from_db(item["path"])
        evidence = item.pop("source_text")
        item["evidence"] = " ".join(evidence.split()) if evidence else None
        item["located"] = bool(item["located"])
        item["link"] = f"{item['path']}#page={item['page']}"
        results.append(item)
    return results


def known_codes(conn: sqlite3.Connection) -> list[str]:
    """The check codes present in the database, to tell a user who typed one that is not there."""
    return [row[0] for row in conn.execute("SELECT DISTINCT code FROM checks ORDER BY code")]
