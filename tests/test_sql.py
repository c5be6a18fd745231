"""Analysts' SQL on a database the real import wrote: reads work, everything else is refused."""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipeline.errors import DelibError, QueryError, QueryRefused, QueryTimeout, StorageError
from pipeline.ingest import IngestOptions, ingest
from pipeline.sql import run_query
from tests.conftest import SAMPLES

NAMES = ("commune_extrait_registre", "pv_seance_plusieurs_points", "metropole_rejet")
FOREVER = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "


@dataclass
class Built:
    path: Path
    sha256: str


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    db = tmp_path_factory.mktemp("query") / "deliberations.db"
    report = ingest([SAMPLES / f"{name}.pdf" for name in NAMES], db, IngestOptions(workers=1))
    assert (report.imported, report.failed) == (len(NAMES), 0)
    return Built(db, sha256(db))


def test_a_select_with_joins_returns_the_votes_of_the_samples(built: Built) -> None:
    result = run_query(
        built.path,
        "SELECT d.path, a.number, v.votes_for, v.result FROM votes v JOIN acts a ON a.id = v.act_id "
        "JOIN documents d ON d.sha256 = a.sha256 ORDER BY d.path, a.position, v.position",
    )
    expected = []
    for name in sorted(NAMES):
        for act in json.loads((SAMPLES / f"{name}.json").read_text(encoding="utf-8"))["acts"]:
            expected += [
                (str(SAMPLES / f"{name}.pdf"), act["number"], v["for"], v["result"]) for v in act.get("votes", [])
            ]
    assert result.columns == ["path", "number", "votes_for", "result"]
    assert result.rows == expected
    assert not result.truncated


def test_full_text_search_and_table_descriptions_are_reads(built: Built) -> None:
    found = run_query(built.path, "SELECT title FROM acts_fts WHERE acts_fts MATCH 'subvention' ORDER BY rank")
    assert found.rows and all("subvention" in title.lower() for (title,) in found.rows)
    described = run_query(built.path, "PRAGMA table_info(votes)")
    assert [row[1] for row in described.rows][:3] == ["id", "act_id", "position"]
    assert run_query(built.path, "SELECT name FROM pragma_table_info('votes') LIMIT 2").rows == [("id",), ("act_id",)]
    assert run_query(built.path, "SELECT 1; -- a comment after the statement").rows == [(1,)]


def test_the_row_cap_says_when_rows_were_cut(built: Built) -> None:
    (count,) = run_query(built.path, "SELECT count(*) FROM attendance").rows[0]
    assert count > 5
    cut = run_query(built.path, "SELECT name FROM attendance ORDER BY rowid", limit=5)
    assert (len(cut.rows), cut.truncated) == (5, True)
    whole = run_query(built.path, "SELECT name FROM attendance ORDER BY rowid", limit=count)
    assert (len(whole.rows), whole.truncated) == (count, False)
    assert whole.rows[:5] == cut.rows
    endless = run_query(built.path, FOREVER + "SELECT i FROM n", limit=3)  # rows keep coming: cut, not timed out
    assert (endless.rows, endless.truncated) == ([(1,), (2,), (3,)], True)


@pytest.mark.parametrize(
    "sql, error, message",
    [
        ("INSERT INTO persons (name) VALUES ('X')", QueryRefused, "INSERT 'persons' is refused"),
        ("UPDATE acts SET title = 'x'", QueryRefused, "UPDATE 'acts' is refused"),
        ("WITH gone AS (SELECT 1) DELETE FROM acts", QueryRefused, "DELETE 'acts' is refused"),
        ("DROP TABLE acts", QueryRefused, "DROP TABLE 'acts' is refused"),
        ("DROP TRIGGER acts_ai", QueryRefused, "DROP TRIGGER 'acts_ai' is refused"),
        ("ALTER TABLE acts ADD COLUMN note TEXT", QueryRefused, "ALTER TABLE 'acts' is refused"),
        ("CREATE TEMP TABLE t (x)", QueryRefused, "CREATE TEMP TABLE 't' is refused"),
        ("CREATE TEMP VIEW v AS SELECT 1", QueryRefused, "CREATE TEMP VIEW 'v' is refused"),
        ("CREATE INDEX acts_title ON acts (title)", QueryRefused, "CREATE INDEX 'acts_title' is refused"),
        ("DROP TABLE IF EXISTS temp.nothing_here", QueryRefused, "returns no columns"),
        ("DETACH main", QueryRefused, "DETACH 'main' is refused"),
        ("BEGIN IMMEDIATE", QueryRefused, "TRANSACTION 'BEGIN' is refused"),
        ("SAVEPOINT held", QueryRefused, "SAVEPOINT 'BEGIN' is refused"),
        ("SELECT load_extension('x')", QueryRefused, "the function load_extension() is refused"),
        ("SELECT FTS3_TOKENIZER('simple')", QueryRefused, "the function fts3_tokenizer() is refused"),
        ("PRAGMA journal_mode=DELETE", QueryRefused, "PRAGMA journal_mode=DELETE sets a value"),
        ("PRAGMA user_version=5", QueryRefused, "PRAGMA user_version=5 sets a value"),
        ("PRAGMA writable_schema = ON", QueryRefused, "PRAGMA writable_schema=ON sets a value"),
        ("PRAGMA integrity_check", QueryRefused, "PRAGMA integrity_check is refused; allowed: table_info"),
        ("SELECT * FROM pragma_journal_mode", QueryRefused, "PRAGMA journal_mode is refused"),
        ("SELECT 1; DROP TABLE acts", QueryRefused, "only one statement per query"),
        ("SELECT ';' AS semicolon; SELECT 2", QueryRefused, "only one statement per query"),
        ("UPDATE sqlite_master SET sql = ''", QueryError, "table sqlite_master may not be modified"),
        ("SELEC * FROM acts", QueryError, 'near "SELEC": syntax error'),
        ("SELECT nope FROM acts", QueryError, "no such column: nope"),
        ("SELECT * FROM nowhere", QueryError, "no such table: nowhere"),
        ("  -- only a comment\n ;", QueryError, "the query is empty"),
        (FOREVER + "SELECT count(*) FROM n", QueryTimeout, "the query ran longer than 0.5 s and was stopped"),
    ],
)
def test_what_is_not_a_read_fails_in_one_line_and_leaves_the_file_as_it_was(
    built: Built, sql: str, error: type[DelibError], message: str
) -> None:
    with pytest.raises(error) as raised:
        run_query(built.path, sql, timeout_s=0.5)
    line = raised.value.one_line()
    assert message in line and "\n" not in line
    assert line.startswith(f"{error.kind}: ")
    assert sha256(built.path) == built.sha256


