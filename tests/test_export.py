"""`delib export` on the samples database: SCDL rows checked with frictionless against the published
schema, the records equal to `delib parse`, every table as CSV, and one-line errors."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from frictionless import Check, Checklist, Resource, Schema, errors

from extractors.fr.acts import RECEPTION
from pipeline.cli import main
from pipeline.records import stored_records
from pipeline.scdl import (
    SCHEMA_PATH,
    document_url,
    matter_code,
    matter_names,
    read_receipt,
    reception_date,
)
from pipeline.siret import SiretMap
from pipeline.store import TABLES
from schemas.record import DECISION_KINDS
from tests.conftest import SAMPLES
from tests.test_cli import run

SCDL_COLUMNS = [
    "COLL_NOM",
    "COLL_SIRET",
    "DELIB_ID",
    "DELIB_DATE",
    "DELIB_MATIERE_CODE",
    "DELIB_MATIERE_NOM",
    "DELIB_OBJET",
    "BUDGET_ANNEE",
    "BUDGET_NOM",
    "PREF_ID",
    "PREF_DATE",
    "VOTE_EFFECTIF",
    "VOTE_REEL",
    "VOTE_POUR",
    "VOTE_CONTRE",
    "VOTE_ABSTENTION",
    "DELIB_URL",
]
# The level-1 names the published check `nomenclature-actes-value` accepts (validata).
ACTES_LEVEL_1 = {
    "commande publique",
    "urbanisme",
    "domaine et patrimoine",
    "fonction publique",
    "institutions et vie politique",
    "libertés publiques et pouvoirs de police",
    "finances locales",
    "domaines de compétences par thèmes",
    "autres domaines de compétences",
}


def export(*args: str | Path) -> tuple[str, str]:
    result = run("export", *args)
    assert result.returncode == 0, result.stderr
    return result.stdout, result.stderr


def scdl_table(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def luhn(digits: str) -> bool:
    total = 0
    for index, digit in enumerate(reversed(digits)):
        value = int(digit) * (2 if index % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def a_siret(siren: str) -> str:
    """A SIRET of that SIREN with a valid check digit (the published `french-siret-value` check)."""
    return next(siret for digit in "0123456789" if luhn(siret := f"{siren}0001{digit}"))


# --- the SCDL table ---------------------------------------------------------------------------


def test_scdl_has_the_schema_columns_in_order(samples_db: Path) -> None:
    stdout, stderr = export("--format", "scdl", "--db", samples_db)
    assert stdout.splitlines()[0] == ",".join(SCDL_COLUMNS)
    assert [f["name"] for f in json.loads(SCHEMA_PATH.read_text())["fields"]] == SCDL_COLUMNS
    rows = scdl_table(stdout)
    assert rows and all(list(row) == SCDL_COLUMNS for row in rows)
    assert re.fullmatch(r"delib: \d+ deliberations; without a required value: COLL_SIRET \d+, .*\n", stderr)


def test_scdl_has_one_row_per_deliberation(samples_db: Path) -> None:
    rows = scdl_table(export("--format", "scdl", "--db", samples_db)[0])
    minutes = [r for r in rows if r["COLL_NOM"] == "Commune de Montferrand-la-Vallée"]
    # Items 1–5 of the minutes: item 4 was withdrawn from the agenda, nothing was deliberated.
    assert [r["DELIB_ID"] for r in minutes] == ["1", "2024-002", "2024-003", "2024-004"]
    assert [(r["VOTE_EFFECTIF"], r["VOTE_REEL"], r["VOTE_POUR"], r["VOTE_CONTRE"]) for r in minutes][1] == (
        "19",
        "17",
        "15",
        "2",
    )
    ids = {r["DELIB_ID"] for r in rows}
    conn = sqlite3.connect(samples_db)
    arretes = set(conn.execute("SELECT collectivity, number FROM acts WHERE kind = 'arrete'"))
    unvoted = conn.execute(
        "SELECT id FROM acts a WHERE kind = 'deliberation' AND NOT EXISTS (SELECT 1 FROM votes WHERE act_id = a.id)"
    ).fetchall()
    conn.close()
    assert arretes and not arretes & {(r["COLL_NOM"], r["DELIB_ID"]) for r in rows}
    assert "CS-2024-021" in ids  # the deliberation beside an arrêté in one file
    assert unvoted and "B2024-019" in ids  # a deliberation that prints no vote is still one
    assert len(rows) == len({(r["COLL_NOM"], r["DELIB_DATE"], r["DELIB_ID"]) for r in rows})


def test_scdl_fills_what_the_documents_print(samples_db: Path) -> None:
    rows = {r["DELIB_ID"]: r for r in scdl_table(export("--format", "scdl", "--db", samples_db)[0])}
    # "Nomenclature ACTES : 8.8" printed beside the item's number
    assert rows["2024-11-18-DCM-01"]["DELIB_MATIERE_CODE"] == "8.8"
    assert rows["2024-11-18-DCM-01"]["DELIB_MATIERE_NOM"] == "domaines de compétences par thèmes/environnement"
    assert rows["2024-11-18-DCM-02"]["DELIB_MATIERE_NOM"] == "finances locales/subventions"
    # the @ctes ID 029-212901445-… and its stamp "Reçu le 18/03/2024"
    kerlaouen = rows["2024-017"]
    assert (kerlaouen["PREF_ID"], kerlaouen["PREF_DATE"]) == ("PREF029", "2024-03-18")
    assert (kerlaouen["VOTE_EFFECTIF"], kerlaouen["VOTE_REEL"]) == ("15", "14")  # 12 présents + 2 pouvoirs
    assert kerlaouen["COLL_SIRET"] == "" and kerlaouen["DELIB_URL"] == ""
    assert {r["BUDGET_ANNEE"] for r in rows.values()} == {""}


def test_scdl_base_url_links_the_page_of_the_act(samples_db: Path) -> None:
    rows = scdl_table(export("--format", "scdl", "--db", samples_db, "--base-url", "https://www.ville.fr/actes/")[0])
    urls = {r["DELIB_ID"]: r["DELIB_URL"] for r in rows}
    assert urls["2024-032"] == "https://www.ville.fr/actes/recueil_actes.pdf#page=3"
    assert document_url("https://a.fr/x", b"/archive/d\xe9lib 1.pdf", 2) == "https://a.fr/x/d%E9lib%201.pdf#page=2"
    assert document_url("https://a.fr/x", "/archive/délib.pdf", 1) == "https://a.fr/x/d%C3%A9lib.pdf#page=1"


def sample_sirets(db: Path) -> dict[str, str]:
    """A SIRET for every collectivity of the samples: of its SIREN when its acts print a receipt
    ID, otherwise of a made-up SIREN."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT collectivity, max(prefecture_id) FROM acts WHERE collectivity IS NOT NULL GROUP BY collectivity"
        ).fetchall()
    return {
        place: a_siret(receipt.siren if (receipt := read_receipt(pref)) else f"{900000000 + index}")
        for index, (place, pref) in enumerate(rows)
    }


