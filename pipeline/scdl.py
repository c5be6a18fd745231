"""The SCDL « Délibérations » table (OpenDataFrance, schema 2.1.5) built from the database.

One row per deliberation: acts of kind `deliberation`, and items of minutes (`pv_item`) that hold a
vote, an item withdrawn from the agenda excepted (nothing was deliberated). Each column holds what
the documents print and nothing else; docs/export.md gives the rule of every column. The columns,
their order and which are required come from the published Table Schema vendored in
`schemas/scdl-deliberations.schema.json`.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

import schemas
from extractors.fr.acts import MATTER_LINE, RECEPTION
from pipeline.siret import SiretMap
from pipeline.store import from_db

SCHEMAS = Path(schemas.__file__).parent
SCHEMA_PATH = SCHEMAS / "scdl-deliberations.schema.json"
NOMENCLATURE_PATH = SCHEMAS / "actes_nomenclature.csv"

# @ctes receipt ID: department (3 characters, 2A/2B for Corsica), SIREN, date, reference, nature.
RECEIPT_ID = re.compile(r"(?P<department>\d{2}[\dAB])-(?P<siren>\d{9})-\d{8}-.+-[A-Z]{2}")
# The matter code printed beside an act's number ("Nomenclature ACTES : 8.8"), read with the
# catalogue's own wordings anywhere in a line (it follows the number on the same line); SCDL keeps
# its first two levels.
MATTER = MATTER_LINE.compile(r"(?<![\w.])")
LEVEL_2 = re.compile(r"(\d{1,2})\.(\d{1,2})")
RECEPTION_DATE = RECEPTION.compile(r"\b", r"[ \t]*:?[ \t]*(?:le[ \t]+)?(\d{1,2})/(\d{1,2})/(\d{4})\b")


@cache
def scdl_schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def scdl_columns() -> tuple[str, ...]:
    """The SCDL columns in the schema's order."""
    return tuple(f["name"] for f in scdl_schema()["fields"])


def required_columns() -> tuple[str, ...]:
    return tuple(f["name"] for f in scdl_schema()["fields"] if f.get("constraints", {}).get("required"))


@cache
def matter_names() -> dict[str, str]:
    """ACTES code (level 2) → SCDL matter name, "level-1 name/level-2 name" in lower case."""
    with NOMENCLATURE_PATH.open(encoding="utf-8", newline="") as file:
        return {row["code"]: f"{row['level_1']}/{row['level_2']}" for row in csv.DictReader(file)}


@dataclass(frozen=True)
class Receipt:
    """What an @ctes receipt ID tells: the department of the préfecture and the SIREN."""

    department: str
    siren: str


def read_receipt(prefecture_id: str | None) -> Receipt | None:
    match = RECEIPT_ID.fullmatch(prefecture_id or "")
    return Receipt(match["department"], match["siren"]) if match else None


def matter_code(text: str) -> str | None:
    """The ACTES code (level 2) printed in an act's text, when it is a code of the nomenclature."""
    for match in MATTER.finditer(text):
        code = LEVEL_2.search(match.group(0))
        if code:
            level_2 = f"{int(code[1])}.{int(code[2])}"
            return level_2 if level_2 in matter_names() else None
    return None


def reception_date(text: str) -> str | None:
    """The date the préfecture's stamp says it received the act, as YYYY-MM-DD."""
    match = RECEPTION_DATE.search(text)
    if not match:
        return None
    day, month, year = (int(g) for g in match.groups()[-3:])
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def document_url(base_url: str, path: str | bytes, page: int) -> str:
    """The act's PDF on the collectivity's site: the base URL, the file's name (percent-encoded,
    its folders left out) and the act's first page as a PDF open parameter."""
    name = os.path.basename(os.fsencode(from_db(path)))
    return f"{base_url.rstrip('/')}/{quote(name, safe='')}#page={page}"


