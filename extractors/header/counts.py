"""Printed counts of a session (en exercice, présents, votants, absents) and the préfecture's
receipt ID."""

from __future__ import annotations

import re
from typing import NamedTuple

from extractors.common import fold, parse_count
from extractors.fr.attendance import ATTENDANCE_HEADING, COUNT_LABEL, COUNT_PHRASE, LIST_END_LABEL
from extractors.fr.numbers import NUMBER_WORDS
from extractors.stages import Section
from schemas.record import Source

_NUMBER_WORD = "|".join(sorted((fold(w) for w in NUMBER_WORDS if w.isalpha()), key=len, reverse=True))
# A count in figures, or in number words that stay on the label's line ("vingt et un").
# OCR reads the digit 1 as "l", "I" or "|" ("en exercice : Il" is 11): such a token after a count's
# colon is that figure.
_COUNT_VALUE = (
    rf"(?P<value>\d{{1,3}}\b|(?:{_NUMBER_WORD})(?:[ \t\-]+(?:et[ \t\-]+)?(?:{_NUMBER_WORD}))*\b"
    rf"|[il|1]{{2,3}}(?=[ \t]*(?:\n|$)))"
)
OCR_ONES = str.maketrans("il|", "111")
# Where the figure sits: after a colon (maybe past a phrase: "présents à l'ouverture de la séance :
# 52"), in parentheses, or right after the label on its line ("Nombre de membres : en exercice 15,
# présents 11, votants 13").
_AFTER_LABEL = rf"\s*(?:\(s\))?(?:(?:[ \t]+(?:[àa]|lors|au|en)\b[^\n:\d]{{0,40}}?)?\s*[:=]\s*{_COUNT_VALUE}|\s*\(\s*(?P<paren>\d{{1,3}})\s*\)|[ \t]+(?P<bare>\d{{1,3}})\b(?![.,/:h]\d))"
# A list of those present, closed by its total in parentheses: "Présents : Mme A, M. B, … (25)".
PRESENT_LIST = re.compile(r"(?:^|\n)[ \t]*(?:etaient\s+)?(?:(?:membres|conseillers|delegues|elus)\s+)?presents?\b")
LIST_TOTAL = re.compile(r"\((\d{1,3})\)")
OTHER_HEADING = re.compile(
    f"(?:{ATTENDANCE_HEADING.alternation('excused', 'absent')}|{LIST_END_LABEL.alternation()})", re.I | re.M
)


class _Found(NamedTuple):
    """A count as read (None when its figure is not a number) and the span of its label and figure."""

    value: int | None
    start: int
    end: int


def parse_counts(section: Section) -> dict[str, tuple[int, Source]]:
    """Printed counts: "en exercice : 15", "Présents : 11", "Votants : 13", "15 conseillers en exercice",
    "25 conseillers présents ou représentés", a présents list closed by "(25)"; each with where its
    label and figure are printed, so that the figure can be shown on the page."""
    found = _find_counts(fold(section.text))
    return {key: (count.value, section.source(count.start, count.end)) for key, count in found.items()}


def _find_counts(folded: str) -> dict[str, _Found]:
    """The counts of a folded text (which keeps the text's length, so spans are the text's)."""
    counts: dict[str, _Found] = {}
    for label, key in COUNT_LABEL.table():
        label = f"(?:{fold(label)})"
        after = re.search(rf"(?:nombre\s+(?:de\s+)?)?{label}{_AFTER_LABEL}", folded)
        if after and key not in counts:
            value = after.group("paren") or after.group("bare") or after.group("value")
            count = parse_count(value.translate(OCR_ONES) if re.fullmatch(r"[il|1]+", value) else value)
            counts[key] = _found(count, folded, after)
        before = re.search(rf"(?<![\w/.,-])(\d{{1,3}})\s+{label}\b", folded)
        if before and _value(counts, key) is None:
            counts[key] = _found(int(before.group(1)), folded, before)
    for phrase, key in COUNT_PHRASE.table():
        match = re.search(rf"(?<![\w/.,-])(\d{{1,3}})\s+{fold(phrase)}", folded)
        if match and _value(counts, key) is None:
            counts[key] = _found(int(match.group(1)), folded, match)
    if _value(counts, "present_count") is None and (total := _present_list_total(folded)):
        counts["present_count"] = total
    return {key: count for key, count in counts.items() if count.value is not None}


def _value(counts: dict[str, _Found], key: str) -> int | None:
    return counts[key].value if key in counts else None


def _found(value: int | None, folded: str, match: re.Match[str], closing: re.Match[str] | None = None) -> _Found:
    """A count read from the span of `match` (on to the end of `closing`, the total that closes a
    list), without the spaces a label's pattern may take before it: the source is the printed words."""
    stop = (closing or match).end()
    text = folded[match.start() : stop]
    return _Found(value, stop - len(text.lstrip()), stop)


def _present_list_total(folded: str) -> _Found | None:
    """The "(N)" that closes the présents list, before any other attendance heading; its span runs
    from the list's heading to the total."""
    heading = PRESENT_LIST.search(folded)
    if not heading:
        return None
    other = OTHER_HEADING.search(folded, heading.end())
    total = LIST_TOTAL.search(folded, heading.end(), other.start() if other else len(folded))
    return _found(int(total.group(1)), folded, heading, total) if total else None


# @ctes receipt IDs: department (3), SIREN (9), date (8), internal reference, nature code.
# A stamp read by OCR may show the last dash as a dot ("…-2023597.DE"): the ID is the same.
PREFECTURE_ID = re.compile(
    r"\b(\d{2}[\dAB]\s?-\s?\d{9}\s?-\s?\d{8}\s?-\s?[\w\-]{1,40}?)\s?[\-.]\s?(DE|AR|AU|CC|BF|AI|DC)\b"
)


def parse_prefecture_id(text: str) -> str | None:
    match = PREFECTURE_ID.search(text)
    return re.sub(r"\s+", "", f"{match.group(1)}-{match.group(2)}") if match else None


def document_prefecture_id(text: str) -> str | None:
    """The receipt ID of a document stamped as one (minutes sent to the préfecture whole): the ID
    when every stamp in it carries the same one; None when the acts were sent one by one."""
    found = {re.sub(r"\s+", "", f"{m.group(1)}-{m.group(2)}") for m in PREFECTURE_ID.finditer(text)}
    return found.pop() if len(found) == 1 else None


# "et 07 conseillers étaient Absents : …", "04 Absents" — minutes that print a total instead of names.
ABSENT_TOTAL = re.compile(
    r"(?<![\w/.,-])(\d{1,3})\s+(?:(?:conseill\w+|membres?|[ée]lu\w*)\s+)?(?:[ée]taient\s+)?absents?\b", re.I
)


def parse_absent_count(head: str) -> int | None:
    """The printed number of members absent (neither present nor represented), when a total is printed."""
    match = ABSENT_TOTAL.search(fold(head))
    return int(match.group(1)) if match else None
