"""What an act is called: its printed number and its title."""

from __future__ import annotations

import re

from extractors.common import SPACE, mask_visas
from extractors.dates import find_dates
from extractors.header.limits import HEAD_CHARS
from extractors.stages import Section
from extractors.wrapping import wrapped_title
from schemas.record import Source

# A number opened by the session's date and a code: "2025-12-09-DCM-01", "2024_03_DEL_12".
DATED_CODE_NUMBER = r"(?:19|20)\d\d(?:[\-_/]\d\d){0,2}[\-_/ ](?:DEL|DE|DCM|DCC|DB|D)[\-_]?\d{1,4}"

# An item's number made of the session's year and month (or date) and the item's ordinal, its
# capitalised title after a space: "2021 04 01 CONVENTION …", "2019-07-01 TRANSFERT …",
# "20220329 1 APPROBATION …". Only before such a title, as a date or a figure never is.
DATED_ITEM_NUMBER = (
    r"(?:(?:19|20)\d\d[ _\-](?:0[1-9]|1[0-2])[ _\-]\d{1,2}|(?:19|20)\d\d(?:0[1-9]|1[0-2])[0-3]\d[ _\-]\d{1,2})"
    r"(?=[ \t]+(?-i:[A-ZÀ-Ý])\w)"
)

# Act numbers as printed: "(N°2023-597)", "Délibération n° 2024-012", "DEL-2024-031", "D2018-72",
# "N° 2014/137", "Délibération n° 12". Kept exactly as printed.
NUMBER_PATTERNS = [
    # "Délibération n° 12", "DÉLIBÉRATION DU CONSEIL MUNICIPAL N° 2024-012", "Arrêté du Maire n° …",
    # "ARRÊTÉ MUNICIPAL N° 2024-112"
    re.compile(
        rf"(?:d[ée]lib[ée]ration(?:\s+d[ue]\s+(?:la\s+)?\w+(?:\s+\w+)?)?|d[ée]lib\.|arr[êe]t[ée](?:\s+du\s+\w+|\s+municipal|\s+permanent|\s+temporaire){{0,2}}|acte|d[ée]cision)"
        # (a service code may open the number: "P-PM2023-001", "DG-2024-12")
        rf"\s*n[°o º]{SPACE}*((?:[A-Z]{{1,3}}-)?[A-Z]{{0,4}}[ \-]?\d[\w/\-.]*\d|\d+)",
        re.I,
    ),
    # (a bracket and its spaces as one optional group: "\s*\(?\s*" retried every split of the blank
    # lines and indents before each line, 2,300 ns a character against 26)
    re.compile(rf"^\s*(?:\(\s*)?n[°º]{SPACE}*([A-Z]{{0,4}}[ \-]?\d[\w/\-.]*\d|\d+)\s*(?:\)\s*)?$", re.I | re.M),
    # (not a code article cited in the text: "l'article D2224-3 du CGCT")
    re.compile(r"(?<![\w-])(?<!rticle )(?<!rticles )(?<!rt\. )((?:DEL|DE|DCM|DCC|DB|D)[ \-_]?\d{2,4}[\-_/]\d{1,4})\b"),
    re.compile(rf"(?<![\w-])({DATED_CODE_NUMBER})\b"),
    # (before the bare number below, which would read "2019-07" of "2019-07-01 TRANSFERT …")
    re.compile(rf"\A\s*({DATED_ITEM_NUMBER})"),
    # A heading that opens with the bare number, in the act's first lines: "24-07/043 – Objet",
    # "2014/137 : Objet" (dates excepted, see parse_number).
    re.compile(r"\A\s*(?:[^\n]*\n){0,2}?[ \t]*(\d{2,4}[\-/]\d{1,4}(?:[\-/]\d{1,4})?)[ \t]*[–—\-:]"),
]


def parse_number(section: Section, limit: int = HEAD_CHARS) -> tuple[str, Source] | None:
    """The act's number: the earliest printed form outside the visas (which cite other acts)."""
    text = mask_visas(section.text[:limit])
    matches = [m for pattern in NUMBER_PATTERNS if (m := pattern.search(text)) and not find_dates(m.group(1))]
    if not matches:
        return None
    match = min(matches, key=lambda m: m.start(1))
    return match.group(1).strip(" .-"), section.source_of(match, 1)


