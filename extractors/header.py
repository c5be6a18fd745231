"""Header facts of an act: collectivity, body, session date, number, title, president, secretary,
printed counts and the préfecture receipt ID."""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.common import SPACE, first_label, fold, mask_visas, normalize_name, parse_count
from extractors.dates import find_dates, parse_date
from extractors.fr.acts import BODY, COLLECTIVITY_KIND, EXECUTIVE
from extractors.fr.attendance import ATTENDANCE_HEADING, COUNT_LABEL, COUNT_PHRASE, LIST_END_LABEL
from extractors.fr.numbers import MONTHS, NUMBER_WORDS
from extractors.fr.people import CIVILITY, ONE_CIVILITY
from extractors.fr.people import SIGNATURE_ROLE as SIGNATURE_ROLE_WORDING
from extractors.people import match_roster
from extractors.stages import Section
from schemas.record import Source

HEAD_CHARS = 3000
# The closing lines (signatures, "Fait à …, le …") sit in the last characters of an act or minutes.
SIGNATURE_CHARS = 800
_LOWER_WORDS = {"de", "du", "des", "la", "le", "les", "sur", "sous", "en", "et", "aux", "au", "lès", "lez"}


def _title_case_place(name: str) -> str:
    """ "PAS-DE-CALAIS" → "Pas-de-Calais", "SAINT AUBIN SUR LOIRE" → "Saint Aubin sur Loire"."""
    if not name.isupper():
        return name

    def word(token: str, first: bool) -> str:
        parts = re.split(r"([\-'’])", token.lower())
        out = []
        for i, part in enumerate(parts):
            if (
                part in "-'’"
                or (part in _LOWER_WORDS and not (first and i == 0))
                or part in ("d", "l")
                and i + 1 < len(parts)
            ):
                out.append(part)
            else:
                out.append(part[:1].upper() + part[1:])
        return "".join(out)

    return " ".join(word(t, i == 0) for i, t in enumerate(name.split()))


# A place name stops where the letterhead goes on with another unit or a service.
NEXT_UNIT = re.compile(
    r"\s+(?:d[ée]partement|r[ée]gion|arrondissement|canton|direction|service|p[ôo]le|mairie|h[ôo]tel)\b.*$", re.I
)


def _clean_place(name: str) -> str:
    """ "VALMONT-ARVELLE Direction des assemblées" → "VALMONT-ARVELLE": a capitalised name ends
    at the first word that is not capitalised; any name ends at the next administrative unit."""
    name = NEXT_UNIT.sub("", name).strip(" .-–")
    words = name.split()
    if words and words[0].isupper() and len(words[0]) > 1:
        kept = []
        for word in words:
            if not word.isupper() and word.lower() not in _LOWER_WORDS:
                break
            kept.append(word)
        name = " ".join(kept)
    return name


COLLECTIVITY = re.compile(
    r"(?:^|\n)[ \t]*(?:(?:le\s+)?conseil\s+\w+\s+(?:de\s+la\s+|du\s+|de\s+l')?)?(?P<kind>"
    + "|".join(COLLECTIVITY_KIND.patterns())
    + r")\s+(?P<link>d'|de\s+l'|de\s+la\s+|des\s+|du\s+|de\s+|de\s*:\s*)?(?P<name>[^\W\d_][^\n,;:()]{1,60})",
    re.I,
)


# Kinds unambiguous enough to be read inside a sentence ("les membres du Conseil de la
# Communauté de communes des …"); "commune" and "ville" only count at the start of a line.
COLLECTIVITY_IN_PROSE = re.compile(
    r"(?<=\s)(?P<kind>communaut[e]\s+de\s+communes|communaut[e]\s+d'agglomeration|communaute\s+urbaine|metropole|"
    r"departement|syndicat\s+mixte|syndicat\s+intercommunal)\s+(?P<link>d'|de\s+l'|de\s+la\s+|des\s+|du\s+|de\s+)?"
    r"(?P<name>[^\W\d_][^\n,;:()]{1,60})",
    re.I,
)


def parse_collectivity(head: str) -> str | None:
    """The issuing collectivity, as printed at the head of the act, in its usual spelling.

    A town's letterhead often names its département first ("DÉPARTEMENT DU GARD … COMMUNE DE …"):
    when a conseil municipal decides, the collectivity is the commune.
    """
    found = list(_printed_collectivities(head))
    if parse_body(head) == "Conseil municipal":
        communes = [c for c in found if c.startswith("Commune")]
        return (communes or [_council_commune(head)])[0]
    return found[0] if found else _council_commune(head)


def _printed_collectivities(head: str) -> list[str]:
    """The collectivities named at the start of a line (a letterhead), or else in the prose. A
    letterhead name cut by its line break ("SYNDICAT MIXTE DU BASSIN ⏎ DE LA SORBELLE") gives way
    to the longer name the prose spells out."""
    folded = fold(head)
    in_prose = list(_named(head, COLLECTIVITY_IN_PROSE.finditer(folded)))
    at_line_start = list(_named(head, COLLECTIVITY.finditer(folded)))
    if not at_line_start:
        return in_prose
    return [
        next((longer for longer in in_prose if fold(longer).startswith(fold(name)) and len(longer) > len(name)), name)
        for name in at_line_start
    ]


