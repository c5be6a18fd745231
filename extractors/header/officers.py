"""Who presides, who is the secretary, and who signs: read in the head and the closing lines."""

from __future__ import annotations

import re

from extractors.common import fold, normalize_name
from extractors.fr.people import CIVILITY, ONE_CIVILITY
from extractors.fr.people import SIGNATURE_ROLE as SIGNATURE_ROLE_WORDING
from extractors.header.limits import SIGNATURE_CHARS
from extractors.people import match_roster

PRESIDENT = re.compile(
    r"(?:sous\s+la\s+pr[ée]sidence\s+de|pr[ée]sidence\s+de|pr[ée]sid[ée]e?\s+par|pr[ée]sident(?:e)?\s+de\s+s[ée]ance\s*:)"
    rf"\s*(?P<name>{ONE_CIVILITY}?\s*[^\W\d_][^\n,;()]{{2,60}}(?-i:\n[ \t]*[A-ZÀ-Ý][A-ZÀ-Ý'\-]+\b(?![ \t]*:))?)",
    re.I,
)
_CIVILITY = CIVILITY.alternation("M.", "Mme", "MM.", "Mr", "Dr")
# How a secretary's role is linked to the name: "désigné(e) comme / en qualité de / pour remplir
# les fonctions de secrétaire".
_AS = r"(?:comme\s+|en\s+qualit[ée]\s+de\s+|pour\s+remplir\s+les\s+fonctions\s+de\s+)?"
SECRETARY_PATTERNS = [
    # "Secrétaire de séance : Mme Anne PETIT", "Secrétaire(s) de séance : …",
    # "Désignation d'un secrétaire de séance (article L.2121-15) : Anne PETIT a été désignée"
    re.compile(
        r"secr[ée]taire(?:\s*\(s\))?(?:\s+de\s+s[ée]ance)?(?:\s*\([^)]{0,160}\)\.?)?\s*:\s*(?P<name>[^\n,;()]{3,60})",
        re.I,
    ),
    # "Mme Anne PETIT a été désignée / est élue secrétaire de séance"
    re.compile(
        rf"(?P<name>{_CIVILITY}\s*[^\n,;()]{{2,60}}?)\s+(?:a\s+[ée]t[ée]\s+|est\s+)?(?:d[ée]sign[ée]e?|[ée]lue?|nomm[ée]e?)\s+{_AS}secr[ée]taire",
        re.I,
    ),
    # "Patricia MICHOT a été nommée secrétaire de séance" (no civility: capitalised words; OCR may
    # misread the "a" of "a été")
    re.compile(
        r"(?P<name>(?-i:[A-ZÀ-Ý][\w'’\-]+(?:[ \t]+[A-ZÀ-Ý][\w'’\-]+){1,3}))[ \t]+(?:\S{1,2}[ \t]+[ée]t[ée][ \t]+|est[ \t]+)"
        rf"(?:d[ée]sign[ée]e?|[ée]lue?|nomm[ée]e?)\s+{_AS}secr[ée]taire",
        re.I,
    ),
    # "le Maire, après avoir désigné Monsieur Paul ROUX comme secrétaire de séance"
    re.compile(rf"d[ée]sign[ée]e?\s+(?P<name>{_CIVILITY}\s*[^\n,;()]{{2,60}}?)\s+{_AS}secr[ée]taire", re.I),
    # "Le Maire propose la candidature de Mme Anne PETIT en qualité de secrétaire" (then the vote)
    re.compile(rf"candidature\s+de\s+(?P<name>[^\n,;()]{{2,60}}?)[\s,]+{_AS}secr[ée]taire", re.I),
]
_ROLE_TAIL = re.compile(r"\s+(?:maire|pr[ée]sidente?|vice-pr[ée]sidente?|adjointe?|conseill\w+)\b.*$", re.I)


