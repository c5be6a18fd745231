"""OCR with the real Tesseract on generated scans: a page rendered and saved as an image-only PDF.

Nothing is skipped when Tesseract is absent: CI installs it (.ci/run), so its absence must fail.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from click.testing import CliRunner
from reportlab.lib.pagesizes import A0
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from bench.archive import combine, garble, write_scan
from pipeline.cli import main
from pipeline.ocr import recognise, tesseract_problem
from pipeline.parse import parse_pdf
from pipeline.text import MIN_FRENCH_SHARE, french_word_share, needs_ocr, read_pages
from schemas.record import Record
from tests.conftest import DELIBERATION, ROOT, write_pdf

STAMP_ID = "099-219900017-20240214-2024-007-DE"
STAMP = f"Envoyé en préfecture le 14/02/2024\nReçu en préfecture le 14/02/2024\nID : {STAMP_ID}"


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The deliberation as text, as a scan, under a garbage OCR layer, under a stamp, and mixed."""
    folder = tmp_path_factory.mktemp("scans")
    text = write_pdf(folder / "text.pdf", [DELIBERATION])
    files = {
        "text": text,
        "scan": folder / "scan.pdf",
        "garbage": folder / "garbage.pdf",
        "stamp": folder / "stamp.pdf",
        "mixed": folder / "mixed.pdf",
    }
    write_scan(text, files["scan"])
    write_scan(text, files["garbage"], hidden_text=[garble(DELIBERATION, 0.15)])
    write_scan(text, files["stamp"], stamp=STAMP)
    combine([text, files["scan"]], files["mixed"])
    return files


@pytest.fixture(scope="module")
def scan_record(pdfs: dict[str, Path]) -> Record:
    return parse_pdf(pdfs["scan"])


def test_tesseract_reads_french() -> None:
    assert tesseract_problem() is None, f"OCR tests need Tesseract: {tesseract_problem()}"


def test_ocr_finds_the_number_and_the_vote_of_a_scan(scan_record: Record) -> None:
    document = scan_record.document
    assert document.status == "parsed" and document.errors == []
    assert document.ocr_pages == 1
    page = document.page_info[0]
    assert (page.ocr, page.needs_ocr, page.text_layer) == (True, False, False)
    assert page.chars > 500
    act = scan_record.acts[0]
    assert act.number == "2024-007"
    vote = act.votes[0]
    assert (vote.for_, vote.against, vote.result) == (13, 1, "adopted")
    assert vote.source is not None and vote.source.page == 1 and vote.source.bbox is not None


def test_ocr_word_boxes_are_in_points_on_the_printed_words(pdfs: dict[str, Path]) -> None:
    page = recognise(pdfs["scan"], read_pages(pdfs["scan"])).pages[0]
    assert page.words
    for word in page.words:
        assert 0 <= word.x0 < word.x1 <= page.width and 0 <= word.top < word.bottom <= page.height
        assert page.text[word.start : word.end] == word.text
    printed = {w.text: w for w in read_pages(pdfs["text"])[0].words}
    read = {w.text: w for w in page.words}
    for text in ("2024-007", "L.2121-29", "subvention"):
        # Within 3 points (1 mm): the scan is 200 dpi and Tesseract boxes the ink, pdfium the glyph cells.
        assert abs(read[text].x0 - printed[text].x0) < 3 and abs(read[text].top - printed[text].top) < 3


def test_a_garbage_text_layer_is_detected_and_redone(pdfs: dict[str, Path]) -> None:
    layer = read_pages(pdfs["garbage"])[0]
    assert layer.chars > 500 and french_word_share(layer.text) < MIN_FRENCH_SHARE and needs_ocr(layer)
    record = parse_pdf(pdfs["garbage"])
    page = record.document.page_info[0]
    assert (page.ocr, page.needs_ocr, page.text_layer) == (True, False, False)
    assert record.acts[0].number == "2024-007"