def _named(head: str, matches: Iterator[re.Match[str]]) -> Iterator[str]:
    for match in matches:
        kind = next(
            label
            for pattern, label in COLLECTIVITY_KIND.table()
            if re.fullmatch(fold(pattern), match.group("kind"), re.I)
        )
        if kind == "Ville":  # "Ville de …" is a town's style; the collectivity is its commune
            kind = "Commune"
        name = head[match.start("name") : match.end("name")].strip(" .-–")
        name = re.split(
            r"\s{2,}|\s+[-–]\s+|\s+(?:s[ée]ance|r[ée]union|d[ée]lib[ée]ration|extrait|l[ée]galement|r[ée]uni|s['’]est|d[uû]ment|convoqu[ée])\b|\s*\n",
            name,
            flags=re.I,
        )[0]
        if not name or (kind in ("Commune", "Ville") and re.match(r"(?i)de\s*$", name)):
            continue
        link = head[match.start("link") : match.end("link")] if match.group("link") else ""
        link = " ".join(link.replace(":", "").split())
        if link.isupper() or link.split()[:1] in (["DE"], ["Des"], ["Du"], ["De"]):
            # "DE LA", "De" at a line start: only the article after "de" keeps its printed case.
            words = link.split()
            link = " ".join(
                [words[0].lower()] + [w if w[:1].isupper() and not link.isupper() else w.lower() for w in words[1:]]
            )
        if (
            kind
            in ("Commune", "Métropole", "Communauté de communes", "Communauté d'agglomération", "Communauté urbaine")
            and not link
        ):
            link = "de"
        name = _clean_place(name)
        if not name:
            continue
        joiner = link if link.endswith("'") else f"{link} " if link else ""
        yield f"{kind} {joiner}{_title_case_place(name.strip())}".replace("  ", " ")


# A town named only through its council, in prose: "le Conseil Municipal de VALMONT, dûment
# convoqué", "les membres du Conseil municipal de Valmont", "le Conseil municipal de la commune de …".
COUNCIL_OF_PLACE = re.compile(
    r"(?i:conseil\s+municipal\s+(?:de\s+la\s+(?:commune|ville)\s+)?)(?P<link>(?i:de)\s+|(?i:d)['’])(?P<name>[A-ZÀ-Ý][^\n,;:()]{1,60})"
)
# Councils that are not a town's: "Conseil municipal d'Enfants / de Jeunes".
NOT_PLACES = {"enfants", "jeunes"} | {fold(month) for month in MONTHS}


def _council_commune(text: str) -> str | None:
    for match in COUNCIL_OF_PLACE.finditer(text):
        name = _place_words(match.group("name"))
        if name and fold(name.split()[0]) not in NOT_PLACES:
            return _commune(name, match.group("link"))
    return None


def _place_words(text: str) -> str:
    """The capitalised words of a place name and the particles between them ("Saint-Jean de Luz")."""
    words: list[str] = []
    for word in text.split():
        if word[:1].isupper():
            words.append(word)
        elif word in _LOWER_WORDS and words:
            words.append(word)
        else:
            break
    while words and words[-1] in _LOWER_WORDS:
        words.pop()
    return " ".join(words).strip(" .-–")


def _commune(name: str, link: str) -> str:
    joiner = "d'" if link.strip().endswith(("'", "’")) else "de "
    return f"Commune {joiner}{_title_case_place(name)}"


# The closing "Valmont, le 13 février 2023" / "Fait à Valmont, le …" line of a town's minutes.
SIGNING_PLACE = re.compile(
    r"^[ \t]*(?i:fait\s+[àa]\s+)?(?P<place>[A-ZÀ-Ý][\w'’\-]+(?:[ \-][\w'’\-]+){0,3}),?\s+le\s+(?:\d|1er|premier)", re.M
)


def parse_signing_date(text: str) -> str | None:
    """The date an act was signed: "Fait à Valmont, le 4 juin 2024", "Valmont, le 04/06/2024"."""
    places = list(SIGNING_PLACE.finditer(text[-SIGNATURE_CHARS:]))
    if not places:
        return None
    tail = " ".join(text[-SIGNATURE_CHARS:][places[-1].end("place") :].split())  # "le 10 juin ⏎ 2024"
    dates = find_dates(tail[:40])
    return dates[0][2] if dates and dates[0][0] <= 6 else None


def parse_signing_commune(ending: str, document: str) -> str | None:
    """The commune where a conseil municipal signs its act, when the document also names it as
    a commune or town ("… sur le territoire de la Commune de VALMONT"): the signing place alone
    could be the seat of another body."""
    places = list(SIGNING_PLACE.finditer(ending[-SIGNATURE_CHARS:]))
    if not places:
        return None
    place = places[-1].group("place")
    mention = re.search(rf"\b(?:commune|ville)\s+(de\s+|d')({re.escape(fold(place))})\b", fold(document))
    if not mention:
        return None
    return _commune(document[mention.start(2) : mention.end(2)], mention.group(1))


