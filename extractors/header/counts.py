"""Printed counts of a session (en exercice, présents, votants, absents) and the préfecture's
receipt ID."""

from __future__ import annotations

import re

from extractors.common import fold, parse_count
from extractors.fr.attendance import ATTENDANCE_HEADING, COUNT_LABEL, COUNT_PHRASE, LIST_END_LABEL
from extractors.fr.numbers import NUMBER_WORDS

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


def parse_counts(head: str) -> dict[str, int]:
    """Printed counts: "en exercice : 15", "Présents : 11", "Votants : 13", "15 conseillers en exercice",
    "25 conseillers présents ou représentés", a présents list closed by "(25)"."""
    folded = fold(head)
    counts: dict[str, int] = {}
    for label, key in COUNT_LABEL.table():
        label = f"(?:{fold(label)})"
        after = re.search(rf"(?:nombre\s+(?:de\s+)?)?{label}{_AFTER_LABEL}", folded)
        if after:
            value = after.group("paren") or after.group("bare") or after.group("value")
            counts.setdefault(key, parse_count(value.translate(OCR_ONES) if re.fullmatch(r"[il|1]+", value) else value))
        before = re.search(rf"(?<![\w/.,-])(\d{{1,3}})\s+{label}\b", folded)
        if before and counts.get(key) is None:
            counts[key] = int(before.group(1))
    for phrase, key in COUNT_PHRASE.table():
        match = re.search(rf"(?<![\w/.,-])(\d{{1,3}})\s+{fold(phrase)}", folded)
        if match and counts.get(key) is None:
            counts[key] = int(match.group(1))
    if counts.get("present_count") is None:
        counts["present_count"] = _present_list_total(folded)
    return {key: value for key, value in counts.items() if value is not None}


def _present_list_total(folded: str) -> int | None:
    """The "(N)" that closes the présents list, before any other attendance heading."""
    heading = PRESENT_LIST.search(folded)
    if not heading:
        return None
    other = OTHER_HEADING.search(folded, heading.end())
    total = LIST_TOTAL.search(folded, heading.end(), other.start() if other else len(folded))
    return int(total.group(1)) if total else None


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
