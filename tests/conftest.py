"""Shared fixtures: real PDFs written with reportlab, real SQLite files in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

DELIBERATION = """COMMUNE DE SAINT-MARTIN-DES-PRÉS
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du 12 février 2024
Nombre de membres en exercice : 15
Présents : 12
Votants : 14
Sous la présidence de M. Pierre LAMBERT, Maire
Présents : M. Pierre LAMBERT, Mme Sophie GIRARD, M. Éric FONTAINE, Mme Nadia BRUN, M. Louis CARON,
Mme Inès FAURE, M. Hugo PERRIN, Mme Léa ROCHE, M. Yann MOREL, Mme Zoé GARNIER, M. Tom CHEVALIER,
Mme Julie MASSON.
Excusés ayant donné pouvoir : Mme Claire BLANC (pouvoir à M. Pierre LAMBERT), M. Paul HENRY (pouvoir à Mme Sophie GIRARD).
Absent : M. Marc DUVAL.
Secrétaire de séance : Mme Nadia BRUN
Délibération n° 2024-007
Objet : Attribution d'une subvention à l'association Les Amis du Lavoir
Vu le Code général des collectivités territoriales, notamment son article L.2121-29 ;
Vu la délibération n° 2023-41 du 4 décembre 2023 adoptée à l'unanimité ;
Le Conseil municipal, après en avoir délibéré, DÉCIDE :
Article 1er : D'attribuer une subvention de 2 500 € à l'association Les Amis du Lavoir.
Article 2 : D'autoriser le Maire à signer tout document utile.
Pour : 13 Contre : 1 (M. Louis CARON) Abstention : 0
Adopté"""


def write_pdf(path: Path, pages: list[str], font_size: int = 10) -> Path:
    """A real PDF with one page per text, one line of the text per line of the page."""
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for text in pages:
        pdf.setFont("Helvetica", font_size)
        y = A4[1] - 50
        for line in text.split("\n"):
            pdf.drawString(40, y, line)
            y -= font_size * 1.4
        pdf.showPage()
    pdf.save()
    return path


@pytest.fixture
def deliberation_pdf(tmp_path: Path) -> Path:
    return write_pdf(tmp_path / "deliberation.pdf", [DELIBERATION])


@pytest.fixture
def bad_inputs(tmp_path: Path, deliberation_pdf: Path) -> dict[str, Path]:
    """One file of each bad kind the parser must refuse with a one-line error."""
    from reportlab.lib import pdfencrypt

    data = deliberation_pdf.read_bytes()
    files = {
        "not_pdf": tmp_path / "page.pdf",
        "empty_file": tmp_path / "empty.pdf",
        "damaged_pdf": tmp_path / "truncated.pdf",
        "encrypted": tmp_path / "locked.pdf",
    }
    files["not_pdf"].write_text("<html><body>Délibération</body></html>")
    files["empty_file"].write_bytes(b"")
    files["damaged_pdf"].write_bytes(data[: len(data) // 3])
    locked = canvas.Canvas(str(files["encrypted"]), encrypt=pdfencrypt.StandardEncryption("secret"))
    locked.drawString(72, 750, "Délibération n° 2024-001")
    locked.showPage()
    locked.save()
    return files


@pytest.fixture(scope="session")
def samples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database of every bundled sample, imported once for the reading commands' tests.

    Tests must not write to it: the reading commands open it read-only."""
    from pipeline.ingest import IngestOptions, ingest

    db = tmp_path_factory.mktemp("samples-db") / "samples.db"
    report = ingest([SAMPLES], db, IngestOptions(workers=2, ocr="never"))
    assert report.failed == 0 and report.imported >= 30
    return db