class RowRule(Check):
    """A rule on the values of a row, reported as a frictionless row error."""

    Errors = [errors.RowError]

    def __init__(self, note: str, holds) -> None:
        super().__init__()
        self.note, self.holds = note, holds

    def validate_row(self, row):
        if not self.holds(row):
            yield errors.RowError.from_row(row, note=self.note)


def filled(row, *columns: str) -> bool:
    return all(row[c] is not None for c in columns)


# The published schema's row rules (its `custom_checks`, run by validata), those the export keeps:
# the SIRET's check digit, PREF_ID's shape, dates and figures in order, the matter's name. The sum
# rule is the brief's ≤ (a member who does not take part is a votant without a vote).
RULES = [
    RowRule("french-siret-value", lambda r: r["COLL_SIRET"] is None or luhn(r["COLL_SIRET"])),
    RowRule(
        "pref-id",
        lambda r: r["PREF_ID"] is None or re.fullmatch(r"(?:PREF|SGAR)\d{2}[\dAB]|SPREF\d{2}[\dAB]\d", r["PREF_ID"]),
    ),
    RowRule(
        "PREF_DATE >= DELIB_DATE",
        lambda r: not filled(r, "PREF_DATE", "DELIB_DATE") or r["PREF_DATE"] >= r["DELIB_DATE"],
    ),
    RowRule(
        "VOTE_EFFECTIF >= VOTE_REEL",
        lambda r: not filled(r, "VOTE_EFFECTIF", "VOTE_REEL") or r["VOTE_EFFECTIF"] >= r["VOTE_REEL"],
    ),
    RowRule(
        "VOTE_REEL >= each count",
        lambda r: all(r[c] is None or r["VOTE_REEL"] is None or r["VOTE_REEL"] >= r[c] for c in SCDL_COLUMNS[13:16]),
    ),
    RowRule(
        "VOTE_POUR + VOTE_CONTRE + VOTE_ABSTENTION <= VOTE_REEL",
        lambda r: not filled(r, *SCDL_COLUMNS[12:16]) or sum(r[c] for c in SCDL_COLUMNS[13:16]) <= r["VOTE_REEL"],
    ),
    RowRule(
        "nomenclature-actes-value",
        lambda r: r["DELIB_MATIERE_CODE"] is None or matter_names()[r["DELIB_MATIERE_CODE"]] == r["DELIB_MATIERE_NOM"],
    ),
]