# The lines that open an act's body after its title: a visa, the council, a report, a count.
BODY_OPENING = r"vu|consid[ée]rant|le\s+conseil|la\s+commission|rapporteur|expos|nombre|pr[ée]sents?|date"
OBJECT = re.compile(
    rf"^[ \t]*(?:objet|obj\.)\s*:?\s*[:\-–]\s*(?P<title>[^\n]+(?:\n(?![ \t]*\n)(?![ \t]*(?:{BODY_OPENING})\b)[^\n]+){{0,3}})",
    re.I | re.M,
)
# "Délibération n° 2021-060 ⏎ Approbation du plan local d'urbanisme ⏎ Vu le code …": a title in
# sentence case on the lines under the number, up to the body's first line.
TITLE_UNDER_NUMBER = re.compile(
    rf"[^\n]*\n(?P<title>(?:[ \t]*(?![ \t]*(?:{BODY_OPENING})\b)[A-ZÀ-Ý][^\n]{{3,150}}\n){{1,3}})[ \t]*(?:{BODY_OPENING})\b",
    re.I,
)
BODY_LINE = re.compile(rf"^[ \t]*(?:{BODY_OPENING})\b", re.I | re.M)


# An arrêté's subject printed under its number, in place of an "Objet :": "ARRÊTÉ N° 2024-112 ⏎
# portant réglementation temporaire de la circulation …", "… relatif à …", "… fixant …".
SUBJECT_LINE = re.compile(
    # (a scan may read the letterhead's picture beside it as a few signs or letters: "@-- portant …",
    # "la F N Le — portant …")
    r"^[ \t]*(?:[^\w\s]{1,4}[ \t]+|(?:\S{1,4}[ \t]+){1,6})?((?:portant|relati(?:f|ve)s?\s+(?:[àa]|aux?)|fixant|r[ée]glementant|modifiant|autorisant)\b[^\n]*"
    r"(?:\n(?![ \t]*(?:vu|le\s+maire|la\s+maire|le\s+pr[ée]sident|consid[ée]rant|arr[êe]te)\b)[^\n]+){0,3})",
    re.I | re.M,
)
# How far under the number line the subject may start.
SUBJECT_REACH = 300
# A title printed on the number's own line, after it: "Délibération n° 2024-110 : Modification du
# PLU …", "N° 2024-031 – Tarifs de la cantine".
# (The number ends at a colon or a spaced dash: "24-CR-017" is one number, not "24" and a title.)
TITLE_AFTER_NUMBER = re.compile(r"\d(?:[\w/.\-]*\w)?(?:[ \t]*:|[ \t]+[–—-])[ \t]*(?P<title>[^\W\d_][^\n]{3,})$")


def parse_title(section: Section, number_offset: int | None) -> str | None:
    """ "Objet : …" when printed; else an arrêté's "portant …" line under its number; otherwise the
    capitalised title block right before the number."""
    text = section.text[: HEAD_CHARS * 2]
    match = OBJECT.search(text)
    if match:
        return wrapped_title(match.group("title").split("\n"))
    if number_offset is None:
        return None
    line_end = text.find("\n", number_offset)
    lines_after = text[number_offset:].split("\n")
    on_number_line = TITLE_AFTER_NUMBER.search(lines_after[0])
    if on_number_line and line_end != -1:
        first = on_number_line.group("title")
        return wrapped_title([first, *lines_after[1:4]], len(lines_after[0].strip())) or None
    # (the subject is the act's own, not a line of its visas: "Vu la délibération … ⏎ fixant …")
    body = BODY_LINE.search(text, number_offset + 1)
    subject = SUBJECT_LINE.search(
        text, number_offset, min(number_offset + SUBJECT_REACH, body.start() if body else len(text))
    )
    if subject:
        return wrapped_title(subject.group(1).split("\n"))
    lines = text[:number_offset].split("\n")
    block: list[str] = []
    for line in reversed(lines[:-1] if lines and not lines[-1].strip(" (") else lines):
        stripped = line.strip()
        if not stripped:
            if block and len(block) > 6:
                break
            continue
        letters = [c for c in stripped if c.isalpha()]
        if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8 and len(block) < 6:
            block.insert(0, stripped)
        else:
            break
    if not block:
        block = _capitals_after(text[number_offset:])
    if not block and (under := TITLE_UNDER_NUMBER.match(text, number_offset)):
        return wrapped_title(under.group("title").rstrip("\n").split("\n"))
    title = " ".join(" ".join(block).split())
    return title or None


def _capitals_after(text: str) -> list[str]:
    """The capitalised title block printed right under the number line ("DÉLIBÉRATION N° …")."""
    block: list[str] = []
    for line in text.split("\n")[1:6]:
        stripped = line.strip()
        letters = [c for c in stripped if c.isalpha()]
        if not letters or sum(c.isupper() for c in letters) / len(letters) < 0.8:
            break
        block.append(stripped)
    return block