def test_ocr_never_leaves_scanned_pages_flagged(pdfs: dict[str, Path]) -> None:
    record = parse_pdf(pdfs["scan"], ocr="never")
    page = record.document.page_info[0]
    assert (page.ocr, page.needs_ocr) == (False, True)
    assert record.document.status == "partial" and record.acts == []
    assert record.document.errors == [
        "1 of 1 pages need OCR and were not OCR'd (pages 1): OCR is turned off (--ocr never)"
    ]


def test_parse_command_takes_the_ocr_mode(pdfs: dict[str, Path]) -> None:
    result = CliRunner().invoke(main, ["parse", "--ocr", "never", str(pdfs["scan"])])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["document"]["page_info"][0]["needs_ocr"] is True


def test_a_mixed_pdf_ocrs_only_its_scanned_page(pdfs: dict[str, Path]) -> None:
    document = parse_pdf(pdfs["mixed"]).document
    assert [(p.ocr, p.text_layer, p.needs_ocr) for p in document.page_info] == [
        (False, True, False),
        (True, False, False),
    ]
    assert document.ocr_pages == 1 and document.status == "parsed"


def test_ocr_force_reads_pages_that_have_a_text_layer(pdfs: dict[str, Path]) -> None:
    record = parse_pdf(pdfs["text"], ocr="force")
    page = record.document.page_info[0]
    assert (page.ocr, page.text_layer) == (True, True)
    assert record.acts[0].number == "2024-007"


def test_a_scanned_plan_is_read_at_a_resolution_that_fits_in_memory(tmp_path: Path) -> None:
    """An A0 page at 300 dpi would be 140 million pixels: it is rendered at MAX_PIXELS instead."""
    plan = canvas.Canvas(str(tmp_path / "plan.pdf"), pagesize=A0)
    plan.setFont("Helvetica", 60)
    plan.drawString(200, A0[1] - 300, "Délibération n° 2024-007")
    plan.showPage()
    plan.save()
    write_scan(tmp_path / "plan.pdf", tmp_path / "scan.pdf", dpi=50)
    page = recognise(tmp_path / "scan.pdf", read_pages(tmp_path / "scan.pdf")).pages[0]
    read = next(w for w in page.words if w.text == "2024-007")
    printed = next(w for w in read_pages(tmp_path / "plan.pdf")[0].words if w.text == "2024-007")
    assert abs(read.x0 - printed.x0) < 5 and abs(read.x1 - printed.x1) < 5 and abs(read.top - printed.top) < 5


def test_a_stamp_layer_on_a_scan_is_kept_once_after_the_ocr_text(pdfs: dict[str, Path]) -> None:
    layer = read_pages(pdfs["stamp"])[0]
    assert 60 <= layer.chars < 150  # an @ctes stamp alone, as on real scans (FACTS.md)
    record = parse_pdf(pdfs["stamp"])
    assert record.document.page_info[0].ocr
    act = record.acts[0]
    assert act.prefecture_id == STAMP_ID
    assert act.text.count(STAMP_ID) == 1 and act.text.rstrip().endswith(STAMP_ID)


def test_without_tesseract_scans_are_flagged_with_what_to_install(pdfs: dict[str, Path], tmp_path: Path) -> None:
    empty_path = tmp_path / "bin"
    empty_path.mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "parse", str(pdfs["scan"])],
        cwd=ROOT,
        env={**os.environ, "PATH": str(empty_path)},
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)["document"]
    assert document["status"] == "partial" and document["ocr_pages"] == 0
    assert document["page_info"][0]["needs_ocr"] is True
    assert document["errors"] == [
        "1 of 1 pages need OCR and were not OCR'd (pages 1): Tesseract is not "
        "installed (apt-get install tesseract-ocr tesseract-ocr-fra on Debian/Ubuntu)"
    ]


def test_an_unknown_ocr_mode_is_refused(pdfs: dict[str, Path]) -> None:
    with pytest.raises(ValueError, match="auto, never, force"):
        parse_pdf(pdfs["text"], ocr="sometimes")  # type: ignore[arg-type]


