"""`delib show ACT_ID`: one act with every fact, and the page and line each one is printed on."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from extractors.stages import SESSION_FIELDS
from pipeline.errors import DelibError
from pipeline.files import pdf_sha256, printable
from pipeline.store import from_db

HEADER_FIELDS = ("kind", "number", "title", *SESSION_FIELDS)
# Facts drawn on a proof image, by kind (pipeline/proof.py gives each its colour).
PROOF_KINDS = ("vote", "attendance", "count", "amount")


class DocumentChanged(DelibError):
    kind = "document_changed"
    stage = "show"
    remedy = "put the imported PDF back at that path, or import the new one (delib ingest)"


class NoSuchAct(DelibError):
    kind = "no_such_act"
    stage = "show"
    remedy = "use an id printed by delib search or delib audit (the id column of the acts table)"


def act_facts(conn: sqlite3.Connection, act_id: str) -> dict:
    """The act's header and its facts, each fact with its value, page, line and printed text."""
    found = _rows(conn, "SELECT * FROM acts WHERE id = ?", act_id)
    if not found:
        raise NoSuchAct(f"no act with id {act_id!r}")
    act = found[0]
    facts: list[dict] = []

    def add(kind: str, value: object, row: sqlite3.Row | dict, text_column: str = "source_text") -> None:
        text = row[text_column] if text_column in row.keys() else None
        facts.append(
            {
                "fact": kind,
                "value": value,
                "page": row["page"],
                "line": row["line"],
                "bbox": json.loads(row["bbox"]) if row["bbox"] else None,
                "text": " ".join(text.split()) if text else None,
            }
        )

    for row in _rows(conn, "SELECT * FROM act_sources WHERE act_id = ?", act_id):
        add("count", f"{row['field']} = {act[row['field']]}", row)
    for row in _rows(conn, "SELECT * FROM attendance WHERE act_id = ? ORDER BY rowid", act_id):
        proxy = f", pouvoir à {row['proxy_to']}" if row["proxy_to"] else ""
        add("attendance", f"{row['name']}: {row['status']}{proxy}", row)
    for row in _rows(conn, "SELECT * FROM votes WHERE act_id = ? ORDER BY position", act_id):
        add("vote", _vote_value(conn, row), row)
    for row in _rows(conn, "SELECT * FROM amounts WHERE act_id = ? ORDER BY rowid", act_id):
        add("amount", f"{row['value']} {row['currency']}", {**dict(row), "source_text": row["raw"]})
    for row in _rows(conn, "SELECT * FROM articles WHERE act_id = ? ORDER BY rowid", act_id):
        add("article", f"Article {row['number']}", {**dict(row), "source_text": row["text"][:80]})
    for row in _rows(conn, "SELECT * FROM refs WHERE act_id = ? ORDER BY rowid", act_id):
        add("reference", f"{row['kind']}: {row['text']}", row)
    for row in _rows(conn, "SELECT * FROM entities WHERE act_id = ? ORDER BY rowid", act_id):
        add("entity", f"{row['label']}: {row['text']}", {**dict(row), "source_text": row["text"]})
    for row in _rows(conn, "SELECT * FROM checks WHERE act_id = ? ORDER BY rowid", act_id):
        add("check", f"{row['severity']} {row['code']}: {row['message']}", row)
    return {
        "id": act_id,
        **{name: act[name] for name in HEADER_FIELDS},
        "pages": [act["first_page"], act["last_page"]],
        "path": _readable_path(conn, act["sha256"]),
        "sha256": act["sha256"],
        "facts": facts,
    }


def proof_boxes(shown: dict) -> list:
    """The boxes of the act's vote, attendance, count and amount facts, for a proof image."""
    from pipeline.proof import ProofBox

    return [
        ProofBox(page=f["page"], bbox=tuple(f["bbox"]), kind=f["fact"], label=str(f["value"]))
        for f in shown["facts"]
        if f["fact"] in PROOF_KINDS and f["page"] and f["bbox"]
    ]


def _vote_value(conn: sqlite3.Connection, vote: sqlite3.Row) -> str:
    figures = [
        f"{label} {vote[column]}"
        for column, label in (("votes_for", "pour"), ("against", "contre"), ("abstention", "abstention"))
        if vote[column] is not None
    ]
    if vote["unanimous"]:
        figures.insert(0, "unanimité")
    members = [
        f"{name} ({position})"
        for name, position in conn.execute("SELECT name, position FROM vote_members WHERE vote_id = ?", [vote["id"]])
    ]
    return ", ".join(figures + [vote["result"] or "no result printed"] + members)


def _readable_path(conn: sqlite3.Connection, sha256: str) -> str:
    """A path holding the document's bytes on this machine (the first one stored otherwise): a copy
    moved or edited since the import is passed over."""
    paths = [from_db(p) for (p,) in conn.execute("SELECT path FROM document_paths WHERE sha256 = ?", [sha256])]
    first = from_db(conn.execute("SELECT path FROM documents WHERE sha256 = ?", [sha256]).fetchone()[0])
    return next((p for p in dict.fromkeys([first, *paths]) if os.path.isfile(p) and _same_bytes(p, sha256)), first)


def _same_bytes(path: str, sha256: str) -> bool:
    try:
        return pdf_sha256(path) == sha256
    except DelibError:
        return False


def _rows(conn: sqlite3.Connection, sql: str, *values: object) -> list[sqlite3.Row]:
    """Rows readable by column name, from a cursor of their own (the connection is left as it is)."""
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row
    return cursor.execute(sql, values).fetchall()


def write_proof(shown: dict, out: Path) -> Path:
    """Render the act's pages (and any page outside them holding one of its facts) with its boxes."""
    from pipeline.proof import render_proof

    if not _same_bytes(shown["path"], shown["sha256"]):
        # The boxes were measured on the imported bytes: on another version of the file they would lie.
        raise DocumentChanged(f"{printable(shown['path'])} is not the file imported (its SHA-256 differs) or is gone")
    boxes = proof_boxes(shown)
    first, last = shown["pages"]
    pages = sorted(set(range(first, last + 1)) | {box.page for box in boxes})
    return render_proof(Path(shown["path"]), pages, boxes, out)
