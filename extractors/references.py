"""Texts cited in an act: code articles, lois, décrets, ordonnances, arrêtés, earlier deliberations.

Keys keep the printed form: "L.214.2" stays "L.214.2", "délibération 2023-114" (printed without
"n°") stays without it, "arrêté préfectoral n° 2023/DDT/123" keeps its issuer and "règlement
(UE) n° 1407/2013" its Union. Articles of codes that have no L./R. numbering are keyed
"article 1639 A bis du Code général des impôts". A text cited by its date alone is keyed by its
word and date ("délibération du 26 septembre 2022", "arrêté préfectoral du 03/03/2019").
"""

from __future__ import annotations

import re

from extractors.common import SPACE
from extractors.dates import find_dates
from extractors.fr.texts import CITING_ISSUER, REFERENCE_KIND
from extractors.stages import Section
from schemas.record import Reference

_NUM = r"n[°o º]\s*"
# A figure split around its dash by a line break or OCR ("L314- 12", "n°2304117- 2",
# "n° 2019 - 41", "n° 83-\n634") is one figure.
_JOIN = r"\s?-(?:\s{1,3}(?=\d))?"
# "L.2121-29", "L 1111-2", "R. 411-8", "L612-1", "L.211.1", "L. 211-3 A": a letter, then figures
# joined by - or ., then an optional capital-letter index; a line may break after the letter
# ("l'article L. ⏎2121-14").
# D and A articles need their dot ("D. 2121-1"), else act numbers such as "D2018-72" would match.
CODE_ARTICLE = re.compile(
    rf"(?<![\w/-])(?:([LR]){SPACE}?\.?|([DA]){SPACE}?\.)[ \t\u00a0\u202f]{{0,3}}\n?\s{{0,2}}(\d{{1,4}}(?:(?:{_JOIN}|\.)\d{{1,3}}){{0,3}})"
    rf"(?![\d/])(?:{SPACE}([A-Z])(?=\s*(?:[,;.)]|et\b|$)))?",
    re.MULTILINE,
)
# The word that must precede a code article, so that "D2018-72" (an act number) is not taken,
# or the code that follows it ("du L.1421.5. du Code de la santé publique", "L2312-4du CGCT").
ARTICLE_CONTEXT = re.compile(r"articles?|art\.|code|cgct|vu|et|,|;|\bà\b", re.I)
ARTICLE_CODE_AFTER = re.compile(r"\.?\s*(?:du|de\s+ce|de\s+la|de\s+l['’])\s*(?:m[êe]me\s+)?(?:code|cg\w*)\b", re.I)

_KIND_WORD = REFERENCE_KIND.alternation()
_NUMBER = rf"(?:[\w./]|{_JOIN})*\d(?:[\w./]|{_JOIN})*"
# A service code printed after the number ("arrêté n°19/318 SG du Préfet") belongs to it.
_SUFFIX = r"(?:\s((?-i:[A-Z]{2,5}))(?=\s+(?:du|de|des|en)\b|\s*[,;)]))?"
_DATE = r"(?:\d{1,2}(?:er)?\s+[a-zéû]+\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"
NAMED_TEXT = re.compile(
    rf"\b({_KIND_WORD})"
    rf"(?:\s+(?:organique|du\s+conseil\s+\w+|de\s+la\s+commission\s+permanente|\((?:UE|CE|CEE)\)|\w+))?"
    # "la délibération du 23 novembre 2023, N°2023-125": the date printed before the number
    rf"(?:\s+(?:en\s+date\s+)?du\s+({_DATE})\s*,)?"
    rf"\s+{_NUM}({_NUMBER}){_SUFFIX}",
    re.I,
)
# "la délibération 2023-114", "la délibération CC2022-41": an act number without "n°" (a date is not one).
BARE_NUMBERED = re.compile(
    rf"\b({_KIND_WORD})\s+((?:(?-i:[A-Z]{{1,4}}){SPACE}?)?(?!{_DATE}\b)\d{{2,4}}[-/_]\d{{1,4}}(?:[-/_]\w+)*)\b",
    re.I,
)
# "les décrets n° 2012-170 du 3 février 2012, n° 2015-161 … et n° 2021-571": one key each.
NEXT_NUMBER = re.compile(rf"(?:\s+(?:en\s+date\s+)?du\s+{_DATE})?\s*(?:,|\bet\b)\s*{_NUM}({_NUMBER}){_SUFFIX}", re.I)