@dataclass
class ScdlSummary:
    """What the export wrote: rows, rows without a value for each required column, and rows whose
    printed votes exceed the votants (printed so; `delib audit` shows them)."""

    rows: int = 0
    missing: dict[str, int] = field(default_factory=dict)
    votes_over_voters: int = 0

    def describe(self) -> str:
        """One line for stderr: how many rows, and what SCDL requires that the documents did not give."""
        gaps = ", ".join(f"{column} {count}" for column, count in self.missing.items())
        line = f"{self.rows} deliberations" + (f"; without a required value: {gaps}" if gaps else "")
        if self.votes_over_voters:
            line += f"; {self.votes_over_voters} whose pour + contre + abstention exceed VOTE_REEL, as printed"
        return line


ACTS = """
SELECT a.id, a.kind, a.number, a.title, a.collectivity, a.session_date, a.members_in_office,
       a.voters_count, a.prefecture_id, a.first_page, a.text, d.path
FROM acts a JOIN documents d ON d.sha256 = a.sha256
WHERE a.kind IN ('deliberation', 'pv_item')
ORDER BY a.collectivity, a.session_date, d.path, a.position
"""


def scdl_rows(conn: sqlite3.Connection, sirets: SiretMap | None = None, base_url: str | None = None) -> list[dict]:
    """The SCDL rows of the database, one dict per deliberation keyed by the SCDL columns."""
    votes: dict[str, list[tuple]] = defaultdict(list)
    for act_id, *counts in conn.execute(
        "SELECT act_id, votes_for, against, abstention, result FROM votes ORDER BY act_id, position"
    ):
        votes[act_id].append(tuple(counts))
    rows = []
    for act_id, kind, number, title, place, date, office, voters, pref, page, text, path in conn.execute(ACTS):
        cast = [vote for vote in votes[act_id] if vote[3] != "withdrawn"]
        # An item of minutes is a deliberation when it was voted, and nothing was deliberated on an
        # item withdrawn from the agenda; a deliberation that prints no vote is still one.
        if not cast and (kind == "pv_item" or votes[act_id]):
            continue
        # The vote on the decision is the last one: an amendment or a preliminary vote comes first.
        pour, contre, abstention, _ = cast[-1] if cast else (None, None, None, None)
        receipt = read_receipt(pref)
        code = matter_code(text)
        rows.append(
            {
                "COLL_NOM": place,
                "COLL_SIRET": sirets.siret(place, receipt.siren if receipt else None) if sirets else None,
                "DELIB_ID": number or act_id,
                "DELIB_DATE": date,
                "DELIB_MATIERE_CODE": code,
                "DELIB_MATIERE_NOM": matter_names().get(code) if code else None,
                "DELIB_OBJET": title,
                "BUDGET_ANNEE": None,
                "BUDGET_NOM": None,
                "PREF_ID": f"PREF{receipt.department}" if receipt else None,
                "PREF_DATE": reception_date(text),
                "VOTE_EFFECTIF": office,
                "VOTE_REEL": voters,
                "VOTE_POUR": pour,
                "VOTE_CONTRE": contre,
                "VOTE_ABSTENTION": abstention,
                "DELIB_URL": document_url(base_url, path, page) if base_url else None,
            }
        )
    return rows


def write_scdl(rows: list[dict], out: TextIO) -> ScdlSummary:
    """The rows as SCDL CSV (UTF-8, comma, header line); what is missing, counted."""
    columns = scdl_columns()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(["" if row[c] is None else row[c] for c in columns] for row in rows)
    missing = {c: n for c in required_columns() if (n := sum(1 for row in rows if row[c] in (None, "")))}
    over = sum(
        1
        for row in rows
        if None not in (row["VOTE_REEL"], row["VOTE_POUR"], row["VOTE_CONTRE"], row["VOTE_ABSTENTION"])
        and row["VOTE_POUR"] + row["VOTE_CONTRE"] + row["VOTE_ABSTENTION"] > row["VOTE_REEL"]
    )
    return ScdlSummary(len(rows), missing, over)
