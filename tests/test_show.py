"""`delib show`: an act with every fact, each with the page and line it is printed on."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

from tests.test_cli import run


def _an_act_with_votes_and_amounts(db: Path, sample: str = "commune_budget_montants") -> str:
    """The first act of a sample with a vote, amounts and attendance (the sample of docs/proof-example.png)."""
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT a.id FROM acts a JOIN documents d ON d.sha256 = a.sha256 WHERE d.path LIKE ? "
            "AND EXISTS (SELECT 1 FROM votes v WHERE v.act_id = a.id) "
            "AND EXISTS (SELECT 1 FROM amounts m WHERE m.act_id = a.id) "
            "AND EXISTS (SELECT 1 FROM attendance t WHERE t.act_id = a.id) ORDER BY a.position LIMIT 1",
            [f"%{sample}.pdf"],
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
        assert fact["text"].split()[0].lower() in lines[fact["line"] - 1].lower(), (fact, lines[fact["line"] - 1])


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


def test_show_png_boxes_hold_the_words_of_their_facts(samples_db: Path, tmp_path: Path) -> None:
    import pdfplumber
    from PIL import Image

    act_id = _an_act_with_votes_and_amounts(samples_db)
    out = tmp_path / "proof.png"
    drawn = run("show", act_id, "--db", samples_db, "--png", out)
    assert drawn.returncode == 0, drawn.stderr
    assert f"wrote {out}" in drawn.stderr
    with Image.open(out) as image:
        assert image.format == "PNG" and image.height > image.width  # at least one A4 page under the legend
    shown = json.loads(run("show", act_id, "--db", samples_db, "--json").stdout)
    boxed = [f for f in shown["facts"] if f["fact"] in ("vote", "attendance", "count", "amount") and f["bbox"]]
    assert {"vote", "attendance", "amount"} <= {f["fact"] for f in boxed}
    with pdfplumber.open(shown["path"]) as pdf:
        for fact in boxed:
            x0, top, x1, bottom = fact["bbox"]
            page = pdf.pages[fact["page"] - 1]
            # pdfplumber's word boxes are the font's (ascent to descent), pdfium's the glyphs': a word
            # is under the box when its centre is.
            words = " ".join(
                w["text"]
                for w in page.extract_words()
                if x0 <= (w["x0"] + w["x1"]) / 2 <= x1 and top <= (w["top"] + w["bottom"]) / 2 <= bottom
            )
            assert fact["text"].split()[-1].strip("()") in words, (fact, words)


def test_show_png_refuses_a_file_changed_since_the_import(samples_db: Path, tmp_path: Path) -> None:
    """The boxes were measured on the imported bytes: a database whose only path now holds other
    bytes gives a one-line error and no image."""
    import shutil
    import sqlite3 as db_api

    copy = tmp_path / "moved.db"
    shutil.copy(samples_db, copy)
    act_id = _an_act_with_votes_and_amounts(copy)
    other = tmp_path / "other.pdf"
    shutil.copy(sorted(Path(samples_db).parent.glob("*.db"))[0], other)  # not even a PDF
    conn = db_api.connect(copy)
    sha = conn.execute("SELECT sha256 FROM acts WHERE id = ?", [act_id]).fetchone()[0]
    conn.execute("UPDATE documents SET path = ? WHERE sha256 = ?", [str(other), sha])
    conn.execute("UPDATE document_paths SET path = ? WHERE sha256 = ?", [str(other), sha])
    conn.commit()
    conn.close()
    out = tmp_path / "proof.png"
    refused = run("show", act_id, "--db", copy, "--png", out)
    assert refused.returncode == 1 and refused.stderr.startswith("delib: document_changed: ")
    assert not out.exists()
