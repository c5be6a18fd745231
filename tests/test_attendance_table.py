"""Attendance tables ("Nom | Pouvoir à | Suppléant"), read from real PDFs in several layouts: which
column a name stands in is known only from the word boxes."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from extractors.attendance import parse_attendance
from extractors.stages import DocText
from pipeline.text import read_pages

STYLES = getSampleStyleSheet()
PRESENT = "Délégués présents : M. Pierre MARTIN, Mme Sophie LEROY, M. Marc BLANC, Mme Anne PETIT"


def _pdf(path: Path, heading: str, rows: list[list[str]], style: list[tuple], widths: list[float] | None) -> Path:
    table = Table(rows, colWidths=widths)
    table.setStyle(TableStyle(style))
    story = [Paragraph(PRESENT, STYLES["Normal"]), Paragraph(heading, STYLES["Normal"]), table]
    story.append(Paragraph("Secrétaire de séance : Mme Sophie LEROY", STYLES["Normal"]))
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def _read(path: Path) -> dict[str, tuple[str, str | None, str | None]]:
    doc = DocText(read_pages(path))
    return {a.name: (a.status, a.proxy_to, a.note) for a in parse_attendance(doc.section())}


GRID = [("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
CENTRED = GRID + [("ALIGN", (0, 0), (-1, 0), "CENTER")]
BORDERLESS = [("FONTSIZE", (0, 0), (-1, -1), 8), ("LEFTPADDING", (0, 0), (-1, -1), 1)]

THREE_COLUMNS = [
    ["Nom", "Pouvoir à", "Suppléant"],
    ["M. Jean DUPONT", "Mme Anne PETIT", ""],
    ["Mme Claire FLEURY", "", "M. Luc GUYOT"],
    ["M. Paul ROUX", "", ""],
    ["Mme Odile FAURE", "M. Marc BLANC", ""],
]


@pytest.mark.parametrize(
    "style, widths",
    [(GRID, None), (CENTRED, [160, 140, 140]), (BORDERLESS, [110, 95, 95])],
    ids=["ruled", "centred-labels", "borderless-small"],
)
def test_a_table_gives_proxies_and_substitutes(tmp_path: Path, style: list[tuple], widths: list[float] | None) -> None:
    people = _read(_pdf(tmp_path / "t.pdf", "Délégués absents excusés :", THREE_COLUMNS, style, widths))
    assert people["Jean DUPONT"] == ("excused", "Anne PETIT", None)
    assert people["Odile FAURE"] == ("excused", "Marc BLANC", None)
    assert people["Claire FLEURY"] == ("excused", None, None)
    # the substitute sits and votes in the member's place
    assert people["Luc GUYOT"] == ("present", None, "suppléant de Claire FLEURY")
    assert people["Paul ROUX"] == ("excused", None, None)
    assert "NOM" not in people and "SUPPLÉANT" not in people
    assert people["Anne PETIT"][0] == "present"


def test_the_name_column_gives_the_status(tmp_path: Path) -> None:
    rows = [["Conseillers absents", "Procuration donnée à"], ["M. Jean DUPONT", "Mme Anne PETIT"], ["M. Paul ROUX", ""]]
    people = _read(_pdf(tmp_path / "t.pdf", "", rows, GRID, None))
    assert people["Jean DUPONT"] == ("absent", "Anne PETIT", None)
    assert people["Paul ROUX"] == ("absent", None, None)


def test_a_substitute_column_labelled_remplace_par(tmp_path: Path) -> None:
    rows = [["Titulaires absents", "Remplacé(e) par"], ["Mme Claire FLEURY", "M. Luc GUYOT"]]
    people = _read(_pdf(tmp_path / "t.pdf", "", rows, GRID, None))
    assert people["Claire FLEURY"] == ("absent", None, None)
    assert people["Luc GUYOT"] == ("present", None, "suppléant de Claire FLEURY")


def test_prose_after_a_table_is_not_read_as_a_row(tmp_path: Path) -> None:
    rows = [["Nom", "Pouvoir à"], ["M. Jean DUPONT", "Mme Anne PETIT"]]
    path = tmp_path / "t.pdf"
    table = Table(rows)
    table.setStyle(TableStyle(GRID))
    story = [Paragraph("Absents :", STYLES["Normal"]), table]
    story.append(Paragraph("Le quorum étant atteint, la séance est ouverte", STYLES["Normal"]))
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    assert set(_read(path)) == {"Jean DUPONT"}
