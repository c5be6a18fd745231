"""Proof images, checked with pdfplumber and Pillow rather than by eye: the record's boxes drawn on
the pages they come from land on the words the facts were read from, in their kind's colour."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image

from bench.archive import write_scan
from pipeline.errors import DelibError
from pipeline.parse import parse_pdf
from pipeline.proof import GAP, KIND_COLOURS, LEGEND_HEIGHT, ProofBox, kind_colours, render_proof
from schemas.record import Act, Source
from tests.conftest import DELIBERATION, SAMPLES, write_pdf

RESOLUTION = 100
SCALE = RESOLUTION / 72
# Votes, attendance with proxies, amounts in prose and in a budget table, a vote on the last of
# three pages, two columns, and minutes with several items.
SHOWN = (
    "commune_budget_montants",
    "deliberation_multipage_vote_derniere_page",
    "communaute_communes_deux_colonnes",
    "metropole_conseil_votes_varies",
)


def act_boxes(act: Act) -> list[ProofBox]:
    """The boxes of an act's votes, attendees and amounts: the record's sources that have a box."""
    found = [("vote", vote.source) for vote in act.votes]
    found += [("attendance", person.source) for person in act.attendance]
    found += [("amount", amount.source) for amount in act.amounts]
    return [
        ProofBox(page=source.page, bbox=source.bbox, kind=kind, label=source.text)
        for kind, source in found
        if source is not None and source.bbox is not None
    ]


@dataclass(frozen=True)
class Proof:
    pdf: Path
    acts: list[Act]
    png: Path


def _render_all(pdf: Path, out: Path) -> Proof:
    """Every page of the PDF with the boxes of all its acts."""
    record = parse_pdf(pdf)
    boxes = [box for act in record.acts for box in act_boxes(act)]
    render_proof(pdf, range(1, record.document.pages + 1), boxes, out, RESOLUTION)
    return Proof(pdf=pdf, acts=record.acts, png=out)


@pytest.fixture(scope="module", params=SHOWN)
def proof(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Proof:
    return _render_all(SAMPLES / f"{request.param}.pdf", tmp_path_factory.mktemp("proof") / "proof.png")


@pytest.fixture(scope="module")
def scan(tmp_path_factory: pytest.TempPathFactory) -> tuple[Proof, Path]:
    """The conftest deliberation as a scan (read by OCR), rendered; and the text PDF it was made from."""
    folder = tmp_path_factory.mktemp("scan")
    text = write_pdf(folder / "text.pdf", [DELIBERATION])
    write_scan(text, folder / "scan.pdf")
    return _render_all(folder / "scan.pdf", folder / "scan.png"), text


def _sources(act: Act) -> dict[tuple[int, tuple[float, float, float, float]], Source]:
    """The sources with a box of the act's votes, attendees and amounts, by page and box."""
    facts = [*act.votes, *act.attendance, *act.amounts]
    return {(f.source.page, f.source.bbox): f.source for f in facts if f.source and f.source.bbox}


def _boxed(proof: Proof) -> list[tuple[ProofBox, Source]]:
    pairs = [(box, _sources(act)[box.page, box.bbox]) for act in proof.acts for box in act_boxes(act)]
    assert pairs, f"{proof.pdf.name}: no box to check"
    return pairs


def _words_at(page: pdfplumber.page.Page, bbox: tuple[float, float, float, float]) -> str:
    """The words pdfplumber reads on the part of the page under the box."""
    return " ".join(word["text"] for word in page.crop(bbox, strict=False).extract_words())


def _missing(page: pdfplumber.page.Page, source: Source) -> list[str]:
    found = _words_at(page, source.bbox)
    return [token for token in source.text.split() if token not in found]


def _page_tops(pdf: Path) -> list[int]:
    """Where each page starts in the proof image, from pdfplumber's own rendering of the pages."""
    with pdfplumber.open(pdf) as document:
        heights = [page.to_image(resolution=RESOLUTION).original.height for page in document.pages]
    return [LEGEND_HEIGHT + sum(heights[:index]) for index in range(len(heights) + 1)]


def _outline_pixel(box: ProofBox, page_top: int) -> tuple[int, int]:
    """A pixel of the outline's top side, midway along: the row just above the gap over the words."""
    x0, top, x1, _ = box.bbox
    return round((x0 + x1) / 2 * SCALE), page_top + math.floor(top * SCALE) - GAP - 1


def test_the_image_holds_every_page_under_the_legend(proof: Proof) -> None:
    with pdfplumber.open(proof.pdf) as document:
        sizes = [page.to_image(resolution=RESOLUTION).original.size for page in document.pages]
    with Image.open(proof.png) as image:
        assert image.format == "PNG"
        assert image.height == LEGEND_HEIGHT + sum(height for _, height in sizes)
        assert image.width == max(width for width, _ in sizes)
    assert [path.name for path in proof.png.parent.iterdir()] == ["proof.png"], "the temporary file is left"