def validate(path: Path) -> list[tuple[int, str | None, str, str]]:
    """frictionless errors of an SCDL file: (row, column, error type, note)."""
    schema = Schema.from_descriptor(json.loads(SCHEMA_PATH.read_text()))
    report = Resource(path=path.name, basepath=str(path.parent), schema=schema).validate(
        checklist=Checklist(checks=RULES)
    )
    return [tuple(e) for e in report.flatten(["rowNumber", "fieldName", "type", "note"])]


def test_scdl_validates_against_the_schema_with_a_siret_mapping(samples_db: Path, tmp_path: Path) -> None:
    sirets = sample_sirets(samples_db)
    mapping = tmp_path / "sirets.csv"
    mapping.write_text("name,siret\n" + "".join(f'"{name.upper()}",{s}\n' for name, s in sirets.items()))
    out = tmp_path / "deliberations.csv"
    _, stderr = export(
        "--format", "scdl", "--db", samples_db, "--siret", mapping, "-o", out, "--base-url", "https://x.fr"
    )
    rows = scdl_table(out.read_text(encoding="utf-8"))
    assert {r["COLL_SIRET"] for r in rows} <= set(sirets.values()) and "" not in {r["COLL_SIRET"] for r in rows}
    unprinted = [number for number, row in enumerate(rows, start=2) if row["DELIB_MATIERE_CODE"] == ""]
    expected = {(n, c, "constraint-error") for n in unprinted for c in ("DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM")}
    assert {e[:3] for e in validate(out)} == expected
    assert f"DELIB_MATIERE_CODE {len(unprinted)}, DELIB_MATIERE_NOM {len(unprinted)}\n" in stderr
    assert "COLL_SIRET" not in stderr


