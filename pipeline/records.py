"""Records rebuilt from the database: what `delib parse` printed for each stored document.

The rows hold every field of the record. Two source texts are not stored but rebuilt: an amount's
is its `raw` (the same span of the page), and an article's comes from its line of the page's text:
the "Article N :" heading, then the article's text (docs/export.md).

The tables are read once each, ordered by act id, alongside the acts in the same order, so that an
archive is read in one pass whatever its size (`articles`, `refs` and `entities` have no index on
`act_id`: a query per act would scan them once per act).
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal

from extractors.articles import ARTICLE
from pipeline.show import HEADER_FIELDS
from pipeline.store import from_db
from schemas.record import (
    Act,
    Amount,
    Article,
    Attendee,
    Check,
    DocumentInfo,
    Entity,
    PageInfo,
    Record,
    Reference,
    Source,
    Vote,
    VoteGroup,
    VoteMember,
)

WHERE = "page, line, bbox"
# Each fact table: the columns read, in the order its builder takes them (the source's last).
FACTS = {
    "attendance": f"name, civility, status, proxy_to, note, {WHERE}, source_text",
    "votes": f"id, votes_for, against, abstention, not_voting, absent, unanimous, result, {WHERE}, source_text",
    "articles": f"number, text, {WHERE}",
    "amounts": f"value, currency, raw, context, {WHERE}",
    "refs": f"kind, text, date, {WHERE}, source_text",
    "entities": f"label, text, {WHERE}, source_text",
    "act_sources": f"field, {WHERE}, source_text",
    "checks": f"code, severity, message, {WHERE}, source_text",
}
# The named voters and groups of each vote, with their act's id.
VOTE_FACTS = {
    "vote_members": "t.name, t.position",
    "vote_groups": "t.grp, t.position, t.count",
}
# The act's own columns that are the record's fields of the same name.
ACT_FIELDS = (*HEADER_FIELDS, "text")


class _Grouped:
    """Rows ordered by their first column (a document's SHA-256, an act's id), taken key by key as
    the documents or acts go by in the same order."""

    def __init__(self, rows: Iterator[tuple]) -> None:
        self.rows = rows
        self.head = next(rows, None)

    def take(self, key: str) -> list[tuple]:
        # Rows before the key belong to no stored document or act: deleted by hand with the
        # foreign keys off, the cascade did not run (docs/database.md).
        while self.head is not None and self.head[0] < key:
            self.head = next(self.rows, None)
        taken = []
        while self.head is not None and self.head[0] == key:
            taken.append(self.head[1:])
            self.head = next(self.rows, None)
        return taken


def stored_records(conn: sqlite3.Connection) -> Iterator[Record]:
    """Every stored document's record, by SHA-256. Call it inside one read transaction, so that
    an import running meanwhile cannot show some tables a document that others do not have yet."""
    facts = {
        table: _Grouped(conn.execute(f"SELECT act_id, {columns} FROM {table} ORDER BY act_id, rowid"))
        for table, columns in FACTS.items()
    }
    for table, columns in VOTE_FACTS.items():
        facts[table] = _Grouped(
            conn.execute(
                f"SELECT v.act_id, t.vote_id, {columns} FROM {table} t JOIN votes v ON v.id = t.vote_id "
                "ORDER BY v.act_id, t.rowid"
            )
        )
    pages = _Grouped(
        conn.execute(
            "SELECT sha256, number, chars, text_layer, needs_ocr, ocr, ocr_images, text FROM pages "
            "ORDER BY sha256, number"
        )
    )
    # An act's id is the first 16 digits of its document's SHA-256 and its position: ordered by
    # document, the acts are in the order of their ids, the order of the facts above.
    cursor = conn.execute("SELECT sha256, * FROM acts ORDER BY sha256, id")
    columns = [d[0] for d in cursor.description][1:]
    acts = _Grouped(cursor)
    for doc in conn.execute(
        "SELECT sha256, path, pages, text_layer, status, errors, parser_version, ocr_pages FROM documents "
        "ORDER BY sha256"
    ):
        act_rows = [dict(zip(columns, row)) for row in acts.take(doc[0])]
        yield _record(doc, pages.take(doc[0]), act_rows, facts)


def _record(doc: tuple, page_rows: list[tuple], act_rows: list[dict], facts: dict[str, _Grouped]) -> Record:
    sha256, path, pages, text_layer, status, errors, parser_version, ocr_pages = doc
    page_info = [
        PageInfo(
            number=number,
            chars=chars,
            text_layer=bool(layer),
            needs_ocr=bool(needs_ocr),
            ocr=bool(ocr),
            ocr_images=images,
            text=text,
        )
        for number, chars, layer, needs_ocr, ocr, images, text in page_rows
    ]
    # The acts come by id, where "-10" sorts before "-2": their facts are taken in that order, and
    # the acts put back in document order after.
    positions = {act["id"]: act["position"] for act in act_rows}
    built = {act["position"]: _act(act, positions, facts, page_info) for act in act_rows}
    return Record(
        document=DocumentInfo(
            sha256=sha256,
            path=from_db(path),
            pages=pages,
            text_layer=bool(text_layer),
            status=status,
            errors=json.loads(errors),
            parser_version=parser_version,
            page_info=page_info,
            ocr_pages=ocr_pages,
        ),
        acts=[built[position] for position in sorted(built)],
    )


def _source(page: int | None, line: int | None, bbox: str | None, text: str | None) -> Source | None:
    """A fact's source from its columns: none when no page was stored (the record had none)."""
    if page is None:
        return None
    return Source(page=page, line=line, bbox=tuple(json.loads(bbox)) if bbox else None, text=text or "")


