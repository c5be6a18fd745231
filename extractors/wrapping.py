"""Titles that wrap over lines: which of the following lines visibly continue the first."""

from __future__ import annotations

import re

from extractors.fr.people import ONE_CIVILITY

# A title goes on to the next line only when its line is visibly unfinished.
UNFINISHED = re.compile(r"(?:\b(?:de|du|des|la|le|les|à|au|aux|et|en|pour|sur|par|d'|l'|un|une)|[«\-–,'’])\s*$", re.I)


# A line that wrapped at the right margin is long; what it wraps onto may then start with a capital
# ("… à l'association ⏎ Castelmaure Initiatives pour l'année 2024") if it is short and no sentence.
WRAPPED_LINE_CHARS = 55
NOT_A_CONTINUATION = re.compile(
    rf"^(?:le|la|les|l['’]|il|elle|ils|vu|consid[ée]rant|rapporteu\w*|{ONE_CIVILITY}|apr[èe]s|sur)\b|[:.;,]\s*$|:", re.I
)


# A title set with every line capitalised goes on with a preposition ("Prescrivant la modification n°2
# ⏎ Du plan local d'urbanisme ⏎ De la commune d'Audierne"): no title starts with one.
CONTINUING_WORD = re.compile(r"^(?:de|du|des|d['’]|au|aux|à|et)\b", re.I)


def wrapped_title(lines: list[str], first_printed: int | None = None) -> str:
    """A title's first line and the lines that visibly continue it; `first_printed` is the length of
    the first line as printed, number and label included."""
    kept = [lines[0]]
    for line in lines[1:]:
        start = line.strip()[:1]
        width = first_printed if first_printed and len(kept) == 1 else len(kept[-1].strip())
        capitalised_tail = (
            width >= WRAPPED_LINE_CHARS and len(line.split()) <= 10 and not NOT_A_CONTINUATION.search(line.strip())
        )
        preposition = CONTINUING_WORD.match(line.strip()) and not NOT_A_CONTINUATION.search(line.strip())
        if not (
            UNFINISHED.search(kept[-1])
            or start.islower()
            or start.isdigit()
            or start in "(«–-"
            or capitalised_tail
            or preposition
        ):
            break
        kept.append(line)
    return " ".join(" ".join(kept).split()).strip(" .")