# "la délibération du Conseil départemental du 26 septembre 2022", "l'arrêté préfectoral en date du
# 03/03/2019": a text cited by its date alone, keyed by its word, the issuer's adjective and the
# printed date ("arrêté préfectoral du 3 mars 2019"). Singular only: "des délibérations du conseil
# municipal du 12 mars" is a register's heading. A number printed after the date makes it a
# numbered text, read by NAMED_TEXT.
_DATED_KIND = REFERENCE_KIND.alternation("loi", "ordonnance", "decret", "arrete", "deliberation")
DATED_TEXT = re.compile(
    rf"\b({_DATED_KIND})(?<![sS])((?:\s+{CITING_ISSUER.alternation()}(?!\w)){{0,2}})"
    rf"\s+(?:en\s+date\s+)?du\s+({_DATE})(?!\w)(?!\s*,?\s*{_NUM})",
    re.I,
)
_ADJECTIVE = re.compile(rf"\s+({CITING_ISSUER.alternation('adjective')})", re.I)
# The act's own heading ("Extrait du registre … délibération du conseil municipal du …") is no citation.
_OWN_HEADING = re.compile(r"extrait|registre", re.I)

# Codes whose articles carry no L./R. letter (and the others, when an article is cited by figure).
CODES = (
    "code général des collectivités territoriales",
    "code général des impôts",
    "code des marchés publics",
    "code de la commande publique",
    "code de procédure civile",
    "code de procédure pénale",
    "code civil",
    "code pénal",
    "code de la santé publique",
    "code de l'urbanisme",
    "code de l'environnement",
    "code du travail",
    "code rural et de la pêche maritime",
    "code de la construction et de l'habitation",
    "code de la route",
    "code de l'éducation",
    "code du patrimoine",
    "code forestier",
    "code de la voirie routière",
    "code du sport",
    "code du tourisme",
    "code de l'énergie",
    "code des transports",
    "code général de la propriété des personnes publiques",
    "code de l'action sociale et des familles",
    "code de la sécurité sociale",
    "code de justice administrative",
    "code des relations entre le public et l'administration",
    "code électoral",
    "code de commerce",
    "code monétaire et financier",
    "code des assurances",
    "code de la sécurité intérieure",
    "code général de la fonction publique",
    "code de l'expropriation pour cause d'utilité publique",
    "code des communes",
    "code minier",
    "code de la mutualité",
    "code du domaine de l'état",
    "cgi",
    "cgppp",
    "cch",
    "casf",
    "crpa",
    "cja",
)
_ACCENTS = {"e": "[eéèêë]", "a": "[aàâ]", "i": "[iîï]", "o": "[oô]", "u": "[uùûü]", "c": "[cç]"}


def _loose(name: str) -> str:
    """A vocabulary phrase as a regex that tolerates accents, line breaks and both apostrophes."""
    out = []
    for char in name:
        if char == " ":
            out.append(r"\s+")
        elif char == "'":
            out.append(r"['’]\s?")
        else:
            out.append(_ACCENTS.get(char, re.escape(char)))
    return "".join(out)


_CODE = rf"(?P<code>(?i:\b(?:{'|'.join(_loose(c) for c in sorted(CODES, key=len, reverse=True))})\b))"
_SUFFIXES = r"bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies"
# "1639 A bis", "1609 nonies C", "475-1", "1er": an article figure of a code
# without letters; a lone capital or figure after it is an index only before a separator.
_INDEX = rf"\s{{1,3}}(?:[A-Z]|\d)(?=\s*(?:[,;.)]|et\b|{_SUFFIXES}|du\b|de\b|$))"
_ARTICLE_NO = rf"\d{{1,4}}(?:-\d{{1,3}})*(?:er)?(?:{_INDEX})?(?:\s(?:{_SUFFIXES}))?(?:{_INDEX})?"
_ARTICLE_LIST = rf"(?P<list>{_ARTICLE_NO}(?:(?:\s+et\s+suivants)?(?:\s*,\s*|\s+et\s+|\s+à\s+){_ARTICLE_NO})*)"
# "l'article 28 du Code des marchés publics"; "Vu le Code général des impôts et notamment les
# articles 1520, 1639 A bis et suivants"
FIGURE_ARTICLES = (
    re.compile(rf"\b[Aa]rt(?:icles?|\.)\s+{_ARTICLE_LIST}\s+(?:du|de\s+la|de\s+l['’])\s*{_CODE}", re.M),
    re.compile(
        rf"{_CODE}\s*,?\s+(?i:(?:(?:et\s+)?(?:notamment|en\s+particulier)\s+)?(?:son|ses|l['’]|les)\s*"
        rf"articles?)\s+{_ARTICLE_LIST}",
        re.M,
    ),
)
_LIST_ITEM = re.compile(_ARTICLE_NO)


def _singular(word: str) -> str:
    """The printed word of a numbered text, lower-case and singular: "Décrets" → "décret"."""
    word = word.lower()
    return word[:-1] if word.endswith("s") else word


