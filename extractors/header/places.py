"""Where an act comes from: the collectivity, the deciding body or executive, and the place and
date of its signature."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from extractors.common import first_label, fold, mask_visas
from extractors.dates import find_dates
from extractors.fr.acts import BODY, COLLECTIVITY_KIND, EXECUTIVE, SESSION_DATELINE
from extractors.fr.numbers import MONTHS
from extractors.header.limits import SIGNATURE_CHARS

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
    r"\s+(?:d[ée]partement|r[ée]gion|arrondissement|canton|direction|service|p[ôo]le|mairie|h[ôo]tel|police)\b.*$", re.I
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


# At a line start, maybe after the council's or the executive's title ("Le Maire de la commune
# d'Audierne,"); an OCR'd elision may keep a space ("d’ Audierne").
COLLECTIVITY = re.compile(
    r"(?:^|\n)[ \t]*(?:(?:le\s+)?(?:conseil\s+\w+|maire|pr[e]sident)\s+(?:de\s+la\s+|du\s+|de\s+l')?)?(?P<kind>"
    + "|".join(COLLECTIVITY_KIND.patterns())
    + r")\s+(?P<link>d'\s?|de\s+l'\s?|de\s+la\s+|des\s+|du\s+|de\s+|de\s*:\s*)?(?P<name>[^\W\d_][^\n,;:()]{1,60})",
    re.I,
)
# A name whose last word cannot end it goes on after the line break ("la commune de SAINT⏎RESTITUT").
NAME_CUT_AT_LINE = re.compile(r"(?i)(\b(?:saint|sainte|st|ste|sur|sous|l[eè]s|lez)|\w-)[ \t]*\n[ \t]*(?=[A-ZÀ-Ý])")
# What is left when the name itself is a picture: an article or an elision ("Ville d’" over the logo).
ONLY_A_LINK = re.compile(r"(?i)(?:d|l)['’]?|de|du|des|la|le|les")


# Kinds unambiguous enough to be read inside a sentence ("les membres du Conseil de la
# Communauté de communes des …"); "commune" and "ville" only count at the start of a line.
COLLECTIVITY_IN_PROSE = re.compile(
    r"(?<=\s)(?P<kind>communaut[e]\s+de\s+communes|communaut[e]\s+d'agglomeration|communaute\s+urbaine|metropole|"
    r"departement|syndicat\s+mixte|syndicat\s+intercommunal)\s+(?P<link>d'|de\s+l'|de\s+la\s+|des\s+|du\s+|de\s+)?"
    r"(?P<name>[^\W\d_][^\n,;:()]{1,60})",
    re.I,
)


# The bodies that decide for a commune: its council and its mayor.
TOWN_BODIES = ("Conseil municipal", "Maire")


def parse_collectivity(head: str) -> str | None:
    """The issuing collectivity, as printed at the head of the act, in its usual spelling.

    A town's letterhead often names its département first ("DÉPARTEMENT DU GARD … COMMUNE DE …"):
    when a conseil municipal or a mayor decides, the collectivity is the commune.
    """
    head = NAME_CUT_AT_LINE.sub(lambda m: m.group(1) if m.group(1).endswith("-") else m.group(1) + " ", head)
    found = list(_printed_collectivities(head))
    if parse_body(head) in TOWN_BODIES:
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
            r"\s{2,}|\s+[-–]\s+|\s+(?:s[ée]ance|r[ée]union|d[ée]lib[ée]ration|extrait|l[ée]galement|r[ée]uni|s['’]est|d[uû]ment|convoqu[ée]"
            # the letterhead goes on with the document's kind ("COMMUNE DE FRIESEN PV du Conseil Municipal")
            r"|p\.?v\.?|proc[èe]s[- ]verbal|compte[- ]rendu|conseil|registre)\b|\s*\n",
            name,
            flags=re.I,
        )[0]
        if not name or ONLY_A_LINK.fullmatch(name.strip()):
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
        joiner = link if link.endswith(("'", "’")) else f"{link} " if link else ""
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


# "le PLU de la commune d’Audierne", "sur le territoire de notre commune de Valmont": a commune
# named in the act's prose.
COMMUNE_IN_PROSE = re.compile(
    r"(?i:\b(?:la|notre)\s+commune\s+)(?P<link>(?i:de)\s+|(?i:d)['’]\s?)(?P<name>[A-ZÀ-Ý][^\n,;:()]{1,60})"
)


def parse_named_commune(text: str) -> str | None:
    """The commune the act's prose names most often, for a town's act whose letterhead is a
    picture: an act may name a neighbour too, but less often than its own town."""
    communes = []
    for match in COMMUNE_IN_PROSE.finditer(text):
        name = _place_words(match.group("name"))
        if name and fold(name.split()[0]) not in NOT_PLACES:
            communes.append((name, match.group("link")))
    return _most_printed(communes)


def _most_printed(communes: list[tuple[str, str]]) -> str | None:
    """The commune of the (name, link) pairs printed most often, whatever the case of its name; at
    a tie, the first printed."""
    named: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for name, link in communes:
        key = fold(name)
        named.setdefault(key, _commune(name, link))
        counts[key] += 1
    return named[counts.most_common(1)[0][0]] if counts else None


# A town's name opening the running header (or footer) of its minutes, before the session:
# "Putanges-le-Lac, Séance du lundi 5 décembre 2022", "VALBRUNE – Conseil municipal du 14/10/2024".
SESSION_DATELINE_PLACE = re.compile(
    r"^[ \t]*(?P<place>[A-ZÀ-Ý][\w'’\-]*(?:[ \-][\w'’\-]+){0,4}?)[ \t]*(?:,|[ \t][-–—])[ \t]*(?i:"
    + SESSION_DATELINE.alternation()
    + r")[ \t]+(?:[^\W\d_]+[ \t]+)?(?:\d|1er|premier)",
    re.M,
)
# Words that open a document's own title line, not a place: "Procès-verbal, séance du …".
NOT_DATELINE_PLACES = {
    "proces", "pv", "compte", "cr", "extrait", "registre", "conseil", "commune", "ville", "mairie",
    "deliberation", "deliberations", "seance", "reunion", "ordre",
}  # fmt: skip


def parse_dateline_commune(page_edges: list[str]) -> str | None:
    """The commune a town's minutes name in the running header or footer of their pages (the
    first and last lines of each page, `page_edges`), the most printed when several are: minutes
    whose letterhead is a picture, or that have none, still print it there."""
    communes = []
    for edge in page_edges:
        for match in SESSION_DATELINE_PLACE.finditer(edge):
            place = match.group("place").strip(" -–")
            key = fold(place)
            # (a place's words are capitalised but for its particles: "Il rappelle que Valmont" is prose)
            if key.replace("-", " ").split()[0] in NOT_DATELINE_PLACES or any(
                not word[:1].isupper() and word not in _LOWER_WORDS for word in place.split()
            ):
                continue
            communes.append((place, "d'" if key[0] in "aeiouy" else "de"))
    return _most_printed(communes)


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
