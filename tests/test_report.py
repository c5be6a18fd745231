"""`delib report`: the label-free quality report of an import, on a real database of real PDFs."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.report import odd_name, odd_title
from tests.conftest import ROOT, write_pdf

DELIB = [sys.executable, "-m", "pipeline.cli"]
SAMPLES = ROOT / "samples"
# Minutes read by the rules (items, counts, votes that close) and a single deliberation.
SOME_SAMPLES = ["pv_seance_plusieurs_points", "recueil_actes", "arrete_maire", "pv_prend_acte_et_election"]


def run(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run([*DELIB, *map(str, args)], capture_output=True, text=True, cwd=ROOT, timeout=300)


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("archive")
    for name in SOME_SAMPLES:
        shutil.copy(SAMPLES / f"{name}.pdf", folder)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n% nothing after the header\n")
    write_pdf(folder / "information.pdf", ["Compte rendu de la commission culture.\nLe programme est présenté."])
    db = folder / "archive.db"
    result = run("ingest", folder, "--db", db)
    assert result.returncode == 3, result.stderr  # one file failed, and the import says so
    return folder, db


def test_the_report_covers_every_file_with_its_acts_or_its_failure(imported: tuple[Path, Path]) -> None:
    folder, db = imported
    result = run("report", "--db", db, "--json", folder / "report.json")
    assert result.returncode == 0, result.stderr
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    files = {Path(f["path"]).name: f for f in report["files"]}
    assert set(files) == {f"{name}.pdf" for name in SOME_SAMPLES} | {"broken.pdf", "information.pdf"}
    assert files["broken.pdf"]["failure"] == "damaged_pdf"
    assert files["information.pdf"]["acts"] == 0 and files["information.pdf"]["failure"] is None
    overall = report["overall"]
    # every file but the information note gave an act or a typed failure
    assert overall["files_with_act_or_failure"] == {"count": 5, "of": 6, "share": 0.833}
    assert overall["failed_files"] == 1
    minutes = files["pv_seance_plusieurs_points.pdf"]
    assert minutes["acts"] == 5 and minutes["with"]["title"] == 5 and minutes["with"]["session_date"] == 5
    assert minutes["figures_checked"] == minutes["figures_close"] > 0
    assert files["arrete_maire.pdf"]["with_vote_or_reason"] == 1  # an arrêté has no vote, and says why
    # a report the council takes note of has no vote either, by nature: information only
    noted = files["pv_prend_acte_et_election.pdf"]
    assert noted["acts"] == 3 and noted["with_vote_or_reason"] == 3 and noted["taken_note_of"] == 1
    assert overall["taken_note_of"] == 1
    # the table names every file and the totals
    assert "broken.pdf\tfailed: damaged_pdf" in result.stdout
    assert "files with a decision act or a typed failure: 83% (5 of 6) (1 failed)" in result.stdout


def test_report_of_a_missing_database_is_one_line(tmp_path: Path) -> None:
    result = run("report", "--db", tmp_path / "nothing.db")
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1 and "does not exist" in result.stderr
    assert not (tmp_path / "nothing.db").exists()


@pytest.mark.parametrize(
    "title, odd",
    [
        ("Attribution d'une subvention à l'association Les Amis du Livre", False),
        ("Budget primitif 2024 – Budget principal", False),
        ("Le Conseil municipal, après en avoir délibéré, décide d'attribuer", True),  # a sentence of the body
        ("3° De prendre toute décision relative à l'exécution du marché", True),  # a numbered clause
        ("Convention de partenariat avec la", True),  # cut mid-phrase
        ("Approbation " + "du rapport " * 40, True),  # the text swallowed
    ],
)
def test_titles_that_look_wrong(title: str, odd: bool) -> None:
    assert odd_title(title) is odd


@pytest.mark.parametrize(
    "name, odd",
    [
        ("Jean DUPONT", False),
        ("Jean-Claude LEROY", False),
        ("Anne-Sophie de LA MOTTE", False),
        ("Jean BOUCHER", False),  # common words, but no council wording: a name
        ("DUPONT", True),  # a lone surname
        ("Leblanc abstentions Mme DEBUISSER", True),  # prose in the name
        ("c'est pourquoi il S'ABSTIENT", True),
        ("Conseil MUNICIPAL", True),  # council wording in capitals
    ],
)
def test_names_that_are_not_names(name: str, odd: bool) -> None:
    assert odd_name(name) is odd