def test_the_validation_catches_a_broken_row(tmp_path: Path) -> None:
    """The checks can fail: a SIRET, a PREF_ID, a date, figures that do not close, a wrong name."""
    bad = tmp_path / "bad.csv"
    bad.write_text(
        ",".join(SCDL_COLUMNS) + "\n"
        "Commune de X,2186019460001,1,2024-13-01,7.5,finances locales/fiscalité,Objet,,,PRF59,2024-01-01,10,12,9,3,1,\n"
    )
    found = {(e[1], e[2]) for e in validate(bad)} | {e[3] for e in validate(bad) if e[2] == "row-error"}
    assert {("COLL_SIRET", "constraint-error"), ("DELIB_DATE", "type-error")} <= found
    assert {"pref-id", "VOTE_EFFECTIF >= VOTE_REEL", "nomenclature-actes-value"} <= found
    assert "VOTE_POUR + VOTE_CONTRE + VOTE_ABSTENTION <= VOTE_REEL" in found


# --- the SIRET mapping and the receipt ID -----------------------------------------------------


def test_siret_mapping_picks_by_siren_then_by_name(tmp_path: Path) -> None:
    mapping = tmp_path / "m.csv"
    mapping.write_text(
        "siret;name;note\n"
        "215900010 00013;Commune de Saint-Martin;the one of the SIREN\n"
        "21620001000011;Commune de Saint-Martin;a namesake in another department\n"
        "21590002000017;Mairie de Lille;\n"
        "21590002000025;;a second establishment of that SIREN\n"
        "21330001000019;COMMUNE DE SAINTE HELENE;\n"
    )
    sirets = SiretMap.load(mapping)
    assert sirets.siret("Commune de Saint-Martin", "215900010") == "21590001000013"
    assert sirets.siret("Commune de Saint-Martin", None) is None  # two SIRETs for that name
    assert sirets.siret("Commune de Saint-Martin", "216200999") is None  # never the namesake's
    assert sirets.siret("Ville de Lille", "215900020") is None  # two establishments, no name to choose
    assert sirets.siret("Mairie de Lille", "215900020") == "21590002000017"
    assert sirets.siret("Commune de Sainte-Hélène", None) == "21330001000019"  # case, accents, dashes
    assert sirets.siret("Commune de Sainte-Hélène", "213300019") is None  # a SIREN the mapping lacks


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("name,siren\nCommune de X,215900010\n", "no `name` and `siret` columns"),
        ("name,siret\nCommune de X,2159000100001\n", "line 2: '2159000100001' is not a SIRET number"),
        (b"name,siret\nCommune d\xe9 X,21590001000013\n", "is not UTF-8 text"),
    ],
)
def test_a_bad_siret_mapping_is_a_one_line_error(
    samples_db: Path, tmp_path: Path, content: str | bytes, message: str
) -> None:
    mapping = tmp_path / "m.csv"
    mapping.write_bytes(content if isinstance(content, bytes) else content.encode())
    result = run("export", "--format", "scdl", "--db", samples_db, "--siret", mapping)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith("delib: siret_mapping: ") and message in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_receipt_id_gives_department_and_siren() -> None:
    receipt = read_receipt("059-215900010-20240312-2024_017-DE")
    assert (receipt.department, receipt.siren) == ("059", "215900010")
    assert read_receipt("02A-200000123-20240101-CP-2024-05-112-DE").department == "02A"
    assert read_receipt("2024-017") is None and read_receipt(None) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("2024-11-18-DCM-01 Nomenclature ACTES : 8.8 \nMonsieur le Maire", "8.8"),
        ("Matière : 7.5 – Subventions", "7.5"),
        ("Classification ACTES : 7.10.2", "7.10"),
        ("Nomenclature ACTES : 7", None),  # level 1 only
        ("Nomenclature ACTES : 9.9", None),  # not a code of the nomenclature
        ("compétence en matière de tourisme ; article 3.2", None),
    ],
)
def test_matter_code_is_read_where_it_is_printed(text: str, code: str | None) -> None:
    assert matter_code(text) == code


