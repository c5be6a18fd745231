"""`delib audit`: the failed checks of an archive with their figures, evidence and page."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.conftest import DELIBERATION, write_pdf
from tests.test_cli import run

# Page 2 of the act holds a vote whose counts exceed the votants, and a budget-table row whose solde
# is wrong: both checks must point at their own line on page 2, not at the act's first page.
BUDGET_PAGE = """Article 3 : D'approuver les virements de crédits suivants :
Imputation Libellé Crédits disponibles Proposition Disponible après DM
6226 Honoraires 12 000,00 2 500,00 9 000,00
Pour : 15 Contre : 1 Abstention : 0
Adopté"""


@pytest.fixture(scope="module")
def audit_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from pipeline.ingest import IngestOptions, ingest

    folder = tmp_path_factory.mktemp("audit")
    # Without its vote, and without the visa "adoptée à l'unanimité" that would close the act on page 1.
    first = DELIBERATION.rsplit("Pour : 13", 1)[0].replace(" adoptée à l'unanimité", "")
    write_pdf(folder / "dm.pdf", [first, BUDGET_PAGE])
    write_pdf(folder / "clean.pdf", [DELIBERATION.replace("Séance du 12 février", "Séance du 4 mars")])
    db = folder / "audit.db"
    ingest([folder], db, IngestOptions(workers=1, ocr="never"))
    return db


def _audit(db: Path, *args: str) -> list[dict]:
    result = run("audit", "--db", db, "--json", *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_audit_lists_each_failed_check_with_its_evidence_and_page(audit_db: Path) -> None:
    found = {row["code"]: row for row in _audit(audit_db)}
    assert set(found) == {"vote_totals_mismatch", "budget_table_mismatch"}
    vote = found["vote_totals_mismatch"]
    assert vote["message"] == "pour 15 + contre 1 + abstentions 0 + non-participants 0 = 16, but 14 votants are printed"
    assert vote["evidence"].startswith("Pour : 15 Contre : 1") and vote["page"] == 2 and vote["located"]
    assert vote["link"].endswith("dm.pdf#page=2") and vote["number"] == "2024-007"
    budget = found["budget_table_mismatch"]
    assert budget["evidence"] == "6226 Honoraires 12 000,00 2 500,00 9 000,00" and budget["page"] == 2
    assert json.loads(budget["bbox"])[1] > 50  # the row's box, under the heading line


def test_audit_filters(audit_db: Path) -> None:
    assert [r["code"] for r in _audit(audit_db, "--code", "budget_table_mismatch")] == ["budget_table_mismatch"]
    assert len(_audit(audit_db, "--severity", "warning")) == 2
    assert _audit(audit_db, "--severity", "info") == []
    assert len(_audit(audit_db, "--collectivity", "saint-martin-des-pres", "--since", "2024-02-01")) == 2
    assert _audit(audit_db, "--until", "2024-01-31") == []
    assert _audit(audit_db, "--body", "bureau") == []


def test_audit_table_csv_and_messages(audit_db: Path, samples_db: Path) -> None:
    table = run("audit", "--db", audit_db)
    assert table.returncode == 0 and table.stdout.split("\n")[0].split()[:4] == [
        "id",
        "session_date",
        "collectivity",
        "code",
    ]
    assert "dm.pdf#page=2" in table.stdout
    rows = list(csv.DictReader(io.StringIO(run("audit", "--db", audit_db, "--csv").stdout)))
    assert {r["code"] for r in rows} == {"vote_totals_mismatch", "budget_table_mismatch"}
    unknown = run("audit", "--db", audit_db, "--code", "no_such_code")
    assert unknown.returncode == 0 and "no check with code no_such_code" in unknown.stderr
    assert "no failed check" in unknown.stderr and unknown.stdout == ""
    bad_date = run("audit", "--db", audit_db, "--since", "12/02/2024")
    assert bad_date.returncode == 2 and "is not a date" in bad_date.stderr
    on_samples = _audit(samples_db)
    assert {"vote_count_exceeds_members", "vote_totals_mismatch"} <= {r["code"] for r in on_samples}
    missing = run("audit", "--db", audit_db.parent / "nothing.db")
    assert missing.returncode == 1 and "does not exist" in missing.stderr
    assert not (audit_db.parent / "nothing.db").exists()
