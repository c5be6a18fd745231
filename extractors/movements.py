"""Arrivals and departures during a meeting, which change who is present from a given item on.

"Arrivée de Mme Émilie FABRE à 19 h 20", "M. X rejoint la séance", "Départ de M. X",
"M. X quitte la séance". Leaving the room for one item ("quitte la salle et ne prend pas part
au vote") is not a departure: the member is back for the next item and counts as not voting.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.common import normalize_name
from extractors.people import match_roster
from extractors.spans import Section

def _person(group: str) -> str:
    return rf"(?P<{group}>(?:M\.|Mme|Monsieur|Madame)\s*[^\W\d_][^\n,;:()]{{1,50}}?)"


_WHEN = r"(?=\s+(?:[àa]\s+\d|au\s+cours|pendant|lors|apr[èe]s|avant)|\s*[.,;\n])"
ARRIVAL = re.compile(
    rf"\barriv[ée]e\s+de\s+{_person('a')}{_WHEN}"
    rf"|{_person('b')}\s+(?:arrive|rejoint\s+(?:la\s+s[ée]ance|l'assembl[ée]e))\b",
    re.I,
)
DEPARTURE = re.compile(
    rf"\bd[ée]part\s+de\s+{_person('a')}{_WHEN}"
    rf"|{_person('b')}\s+quitte\s+(?:d[ée]finitivement\s+)?(?:la\s+s[ée]ance|l'assembl[ée]e)\b",
    re.I,
)


@dataclass(frozen=True)
class Movement:
    """Someone who arrives or leaves at a point (an offset into the document text)."""

    name: str
    kind: str  # "arrival" or "departure"
    offset: int


def parse_movements(section: Section, roster: list[str]) -> list[Movement]:
    """Arrivals and departures printed in a section, in order, names matched to the roster."""
    found: list[Movement] = []
    for regex, kind in ((ARRIVAL, "arrival"), (DEPARTURE, "departure")):
        for match in regex.finditer(section.text):
            parsed = normalize_name(match.group("a") or match.group("b"))
            if parsed:
                found.append(Movement(match_roster(parsed[1], roster), kind, section.start + match.start()))
    return sorted(found, key=lambda m: m.offset)


def status_at(name: str, offset: int, movements: list[Movement]) -> str | None:
    """'present' or 'absent' for someone at a point of the meeting, or None when nothing moved them."""
    own = [m for m in movements if m.name == name]
    if not own:
        return None
    before = [m for m in own if m.offset < offset]
    if before:
        return "present" if before[-1].kind == "arrival" else "absent"
    return "absent" if own[0].kind == "arrival" else "present"