def _person(raw: str, roster: list[str] | None = None) -> str | None:
    """A person named after a role cue, in the roster's spelling when the print is partial
    ("Secrétaire : Monsieur ROUX" → the roster's "Paul ROUX"); None for a function
    ("présidé par le Préfet")."""
    civility = re.search(rf"\b{_CIVILITY}\s", raw, re.I)
    if civility:  # "l'assemblée désigne Monsieur X": the name starts at the civility
        raw = raw[civility.start() :]
    elif re.match(r"(?:l[ea]|les|l['’])\s", raw, re.I):  # "Le Secrétaire", "la Présidente": a role
        return None
    raw = re.sub(r"^docteur\s+", "Dr ", raw, flags=re.I)  # a title the civility table does not list
    raw = re.split(r"\s+(?:a\s+[ée]t[ée]|est)\s", raw)[0]
    raw = _ROLE_TAIL.sub("", raw.strip())
    parsed = normalize_name(raw)
    if not parsed or not (parsed[0] or raw[:1].isupper()):
        return None
    return match_roster(parsed[1], roster)


def parse_president(head: str, roster: list[str] | None = None) -> tuple[str, int] | None:
    """The chair named after "sous la présidence de", "présidé(e) par", "Président de séance :"."""
    for match in PRESIDENT.finditer(head):
        name = _person(match.group("name"), roster)
        if name:
            return name, match.start("name")
    return None


def parse_secretary(head: str, roster: list[str] | None = None) -> tuple[str, int] | None:
    """The secretary of the session, from the earliest printed wording."""
    matches = sorted((m for pattern in SECRETARY_PATTERNS if (m := pattern.search(head))), key=lambda m: m.start())
    for match in matches:
        name = _person(match.group("name"), roster)
        if name:
            return name, match.start("name")
    return None


SIGNATURE_ROLE = SIGNATURE_ROLE_WORDING.compile(r"(?:^|(?<=\s))")
_SIGNATURE_ROLE_OF = [
    (re.compile(pattern, re.I), row.meaning)
    for pattern, row in zip(SIGNATURE_ROLE_WORDING.patterns(), SIGNATURE_ROLE_WORDING.rows)
]


def parse_signatories(text: str, roster: list[str] | None = None) -> dict[str, str]:
    """Who signs at the end of the text, by role: "Le Maire, Jean DUPONT", or a line of roles
    ("Le Maire   Le Secrétaire de séance") over a line with as many names."""
    lines = [line for line in text[-SIGNATURE_CHARS:].split("\n") if line.strip()]
    found: dict[str, str] = {}
    for index, line in enumerate(lines):
        folded = fold(line)
        roles = list(SIGNATURE_ROLE.finditer(folded))
        if not roles or folded[: roles[0].start()].strip():  # "Pour le Maire empêché" is not the role line
            continue
        tail = line[roles[-1].end() :].strip(" ,:;")
        if len(roles) == 1 and _person(tail):  # "Le Maire, Jean DUPONT"
            names = [tail]
        elif len(SIGNATURE_ROLE.sub("", folded).split()) <= 3:
            # A line of roles (or of roles and a few scan-garbled words) over the names, in the
            # same left-to-right order: a role the scan lost leaves a name more, on the right.
            # Scribbles read from the handwritten signatures may come between.
            names = next(
                (
                    n
                    for below in lines[index + 1 : index + 4]
                    if (n := _signature_names(below, len(roles))) and _person(n[0])
                ),
                [],
            ) or _names_one_a_line(lines[index + 1 : index + 5])
        else:
            continue
        for role_match, name in zip(roles, names):
            role = next(role for pattern, role in _SIGNATURE_ROLE_OF if pattern.fullmatch(role_match.group(0)))
            person = _person(name, roster) if len(name.split()) <= 5 else None
            if person:
                found.setdefault(role, person)
    return found


def _names_one_a_line(lines: list[str]) -> list[str]:
    """Names printed one under the other below a line of roles, in the roles' order; lines that
    name no one (a scribble read from a signature) are skipped."""
    return [
        line.strip()
        for line in lines
        if len(line.split()) <= 5 and re.search(r"[^\W\d_]{3,}", line) and _person(line.strip())
    ]


def _signature_names(line: str, count: int) -> list[str]:
    """The names printed side by side under the roles, split at each civility or wide gap."""
    for pattern in (rf"\s+(?={_CIVILITY}\s*[A-ZÀ-Ý])", r"\s{2,}"):
        names = [n for n in re.split(pattern, line.strip(), flags=re.I) if n.strip()]
        if len(names) >= count:
            return names[:count]
    return []
