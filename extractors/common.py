"""Helpers shared by every extractor: accent folding, vocabulary regexes, numbers and names."""

from __future__ import annotations

import re

from extractors.folding import fold
from extractors.fr.numbers import NUMBER_WORDS
from extractors.fr.people import CIVILITIES, SURNAME_PARTICLES

# Spaces that French typography puts inside numbers and before colons; all are one space to us.
SPACE = "[ \u00a0\u202f\u2009\t]"


def first_label(table: list[tuple[str, str]], text: str) -> tuple[str, re.Match[str]] | None:
    """The value of the earliest table pattern found in text, with its match (on folded text)."""
    folded = fold(text)
    best: tuple[str, re.Match[str]] | None = None
    for pattern, value in table:
        match = re.search(fold(pattern), folded, re.IGNORECASE | re.MULTILINE)
        if match and (best is None or match.start() < best[1].start()):
            best = (value, match)
    return best


def parse_count(text: str) -> int | None:
    """An integer written in figures ("07") or a small number in words ("une", "vingt-trois")."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    return words_to_number(text)


def words_to_number(text: str) -> int | None:
    """French number words to an integer: "deux mille vingt-quatre" → 2024, "trente et un" → 31."""
    tokens = [t for t in re.split(r"[\s\-]+", fold(text)) if t and t != "et"]
    if not tokens or any(t not in NUMBER_WORDS for t in tokens):
        return None
    total, current = 0, 0
    previous = ""
    for token in tokens:
        value = NUMBER_WORDS[token]
        if value == 1000:  # "mille" and the old spelling "mil"
            total += max(current, 1) * 1000
            current = 0
        elif value == 100:  # "cent", "deux cents": the units before it are hundreds
            current = max(current, 1) * 100
        elif token in ("vingt", "vingts") and previous == "quatre":
            current += 80 - 4  # quatre-vingt(s): the 4 already added becomes 80
        else:
            current += value
        previous = token
    return total + current


# A person as printed: optional civility, then words of letters, hyphens and apostrophes.
_NAME_TOKEN = re.compile(r"[^\W\d_][\w'’\-\.]*", re.UNICODE)


# An initial typed against the surname ("S.MEARY", "C.FOROT" in lists of initials): two tokens.
GLUED_INITIAL = re.compile(r"\b([A-ZÀ-Ý])\.(?=[A-ZÀ-Ý][A-ZÀ-Ý'’\-]+\b)")
M_GLUED = re.compile(r"\s*M\.(?=[A-ZÀ-Ý]{2})")


def _is_upper_token(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and (len(letters) > 1 or token.endswith("."))


def _title_case(token: str) -> str:
    return "-".join(part[:1].upper() + part[1:].lower() for part in token.split("-"))


def split_civility(text: str) -> tuple[str | None, str]:
    """("M.", "Jean DUPONT") from "M. Jean DUPONT"; the civility is None when none is printed."""
    match = re.match(
        r"\s*(messieurs|mesdames|monsieur|madame|mademoiselle|mmes|mme\.?|mlle|mm\.?|mr\.?|m\.|dr\.?)(?=[\s\.]|[A-ZÉÈ])\s*",
        text,
        re.I,
    )
    if not match:
        return None, text.strip()
    return CIVILITIES.get(match.group(1).lower()), text[match.end() :].strip()


COMPOUND_INITIALS = re.compile(r"(?:[^\W\d_]\.-?)+")


def normalize_name(text: str, initials: bool = False) -> tuple[str | None, str] | None:
    """A printed person name as (civility, "Prénom NOM"), whatever the print order; None if not a name.
    `initials` when the name comes from a list of initials typed against the surnames.

    Capitalised tokens are the surname, the others the first names: "DUPONT Jean" and
    "M. Jean DUPONT" both give "Jean DUPONT". A name printed all in capitals is read
    "PRÉNOM NOM" (the usual order), so "JEAN-CLAUDE LEROY" gives "Jean-Claude LEROY".
    """
    # In a list of initials ("C.MARTEL - M.DENISE"), a glued "M." is the initial of a first name.
    civility, rest = (None, text.strip()) if initials and M_GLUED.match(text) else split_civility(text)
    rest = GLUED_INITIAL.sub(r"\1. ", rest)
    tokens = _NAME_TOKEN.findall(rest.replace("’", "'"))
    # A full stop ending a name is punctuation ("M. DUPONT."), but the last dot of compound
    # initials is part of them ("J.-C. LEROY" keeps "J.-C.").
    tokens = [t.rstrip(".") if len(t) > 2 and not COMPOUND_INITIALS.fullmatch(t) else t for t in tokens]
    tokens = [t for t in tokens if t]
    if not tokens or len(tokens) > 6:
        return None
    upper = [t for t in tokens if _is_upper_token(t) or (t.lower() in SURNAME_PARTICLES and t.isupper())]
    lower = [t for t in tokens if t not in upper]
    if upper and lower:
        # a given name typed in lower case ("Mme joëlle MOALIC") takes its capital; particles do not
        first = " ".join(
            t if t[:1].isupper() or t.lower() in SURNAME_PARTICLES else t[:1].upper() + t[1:] for t in lower
        )
        surname = " ".join(t.upper() for t in upper)
    elif upper:
        if len(upper) == 1:
            return civility, upper[0].upper()
        first = _title_case(upper[0])
        surname = " ".join(upper[1:])
    else:
        # Mixed case only ("Paul Durand"): the last word is the surname.
        if len(tokens) == 1:
            return civility, tokens[0].upper()
        first = " ".join(tokens[:-1])
        surname = tokens[-1].upper()
    return civility, f"{first} {surname}".strip()


def split_names(text: str) -> list[str]:
    """Split a printed list of people on commas, semicolons, "et" and line breaks between names."""
    text = re.sub(r"\s+", " ", text)
    # A dash spaced on one side only is a separator too when a capitalised name stands on the other
    # ("Alessandra STURANI -Valérie UPPHOFF"); a hyphen inside a compound name has no space at all.
    parts = re.split(
        r"\s*[,;]\s*|\s+et\s+|\s+[-–−—]+\s+|\s+/\s+|\s+[-–−](?=[A-ZÀ-Ý])|(?<=[^\W\d_])[-–−]\s+(?=[A-ZÀ-Ý])", text
    )
    return [p.strip(" .:-–−•▪*") for p in parts if p.strip(" .:-–−•▪*")]


VISA_START = re.compile(r"^[ \t]*(?:vu|consid[ée]rant|rappelant)\b", re.I)


# What opens the decision after the visas, even when the last visa's line has no closing ";".
DECISION_START = re.compile(
    r"^[ \t]*(?:(?:le|la)\s+(?:conseil|commission|bureau|comit[ée]|maire|pr[ée]sident)|apr[èe]s\s+(?:en\s+avoir|d[ée]lib[ée]ration)|"
    r"d[ée]cide|arr[êe]te|sur\s+(?:la\s+)?proposition|entendu)\b",
    re.I,
)


def mask_visas(text: str) -> str:
    """The text with its visas blanked (same length), so quoted earlier votes are not read.

    A visa starts with "Vu" or "Considérant" and runs over wrapped lines until a line ends
    with ";", ".", ":", a blank line, or a line that opens the decision ("Le Conseil municipal,
    après en avoir délibéré, à l'unanimité :").
    """
    lines = text.split("\n")
    inside = False
    for index, line in enumerate(lines):
        if VISA_START.match(line):
            inside = True
        elif not line.strip() or DECISION_START.match(line):
            inside = False
        if inside:
            ended = line.rstrip().endswith((";", ".", ":"))
            lines[index] = " " * len(line)
            inside = not ended
    return "\n".join(lines)
