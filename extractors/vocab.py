"""Rule vocabularies: the French words the extractors look for, kept as data, not code.

Each table is matched case-insensitively and accent-insensitively unless said otherwise.
Adding a wording met in a new collectivity's documents means adding a line here.
"""
from __future__ import annotations

MONTHS: dict[str, int] = {
    "janvier": 1, "fevrier": 2, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "aout": 8, "août": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "decembre": 12, "décembre": 12,
}

# Number words up to the thousands, enough for dates written in words ("deux mille vingt-quatre").
NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "un": 1, "une": 1, "premier": 1, "1er": 1, "deux": 2, "trois": 3, "quatre": 4,
    "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
    "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100,
    "mille": 1000, "mil": 1000,
}

CIVILITIES: dict[str, str] = {
    "m.": "M.", "m": "M.", "mr": "M.", "mr.": "M.", "monsieur": "M.", "mm.": "M.",
    "mme": "Mme", "mme.": "Mme", "madame": "Mme", "mmes": "Mme", "mesdames": "Mme", "messieurs": "M.", "mlle": "Mlle",
    "mademoiselle": "Mlle", "dr": "Dr", "dr.": "Dr",
}

# Surname particles printed in capitals inside a surname ("Mme DE LA MOTTE Anne-Sophie").
SURNAME_PARTICLES: frozenset[str] = frozenset({"de", "la", "le", "du", "des", "d'", "van", "von", "di", "da"})

# Deciding bodies, most specific first: "commission permanente du conseil départemental" is the
# commission permanente, not the conseil.
BODIES: list[tuple[str, str]] = [
    (r"commission\s+permanente", "Commission permanente"),
    (r"bureau\s+syndical", "Bureau syndical"),
    (r"bureau\s+communautaire", "Bureau communautaire"),
    (r"comit[ée]\s+syndical", "Comité syndical"),
    (r"conseil\s+municipal", "Conseil municipal"),
    (r"conseil\s+communautaire", "Conseil communautaire"),
    (r"conseil\s+m[ée]tropolitain", "Conseil métropolitain"),
    (r"conseil\s+d[ée]partemental", "Conseil départemental"),
    (r"conseil\s+r[ée]gional", "Conseil régional"),
    (r"conseil\s+d'administration", "Conseil d'administration"),
    (r"arr[êe]t[ée]\s+du\s+maire|le\s+maire\s+de\s+la\s+commune", "Maire"),
    (r"arr[êe]t[ée]\s+du\s+pr[ée]sident", "Président"),
]

# Collectivity kinds, as printed at the head of an act; the name follows on the same line.
COLLECTIVITY_KINDS: list[tuple[str, str]] = [
    (r"communaut[ée]\s+de\s+communes", "Communauté de communes"),
    (r"communaut[ée]\s+d'agglom[ée]ration", "Communauté d'agglomération"),
    (r"communaut[ée]\s+urbaine", "Communauté urbaine"),
    (r"syndicat\s+mixte", "Syndicat mixte"),
    (r"syndicat\s+intercommunal", "Syndicat intercommunal"),
    (r"syndicat", "Syndicat"),
    (r"m[ée]tropole", "Métropole"),
    (r"d[ée]partement", "Département"),
    (r"r[ée]gion", "Région"),
    (r"commune", "Commune"),
    (r"ville", "Ville"),
    (r"mairie", "Commune"),
]

# Headings that open an attendance list, mapped to the status of the people listed under them.
# Order matters: the longer wording must be tried before its prefix.
# Who is listed: "Délégués présents", "Conseillers absents", "Membres excusés", "Titulaires présents".
_WHO = r"(?:(?:membres?|d[ée]l[ée]gu[ée]e?s?(?:\s+titulaires?)?|conseill[eè]re?s?(?:\s+municipaux|\s+communautaires)?|[ée]lu[e]?s?|titulaires?)\s+)?"

