"""Wordings of attendance: the headings of the lists, the proxy links, and the printed counts."""

from __future__ import annotations

from extractors.wording import Family
from extractors.wording import Wording as W

# Who is listed under a heading: "Délégués présents", "Conseillers absents", "Membres excusés",
# "Titulaires présents".
_WHO = (
    r"(?:(?:membres?|d[ée]l[ée]gu[ée]e?s?(?:\s+titulaires?)?|conseill[eè]re?s?(?:\s+municipaux|\s+communautaires)?"
    r"|[ée]lu[e]?s?|titulaires?)\s+)?"
)
# The endings of a participle: "présent", "présents", "présent(e)s", "présent(e)".
_ENDING = r"(?:e?s?|\(e?s?\)|\(e\)s)"
_PARTICIPLE = r"(?:e?s?(?:\(e?s?\))?)"
# "Étaient présents", "Était absente", "Étaient absents excusés": the verb before a heading.
_WERE = r"(?:[ée]tai(?:en)?t\s+)?"

# Headings that open an attendance list, mapped to the status of the people listed under them.
# Order matters: the longer wording must be tried before its prefix.
ATTENDANCE_HEADING = Family(
    "attendance_heading",
    conflicts=("proxy_link",),
    before=r"(?:^|(?<=[\n.]))[ \t]*",
    rows=(
        W(rf"excus[ée]{_PARTICIPLE}\s+sans\s+voix\s+d[ée]lib[ée]rative", "excused", "Excusés sans voix délibérative :"),
        W(
            rf"{_WHO}excus[ée]{_PARTICIPLE}\s+(?:et\s+)?(?:ayant\s+donn[ée]\s+(?:pouvoir|procuration)|repr[ée]sent[ée]{_PARTICIPLE})",
            "excused",
            "Excusés ayant donné pouvoir :",
        ),
        W(
            rf"{_WERE}{_WHO}absent(?:{_ENDING})?\s+(?:et\s+)?excus[ée]{_PARTICIPLE}",
            "excused",
            "Étaient absents excusés :",
        ),
        W(
            rf"{_WERE}{_WHO}absent(?:{_ENDING})?\s+ayant\s+donn[ée]\s+(?:pouvoir|procuration)",
            "excused",
            "Absents ayant donné procuration :",
        ),
        W(rf"{_WERE}{_WHO}pr[ée]sent{_ENDING}", "present", "Étaient présents :"),
        W(rf"{_WHO}excus[ée]{_ENDING}", "excused", "Conseillers excusés :"),
        W(rf"{_WERE}{_WHO}absent{_ENDING}", "absent", "Était absente :"),
        W(rf"{_WHO}repr[ée]sent[ée]{_ENDING}", "excused", "Délégués représentés :"),
        W(
            r"(?:avai(?:en)?t|ont|a|ayant)\s+donn[ée]\s+(?:pouvoir|procuration|d[ée]l[ée]gation)",
            "excused",
            "Avaient donné pouvoir :",
        ),
        W(r"pouvoirs?|procurations?", "excused", "Pouvoirs :"),
    ),
)

# Wordings of a proxy between the giver (before) and the holder (after).
PROXY_LINK = Family(
    "proxy_link",
    rows=(
        W(
            r"ayant\s+donn[ée]\s+(?:pouvoir|procuration|d[ée]l[ée]gation(?:\s+de\s+vote)?)\s+[àa]",
            "proxy",
            "M. Paul ROUX ayant donné pouvoir à Mme Anne PETIT",
        ),
        W(
            r"a\s+donn[ée]\s+(?:pouvoir|procuration)\s+[àa]",
            "proxy",
            "Mme Claire FLEURY a donné procuration à M. Luc GUYOT",
        ),
        W(r"donne\s+(?:pouvoir|procuration)\s+[àa]", "proxy", "M. Jean DUPONT donne pouvoir à M. Paul ROUX"),
        W(r"(?:pouvoir|procuration)\s+(?:donn[ée]e?\s+)?[àa]", "proxy", "Mme Anne PETIT (pouvoir à M. Luc GUYOT)"),
        # "(pouvoir donné Patrick)": the "à" left out
        W(r"(?:pouvoir|procuration)\s+donn[ée]e?(?=\s+\w)", "proxy", "Hélène (pouvoir donné Patrick)"),
        W(r"repr[ée]sent[ée]e?\s+par", "proxy", "M. Luc GUYOT représenté par Mme Claire FLEURY"),
        W(r"par(?=\s+(?:m\.|mme|monsieur|madame))", "proxy", "M. Paul ROUX par Mme Anne PETIT"),
    ),
)