def parse_executive(head: str) -> str | None:
    """Who signs an arrêté: an act of the executive alone, not of the council."""
    found = first_label(EXECUTIVE.table(), head)
    return found[0] if found else None


def parse_body(head: str) -> str | None:
    """The deciding body. A body cited in the visas ("Vu l'avis favorable du bureau communautaire")
    is not the one deciding."""
    head = mask_visas(head)
    found = first_label(BODY.table(), head)
    if not found:
        return None
    # The most specific body wins over the first printed: "commission permanente du conseil…".
    folded = fold(head)
    for pattern, label in BODY.table():
        if re.search(fold(pattern), folded, re.I):
            return label
    return found[0]


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
    for start, _, iso in find_dates(head):
        before = fold(head[max(0, start - 60) : start])
        if NOT_SESSION_CUE.search(before.split("\n")[-1][-30:]):
            continue
        if (SESSION_CUE.search(before) or start < 5) and (start < SESSION_TOP or not announced):
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


# Act numbers as printed: "(N°2023-597)", "Délibération n° 2024-012", "DEL-2024-031", "D2018-72",
# "N° 2014/137", "Délibération n° 12". Kept exactly as printed.
NUMBER_PATTERNS = [
    # "Délibération n° 12", "DÉLIBÉRATION DU CONSEIL MUNICIPAL N° 2024-012", "Arrêté du Maire n° …",
    # "ARRÊTÉ MUNICIPAL N° 2024-112"
    re.compile(
        rf"(?:d[ée]lib[ée]ration(?:\s+d[ue]\s+(?:la\s+)?\w+(?:\s+\w+)?)?|d[ée]lib\.|arr[êe]t[ée](?:\s+du\s+\w+|\s+municipal|\s+permanent|\s+temporaire)?|acte|d[ée]cision)"
        rf"\s*n[°o º]{SPACE}*([A-Z]{{0,4}}[ \-]?\d[\w/\-.]*\d|\d+)",
        re.I,
    ),
    re.compile(rf"^\s*\(?\s*n[°º]{SPACE}*([A-Z]{{0,4}}[ \-]?\d[\w/\-.]*\d|\d+)\s*\)?\s*$", re.I | re.M),
    re.compile(r"(?<![\w-])((?:DEL|DE|DCM|DCC|DB|D)[ \-_]?\d{2,4}[\-_/]\d{1,4})\b"),
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


OBJECT = re.compile(
    r"^[ \t]*(?:objet|obj\.)\s*:?\s*[:\-–]\s*(?P<title>[^\n]+(?:\n(?![ \t]*\n)(?![ \t]*(?:vu|le\s+conseil|la\s+commission|rapporteur|expos|nombre|pr[ée]sents?|date)\b)[^\n]+){0,3})",
    re.I | re.M,
)


# An arrêté's subject printed under its number, in place of an "Objet :": "ARRÊTÉ N° 2024-112 ⏎
# portant réglementation temporaire de la circulation …", "… relatif à …", "… fixant …".
SUBJECT_LINE = re.compile(
    r"^[ \t]*((?:portant|relati(?:f|ve)s?\s+(?:[àa]|aux?)|fixant|r[ée]glementant|modifiant|autorisant)\b[^\n]*"
    r"(?:\n(?![ \t]*(?:vu|le\s+maire|la\s+maire|le\s+pr[ée]sident|consid[ée]rant|arr[êe]te)\b)[^\n]+){0,3})",
    re.I | re.M,
)
# How far under the number line the subject may start.
SUBJECT_REACH = 300


def parse_title(section: Section, number_offset: int | None) -> str | None:
    """ "Objet : …" when printed; else an arrêté's "portant …" line under its number; otherwise the
    capitalised title block right before the number."""
    text = section.text[: HEAD_CHARS * 2]
    match = OBJECT.search(text)
    if match:
        return wrapped_title(match.group("title").split("\n"))
    if number_offset is None:
        return None
    subject = SUBJECT_LINE.search(text, number_offset, number_offset + SUBJECT_REACH)
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


# A title goes on to the next line only when its line is visibly unfinished.
UNFINISHED = re.compile(r"(?:\b(?:de|du|des|la|le|les|à|au|aux|et|en|pour|sur|par|d'|l'|un|une)|[«\-–,'’])\s*$", re.I)


# A line that wrapped at the right margin is long; what it wraps onto may then start with a capital
# ("… à l'association ⏎ Castelmaure Initiatives pour l'année 2024") if it is short and no sentence.
WRAPPED_LINE_CHARS = 55
NOT_A_CONTINUATION = re.compile(
    rf"^(?:le|la|les|l['’]|il|elle|ils|vu|consid[ée]rant|rapporteu\w*|{ONE_CIVILITY}|apr[èe]s|sur)\b|[:.;,]\s*$|:", re.I
)


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
        if not (
            UNFINISHED.search(kept[-1]) or start.islower() or start.isdigit() or start in "(«–-" or capitalised_tail
        ):
            break
        kept.append(line)
    return " ".join(" ".join(kept).split()).strip(" .")


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
