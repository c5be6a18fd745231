"""Dates as French acts print them: figures, words with figures, or fully in words.

Rules come first (a regex and the month table read 8 of 8 real forms in 2.5 µs, FACTS.md);
dateparser, with its settings pinned here and nowhere else, is the fallback for odd forms.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from extractors.common import SPACE, fold, words_to_number
from extractors.fr.numbers import MONTHS

# Pinned so that a date never depends on today's date or the machine's locale.
DATEPARSER_SETTINGS = {
    "DATE_ORDER": "DMY",
    "PREFER_DAY_OF_MONTH": "first",
    "PREFER_DATES_FROM": "past",
    "RELATIVE_BASE": dt.datetime(2000, 1, 1),
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["custom-formats", "absolute-time"],
    "RETURN_TIME_AS_PERIOD": False,
}

_MONTH_NAMES = "|".join(sorted({fold(m) for m in MONTHS}, key=len, reverse=True))
NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})\b")
# (The year may be pushed to the next line by a title that wraps: "… DU MARDI 11 juin⏎2024".)
WORDED_DATE = re.compile(
    rf"\b(\d{{1,2}}|1er|premier){SPACE}*(?:er)?{SPACE}+({_MONTH_NAMES})(?:{SPACE}+|{SPACE}*\n{SPACE}*)(\d{{4}})\b", re.I
)
# "L'an deux mille vingt-quatre, le vingt-six mars": the year first, then the day and month.
FULL_WORDS_DATE = re.compile(
    rf"l'an\s+((?:[a-z]+[\s\-]+){{1,5}}?[a-z]+)\s*,?\s+le\s+((?:[a-z0-9]+[\s\-]+){{0,3}}?[a-z0-9]+)\s+({_MONTH_NAMES})\b",
    re.I,
)


def _make(year: int, month: int, day: int) -> str | None:
    if year < 100:
        year += 2000 if year < 70 else 1900
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """Every date in text as (start, end, "YYYY-MM-DD"), in order of appearance."""
    folded = fold(text)
    found: list[tuple[int, int, str]] = []
    for match in NUMERIC_DATE.finditer(folded):
        iso = _make(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        if iso:
            found.append((match.start(), match.end(), iso))
    for match in WORDED_DATE.finditer(folded):
        day = 1 if match.group(1) in ("1er", "premier") else int(match.group(1))
        iso = _make(int(match.group(3)), MONTHS[match.group(2)], day)
        if iso:
            found.append((match.start(), match.end(), iso))
    for match in FULL_WORDS_DATE.finditer(folded):
        year = words_to_number(match.group(1))
        day = words_to_number(match.group(2)) if not match.group(2).isdigit() else int(match.group(2))
        if year and day:
            iso = _make(year, MONTHS[match.group(3)], day)
            if iso:
                found.append((match.start(), match.end(), iso))
    found.sort()
    # "L'an deux mille vingt-quatre, le 12 mars 2024": the words and the figures are one printed
    # date, read by two rules; a match inside or across one already kept is that date again.
    kept: list[tuple[int, int, str]] = []
    for date in found:
        if kept and date[0] < kept[-1][1]:
            continue
        kept.append(date)
    return kept


def parse_date(text: str) -> str | None:
    """The first date in a short text, by the rules, then by dateparser with pinned settings."""
    dates = find_dates(text)
    if dates:
        return dates[0][2]
    parsed = _dateparser().parse(text.strip(), languages=["fr"], settings=DATEPARSER_SETTINGS)
    return parsed.date().isoformat() if parsed else None


@lru_cache(maxsize=1)
def _dateparser():
    """dateparser is imported on first need: its first call costs about 2 s."""
    import dateparser

    return dateparser
