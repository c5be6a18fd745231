"""Wordings of votes: labels of a tally, results, the phrases and lines that state a vote, and the
markers that a text decides something."""

from __future__ import annotations

from extractors.wording import Family
from extractors.wording import Wording as W

UNANIMITY = r"unanimit[ée]"

# Vote-count labels ("Pour : 12", "2 contre", "ne prend pas part au vote : 1"), mapped to the vote
# field they fill.
VOTE_LABEL = Family(
    "vote_label",
    conflicts=("result",),
    rows=(
        W(
            r"ne\s+(?:prennent|prend|prenant)\s+pas\s+part\s+au\s+vote|non[- ]participation|n'ont\s+pas\s+pris\s+part\s+au\s+vote",
            "not_voting",
            "M. Paul ROUX ne prend pas part au vote",
        ),
        W(r"absents?\s+sans\s+d[ée]l[ée]gation(?:\s+de\s+vote)?", "absent", "Absents sans délégation de vote : 2"),
        W(r"pour", "for", "Pour : 12"),
        W(r"contre", "against", "2 contre"),
        W(r"abstentions?(?:\(s\))?", "abstention", "Abstention(s) : 3"),
    ),
)

# The labels a line of a tally opens with ("- pour : 15", "Contre : 1", "Votants : 18"): a line
# that goes on a tally, and a dashed line that is a vote rather than a sub-heading.
TALLY_LABEL = Family(
    "tally_label",
    conflicts=("result",),
    rows=(
        W(r"pour", "for", "- pour : 15"),
        W(r"contre", "against", "- contre : 1"),
        W(r"abstentions?", "abstention", "- abstentions : 4 (M. A, Mme B)"),
        W(r"ne\s+prend", "not_voting", "- ne prend pas part au vote : 1"),
        W(r"votants?", "voters", "Votants : 18"),
        W(r"exprim\w+", "cast", "Suffrages exprimés : 17"),
    ),
)

# Result wordings of a vote.
RESULT = Family(
    "result",
    conflicts=("vote_label",),
    rows=(
        W(
            r"retir[ée]e?\s+de\s+l'ordre\s+du\s+jour|ajourn[ée]e?|report[ée]e?\s+[àa]\s+une\s+(?:prochaine|s[ée]ance)",
            "withdrawn",
            "Ce point est retiré de l'ordre du jour.",
        ),
        W(r"rejet[ée]e?|n'est\s+pas\s+adopt[ée]e?|non\s+adopt[ée]e?", "rejected", "La motion est rejetée."),
        W(r"adopt[ée]e?s?|approuv[ée]e?s?|accept[ée]e?s?", "adopted", "ADOPTÉ"),
    ),
)

# What a vote line of minutes opens with: it closes an item whose items carry no number
# ("Vote : à l'unanimité", "Adopté à l'unanimité", "Pour : 12 – Contre : 1").
VOTE_LINE = Family(
    "vote_line",
    folded=False,
    conflicts=("procedural_item",),
    rows=(
        W(r"vote\s*:", "vote", "Vote : à l'unanimité"),
        W(r"votes?\s+(?:pour|contre)", "tally", "Votes pour : 14"),
        W(r"pour\s*:\s*\d", "tally", "Pour : 12 – Contre : 1"),
        W(r"adopt[ée]e?s?\s+(?:[àa]|par|\d{1,3}\s+voix)\b", "adopted", "Adopté à l'unanimité"),
        W(rf"(?:[àa]\s+l['’]|l['’]){UNANIMITY}", "unanimous", "À l'unanimité des membres présents"),
        W(r"rejet[ée]e?\s+(?:[àa]|par)\b", "rejected", "Rejeté par 12 voix contre 3"),
    ),
)

# A vote stated anywhere in a line: what makes a piece of minutes a voted item.
VOTE_PHRASE = Family(
    "vote_phrase",
    folded=False,
    conflicts=("procedural_item",),
    rows=(
        W(r"\bvotes?\s*:", "vote", "Vote : unanimité"),
        W(rf"\b{UNANIMITY}", "unanimous", "approuvé à l'unanimité"),
        W(r"\b\d+\s+(?:voix|votes?)\s+pour", "tally", "par 13 voix pour et 2 abstentions"),
        W(r"\bpour\s*:\s*\d", "tally", "Pour : 27 — Contre : 2"),
        W(r"\badopt[ée]e?\b", "adopted", "La délibération est adoptée"),
        W(r"\bprend\s+acte", "noted", "Le conseil prend acte du rapport"),
    ),
)

# A vote's mode: all for, or the majority ("à la majorité absolue / relative" states an
# election's rule, not a vote's outcome).
VOTE_MODE = Family(
    "vote_mode",
    rows=(
        W(rf"\b{UNANIMITY}|\bunanimement\b", "unanimous", "adopte unanimement le rapport"),
        W(
            r"\b[àa]\s+la\s+majorit[ée]\b(?!\s+(?:absolue|relative))",
            "majority",
            "à la majorité des suffrages exprimés",
        ),
    ),
)

# "ARRÊTE" alone on its line but for the @ctes stamp printed beside it ("ARRÊTE Publié le").
ORDERS_BESIDE_STAMP = r"^[ \t]*arr[êe]te[ \t]+(?=(?:publi[ée]|re[çc]u|envoy[ée])\s+(?:en\s+pr[ée]fecture\s+)?le\b)"