def parse_references(section: Section) -> list[Reference]:
    """References cited in a section, each once, with the date printed right after it."""
    text = section.text
    refs: list[Reference] = []
    seen: set[str] = set()

    def add(kind: str, label: str, start: int, end: int, date: str | None = None) -> None:
        if kind == "deliberation" and _starts_line(text, start):
            return  # "Délibération n° 2024-012" heading the act is its own number, not a citation
        _append(refs, seen, Reference(kind=kind, text=label, date=date, source=section.source(start, end)))

    def add_text(
        word: str, numero: str, number: str, suffix: str | None, start: int, end: int, date: str | None
    ) -> None:
        reading = REFERENCE_KIND.reading(word.split()[0], whole=True)  # "arrêté préfectoral" is an arrêté
        kind = reading.meaning if reading else "other"
        add(kind, _label(word, numero, number, suffix), start, end, date)

    for match in NAMED_TEXT.finditer(text):
        word = _singular(match.group(1))
        printed_before = find_dates(match.group(2)) if match.group(2) else []
        date = printed_before[0][2] if printed_before else _date_after(text, match.end())
        # Qualifiers that name the text: "règlement (UE) n° 1407/2013", "arrêté préfectoral n° 2023/DDT/123"
        between = text[match.end(1) : match.start(3)]
        union = re.search(r"\((UE|CE|CEE)\)", between)
        issuer = re.match(r"\s+((?:inter)?(?:pr[ée]fectoral|municipal|minist[ée]riel))\b", between, re.I)
        label = f"{word} ({union.group(1)})" if union else f"{word} {issuer.group(1)}" if issuer else word
        add_text(label, "n° ", match.group(3), match.group(4), match.start(), match.end(), date)
        end = match.end()
        while follow := NEXT_NUMBER.match(text, end):
            start, end = end, follow.end()
            add_text(word, "n° ", follow.group(1), follow.group(2), start, end, _date_after(text, end))
    for match in DATED_TEXT.finditer(text):
        line_before = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
        dates = find_dates(match.group(3))
        if not line_before.strip() or _OWN_HEADING.search(line_before) or not dates:
            continue
        adjective = _ADJECTIVE.match(match.group(2))
        word = _singular(match.group(1)) + (f" {adjective.group(1)}" if adjective else "")
        label = f"{word} du {' '.join(match.group(3).split())}"
        add(REFERENCE_KIND.reading(match.group(1), whole=True).meaning, label, match.start(), match.end(), dates[0][2])
    for match in BARE_NUMBERED.finditer(text):
        add_text(
            _singular(match.group(1)),
            "",
            match.group(2),
            None,
            match.start(),
            match.end(),
            _date_after(text, match.end()),
        )
    for match in CODE_ARTICLE.finditer(text):
        if not (
            ARTICLE_CONTEXT.search(text[max(0, match.start() - 40) : match.start()])
            or ARTICLE_CODE_AFTER.match(text, match.end())
        ):
            continue
        number = re.sub(r"\s", "", match.group(3)) + (f" {match.group(4)}" if match.group(4) else "")
        add("code_article", f"{match.group(1) or match.group(2)}.{number}", match.start(), match.end())
    for pattern in FIGURE_ARTICLES:
        for match in pattern.finditer(text):
            code = " ".join(match.group("code").split())
            for item in _LIST_ITEM.finditer(match.group("list")):
                add("code_article", f"article {' '.join(item.group(0).split())} du {code}", match.start(), match.end())
    refs.sort(key=lambda r: r.source.page if r.source else 0)
    return refs


def _starts_line(text: str, start: int) -> bool:
    return not text[text.rfind("\n", 0, start) + 1 : start].strip()


def _label(word: str, numero: str, number: str, suffix: str | None) -> str:
    """The key of a numbered text: "décret n° 2016-360", "délibération CC2022-41", "arrêté n° 19/318 SG"."""
    number = re.sub(r"\s", "", number).rstrip(".-/")
    return f"{word} {numero}{number}" + (f" {suffix}" if suffix else "")


def _date_after(text: str, end: int) -> str | None:
    """The date of a cited text: "du 31 juillet 2014" or "en date du 01/07/2021" right after it."""
    window = re.split(r"[;«]|\n\s*vu\b", text[end : end + 80], flags=re.I)[0]
    for start, _, iso in find_dates(window):
        if re.search(r"\b(?:du|le)\s*$", window[max(0, start - 8) : start], re.I):
            return iso
    return None


def _append(refs: list[Reference], seen: set[str], ref: Reference) -> None:
    key = re.sub(r"[\s.]", "", ref.text.lower())
    if key not in seen:
        seen.add(key)
        refs.append(ref)