ATTENDANCE_HEADINGS: list[tuple[str, str]] = [
    (r"excus[ée]e?s?(?:\(e?s?\))?\s+sans\s+voix\s+d[ée]lib[ée]rative", "excused"),
    (_WHO + r"excus[ée]e?s?(?:\(e?s?\))?\s+(?:et\s+)?(?:ayant\s+donn[ée]\s+(?:pouvoir|procuration)|repr[ée]sent[ée]e?s?(?:\(e?s?\))?)", "excused"),
    (_WHO + r"absent(?:e?s?|\(e?s?\)|\(e\)s)?\s+(?:et\s+)?excus[ée]e?s?(?:\(e?s?\))?", "excused"),
    (_WHO + r"absent(?:e?s?|\(e?s?\)|\(e\)s)?\s+ayant\s+donn[ée]\s+(?:pouvoir|procuration)", "excused"),
    (r"(?:[ée]taient\s+)?" + _WHO + r"pr[ée]sent(?:e?s?|\(e?s?\)|\(e\)s)", "present"),
    (_WHO + r"excus[ée](?:e?s?|\(e?s?\)|\(e\)s)", "excused"),
    (r"(?:[ée]taient\s+)?" + _WHO + r"absent(?:e?s?|\(e?s?\)|\(e\)s)", "absent"),
    (_WHO + r"repr[ée]sent[ée](?:e?s?|\(e?s?\)|\(e\)s)", "excused"),
    # "Avaient / Avait donné pouvoir :", "Ont donné procuration :"
    (r"(?:avai(?:en)?t|ont|a|ayant)\s+donn[ée]\s+(?:pouvoir|procuration|d[ée]l[ée]gation)", "excused"),
    (r"pouvoirs?|procurations?", "excused"),
]

# Wordings of a proxy between the giver (before) and the holder (after).
PROXY_LINKS: list[str] = [
    r"ayant\s+donn[ée]\s+(?:pouvoir|procuration|d[ée]l[ée]gation(?:\s+de\s+vote)?)\s+[àa]",
    r"a\s+donn[ée]\s+(?:pouvoir|procuration)\s+[àa]",
    r"donne\s+(?:pouvoir|procuration)\s+[àa]",
    r"(?:pouvoir|procuration)\s+(?:donn[ée]e?\s+)?[àa]",
    r"(?:pouvoir|procuration)\s+donn[ée]e?(?=\s+\w)",  # "(pouvoir donné Patrick)": the "à" left out
    r"repr[ée]sent[ée]e?\s+par",
    r"par(?=\s+(?:m\.|mme|monsieur|madame))",
]

# Result wordings of a vote.
RESULTS: list[tuple[str, str]] = [
    (r"retir[ée]e?\s+de\s+l'ordre\s+du\s+jour|ajourn[ée]e?|report[ée]e?\s+[àa]\s+une\s+(?:prochaine|s[ée]ance)", "withdrawn"),
    (r"rejet[ée]e?|n'est\s+pas\s+adopt[ée]e?|non\s+adopt[ée]e?", "rejected"),
    (r"adopt[ée]e?s?|approuv[ée]e?s?|accept[ée]e?s?", "adopted"),
]

# Vote-count labels, mapped to the vote field they fill.
VOTE_LABELS: list[tuple[str, str]] = [
    (r"ne\s+(?:prennent|prend|prenant)\s+pas\s+part\s+au\s+vote|non[- ]participation|n'ont\s+pas\s+pris\s+part\s+au\s+vote", "not_voting"),
    (r"absents?\s+sans\s+d[ée]l[ée]gation(?:\s+de\s+vote)?", "absent"),
    (r"pour", "for"),
    (r"contre", "against"),
    (r"abstentions?(?:\(s\))?", "abstention"),
]

# Page-top headings that open a part of an act (never a decision of its own).
PART_HEADINGS: list[tuple[str, str]] = [
    (r"annexe", "annex"),
    (r"convention", "convention"),
    (r"rapport\s+(?:n°|du\s+pr[ée]sident|de\s+pr[ée]sentation)|rapport\s*$|expos[ée]\s+des\s+motifs", "report"),
]