@pytest.mark.parametrize("row", RECEPTION.rows, ids=lambda row: row.example)
def test_reception_wordings_read_their_example(row) -> None:
    assert RECEPTION.reading(row.example) == row
    assert reception_date(row.example) is not None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Date de réception préfecture : 05/06/2024", "2024-06-05"),
        ("Envoyé en préfecture le 10/09/2024\nReçu en préfecture le 11/09/2024", "2024-09-11"),
        ("Envoyé en préfecture le 10/09/2024", None),
        ("Accusé de réception en préfecture\n059-215900010-20240312-2024_017-DE", None),
        ("Le dossier a été reçu le 18/03/2024", None),
        ("Date de réception préfecture : 31/02/2024", None),
    ],
)
def test_reception_date(text: str, date: str | None) -> None:
    assert reception_date(text) == date


def test_nomenclature_names_follow_the_scdl_rules() -> None:
    names = matter_names()
    assert names["8.4"] == "domaines de compétences par thèmes/aménagement du territoire"  # the schema's example
    ranges = {"1": 7, "2": 3, "3": 6, "4": 5, "5": 8, "6": 5, "7": 10, "8": 9, "9": 4}  # the schema's code ranges
    assert sorted(names) == sorted(f"{level}.{n}" for level, count in ranges.items() for n in range(1, count + 1))
    for name in names.values():
        level_1, level_2 = name.split("/")
        assert level_1 in ACTES_LEVEL_1 and name == name.lower() and not set(",()") & set(name)


# --- the records --------------------------------------------------------------------------------

# Samples with parts of acts, checks with their evidence, votes by group, amounts with cents,
# minutes with many items, arrêtés with articles.
RECORD_SAMPLES = [
    "departement_commission_permanente",
    "commune_deliberation_gras_simule",
    "region_vote_groupes",
    "commune_budget_montants",
    "pv_seance_plusieurs_points",
    "commune_recueil_arretes_circulation",
]


def test_jsonl_is_what_parse_prints(samples_db: Path) -> None:
    stdout, stderr = export("--format", "jsonl", "--db", samples_db)
    exported = {json.loads(line)["document"]["path"]: line for line in stdout.splitlines()}
    assert len(exported) == len(list(SAMPLES.glob("*.pdf"))) and stderr == f"delib: {len(exported)} records\n"
    runner = CliRunner()
    for name in RECORD_SAMPLES:
        pdf = str(SAMPLES / f"{name}.pdf")
        parsed = runner.invoke(main, ["parse", "--indent", "0", "--ocr", "never", pdf])
        assert parsed.exit_code == 0, parsed.output
        record = json.loads(parsed.stdout)
        assert json.loads(exported[pdf]) == record, name
        assert exported[pdf] == json.dumps(record, ensure_ascii=False), name  # the same keys in the same order


def test_stored_records_validate(samples_db: Path) -> None:
    conn = sqlite3.connect(f"file:{samples_db}?mode=ro", uri=True)
    records = list(stored_records(conn))
    assert {r.document.sha256 for r in records} == {s for (s,) in conn.execute("SELECT sha256 FROM documents")}
    owners = [r.acts[a.part_of].kind for r in records for a in r.acts if a.part_of is not None]
    assert owners and set(owners) <= DECISION_KINDS
    conn.close()


def test_a_path_that_is_not_utf8_is_exported_exactly(deliberation_pdf: Path, tmp_path: Path) -> None:
    from pipeline.ingest import IngestOptions, ingest

    folder = tmp_path / "archive"
    folder.mkdir()
    pdf = folder / os.fsdecode(b"d\xe9lib 1.pdf")
    pdf.write_bytes(deliberation_pdf.read_bytes())
    db = tmp_path / "latin1.db"
    assert ingest([folder], db, IngestOptions(workers=1, ocr="never")).imported == 1
    line = export("--format", "jsonl", "--db", db)[0]
    assert line.isascii() and json.loads(line)["document"]["path"] == str(pdf)  # the \udcXX escape of the byte
    tables = tmp_path / "tables"
    tables.mkdir()
    export("--format", "csv", "--db", db, "-o", tables)
    (document,) = csv.DictReader((tables / "documents.csv").open(encoding="utf-8", newline=""))
    assert document["path"].endswith("/d\\xe9lib 1.pdf")
    (row,) = scdl_table(export("--format", "scdl", "--db", db, "--base-url", "https://x.fr/actes")[0])
    assert row["DELIB_URL"] == "https://x.fr/actes/d%E9lib%201.pdf#page=1"
    assert (row["DELIB_ID"], row["VOTE_EFFECTIF"], row["VOTE_REEL"], row["VOTE_POUR"]) == ("2024-007", "15", "14", "13")