# Markers that a text decides something (what separates an act from an information item).
DECISION_MARKER = Family(
    "decision_marker",
    rows=(
        W(r"\bd[ée]cide\b", "decides", "DÉCIDE d'attribuer une subvention"),
        W(r"\bd[ée]cident\b", "decides", "les membres décident"),
        W(r"\barr[êe]te\s*:", "orders", "ARRÊTE :"),
        # ("Arrête" alone on its line, without a colon: the formula of an arrêté all the same)
        W(r"^[ \t]*arr[êe]te[ \t]*$", "orders", "Arrête"),
        W(ORDERS_BESIDE_STAMP, "orders", "ARRÊTE Publié le"),
        W(r"\bapprouve\b", "decides", "approuve le compte administratif"),
        W(r"\bautorise\b", "decides", "autorise le Maire à signer"),
        W(r"\bvote\s*:", "votes", "Vote : 15 pour"),
        W(rf"\b{UNANIMITY}\b", "votes", "à l'unanimité"),
        W(r"\bmajorit[ée]\b", "votes", "à la majorité"),
        W(r"\bdélibère\b", "decides", "le conseil délibère"),
        W(r"\bprend\s+acte\b", "notes", "prend acte de la communication"),
        W(r"\bprennent\s+acte\b", "notes", "les conseillers prennent acte"),
        W(r"\brejett?e\b", "decides", "rejette la proposition"),
        W(r"\b\d+\s+(?:voix|votes?)\s+pour\b", "votes", "12 voix pour"),
        W(r"\bpour\s*:\s*\d", "votes", "Pour : 12"),
        W(r"\badopt[ée]e?s?\b", "votes", "adoptée"),
        W(r"\b[ée]lu[e]?\b", "elects", "Mme PETIT est élue"),
        W(r"\bproclam[ée]e?\b", "elects", "est proclamé maire"),
        W(r"\bretir[ée]e?\s+de\s+l'ordre\s+du\s+jour", "withdraws", "retiré de l'ordre du jour"),
        # (the formula that approves a compte de gestion)
        W(
            r"\bd[ée]clare\s+que\s+le\s+compte\s+de\s+gestion\b",
            "decides",
            "DÉCLARE que le compte de gestion dressé pour l'exercice 2017 n'appelle ni observation ni réserve",
        ),
    ),
)

# What ends an act on its page: its vote result or its closing formula.
ACT_END = Family(
    "act_end",
    rows=(
        W(r"adopt[ée]e?", "vote", "Adoptée à l'unanimité"),
        W(r"rejet[ée]e?", "vote", "Rejetée"),
        W(UNANIMITY, "vote", "à l'unanimité"),
        W(r"pour\s+extrait\s+conforme", "formula", "Pour extrait conforme"),
        W(r"fait\s+et\s+d[ée]lib[ée]r[ée]", "formula", "Fait et délibéré les jour, mois et an susdits"),
        W(r"ainsi\s+fait", "formula", "Ainsi fait et délibéré"),
        W(r"d[ée]lib[ée]r[ée]\s+en\s+s[ée]ance", "formula", "Délibéré en séance le 12 mars 2024"),
        W(r"certifi[ée]\s+ex[ée]cutoire", "formula", "Certifié exécutoire"),
        W(r"arr[êe]te\s*:", "orders", "ARRÊTE :"),
        W(r"^[ \t]*arr[êe]te[ \t]*$", "orders", "Arrête"),
        W(ORDERS_BESIDE_STAMP, "orders", "ARRÊTE Publié le"),
    ),
)

# The column headings of a ruled table of votes by group ("Groupe | Pour | Contre | Abstention |
# NPPV"), read on folded text.
VOTE_TABLE_COLUMN = Family(
    "vote_table_column",
    rows=(
        W(r"\bpour\b", "for", "Groupes Pour Contre"),
        W(r"\bcontre\b", "against", "Contre"),
        W(r"\babstentions?\b", "abstention", "Abstentions"),
        W(r"\bne\s+prend\s+pas|\bnon[- ]participation|\bnpp?v\b", "not_voting", "NPPV"),
    ),
)

# A decision stated by its body's verb alone, with no count nor mode: "Le Conseil adopte.", "le
# Conseil municipal adopte l'ensemble de ces dispositions", "Le Conseil Municipal : - Approuve …",
# "Le Conseil municipal, entendu cet exposé et après avoir délibéré : ADOPTE la proposition".
# A vote with its result and no counts, read only where the act prints no other vote. The body
# may be left implicit after the formula of deliberation: "Après en avoir délibéré, décide :".
BARE_OUTCOME = Family(
    "bare_outcome",
    before=r"(?:\b(?:le|la|l['’])\s*(?:conseil|commission|bureau|assembl[ée]e|comit[ée])(?:\s+[^\W\d_]+){0,2}"
    r"(?:\s*,[^,.;:\n]{0,80}[,:])?|\bapr[èe]s\s+en\s+avoir\s+d[ée]lib[ée]r[ée]\s*,)\s*[:,]?\s*[-–•]?\s*",
    after=r"\b",
    rows=(
        W(r"(?:adopte|approuve|accepte|valide)", "adopted", "Le Conseil adopte."),
        # (a decision is the deliberation adopted, whatever it decides: "décide de ne pas …")
        W(r"d[ée]cide", "adopted", "Après en avoir délibéré, décide :"),
        W(
            r"(?:rejette|refuse|n['’]\s*(?:adopte|approuve)\s+pas)",
            "rejected",
            "Le Conseil municipal rejette la motion.",
        ),
    ),
)
