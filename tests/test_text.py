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


def _bold_pdf(path: Path, lines: list[str], shift: float) -> Path:
    """The lines in 10 pt Vera Bold; with a `shift` (in ems), every glyph drawn twice that far
    apart (fake bold)."""
    from samples.samplegen.fakebold import fake_bold_canvas
    from samples.samplegen.fonts import FONT_BOLD, register_fonts

    register_fonts()
    pdf = fake_bold_canvas(shift)(str(path), invariant=1)
    for n, line in enumerate(lines):
        text = pdf.beginText(40, 780 - 14 * n)
        text.setFont(FONT_BOLD, 10)
        text.textOut(line)
        pdf.drawText(text)
    pdf.save()
    return path


# Real double letters and figures, which must stay double: "ll", "ss", "tt", "00", "::".
FAKE_BOLD_LINES = [
    "DÉLIBÉRATION N° 2024-007 : Tarifs de la salle polyvalente",
    "Accusé de réception en préfecture 099-219900017-20240100-2024_007-DE",
    "Messieurs Grossetti et Mallet, allée des Ormes : 1 100 € ; ratio 2:: fin",
]


@pytest.mark.parametrize("shift", [0.04, 0.09, 0.14])
def test_fake_bold_twins_are_dropped_and_boxes_stay_on_the_words(tmp_path: Path, shift: float) -> None:
    plain = read_pages(_bold_pdf(tmp_path / "plain.pdf", FAKE_BOLD_LINES, 0))[0]
    doubled = read_pages(_bold_pdf(tmp_path / "doubled.pdf", FAKE_BOLD_LINES, shift))[0]
    assert doubled.text == plain.text
    assert [w.text for w in doubled.words] == [w.text for w in plain.words]
    for twin, word in zip(doubled.words, plain.words):
        # Within half a point (the TJ offsets are rounded); the last glyph's twin may be the one
        # kept, whose box ends a shift further right.
        assert twin.x0 == pytest.approx(word.x0, abs=0.5)
        assert word.x1 - 0.5 <= twin.x1 <= word.x1 + shift * 10 + 0.5
