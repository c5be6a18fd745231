"""Arrivals, departures and changes of chair during a meeting, which change who is present and who
presides from a given item on.

"Arrivée de Mme Émilie FABRE à 19 h 20", "M. X rejoint la séance", "Départ de M. X",
"M. X quitte la séance", "Madame le Maire quitte la salle … réintègre la séance", "M. X est élu
président de séance", "le Maire cède la présidence à Mme Y". Leaving the room for one item
("quitte la salle et ne prend pas part au vote") is not a departure: the member is back for the
next item and counts as not voting.
"""

from __future__ import annotations

import re

from extractors.common import normalize_name
from extractors.fr.people import CHAIR_OFFICE, MOVEMENT_NOUN, MOVEMENT_VERB, ONE_CIVILITY, ROOM
from extractors.people import match_roster
from extractors.stages import Movement, Section

# The chair named by office rather than by name ("Madame le Maire", "Monsieur le Président").
CHAIR = rf"{ONE_CIVILITY}?\s*(?:le|la)\s+{CHAIR_OFFICE.alternation()}"


# Names are capitalised words (particles aside), so "M. DUPONT est invité à sortir" names M. DUPONT.
_NAME_WORD = r"(?-i:[A-ZÀ-Ý][\w'’\-]*\.?|de|du|des|la|le|d['’])"


def _person(group: str) -> str:
    return rf"(?P<{group}>{ONE_CIVILITY}\s*{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}|{CHAIR})"


_WHEN = r"(?=\s+(?:[àa]\s+\d|au\s+cours|pendant|lors|apr[èe]s|avant)|\s*[.,;\n])"
ARRIVAL = re.compile(
    rf"\b{MOVEMENT_NOUN.alternation('arrival')}\s+de\s+{_person('a')}{_WHEN}"
    rf"|{_person('b')}\s+{MOVEMENT_VERB.alternation('arrival')}",
    re.I,
)
DEPARTURE = re.compile(
    rf"\b{MOVEMENT_NOUN.alternation('departure')}\s+de\s+{_person('a')}{_WHEN}"
    rf"|{_person('b')}\s+{MOVEMENT_VERB.alternation('departure')}"
    # "Le Maire cède la présidence à Mme X et quitte la salle": the chair who hands over leaves.
    rf"|(?P<c>c[èe]de\s+la\s+pr[ée]sidence)[^.\n]{{0,80}}?\s+et\s+(?:quitte|sort\s+de|se\s+retire\s+de)\s+{ROOM}",
    re.I,
)
# A departure for one vote only: the member is kept present and counted as not voting.
ONE_ITEM_EXIT = re.compile(r"^[^.\n]{0,40}(?:ne\s+(?:prend|prennent)\s+pas\s+part|pour\s+ce\s+(?:point|vote))", re.I)
NEW_CHAIR = re.compile(
    rf"(?:c[èe]de|confie)\s+la\s+pr[ée]sidence\s+(?:de\s+(?:la\s+)?s[ée]ance\s+)?[àa]\s+{_person('a')}(?=[\s,.;]|$)"
    rf"|{_person('b')}\s+(?:est\s+)?(?:d[ée]clar[ée]e?\s+)?(?:[ée]lue?|d[ée]sign[ée]e?)\s+(?:en\s+qualit[ée]\s+de\s+|comme\s+)?"
    rf"pr[ée]sidente?\s+de\s+(?:la\s+)?s[ée]ance",
    re.I,
)


def parse_movements(section: Section, roster: list[str], president: str | None = None) -> list[Movement]:
    """Movements printed in a section, in order, names matched to the roster; "le Maire" is the
    session's president."""
    found: list[Movement] = []
    for regex, kind in ((ARRIVAL, "arrival"), (DEPARTURE, "departure"), (NEW_CHAIR, "chair")):
        for match in regex.finditer(section.text):
            if kind == "departure" and ONE_ITEM_EXIT.match(section.text, match.end()):
                continue
            raw = match.group("a") or match.group("b")
            name = _resolve(raw, roster, president) if raw else president
            if name:
                found.append(Movement(name, kind, section.start + match.start()))
    return sorted(found, key=lambda m: (m.offset, m.kind != "chair"))


def _resolve(raw: str, roster: list[str], president: str | None) -> str | None:
    if re.fullmatch(CHAIR, raw.strip(), re.I):
        return president
    parsed = normalize_name(raw)
    return match_roster(parsed[1], roster) if parsed else None


def status_at(name: str, offset: int, movements: list[Movement]) -> str | None:
    """'present' or 'absent' for someone at a point of the meeting, or None when nothing moved them."""
    own = [m for m in movements if m.name == name and m.kind != "chair"]
    if not own:
        return None
    before = [m for m in own if m.offset < offset]
    if before:
        return "present" if before[-1].kind == "arrival" else "absent"
    return "absent" if own[0].kind == "arrival" else "present"


def chair_at(president: str | None, offset: int, movements: list[Movement]) -> str | None:
    """Who presides at a point: the president, or while the president is out, the member chosen
    to chair (when the document names one; otherwise nobody is named)."""
    if president is None or status_at(president, offset, movements) != "absent":
        return president
    chairs = [m for m in movements if m.kind == "chair" and m.offset < offset]
    return chairs[-1].name if chairs else None