def _picture_of(lines: list[str], folder: Path, width_pt: float = 400, height_pt: float = 120):
    """The lines typeset, then rendered at 200 dpi as a picture: a table pasted as an image."""
    typeset = folder / "typeset.pdf"
    pdf = canvas.Canvas(str(typeset), pagesize=(width_pt, height_pt), invariant=1)
    text = pdf.beginText(10, height_pt - 20)
    text.setFont("Helvetica", 11)
    text.setLeading(16)
    for line in lines:
        text.textLine(line)
    pdf.drawText(text)
    pdf.save()
    rendered = pdfium.PdfDocument(str(typeset))
    try:
        bitmap = rendered[0].render(scale=200 / 72, grayscale=True)
        return bitmap.to_pil()
    finally:
        rendered.close()


def _page_with_picture(path: Path, picture, box: tuple[float, float, float, float]) -> Path:
    """A text page (a heading, a paragraph above and one below) with the picture drawn at box
    (x, y from the bottom, width, height)."""
    pdf = canvas.Canvas(str(path), pagesize=(595, 842), invariant=1)
    pdf.setFont("Helvetica", 11)
    pdf.drawString(60, 780, "Objet : Décision modificative n° 1 du budget principal")
    pdf.drawString(60, 760, "Le Maire présente les crédits à inscrire au budget, détaillés ci-dessous :")
    pdf.drawImage(ImageReader(picture), *box)
    pdf.drawString(
        60, box[1] - 30, "Le Conseil municipal, après en avoir délibéré, à l'unanimité, APPROUVE la décision."
    )
    pdf.save()
    return path


TABLE_ROWS = [
    "Chapitre 21 - Immobilisations corporelles 12 500,00 €",
    "Chapitre 23 - Immobilisations en cours -12 500,00 €",
    "Chapitre 65 - Subventions aux associations 3 200,00 €",
]


def test_a_table_pasted_as_a_picture_is_read_where_it_stands(tmp_path: Path) -> None:
    box = (60, 560, 400, 120)
    path = _page_with_picture(tmp_path / "picture.pdf", _picture_of(TABLE_ROWS, tmp_path), box)
    record = parse_pdf(path)
    assert record.document.page_info[0].ocr_images == 1
    assert not record.document.page_info[0].ocr  # the page keeps its own text layer
    act = record.acts[0]
    text = act.text
    assert text.index("détaillés ci-dessous") < text.index("Immobilisations corporelles") < text.index("après en avoir")
    values = {float(a.value) for a in act.amounts}
    assert {12500.0, -12500.0, 3200.0} <= values
    amount = next(a for a in act.amounts if float(a.value) == 3200.0)
    x0, top, x1, bottom = amount.source.bbox
    # The picture stands 842 - 560 - 120 = 162 pt below the top of the page, 120 pt high.
    assert 60 <= x0 < x1 <= 460 and 162 <= top < bottom <= 282


def test_a_small_picture_is_not_read(tmp_path: Path) -> None:
    # A logo-sized picture (3 % of the page) holds no text worth the OCR time.
    path = _page_with_picture(tmp_path / "logo.pdf", _picture_of(TABLE_ROWS[:1], tmp_path, 160, 30), (60, 600, 160, 30))
    record = parse_pdf(path)
    assert record.document.page_info[0].ocr_images == 0
    assert "Immobilisations" not in record.acts[0].text


def test_a_picture_left_unread_is_reported(tmp_path: Path) -> None:
    path = _page_with_picture(tmp_path / "picture.pdf", _picture_of(TABLE_ROWS, tmp_path), (60, 560, 400, 120))
    record = parse_pdf(path, ocr="never")
    assert record.document.status == "partial"
    assert record.document.page_info[0].ocr_images == 0
    assert record.document.errors == [
        "1 pictures on pages with text (tables pasted as images?) were not read: OCR is turned off (--ocr never)"
    ]