# --- the tables ---------------------------------------------------------------------------------


def test_csv_writes_every_table_with_its_rows(samples_db: Path, tmp_path: Path) -> None:
    _, stderr = export("--format", "csv", "--db", samples_db, "-o", tmp_path)
    written = {path.stem for path in tmp_path.glob("*.csv")}
    assert written == set(TABLES) - {"acts_search"}  # the folded full-text index is not data
    conn = sqlite3.connect(samples_db)
    total = 0
    for table in written:
        with (tmp_path / f"{table}.csv").open(encoding="utf-8", newline="") as file:
            header, *rows = list(csv.reader(file))
        assert header == [c[1] for c in conn.execute(f"PRAGMA table_info({table})")], table
        assert len(rows) == conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0], table
        total += len(rows)
    acts = list(csv.DictReader((tmp_path / "acts.csv").open(encoding="utf-8", newline="")))
    first = conn.execute("SELECT id, text FROM acts ORDER BY rowid LIMIT 1").fetchone()
    conn.close()
    assert (acts[0]["id"], acts[0]["text"]) == first  # multi-line text kept whole
    assert stderr == f"delib: {len(written)} tables, {total} rows, written to {tmp_path}\n"


# --- output and usage ---------------------------------------------------------------------------


def test_output_file_holds_what_stdout_prints(samples_db: Path, tmp_path: Path) -> None:
    stdout, _ = export("--format", "scdl", "--db", samples_db)
    out = tmp_path / "scdl.csv"
    assert export("--format", "scdl", "--db", samples_db, "-o", out)[0] == ""
    assert out.read_bytes() == stdout.encode("utf-8")


@pytest.mark.parametrize("fmt", ["scdl", "jsonl", "csv"])
@pytest.mark.parametrize("where", ["missing/out", "a_file/out", "."])
def test_an_output_that_cannot_be_written_is_a_one_line_error(
    samples_db: Path, tmp_path: Path, fmt: str, where: str
) -> None:
    (tmp_path / "a_file").write_text("not a folder")
    target = tmp_path / where
    if fmt == "csv" and where == ".":
        target = tmp_path / "a_file"  # a file where the folder of tables should be
    result = run("export", "--format", fmt, "--db", samples_db, "-o", target)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith("delib: output_unwritable: ") and len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "csv"], "give the folder with -o"),
        (["--format", "jsonl", "--siret", "m.csv"], "--siret and --base-url are for --format scdl"),
        (["--format", "scdl", "--base-url", "ftp://x.fr"], "is not a web address"),
        (["--format", "xml"], "'xml' is not one of"),
    ],
)
def test_usage_errors(samples_db: Path, args: list[str], message: str) -> None:
    result = run("export", "--db", samples_db, *args)
    assert result.returncode == 2 and message in result.stderr


def test_export_never_overwrites_the_database(samples_db: Path) -> None:
    before = samples_db.read_bytes()
    result = run("export", "--format", "jsonl", "--db", samples_db, "-o", samples_db)
    assert result.returncode == 1 and "is the database itself" in result.stderr
    assert samples_db.read_bytes() == before


def test_a_missing_database_is_a_one_line_error(tmp_path: Path) -> None:
    result = run("export", "--format", "scdl", "--db", tmp_path / "none.db")
    assert result.returncode == 1 and result.stderr.startswith("delib: storage: ")
    assert not (tmp_path / "none.db").exists()
