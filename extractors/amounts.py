"""Euro amounts: "35 830 €", "1 234 567,89 €", "1.234.567,89 euros", "15 000 € HT", "- 2 500,00 €".

Thousands may be grouped by U+0020, U+00A0, U+202F, dots or apostrophes; decimals by a comma
or a dot. Figures in a table whose header names the euro ("CP €", "Dépense €") count too.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from extractors.common import SPACE
from extractors.spans import Section
from schemas.record import Amount

_GROUP = rf"(?:{SPACE}|\.|'|’)"
_NUMBER = rf"\d{{1,3}}(?:{_GROUP}\d{{3}})+(?:[,\.]\d{{1,2}})?|\d+(?:[,\.]\d{{1,2}})?"
_SIGN = r"(?:(?<=[\s(])|^)([-−–]|\+)?" + SPACE + "?"
_CURRENCY = r"(?:€|euros?\b|EUR\b|e\b(?=\s*$))"
AMOUNT = re.compile(
    rf"{_SIGN}(?<![\d,\.])({_NUMBER}){SPACE}*{_CURRENCY}(?:{SPACE}*(HT|TTC|H\.T\.|T\.T\.C\.))?",
    re.MULTILINE,
)
# In a table whose header line carries "€", money cells are printed without the sign.
TABLE_CELL = re.compile(rf"{_SIGN}(?<![\d,\.\-/])(\d{{1,3}}(?:{_GROUP}\d{{3}})*,\d{{2}})(?![\d/])")
TABLE_HEADER = re.compile(r"€|euros|montant|cr[ée]dits|d[ée]pense|recette", re.I)
CONTEXT_CHARS = 60


def to_decimal(raw: str, negative: bool = False) -> Decimal | None:
    """"1.234.567,89" → 1234567.89; a dot followed by three digits is a thousands separator."""
    digits = re.sub(r"[\s\u00a0\u202f\u2009'’]", "", raw)
    if "," in digits:
        digits = digits.replace(".", "").replace(",", ".")
    elif re.search(r"\.\d{3}(?:\.|$)", digits):
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
    for match in AMOUNT.finditer(text):
        _add(found, section, match)
    lines = text.split("\n")
    offset = 0
    money_table_until = -1
    for index, line in enumerate(lines):
        if TABLE_HEADER.search(line) and not AMOUNT.search(line):
            money_table_until = index + 12
        if index <= money_table_until:
            for match in TABLE_CELL.finditer(line):
                span = (offset + match.start(), offset + match.end())
                if not any(s <= span[0] < e for s, e in found):
                    _add(found, section, match, offset)
        offset += len(line) + 1
    return [found[key] for key in sorted(found)]


def _add(found: dict[tuple[int, int], Amount], section: Section, match: re.Match[str], offset: int = 0) -> None:
    value = to_decimal(match.group(2), negative=bool(match.group(1)) and match.group(1) != "+")
    if value is None:
        return
    start, end = offset + match.start(), offset + match.end()
    text = section.text
    context = " ".join(text[max(0, start - CONTEXT_CHARS):min(len(text), end + CONTEXT_CHARS)].split())
    raw = " ".join(match.group(0).split())
    found[(start, end)] = Amount(value=value, raw=raw, context=context, source=section.source(start, end))
