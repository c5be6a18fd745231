"""`delib serve` as a user runs it: the real command on the samples database, read over loopback HTTP."""

from __future__ import annotations

import hashlib
import json
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from markupsafe import escape

from pipeline.canned_queries import QUERIES
from pipeline.store import TABLES
from tests.conftest import ROOT
from tests.test_cli import DELIB, run

# Parameters that exist in the samples, for every canned query.
PARAMETERS = {
    "votes_not_adding_up": {"collectivity": "Lorvanne"},
    "attendance_rate": {"collectivity": "Sainte-Colombe"},
    "proxies": {"collectivity": "Sainte-Colombe"},
    "largest_amounts": {"beneficiary": "association", "min_euros": "1000"},
    "session_acts": {"collectivity": "Fontclaire", "session_date": "2025-03-13"},
    "person_votes": {"name": "roche"},
}
# Loopback only: an http_proxy set in the environment must not see these requests.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def fetch(url: str) -> str:
    with _OPENER.open(url, timeout=120) as response:
        assert response.status == 200, url
        return response.read().decode("utf-8")


def fetch_json(url: str):
    return json.loads(fetch(url))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def start(db: Path) -> tuple[subprocess.Popen, str]:
    """`delib serve` on a free port, and the URL it prints once it listens."""
    process = subprocess.Popen(
        [*DELIB, "serve", "--db", str(db), "--port", "0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    line = process.stderr.readline()
    found = re.search(r" at (http://\S+/) ", line)
    if not found:
        process.kill()
        pytest.fail(f"delib serve did not start: {line}{process.communicate()[1]}")
    return process, found.group(1)


def stop(process: subprocess.Popen) -> tuple[str, str]:
    """Ctrl-C, as a user stops it; its stdout and the rest of its stderr."""
    process.send_signal(signal.SIGINT)
    try:
        return process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        raise


@pytest.fixture(scope="module")
def served(samples_db: Path) -> Iterator[str]:
    """The URL of the samples database (`/samples`) served by `delib serve`; its bytes unchanged after."""
    before = sha256(samples_db)
    process, url = start(samples_db)
    try:
        yield url + "samples"
    finally:
        stop(process)
    assert sha256(samples_db) == before, "serving and querying changed the database file"


def test_it_listens_on_loopback_by_default_and_stops_cleanly_on_ctrl_c(samples_db: Path) -> None:
    process, url = start(samples_db)
    try:
        assert urllib.parse.urlsplit(url).hostname == "127.0.0.1"
        assert "Deliberations read by delib" in fetch(url)
        with pytest.raises(urllib.error.HTTPError) as missing:
            fetch(url + "samples/no_such_table")
    finally:
        out, rest = stop(process)
    assert missing.value.code == 404
    assert process.returncode == 0
    assert (out, rest.splitlines()) == ("", ["delib: server stopped"])  # no traceback of the 404


def test_home_page_gives_title_source_and_licence(served: str) -> None:
    home = fetch(served.removesuffix("samples"))
    assert "<h1>Deliberations read by delib</h1>" in home
    assert "delib asserts no licence of its own on them" in home
    assert "PDF documents imported from" in home
    assert 'href="/samples"' in home


def test_every_table_is_served_as_html_and_json_with_its_column_descriptions(served: str) -> None:
    listed = fetch_json(served + ".json")["tables"]
    shown = [t for t in listed if not t["hidden"]]
    assert {t["name"] for t in shown} == set(TABLES) - {"acts_search"}  # FTS tables are hidden
    described = fetch_json(served.removesuffix("samples") + "-/metadata.json")["databases"]["samples"]["tables"]
    for table in shown:
        name = table["name"]
        page = fetch(f"{served}/{name}")
        for column in table["columns"]:
            description = described[name]["columns"][column]
            assert f"<dt>{column}</dt><dd>{escape(description)}</dd>" in page, f"{name}.{column}"
        data = fetch_json(f"{served}/{name}.json?_shape=objects")
        assert data["columns"][-len(table["columns"]) :] == table["columns"]
        assert len(data["rows"]) == min(table["count"], 100)


def test_full_text_search_on_acts_finds_what_acts_fts_finds(served: str, samples_db: Path) -> None:
    conn = sqlite3.connect(f"file:{samples_db}?mode=ro", uri=True)
    expected = {
        act
        for (act,) in conn.execute(
            "SELECT id FROM acts WHERE rowid IN (SELECT rowid FROM acts_fts WHERE acts_fts MATCH 'subvention')"
        )
    }
    found = fetch_json(f"{served}/acts.json?_search=subvention&_shape=array&_size=max")
    assert len(expected) >= 5 and {row["id"] for row in found} == expected
    page = fetch(f"{served}/acts?_search=subvention")
    assert f"{len(expected)} rows" in page and 'value="subvention"' in page


def test_foreign_keys_are_shown_with_their_labels(served: str, samples_db: Path) -> None:
    rows = fetch_json(f"{served}/vote_members.json?_labels=on&_shape=array&_size=5")
    conn = sqlite3.connect(f"file:{samples_db}?mode=ro", uri=True)
    for row in rows:
        person = conn.execute("SELECT name FROM persons WHERE id = ?", [row["person_id"]["value"]]).fetchone()
        vote = conn.execute("SELECT source_text FROM votes WHERE id = ?", [row["vote_id"]["value"]]).fetchone()
        assert (row["person_id"]["label"], row["vote_id"]["label"]) == (person[0], vote[0])


def test_sql_that_would_write_is_refused_by_sqlite(served: str) -> None:
    """Datasette lets `WITH … DELETE` through its SELECT-only check; the read-only connection stops it."""
    sql = urllib.parse.quote("WITH x AS (SELECT 1) DELETE FROM acts")
    with pytest.raises(urllib.error.HTTPError) as refused:
        fetch(f"{served}.json?sql={sql}")
    assert json.loads(refused.value.read())["error"] == "attempt to write a readonly database"


def test_every_canned_query_is_tested() -> None:
    assert set(PARAMETERS) == set(QUERIES)


@pytest.mark.parametrize("query", sorted(PARAMETERS))
def test_canned_query_returns_rows_on_the_samples(served: str, query: str) -> None:
    parameters = urllib.parse.urlencode(PARAMETERS[query])
    rows = fetch_json(f"{served}/{query}.json?{parameters}&_shape=array")
    assert rows, f"{query} returned no row"
    page = fetch(f"{served}/{query}?{parameters}")
    assert escape(QUERIES[query]["title"]) in page


def query(served: str, canned: str, /, **parameters: str) -> list[dict]:
    return fetch_json(f"{served}/{canned}.json?{urllib.parse.urlencode(parameters)}&_shape=array")


def test_votes_not_adding_up_gives_the_figures_and_the_evidence(served: str) -> None:
    (row,) = query(served, "votes_not_adding_up", collectivity="Lorvanne")
    assert (row["code"], row["message"], row["page"]) == (
        "vote_totals_mismatch",
        "47 votants for 38 présents and no pouvoir listed",
        1,
    )
    assert row["evidence"].startswith("Pour : 40")
    assert row["path"].endswith("region_commission_permanente_vote_tableau.pdf")


def test_attendance_rate_counts_each_session_once(served: str, samples_db: Path) -> None:
    """Jean-Claude LEROY is listed on every item of two procès-verbaux: two sessions, not one per item."""
    rows = query(served, "attendance_rate", collectivity="Sainte-Colombe")
    (leroy,) = [r for r in rows if r["name"] == "Jean-Claude LEROY"]
    conn = sqlite3.connect(f"file:{samples_db}?mode=ro", uri=True)
    listed = conn.execute("SELECT count(*) FROM attendance WHERE person_id = ?", [leroy["person_id"]]).fetchone()[0]
    assert listed > 2 and leroy["sessions"] == 2
    assert leroy["present"] + leroy["excused"] + leroy["absent"] == 2
    assert leroy["presence_percent"] == 100.0 * leroy["present"] / 2


def test_proxies_list_what_was_given_and_held_once_per_session(served: str) -> None:
    rows = query(served, "proxies", collectivity="Sainte-Colombe")
    (leroy,) = [r for r in rows if r["name"] == "Jean-Claude LEROY"]
    assert (leroy["given"], leroy["given_to"], leroy["held"], leroy["held_from"]) == (
        1,
        "Sophie LEROY",
        1,
        "Fabrice MONTEL",
    )


def test_largest_amounts_filter_on_the_beneficiary_and_a_minimum(served: str) -> None:
    rows = query(served, "largest_amounts", beneficiary="Castelmaure Initiatives", min_euros="1000")
    assert rows[0]["raw"] == "85 000 €" and "Castelmaure Initiatives" in rows[0]["title"]
    everything = query(served, "largest_amounts", beneficiary="", min_euros="")
    cents = [round(float(r["euros"]) * 100) for r in everything]
    assert cents == sorted(cents, reverse=True) and len(everything) > len(rows)


def test_session_acts_lists_the_decisions_of_one_session(served: str) -> None:
    rows = query(served, "session_acts", collectivity="Fontclaire", session_date="2025-03-13")
    assert len({r["act_id"] for r in rows}) == 10
    assert {r["collectivity"] for r in rows} == {"Commune de Fontclaire-sur-Arvelle"}
    assert rows[0]["title"] == "Approbation du procès-verbal de la séance du 6 février 2025"


def test_person_votes_finds_a_name_in_any_case_and_only_dissents(served: str) -> None:
    rows = query(served, "person_votes", name="roche")
    assert {r["name"] for r in rows} >= {"Henri ROCHE", "Thierry ROCHE", "Didier ROCHE"}
    assert {r["position"] for r in rows} <= {"against", "abstention", "not_voting"}


def one_line_error(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 1 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    return line


def test_a_missing_file_is_a_one_line_error(tmp_path: Path) -> None:
    line = one_line_error(run("serve", "--db", tmp_path / "missing.db"))
    assert line.startswith("delib: storage: ") and "does not exist" in line
    assert not (tmp_path / "missing.db").exists()


def test_a_file_that_is_not_a_delib_database_is_a_one_line_error(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    text = tmp_path / "notes.db"
    text.write_text("not a database\n")
    remedy = "check the database path, disk space and permissions"
    assert one_line_error(run("serve", "--db", other)) == f"delib: storage: {other} is not a delib database ({remedy})"
    assert one_line_error(run("serve", "--db", text)).startswith(f"delib: storage: cannot open database {text}: ")


def test_a_busy_port_is_a_one_line_error(samples_db: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as busy:
        port = busy.getsockname()[1]
        line = one_line_error(run("serve", "--db", samples_db, "--port", port))
    assert line.startswith(f"delib: cannot_listen: cannot listen on 127.0.0.1:{port}: ")


def test_a_path_sqlite_would_cut_short_is_refused(tmp_path: Path) -> None:
    line = one_line_error(run("serve", "--db", tmp_path / "votes#2024.db"))
    assert line.startswith("delib: unservable_path: ") and "?, # or %" in line


def test_without_datasette_it_says_how_to_install_it(samples_db: Path) -> None:
    """Datasette is an optional extra: an interpreter that cannot import it gets the remedy."""
    hide = "import sys; sys.modules['datasette'] = None; from pipeline.cli import main; main()"
    result = subprocess.run(
        [sys.executable, "-c", hide, "serve", "--db", str(samples_db)], capture_output=True, text=True, cwd=ROOT
    )
    line = one_line_error(result)
    assert line.startswith("delib: datasette_missing: ") and "make install" in line