def _act(row: dict, positions: dict[str, int], facts: dict[str, _Grouped], page_info: list[PageInfo]) -> Act:
    taken = {table: rows.take(row["id"]) for table, rows in facts.items()}
    members, groups = defaultdict(list), defaultdict(list)
    for vote_id, name, position in taken["vote_members"]:
        members[vote_id].append(VoteMember(name=name, position=position))
    for vote_id, group, position, count in taken["vote_groups"]:
        groups[vote_id].append(VoteGroup(group=group, position=position, count=count))
    texts = {page.number: page.text for page in page_info}
    return Act(
        **{key: row[key] for key in ACT_FIELDS},
        pages=(row["first_page"], row["last_page"]),
        part_of=positions.get(row["part_of"]),
        attendance=[
            Attendee(name=name, civility=civility, status=status, proxy_to=proxy, note=note, source=_source(*where))
            for name, civility, status, proxy, note, *where in taken["attendance"]
        ],
        votes=[
            Vote(
                for_=pour,
                against=contre,
                abstention=abstention,
                not_voting=not_voting,
                absent=absent,
                unanimous=None if unanimous is None else bool(unanimous),
                result=result,
                members=members[vote_id],
                groups=groups[vote_id],
                source=_source(*where),
            )
            for vote_id, pour, contre, abstention, not_voting, absent, unanimous, result, *where in taken["votes"]
        ],
        articles=[
            Article(
                number=number,
                text=text,
                source=_source(page, line, bbox, _article_source_text(texts.get(page, ""), line, text)),
            )
            for number, text, page, line, bbox in taken["articles"]
        ],
        amounts=[
            Amount(value=Decimal(value), currency=currency, raw=raw, context=context, source=_source(*where, raw))
            for value, currency, raw, context, *where in taken["amounts"]
        ],
        references=[
            Reference(kind=kind, text=text, date=date, source=_source(*where))
            for kind, text, date, *where in taken["refs"]
        ],
        entities=[Entity(label=label, text=text, source=_source(*where)) for label, text, *where in taken["entities"]],
        checks=[
            Check(code=code, severity=severity, message=message, source=_source(*where))
            for code, severity, message, *where in taken["checks"]
        ],
        count_sources={field: _source(*where) for field, *where in taken["act_sources"]},
    )


def _article_source_text(page_text: str, line: int | None, body: str) -> str:
    """An article's source text as the extractor matched it (extractors/articles.py): from its
    "Article N :" heading, which starts its line, through its text, spaces collapsed."""
    lines = page_text.split("\n")
    if line is None or not 0 < line <= len(lines):
        return body
    printed = lines[line - 1]
    heading = ARTICLE.match(printed)
    head = printed[: heading.end()] if heading else ""
    # A heading that ends the line, or with spaces after it, is one space away from the text.
    gap = " " if head and (head[-1].isspace() or heading.end() == len(printed)) else ""
    return " ".join(f"{head}{gap}{body}".split())