def test_every_vote_attendee_and_amount_with_a_source_has_a_box(proof: Proof) -> None:
    for act in proof.acts:
        assert len(act_boxes(act)) == len(_sources(act))
        assert {box.kind for box in act_boxes(act)} <= {"vote", "attendance", "amount"}


def test_the_boxes_hold_the_words_each_fact_was_read_from(proof: Proof) -> None:
    with pdfplumber.open(proof.pdf) as document:
        for box, source in _boxed(proof):
            page = document.pages[box.page - 1]
            assert _missing(page, source) == [], (
                f"{box.kind} {source.text!r} at {box.bbox}: {_words_at(page, box.bbox)!r}"
            )


def test_each_outline_has_its_kinds_colour(proof: Proof) -> None:
    tops = _page_tops(proof.pdf)
    seen: dict[str, set[tuple[int, int, int]]] = {}
    with Image.open(proof.png) as image:
        for box, _ in _boxed(proof):
            pixel = image.getpixel(_outline_pixel(box, tops[box.page - 1]))
            assert pixel == KIND_COLOURS[box.kind], f"{box.kind} at {box.bbox}"
            seen.setdefault(box.kind, set()).add(pixel)
    assert {"vote", "attendance", "amount"} <= seen.keys()
    assert len({colour for colours in seen.values() for colour in colours}) == len(seen), "two kinds share a colour"


def test_boxes_of_a_scan_land_on_its_printed_words(scan: tuple[Proof, Path]) -> None:
    proof, text = scan
    assert parse_pdf(proof.pdf).document.ocr_pages == 1
    tops = _page_tops(proof.pdf)
    with pdfplumber.open(text) as document, Image.open(proof.png) as image:
        grey = image.convert("L")
        for box, source in _boxed(proof):
            # The scan has no text layer: its words are read from the text PDF it was made from,
            # which prints them in the same place. OCR may misread a character ("0" as "O").
            assert len(_missing(document.pages[0], source)) <= 1, f"{source.text!r} at {box.bbox}"
            x0, top, x1, bottom = (round(value * SCALE) for value in box.bbox)
            ink = grey.crop((x0, tops[0] + top, x1, tops[0] + bottom)).getextrema()[0]
            assert ink < 100, f"no ink of the scan under {source.text!r}"
            assert image.getpixel(_outline_pixel(box, tops[0])) == KIND_COLOURS[box.kind]


def test_pages_without_boxes_are_shown_and_other_pages_boxes_left_out(tmp_path: Path) -> None:
    pdf = SAMPLES / "deliberation_multipage_vote_derniere_page.pdf"
    vote = ProofBox(page=3, bbox=(100.0, 100.0, 200.0, 120.0), kind="vote", label="pour : 19")
    render_proof(pdf, [2], [vote], tmp_path / "page2.png", RESOLUTION)
    blank = render_proof(pdf, [2], [], tmp_path / "blank.png", RESOLUTION)
    with Image.open(tmp_path / "page2.png") as shown, Image.open(blank) as without:
        assert shown.height == LEGEND_HEIGHT + _page_tops(pdf)[2] - _page_tops(pdf)[1]
        # Same legend (no vote counted) and same page (nothing drawn) as with no box at all.
        assert shown.tobytes() == without.tobytes()


def test_kinds_beyond_the_four_take_colours_of_their_own() -> None:
    colours = kind_colours(["article", "vote", "reference", "article"])
    assert list(colours)[:4] == ["vote", "attendance", "count", "amount"]
    assert list(colours)[4:] == ["article", "reference"]
    assert len(set(colours.values())) == len(colours)


@pytest.mark.parametrize(
    ("pages", "out", "kind"),
    [
        ([0], "proof.png", "page_out_of_range"),
        ([1, 3], "proof.png", "page_out_of_range"),
        ([], "proof.png", "page_out_of_range"),
        ([1], "missing/proof.png", "output_unwritable"),
        ([1], ".", "output_unwritable"),
    ],
)
def test_bad_pages_and_outputs_are_one_line_typed_errors(tmp_path: Path, pages: list[int], out: str, kind: str) -> None:
    with pytest.raises(DelibError) as caught:
        render_proof(SAMPLES / "commune_budget_montants.pdf", pages, [], tmp_path / out)
    assert caught.value.kind == kind and "\n" not in caught.value.one_line()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("kind", ["not_pdf", "empty_file", "damaged_pdf", "encrypted"])
def test_unreadable_pdfs_are_the_parsers_typed_errors(bad_inputs: dict[str, Path], tmp_path: Path, kind: str) -> None:
    with pytest.raises(DelibError) as caught:
        render_proof(bad_inputs[kind], [1], [], tmp_path / "proof.png")
    assert caught.value.kind == kind and "\n" not in caught.value.one_line()
    assert bad_inputs[kind].name in caught.value.message


def test_a_missing_pdf_is_file_missing(tmp_path: Path) -> None:
    with pytest.raises(DelibError) as caught:
        render_proof(tmp_path / "gone.pdf", [1], [], tmp_path / "proof.png")
    assert caught.value.one_line().startswith("file_missing: ") and "gone.pdf" in caught.value.message
