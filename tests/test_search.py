"""Full-text search: folding of accents, case and plurals, safe queries, snippets and pages."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sqlite3
from pathlib import Path

import pytest

from pipeline.fulltext import fold_text, fold_word, parse_terms
from pipeline.search import EmptySearch, search
from pipeline.store import Store
from tests.conftest import write_pdf
from tests.test_cli import run


@pytest.mark.parametrize(
    ("word", "folded"),
    [
        ("ecoles", "ecole"),
        ("ecole", "ecole"),
        ("subventions", "subvention"),
        ("reseaux", "reseau"),
        ("municipaux", "municipal"),
        ("municipal", "municipal"),
        ("bus", "bus"),  # short words are kept
        ("classe", "classe"),
        ("adresses", "adresse"),
        ("progres", "progre"),  # the same folding on both sides is all that matters
    ],
)
def test_fold_word_reduces_simple_plurals(word: str, folded: str) -> None:
    assert fold_word(word) == folded


def test_fold_text_folds_accents_case_plurals_and_spaces() -> None:
    assert fold_text("Délibérations\u00a0des ÉCOLES municipales") == "deliberation des ecole municipale"
    assert fold_text(None) == ""


@pytest.mark.parametrize(
    ("typed", "match"),
    [
        ("subventions", '"subvention"'),
        ("deliberation ecole", '"deliberation" "ecole"'),
        ("non-valeur", '"non valeur"'),
        ("taux d'imposition", '"tau" "d imposition"'),  # singular of "taux" as of any -x word
        ('"taux d\'imposition"', '"tau d imposition"'),
        ('"unbalanced', '"unbalanced"'),
        ("ecole AND", '"ecole"'),
        ("NEAR(ecole travaux)", '"ecole" "traval"'),  # -aux as -al, the same on both sides
        ("délibération*", '"deliberation"*'),
        ("acts_fts: title", '"act fts" "title"'),  # a column filter is words of a phrase
    ],
)
def test_parse_terms_never_passes_fts_syntax(typed: str, match: str) -> None:
    terms = parse_terms(typed)
    assert terms is not None and terms.match == match


@pytest.mark.parametrize("typed", ["", "   ", "AND", "NEAR(", "*", '"', "-- ; '"])
def test_parse_terms_of_no_word_is_none(typed: str) -> None:
    assert parse_terms(typed) is None


@pytest.fixture(scope="module")
def school_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two acts: one on schools in the plural with accents, one on a subsidy, in the singular."""
    from pipeline.ingest import IngestOptions, ingest

    folder = tmp_path_factory.mktemp("school")
    head = "COMMUNE DE VAL-FLEURI\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nSéance du {date}\n"
    write_pdf(
        folder / "ecoles.pdf",
        [
            head.format(date="12 février 2024")
            + "Délibération n° 2024-011\nObjet : Travaux dans les ÉCOLES communales\n"
            + "Le Conseil municipal, après en avoir délibéré, DÉCIDE d'engager les travaux des écoles.\n"
            + "Adopté à l'unanimité",
            "Annexe : état des admissions en non-valeur et taux d'imposition de l'année.",
        ],
    )
    write_pdf(
        folder / "subvention.pdf",
        [
            head.format(date="3 avril 2025")
            + "Délibération n° 2025-020\nObjet : Subvention à l'association sportive\n"
            + "Le Conseil municipal, après en avoir délibéré, DÉCIDE d'attribuer une subvention de 800 €.\n"
            + "Adopté à l'unanimité",
        ],
    )
    db = folder / "school.db"
    ingest([folder], db, IngestOptions(workers=1, ocr="never"))
    return db


def _search(db: Path, typed: str, **filters) -> list[dict]:
    from pipeline.filters import ActFilters

    store = Store(db, read_only=True)
    try:
        return search(store.db.conn, typed, ActFilters(**filters))
    finally:
        store.close()


def test_search_folds_accents_case_and_plurals(school_db: Path) -> None:
    found = _search(school_db, "deliberation ecole")
    assert [r["title"] for r in found] == ["Travaux dans les ÉCOLES communales"]
    assert "[ÉCOLES]" in found[0]["snippet"] or "[écoles]" in found[0]["snippet"]
    singular, plural = _search(school_db, "subvention"), _search(school_db, "subventions")
    assert [r["id"] for r in singular] == [r["id"] for r in plural] and len(singular) == 1


