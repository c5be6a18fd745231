"""`delib show`: an act with every fact, each with the page and line it is printed on."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

from tests.test_cli import run


def _an_act_with_votes_and_amounts(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT a.id FROM acts a WHERE EXISTS (SELECT 1 FROM votes v WHERE v.act_id = a.id) "
            "AND EXISTS (SELECT 1 FROM amounts m WHERE m.act_id = a.id) "
            "AND EXISTS (SELECT 1 FROM attendance t WHERE t.act_id = a.id) ORDER BY a.id LIMIT 1"
        ).fetchone()[0]
    finally:
        conn.close()


def test_show_gives_every_fact_on_its_page_and_line(samples_db: Path) -> None:
    act_id = _an_act_with_votes_and_amounts(samples_db)
    shown = json.loads(run("show", act_id, "--db", samples_db, "--json").stdout)
    assert shown["id"] == act_id and Path(shown["path"]).is_file()
    kinds = {fact["fact"] for fact in shown["facts"]}
    assert {"attendance", "vote", "amount"} <= kinds
    conn = sqlite3.connect(samples_db)
    pages = dict(
        conn.execute("SELECT number, text FROM pages WHERE sha256 = (SELECT sha256 FROM acts WHERE id = ?)", [act_id])
    )
    conn.close()
    for fact in shown["facts"]:
        if fact["fact"] == "check" or not fact["text"]:
            continue
        lines = pages[fact["page"]].split("\n")
        # The printed text starts on the line given (a fact may run on over the next lines).
        assert fact["text"].split()[0] in lines[fact["line"] - 1], (fact, lines[fact["line"] - 1])


def test_show_table_csv_and_unknown_id(samples_db: Path) -> None:
    act_id = _an_act_with_votes_and_amounts(samples_db)
    table = run("show", act_id, "--db", samples_db)
    assert table.returncode == 0, table.stderr
    assert table.stdout.startswith(f"id: {act_id}\nkind: ")
    assert any(line.split()[:1] == ["vote"] for line in table.stdout.splitlines())
    facts = list(csv.DictReader(io.StringIO(run("show", act_id, "--db", samples_db, "--csv").stdout)))
    assert facts and set(facts[0]) == {"fact", "value", "page", "line", "bbox", "text"}
    unknown = run("show", "0000000000000000-9", "--db", samples_db)
    assert unknown.returncode == 1 and unknown.stderr.startswith("delib: no_such_act: ")
    assert len(unknown.stderr.splitlines()) == 1