@pytest.mark.parametrize(
    "sql",
    ["ATTACH '{target}' AS other", "VACUUM INTO '{target}'"],
)
def test_no_statement_creates_a_file(built: Built, tmp_path: Path, sql: str) -> None:
    target = tmp_path / "other.db"
    with pytest.raises(QueryRefused, match=f"ATTACH '{target}' is refused"):
        run_query(built.path, sql.format(target=target))
    assert list(tmp_path.iterdir()) == []
    assert sha256(built.path) == built.sha256


def test_a_path_with_hash_and_question_mark_is_opened_whole(built: Built, tmp_path: Path) -> None:
    # Unencoded in a URI, `#` and `?` would cut the path and SQLite would open a new, empty "a".
    name = "a#b?c.db"
    shutil.copy(built.path, tmp_path / name)
    assert run_query(tmp_path / name, "SELECT count(*) FROM documents").rows == [(len(NAMES),)]
    assert {p.name for p in tmp_path.iterdir()} <= {name, f"{name}-wal", f"{name}-shm"}  # the WAL's own files
    assert sha256(tmp_path / name) == built.sha256


def test_a_missing_database_is_an_error_and_is_not_created(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="does not exist") as raised:
        run_query(tmp_path / "missing.db", "SELECT 1")
    assert raised.value.one_line().startswith("storage: ")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("limits", [{"limit": 0}, {"timeout_s": 0}])
def test_limits_must_allow_something(built: Built, limits: dict) -> None:
    with pytest.raises(ValueError, match="limit must be at least 1"):
        run_query(built.path, "SELECT 1", **limits)


def test_query_command_table_json_csv_and_exit_codes(built: Built) -> None:
    from tests.test_cli import run

    digest = sha256(built.path)
    sql = "SELECT a.id, d.sha256 AS id, a.kind FROM acts a JOIN documents d USING (sha256) ORDER BY a.id"
    table = run("query", sql, "--db", built.path)
    assert table.returncode == 0, table.stderr
    assert table.stdout.splitlines()[0].split() == ["id", "id_2", "kind"]  # two columns named id, both kept
    rows = json.loads(run("query", sql, "--db", built.path, "--json").stdout)
    assert rows and set(rows[0]) == {"id", "id_2", "kind"}
    capped = run("query", sql, "--db", built.path, "--csv", "--limit", "2")
    assert capped.stdout.splitlines()[0] == "id,id_2,kind" and len(capped.stdout.splitlines()) == 3
    assert "only the first 2 rows" in capped.stderr
    refused = run("query", "DELETE FROM acts", "--db", built.path)
    assert refused.returncode == 1 and refused.stderr.startswith("delib: query_refused: ")
    assert len(refused.stderr.splitlines()) == 1 and "Traceback" not in refused.stderr
    endless = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r"
    stopped = run("query", endless, "--db", built.path, "--timeout", "0.5")
    assert stopped.returncode == 1 and stopped.stderr.startswith("delib: query_timeout: ")
    huge = run("query", "SELECT length(zeroblob(1000000000))", "--db", built.path)
    assert huge.returncode == 1 and "too big" in huge.stderr
    assert sha256(built.path) == digest
