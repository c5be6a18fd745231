"""Text layers read with pypdfium2, and the tests that send a page to OCR: too thin, or garbage."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.archive import garble
from extractors.stages import Page
from pipeline import text
from pipeline.text import MIN_FRENCH_SHARE, french_word_share, needs_ocr, read_pages
from tests.conftest import DELIBERATION, write_pdf

STAMP = "Envoyé en préfecture le 14/02/2024 Reçu en préfecture le 14/02/2024 ID : 099-219900017-20240214-2024-007-DE"
# A page of names and figures prints too few lowercase words to be judged.
ROLL = "\n".join(f"M. Jean DUPONT{i} 12 000,00 € Mme Anne MARTIN{i} 3 500,00 €" for i in range(12))


def test_read_pages_keeps_text_and_word_boxes_in_points(tmp_path: Path) -> None:
    page = read_pages(write_pdf(tmp_path / "d.pdf", [DELIBERATION]))[0]
    assert "Délibération n° 2024-007" in page.text
    assert (round(page.width), round(page.height)) == (595, 842)
    for word in page.words:
        assert page.text[word.start : word.end] == word.text
        # No right bound: the fixture's proxy line runs past the page's edge, as it is drawn.
        assert 0 <= word.x0 < word.x1 and 0 <= word.top < word.bottom <= page.height
    first = page.words[0]  # drawn at x = 40 pt, baseline 50 pt below the top edge (tests/conftest.py)
    assert first.x0 == pytest.approx(40, abs=1) and first.top < 50 < first.bottom


@pytest.mark.parametrize(
    "content, images, expected",
    [
        ("", 1, True),  # a scan without text
        (STAMP, 1, True),  # a scan carrying only its @ctes stamp (60–120 characters, FACTS.md)
        (garble(DELIBERATION, 0.10), 1, True),  # a scan under an earlier OCR's garbage
        (DELIBERATION, 1, False),  # a scan under a good OCR layer, or a text page with a logo
        (ROLL, 1, False),  # names and amounts: not judged, kept
        ("", 0, False),  # a blank page: nothing to read
        ("Le Maire,\nJean DUPONT", 0, False),  # a short last page drawn as text: its layer is all there is
        (garble(DELIBERATION, 0.10), 0, False),  # no image under it: not an OCR layer, whatever it says
    ],
)
def test_needs_ocr(content: str, images: int, expected: bool) -> None:
    assert needs_ocr(Page(number=1, text=content, images=images)) is expected


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("rate", [0.05, 0.10, 0.15])
def test_garbled_text_falls_under_the_french_share(rate: float, seed: int) -> None:
    assert french_word_share(garble(DELIBERATION, rate, seed)) < MIN_FRENCH_SHARE


@pytest.mark.parametrize(
    "content",
    [
        DELIBERATION,
        "Le conseil municipal approuve la mise en œuvre du projet et émet un vœu pour que les travaux "
        "de la salle des fêtes soient achevés avant l'été ; il autorise le maire à signer les marchés, "
        "les avenants et toutes les pièces nécessaires à leur exécution.",
    ],
)
def test_french_prose_is_above_the_share(content: str) -> None:
    assert french_word_share(content) >= MIN_FRENCH_SHARE


def test_too_few_lowercase_words_are_not_judged() -> None:
    assert french_word_share(ROLL) is None


@pytest.fixture
def no_word_list(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(text, "FRENCH_WORDS", tmp_path / "missing")
    text.french_words.cache_clear()
    yield
    text.french_words.cache_clear()


@pytest.mark.usefixtures("no_word_list")
def test_without_the_word_list_garbage_is_not_judged_and_a_warning_says_why(caplog: pytest.LogCaptureFixture) -> None:
    assert french_word_share(garble(DELIBERATION, 0.15)) is None
    assert "apt-get install wfrench" in caplog.text


def test_symbol_font_bullets_become_the_dash_and_bullet_they_show() -> None:
    # Word's bullets drawn with the Symbol font come out of pdfium in the private use area.
    line = "\uf02d Vote du taux des taxes\n\uf0b7 Budget primitif\n\uf0a7 Tarifs"
    assert line.translate(text._LENGTH_PRESERVING) == "- Vote du taux des taxes\n• Budget primitif\n• Tarifs"
