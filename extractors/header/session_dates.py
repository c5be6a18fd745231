"""The dates of a session: the séance's, read where it is announced, and the convocation's."""

from __future__ import annotations

import re

from extractors.common import fold, mask_visas
from extractors.dates import find_dates, parse_date

SESSION_CUE = re.compile(r"s[ée]ance|r[ée]union|l'an\b|session|conseil\s+\w+\s+du|en\s+date\s+du|assembl", re.I)
# ("publié / publication" is not "séance publique")
NOT_SESSION_CUE = re.compile(
    r"convo|affich|transmis|t[ée]l[ée]trans|re[çc]u|publi(?!que)|r[ée]ception|notifi|envoy|n[ée]\s|vu\b|d[ée]lib[ée]ration\s+n",
    re.I,
)


# Where a session's date is announced: its title, the "L'an … le …" formula, a margin box.
SESSION_TOP = 1500


def parse_session_date(head: str) -> str | None:
    """The meeting's date: the date announced as a séance/réunion, never the convocation's. When the
    announced dates disagree (a margin box misread by OCR: "1 mars" for "11 mars"), the one printed
    most often at the top wins ("Séance du 11 mars 2021", "l'an deux mille vingt et un, le onze
    mars"), then the first. (Further down, the minutes quote earlier séances.)"""
    fallback = None
    announced: list[str] = []
    # (a date in the visas is an earlier text's: "Vu le SCOT approuvé le 21 mai 2015")
    for start, _, iso in find_dates(mask_visas(head)):
        before = fold(head[max(0, start - 60) : start])
        if NOT_SESSION_CUE.search(before.split("\n")[-1][-30:]):
            continue
        # ("L'an deux mille …, le onze juin": the formula that opens the minutes announces itself.)
        formula = fold(head[start : start + 5]) == "l'an "
        if (SESSION_CUE.search(before) or formula or start < 5) and (start < SESSION_TOP or not announced):
            announced.append(iso)
        fallback = fallback or iso
    if announced:
        return max(announced, key=lambda iso: (announced.count(iso), -announced.index(iso)))
    return fallback or _announced_odd_date(head[:SESSION_TOP])


# A date in a form the rules do not read ("Séance du 3 sept. 2024", "réunion du 12-mars-2024"),
# after "du" or "le" on a line that announces the séance; its year in four figures, as a two-figure
# year is ambiguous to dateparser.
ODD_DATE = re.compile(r"\b(?:du|le)\s+(?P<date>[^\n,;:()]{4,30}?\b\d{4})\b", re.I)


def _announced_odd_date(head: str) -> str | None:
    """The séance's date read by dateparser (`dates.parse_date`), when the rules found no date at all."""
    for line in head.split("\n"):
        folded = fold(line)
        if not SESSION_CUE.search(folded) or NOT_SESSION_CUE.search(folded):
            continue
        for match in ODD_DATE.finditer(line):
            iso = parse_date(match.group("date"))
            if iso:
                return iso
    return None


def parse_convocation_date(head: str) -> str | None:
    for start, _, iso in find_dates(head):
        if re.search(r"convo", fold(head[max(0, start - 50) : start])):
            return iso
    return None
