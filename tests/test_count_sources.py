"""The printed counts of the bundled samples are traceable: each count's source is on the act's pages
or the session header's, and its box, read back from the PDF, holds the printed figure."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest

from extractors.stages import COUNT_FIELDS, DocText
from pipeline.ocr import recognise
from pipeline.parse import parse_pdf
from pipeline.segment import segment, session_header_end
from pipeline.session import session_header
from pipeline.text import read_pages
from tests.conftest import SAMPLES

PDFS = sorted(SAMPLES.glob("*.pdf"))


def header_pages(path: Path) -> set[int]:
    """The pages of the session header that `parse_pdf` reads the session's counts in."""
    doc = DocText(recognise(path, read_pages(path)).pages)
    header_end, segments = segment(doc)
    first, last = session_header(doc, session_header_end(header_end, segments)).pages
    return set(range(first, last + 1))


def figures_in(page: pdfplumber.page.Page, bbox: tuple[float, float, float, float]) -> set[int]:
    """The figures of the words whose centre lies in the box. (A source's box is pdfium's tight glyph
    bounds, which pdfplumber's character boxes, a font's full height, overflow: `within_bbox` would
    find no word in it.)"""
    x0, top, x1, bottom = bbox
    words = [
        w["text"]
        for w in page.extract_words()
        if x0 <= (w["x0"] + w["x1"]) / 2 <= x1 and top <= (w["top"] + w["bottom"]) / 2 <= bottom
    ]
    return {int(figure) for figure in re.findall(r"\d+", " ".join(words))}


@pytest.mark.parametrize("pdf", PDFS, ids=[p.stem for p in PDFS])
def test_every_count_shows_its_figure_where_its_source_points(pdf: Path) -> None:
    record = parse_pdf(pdf)
    header = header_pages(pdf)
    problems = []
    with pdfplumber.open(pdf) as plumbed:
        for index, act in enumerate(record.acts):
            pages = set(range(act.pages[0], act.pages[1] + 1))
            for key in COUNT_FIELDS:
                value, source = getattr(act, key), act.count_sources.get(key)
                where = f"act {index} {key}={value}"
                if value is None:
                    continue
                if source is None or source.bbox is None:
                    problems.append(f"{where}: printed but without a {'box' if source else 'source'}")
                    continue
                if source.page not in pages | header:
                    problems.append(f"{where}: source on page {source.page}, act on {act.pages}, header on {header}")
                shown = figures_in(plumbed.pages[source.page - 1], source.bbox)
                if value not in shown:
                    problems.append(f"{where}: the box {source.bbox} shows the figures {sorted(shown)}")
    assert problems == []