# Wordings of a substitute (suppléant) who sits and votes in an absent member's place, read before
# the proxy links: "représentée par sa suppléante" is no proxy.
SUBSTITUTE_LINK = Family(
    "substitute_link",
    rows=(
        W(
            r"repr[ée]sent[ée]e?\s+par\s+(?:son|sa)\s+suppl[ée]ante?",
            "replaced_by",
            "Mme Claire FLEURY représentée par sa suppléante Mme Anne PETIT",
        ),
        W(r"(?:remplac|suppl[ée])[ée]e?\s+par", "replaced_by", "M. Paul ROUX remplacé par M. Luc GUYOT"),
        W(r"suppl[ée]ante?\s+(?:de|d['’])", "substitute_of", "M. Luc GUYOT (suppléant de M. Paul ROUX)"),
    ),
)

# Column labels of an attendance table: one row an absent member, the name, then who holds the
# proxy or who sits in the member's place ("Nom | Pouvoir à | Suppléant"). A row's name column
# may carry the list's status ("Conseillers absents | Procuration donnée à").
ATTENDANCE_COLUMN = Family(
    "attendance_column",
    rows=(
        W(
            r"(?:pouvoirs?|procurations?)(?:\s+(?:donn[ée]e?s?\s+)?[àa])?|repr[ée]sent[ée](?:e|\(e\))?\s+par|mandataires?",
            "proxy",
            "Procuration donnée à",
        ),
        W(
            r"suppl[ée]ant(?:e|\(e\))?s?(?:\s+pr[ée]sent(?:e|\(e\))?s?)?|(?:remplac|suppl[ée])[ée](?:e|\(e\))?\s+par",
            "substitute",
            "Remplacé par",
        ),
        W(
            r"(?:noms?(?:\s+(?:et\s+)?pr[ée]noms?)?|pr[ée]noms?\s+(?:et\s+)?noms?|membres?|conseill[eè]re?s?"
            r"(?:\s+municipaux)?|d[ée]l[ée]gu[ée]e?s?|titulaires?|[ée]lu[e]?s?)"
            r"(?:\s+(?:absent(?:e|\(e\))?s?|excus[ée](?:e|\(e\))?s?))*",
            "name",
            "Conseillers absents excusés",
        ),
    ),
)

# Printed session counts, mapped to the act field they fill. Each label is matched before or after
# its figure ("Présents : 11", "15 conseillers en exercice", "en exercice 15").
COUNT_LABEL = Family(
    "count_label",
    rows=(
        W(
            r"(?:membres?|conseillers?|[ée]lus?)?\s*(?:en\s*exercice|en\s+fonctions?|composant\s+le\s+conseil)",
            "members_in_office",
            "Nombre de conseillers en exercice : 15",
        ),
        # "présents" but not "présents ou représentés", which counts the voters
        W(
            r"(?:membres?|conseillers?)?\s*pr[ée]sents?(?!\s+(?:ou|et)\s+repr[ée]sent)",
            "present_count",
            "Présents : 11",
        ),
        W(
            r"votants?|membres?\s+votants?|suffrages\s+exprim[ée]s|pris\s+part\s+(?:au\s+vote|[àa]\s+la\s+d[ée]l\w*)",
            "voters_count",
            "Qui ont pris part à la délibération : 13",
        ),
    ),
)

# Counts printed as "<figure> <who> <state>": "25 Conseillers étaient présents ou représentés",
# "19 membres présents et représentés" (present or represented by a proxy: the voters). A bare
# "3 membres représentés" counts the proxies, not the voters.
COUNT_PHRASE = Family(
    "count_phrase",
    rows=(
        W(
            r"(?:conseill[eè]re?s?|membres?|[ée]lu[e]?s?|d[ée]l[ée]gu[ée]e?s?)(?:\s+(?:municipaux|communautaires|titulaires))?"
            r"\s+(?:[ée]taient\s+|sont\s+)?pr[ée]sent[e]?s\s+(?:ou|et)\s+repr[ée]sent[ée]e?s",
            "voters_count",
            "25 Conseillers étaient présents ou représentés",
        ),
    ),
)

# Labels that end an attendance list when they open a line, besides the other headings.
LIST_END_LABEL = Family(
    "list_end_label",
    rows=(
        W(r"secr[ée]taire", "secretary", "Secrétaire de séance : Mme Anne PETIT"),
        W(r"ordre\s+du\s+jour", "agenda", "Ordre du jour :"),
    ),
)