def test_search_finds_words_on_a_later_page_and_says_which(school_db: Path) -> None:
    found = _search(school_db, "non-valeur")
    assert len(found) == 1
    assert found[0]["page"] == 2 and found[0]["link"].endswith("ecoles.pdf#page=2")
    assert "[non]-[valeur]" in found[0]["snippet"]
    assert _search(school_db, "taux d'imposition")[0]["page"] == 2


def test_search_filters_by_collectivity_body_and_date(school_db: Path) -> None:
    assert len(_search(school_db, "conseil", collectivity="val-fleuri")) == 2
    assert _search(school_db, "conseil", collectivity="Lyon") == []
    assert len(_search(school_db, "conseil", body="CONSEIL MUNICIPAL")) == 2
    assert [r["date"] for r in _search(school_db, "conseil", since="2025-01-01")] == ["2025-04-03"]
    assert [r["date"] for r in _search(school_db, "conseil", until="2024-12-31")] == ["2024-02-12"]


HOSTILE = [
    '"unbalanced',
    "ecole AND",
    "NEAR(",
    "délibération*",
    "x" * 10_000,
    "écoles " * 2_000,
    "'; DROP TABLE acts; --",
]


@pytest.mark.parametrize("typed", HOSTILE, ids=range(len(HOSTILE)))
def test_search_with_hostile_input_gives_results_or_a_message(school_db: Path, typed: str) -> None:
    digest = hashlib.sha256(school_db.read_bytes()).hexdigest()
    result = run("search", typed, "--db", school_db)
    assert result.returncode in (0, 1), result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) <= 1
    if result.returncode == 1:
        assert result.stderr.startswith("delib: ")
    assert hashlib.sha256(school_db.read_bytes()).hexdigest() == digest


def test_search_prefix_and_empty_search(school_db: Path) -> None:
    assert len(_search(school_db, "délibération*")) == 2
    with pytest.raises(EmptySearch):
        _search(school_db, "NEAR(")
    empty = run("search", "", "--db", school_db)
    assert empty.returncode == 1 and "empty_search" in empty.stderr


def test_search_command_prints_a_table_json_and_csv(samples_db: Path) -> None:
    table = run("search", "subvention", "--db", samples_db)
    assert table.returncode == 0, table.stderr
    assert table.stdout.splitlines()[0].split() == ["id", "date", "collectivity", "title", "snippet", "link"]
    assert ".pdf#page=" in table.stdout
    rows = json.loads(run("search", "subvention", "--db", samples_db, "--json").stdout)
    assert rows and {"id", "date", "collectivity", "title", "snippet", "page", "path", "link"} <= set(rows[0])
    assert all("subvention" in (r["title"] + r["snippet"]).lower() for r in rows[:3])
    csv_rows = list(csv.reader(io.StringIO(run("search", "subvention", "--db", samples_db, "--csv").stdout)))
    assert csv_rows[0][:3] == ["id", "date", "collectivity"] and [r[0] for r in csv_rows[1:]] == [r["id"] for r in rows]
    none = run("search", "zzzqqq", "--db", samples_db)
    assert none.returncode == 0 and none.stdout == "" and "no act matches" in none.stderr
    both = run("search", "x", "--db", samples_db, "--json", "--csv")
    assert both.returncode == 2


def test_search_index_follows_deletes_in_any_client(tmp_path: Path, school_db: Path) -> None:
    """Deleting a document by hand (sqlite3, foreign keys on) takes its acts out of the search."""
    db = tmp_path / "copy.db"
    db.write_bytes(school_db.read_bytes())
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("DELETE FROM documents WHERE path LIKE '%subvention.pdf'")
    conn.commit()
    assert (
        conn.execute("SELECT count(*) FROM acts_search").fetchone()[0]
        == conn.execute("SELECT count(*) FROM acts").fetchone()[0]
    )
    conn.close()
    assert _search(db, "subvention") == []
