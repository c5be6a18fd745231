"""Euro amounts: "35 830 €", "1 234 567,89 €", "1.234.567,89 euros", "15 000 € HT", "- 2 500,00 €".

Thousands may be grouped by U+0020, U+00A0, U+202F, dots or apostrophes; decimals by a comma
or a dot. Also read: "€ 1 200" (sign first), "12,5 M€" / "150 k€" / "3 millions d'euros"
(multiples), and the money cells of tables printed without "€" ("CP €", "Dépense", "Tarif").
A zero ("0,00 €", an empty budget cell) is not an amount.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from extractors.common import SPACE
from extractors.fr.texts import MEASURE_UNIT, MONEY_TABLE_HEADER, TAX_QUALIFIER
from extractors.stages import Section
from schemas.record import Amount

# Multiples printed after the figure; keys are lower-cased. "M€" and "k€" come from budget
# reports, "millions d'euros" from prose.
MULTIPLES: dict[str, int] = {
    "k": 1_000,
    "m": 1_000_000,
    "md": 1_000_000_000,
    "mds": 1_000_000_000,
    "million": 1_000_000,
    "millions": 1_000_000,
    "milliard": 1_000_000_000,
    "milliards": 1_000_000_000,
}
TABLE_HEADER = MONEY_TABLE_HEADER.compile()

_GROUP = rf"(?:{SPACE}|\.|'|’)"
_NUMBER = rf"\d{{1,3}}(?:{_GROUP}\d{{3}})+(?:[,\.]\d{{1,2}})?|\d+(?:[,\.]\d{{1,2}})?"
# A sign counts only at the start of a word ("- 318 402,16 €", "-41'208,30€"), not in "2023-15".
_START = r"(?:(?<=[\s(\[:=«\"])|^)"
_SIGN = rf"{_START}(?:([-−–+]){SPACE}?)?"
# The euro sign may be pushed to the next line by a table cell ("2 412,75\n€").
_EURO = rf"{SPACE}*\n?{SPACE}*(?:€|euros?\b|EUR\b)"
_MULTIPLE = rf"{SPACE}*(?:([kK]|M|Mds?){SPACE}?€|(millions?|milliards?){SPACE}+(?:d['’]{SPACE}?euros?\b|€|euros?\b))"
# "1 204 310,45 e": a letter e typed for € at the end of a line.
_LETTER_E = rf"{SPACE}*e\b(?=\s*$)"
_TAX = rf"(?:{SPACE}*({TAX_QUALIFIER.alternation()})\b)?"
AMOUNT = re.compile(rf"{_SIGN}({_NUMBER})(?:{_MULTIPLE}|{_EURO}|{_LETTER_E}){_TAX}", re.MULTILINE)
# "€ 1 200": the sign before the figure, when no figure precedes it (else it closes that figure).
EURO_FIRST = re.compile(rf"(?<![\d\s]){SPACE}?(?<!\d{SPACE})(?:€|EUR\b){SPACE}?()({_NUMBER})(?![\d,\.]){_TAX}")
# "- 2 480,15 € €": Excel prints an empty accounting cell as "-  €"; when text extraction puts its
# dash before the next cell and its "€" after it, the dash is not a minus sign.
EMPTY_CELL_DASH = re.compile(rf"^{SPACE}*€")
TABLE_CELL = re.compile(
    rf"{_SIGN}(\d{{1,3}}(?:{_GROUP}\d{{3}})+,\d{{2}}|\d+,\d{{2}})(?![\d/,])(?!{SPACE}*{MEASURE_UNIT.alternation()}(?!\w))",
    re.I,
)
# A money figure of a table row: it carries "€" or cents ("- 1 250,00"); zeros included.
ROW_FIGURE = re.compile(rf"{_SIGN}({_NUMBER})(?:{SPACE}*€|(?<=[,.]\d\d))(?![\d,.])")
# A line of running prose ends a table: this many lower-case words and no money cell.
PROSE_WORDS = 8
_LOWER_WORD = re.compile(r"\b[a-zàâçéèêëîïôûùüÿœ]{2,}\b")
CONTEXT_CHARS = 60


def to_decimal(raw: str, negative: bool = False) -> Decimal | None:
    """ "1.234.567,89" → 1234567.89; dots between groups of three digits separate thousands.

    "0.561" (a rate in €/km) has no thousands: a group never starts with a lone 0.
    """
    digits = re.sub(r"[\s\u00a0\u202f\u2009'’]", "", raw)
    if "," in digits:
        digits = digits.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"[1-9]\d{0,2}(?:\.\d{3})+", digits):
        digits = digits.replace(".", "")
    try:
        value = Decimal(digits)
    except InvalidOperation:
        return None
    return -value if negative else value


def parse_amounts(section: Section) -> list[Amount]:
    """Every euro amount of a section, with its raw text, a line of context and its source."""
    text = section.text
    found: dict[tuple[int, int], Amount] = {}
    for pattern in (AMOUNT, EURO_FIRST):
        for match in pattern.finditer(text):
            if not _overlaps(found, match.start(2)):
                _add(found, section, match)
    offset = 0
    for line, in_table in _table_lines(text):
        if in_table:
            for match in TABLE_CELL.finditer(line):
                if not _overlaps(found, offset + match.start(2)):
                    _add(found, section, match, offset)
        offset += len(line) + 1
    return [found[key] for key in sorted(found)]


def row_figures(line: str) -> list[tuple[str, Decimal]]:
    """The money figures of one table row, in order, as (raw, value); for the budget-table audit."""
    figures = []
    for match in ROW_FIGURE.finditer(line):
        value = to_decimal(match.group(2), negative=match.group(1) in ("-", "−", "–"))
        if value is not None:
            figures.append((" ".join(match.group(0).split()), value))
    return figures


def is_prose(line: str) -> bool:
    """A line of running text, which ends a table: many lower-case words and no money cell."""
    return not TABLE_CELL.search(line) and len(_LOWER_WORD.findall(line)) >= PROSE_WORDS


def _table_lines(text: str) -> list[tuple[str, bool]]:
    """Each line with whether it sits in a money table.

    A table is a run of lines between two lines of prose. It holds money when one of its lines
    names money ("Montant", "Dépenses", "CP €"), wherever text extraction put that header (merged
    header cells often come after the rows), or when the sentence just before it does ("il est
    proposé d'appliquer les tarifs suivants :") without printing an amount itself.
    """
    lines = text.split("\n")
    flags = [False] * len(lines)
    start, money = 0, False
    for index, line in enumerate(lines):
        if is_prose(line):
            flags[start:index] = [money] * (index - start)
            start, money = index + 1, bool(TABLE_HEADER.search(line)) and not AMOUNT.search(line)
        elif TABLE_HEADER.search(line):
            money = True
    flags[start:] = [money] * (len(lines) - start)
    return list(zip(lines, flags))


def _overlaps(found: dict[tuple[int, int], Amount], position: int) -> bool:
    return any(s <= position < e for s, e in found)


def _add(found: dict[tuple[int, int], Amount], section: Section, match: re.Match[str], offset: int = 0) -> None:
    text = section.text
    start, end = offset + match.start(), offset + match.end()
    sign = match.group(1)
    negative = bool(sign) and sign != "+" and not EMPTY_CELL_DASH.match(text[end:])
    value = to_decimal(match.group(2), negative=negative)
    if value is None or value == 0:
        return
    multiple = next((g for g in match.groups()[2:4] if g), None) if match.re is AMOUNT else None
    if multiple:
        value *= MULTIPLES[multiple.lower()]
    context = " ".join(text[max(0, start - CONTEXT_CHARS) : min(len(text), end + CONTEXT_CHARS)].split())
    raw = " ".join(match.group(0).split())
    found[(start, end)] = Amount(value=value, raw=raw, context=context, source=section.source(start, end))