# Page-top or line headings that open an act.
ACT_HEADINGS: list[tuple[str, str]] = [
    (r"arr[êe]t[ée]\s+(?:du\s+maire|du\s+pr[ée]sident|municipal|n°)", "arrete"),
    (r"extrait\s+du\s+registre\s+des\s+d[ée]lib[ée]rations", "deliberation"),
    (r"d[ée]lib[ée]ration\s+(?:n°|de\s+la|du\s+conseil|du\s+bureau)", "deliberation"),
]

# Markers that a text decides something (what separates an act from an information item).
DECISION_MARKERS: list[str] = [
    r"\bd[ée]cide\b", r"\bd[ée]cident\b", r"\barr[êe]te\s*:", r"\bapprouve\b", r"\bautorise\b",
    r"\bvote\s*:", r"\bunanimit[ée]\b", r"\bmajorit[ée]\b", r"\bdélibère\b", r"\bprend\s+acte\b",
    r"\bprennent\s+acte\b", r"\brejett?e\b", r"\b\d+\s+(?:voix|votes?)\s+pour\b", r"\bpour\s*:\s*\d", r"\badopt[ée]e?s?\b", r"\b[ée]lu[e]?\b", r"\bproclam[ée]e?\b", r"\bretir[ée]e?\s+de\s+l'ordre\s+du\s+jour",
]

# The documents that are not acts at all: whole-document titles.
MINUTES_TITLES: list[str] = [
    r"proc[èe]s[- ]verbal", r"compte[- ]rendu", r"compte\s+rendu",
    r"\bc\.?\s?-?\s?r\.?\s+(?:du|de\s+la)\s+(?:conseil|s[ée]ance|r[ée]union)",  # "C-R du Conseil municipal"
]

# Printed session counts, mapped to the act field they fill. Each label is matched before or after
# its figure ("Présents : 11", "15 conseillers en exercice", "en exercice 15").
COUNT_LABELS: list[tuple[str, str]] = [
    (r"(?:membres?|conseillers?|[ée]lus?)?\s*(?:en\s*exercice|en\s+fonctions?|composant\s+le\s+conseil)", "members_in_office"),
    # "présents" but not "présents ou représentés", which counts the voters
    (r"(?:membres?|conseillers?)?\s*pr[ée]sents?(?!\s+(?:ou|et)\s+repr[ée]sent)", "present_count"),
    (r"votants?|membres?\s+votants?|suffrages\s+exprim[ée]s|pris\s+part\s+(?:au\s+vote|[àa]\s+la\s+d[ée]l\w*)", "voters_count"),
]

# Counts printed as "<figure> <who> <state>": "25 Conseillers étaient présents ou représentés",
# "19 membres présents et représentés" (present or represented by a proxy: the voters). A bare
# "3 membres représentés" counts the proxies, not the voters.
COUNT_PHRASES: list[tuple[str, str]] = [
    (r"(?:conseill[eè]re?s?|membres?|[ée]lu[e]?s?|d[ée]l[ée]gu[ée]e?s?)(?:\s+(?:municipaux|communautaires|titulaires))?"
     r"\s+(?:[ée]taient\s+|sont\s+)?pr[ée]sent[e]?s\s+(?:ou|et)\s+repr[ée]sent[ée]e?s", "voters_count"),
]

# Roles printed over (or before) the names in the closing signature block of an act or of minutes
# ("Le Maire, Jean DUPONT"; "Le Maire      Le Secrétaire de séance" over the two names).
SIGNATURE_ROLES: list[tuple[str, str]] = [
    (r"l[ea]\s+secr[ée]taire(?:\s+de\s+s[ée]ance)?", "secretary"),
    (r"l[ea]\s+maire", "president"),
    (r"l[ea]\s+pr[ée]sidente?", "president"),
]
