"""Texts cited in the visas: code articles, lois, décrets, ordonnances, arrêtés, earlier deliberations."""
from __future__ import annotations

import re

from extractors.common import SPACE
from extractors.dates import find_dates
from extractors.spans import Section
from schemas.record import Reference

_NUM = r"n[°o º]\s*"
# "L.2121-29", "L 1111-2", "R. 411-8", "L612-1", "L.211.1": a letter, then figures joined by - or .
# D and A articles need their dot ("D. 2121-1"), else act numbers such as "D2018-72" would match.
CODE_ARTICLE = re.compile(
    rf"(?<![\w/-])(?:([LR]){SPACE}?\.?|([DA]){SPACE}?\.)\s{{0,2}}(\d{{1,4}}(?:[-.]\d{{1,3}}){{0,3}})(?![\d/])"
)
# The word that must precede a code article, so that "D2018-72" (an act number) is not taken.
ARTICLE_CONTEXT = re.compile(r"articles?|art\.|code|cgct|vu|et|,|;|\bà\b", re.I)
NAMED_TEXT = re.compile(
    rf"\b(loi|ordonnance|d[ée]cret|arr[êe]t[ée](?:\s+(?:pr[ée]fectoral|minist[ée]riel|municipal))?|d[ée]lib[ée]ration)"
    rf"(?:\s+(?:organique|du\s+conseil\s+\w+|de\s+la\s+commission\s+permanente|\w+))?\s+{_NUM}([\w./\-]*\d[\w./\-]*)",
    re.I,
)
KINDS = {"loi": "loi", "ordonnance": "ordonnance", "decret": "decret", "décret": "decret"}


def _kind(word: str) -> str:
    word = word.lower()
    if word.startswith(("arrêté", "arrete", "arrêt")):
        return "arrete"
    if word.startswith(("délib", "delib")):
        return "deliberation"
    return KINDS.get(word, "other")


def parse_references(section: Section) -> list[Reference]:
    """References cited in a section, each once, with the date printed right after it."""
    text = section.text
    refs: list[Reference] = []
    seen: set[str] = set()
    for match in NAMED_TEXT.finditer(text):
        kind = _kind(match.group(1).split()[0])
        number = match.group(2).rstrip(".-/")
        label = f"{match.group(1).split()[0].lower()} n° {number}"
        date = _date_after(text, match.end())
        _append(refs, seen, Reference(kind=kind, text=label, date=date, source=section.source(match.start(), match.end())))
    for match in CODE_ARTICLE.finditer(text):
        if not ARTICLE_CONTEXT.search(text[max(0, match.start() - 40):match.start()]):
            continue
        label = f"{match.group(1) or match.group(2)}.{match.group(3)}"
        _append(refs, seen, Reference(kind="code_article", text=label, source=section.source(match.start(), match.end())))
    refs.sort(key=lambda r: (r.source.page if r.source else 0))
    return refs


def _date_after(text: str, end: int) -> str | None:
    """The date of a cited text: "du 31 juillet 2014" or "en date du 01/07/2021" right after it."""
    window = re.split(r"[;«]|\n\s*vu\b", text[end:end + 80], flags=re.I)[0]
    for start, _, iso in find_dates(window):
        if re.search(r"\b(?:du|le)\s*$", window[max(0, start - 8):start], re.I):
            return iso
    return None


def _append(refs: list[Reference], seen: set[str], ref: Reference) -> None:
    key = re.sub(r"[\s.]", "", ref.text.lower())
    if key not in seen:
        seen.add(key)
        refs.append(ref)
