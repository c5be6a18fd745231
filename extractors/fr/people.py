"""Wordings about people: civilities, signature roles, and arrivals and departures during a meeting."""

from __future__ import annotations

from extractors.wording import Family
from extractors.wording import Wording as W

# How a civility printed before a name is read; `meaning` is its usual abbreviation. The rules
# choose the civilities they accept by meaning ("M.", "Mme": one person; "MM.", "Mmes": several).
CIVILITY = Family(
    "civility",
    folded=False,
    conflicts=("signature_role",),
    rows=(
        # (the plurals first: "Mmes" is not "Mme" followed by an "s")
        W(r"MM\.", "MM.", "MM. DUPONT et ROUX"),
        W(r"Mmes", "Mmes", "Mmes PETIT et FLEURY"),
        W(r"Messieurs", "MM.", "Messieurs DUPONT et ROUX"),
        W(r"Mesdames", "Mmes", "Mesdames PETIT et FLEURY"),
        W(r"M\.", "M.", "M. Jean DUPONT"),
        W(r"Mme", "Mme", "Mme Anne PETIT"),
        W(r"Monsieur", "M.", "Monsieur Paul ROUX"),
        W(r"Madame", "Mme", "Madame Claire FLEURY"),
        W(r"Mr\.?", "Mr", "Mr Luc GUYOT"),
        W(r"Dr\.?", "Dr", "Dr Hélène KLEIN"),
        W(r"Docteur", "Dr", "Docteur Hélène KLEIN"),
    ),
)

# A civility token (lower-cased) and the civility the record keeps for it.
CIVILITIES: dict[str, str] = {
    "m.": "M.",
    "m": "M.",
    "mr": "M.",
    "mr.": "M.",
    "monsieur": "M.",
    "mm.": "M.",
    "mm": "M.",
    "mme": "Mme",
    "mme.": "Mme",
    "madame": "Mme",
    "mmes": "Mme",
    "mesdames": "Mme",
    "messieurs": "M.",
    "mlle": "Mlle",
    "mademoiselle": "Mlle",
    "dr": "Dr",
    "dr.": "Dr",
}

# Surname particles printed in capitals inside a surname ("Mme DE LA MOTTE Anne-Sophie").
SURNAME_PARTICLES: frozenset[str] = frozenset({"de", "la", "le", "du", "des", "d'", "van", "von", "di", "da"})

# Roles printed over (or before) the names in the closing signature block of an act or of minutes
# ("Le Maire, Jean DUPONT"; "Le Maire      Le Secrétaire de séance" over the two names).
SIGNATURE_ROLE = Family(
    "signature_role",
    rows=(
        W(r"l[ea]\s+secr[ée]taire(?:\s+de\s+s[ée]ance)?", "secretary", "Le Secrétaire de séance, Anne PETIT"),
        W(r"l[ea]\s+maire", "president", "Le Maire, Jean DUPONT"),
        W(r"l[ea]\s+pr[ée]sidente?", "president", "La Présidente, Claire FLEURY"),
    ),
)

# Where a member goes when leaving or coming back: the meeting or its room.
ROOM = r"(?:la\s+s[ée]ance|l'assembl[ée]e|la\s+salle(?:\s+du\s+conseil)?|la\s+pi[èe]ce)"

# A movement printed as a noun before "de" and the name: "Arrivée de Mme Émilie FABRE à 19 h 20".
MOVEMENT_NOUN = Family(
    "movement_noun",
    folded=False,
    rows=(
        W(r"arriv[ée]e", "arrival", "Arrivée de Mme Émilie FABRE à 19 h 20"),
        W(r"retour", "arrival", "Retour de M. Paul ROUX."),
        W(r"d[ée]part", "departure", "Départ de M. Luc GUYOT à 20 h 05"),
    ),
)

# A movement printed as a verb after the name: "M. X rejoint la séance", "Mme Y quitte la salle".
MOVEMENT_VERB = Family(
    "movement_verb",
    folded=False,
    rows=(
        W(r"arrive", "arrival", "M. Paul ROUX arrive à 18 h 40"),
        W(rf"rejoint\s+{ROOM}", "arrival", "Mme Anne PETIT rejoint la séance"),
        W(r"r[ée]int[èe]gre", "arrival", "Madame le Maire réintègre la séance"),
        W(rf"regagne\s+{ROOM}", "arrival", "M. Luc GUYOT regagne la salle du conseil"),
        W(rf"revient\s+(?:dans|en)\s+{ROOM}", "arrival", "Mme Claire FLEURY revient dans la salle"),
        W(
            rf"(?:est\s+invit[ée]e?\s+[àa]\s+)?quitte\s+(?:d[ée]finitivement\s+)?{ROOM}",
            "departure",
            "M. Jean DUPONT quitte définitivement la séance",
        ),
        W(
            rf"(?:est\s+invit[ée]e?\s+[àa]\s+)?sort(?:ir)?\s+de\s+(?:d[ée]finitivement\s+)?{ROOM}",
            "departure",
            "M. Paul ROUX est invité à sortir de la salle",
        ),
        W(
            rf"(?:est\s+invit[ée]e?\s+[àa]\s+)?se\s+retire\s+de\s+(?:d[ée]finitivement\s+)?{ROOM}",
            "departure",
            "Mme Anne PETIT se retire de la séance",
        ),
    ),
)

# The civilities that open one person's name, and those that may open several.
ONE_CIVILITY = CIVILITY.alternation("M.", "Mme")
ANY_CIVILITY = CIVILITY.alternation("M.", "Mme", "MM.", "Mmes")

# What a member does in the debate that minutes report, printed after the name ("Monsieur
# LEBLANC demande si…", "Madame le maire indique que…"). Matched in lower case as printed.
SPEECH_VERB = Family(
    "speech_verb",
    folded=False,
    rows=tuple(
        W(pattern, "speaks", example)
        for pattern, example in (
            (r"demande", "Monsieur LEBLANC demande si le terrain est constructible"),
            (r"indique", "Madame le maire indique que les fermages s'élèvent à 149,32 €"),
            (r"r[ée]pond", "M. ROUX répond que le marché est attribué"),
            (r"pr[ée]cise", "Mme PETIT précise que la subvention est annuelle"),
            (r"s['’]interroge", "M. GUYOT s'interroge sur le coût"),
            (r"s['’][ée]tonne", "Mme FLEURY s'étonne du retard"),
            (r"estime", "M. KLEIN estime que le prix est élevé"),
            (r"souligne", "Mme AUBRY souligne l'effort de la commune"),
            (r"regrette", "M. MARTY regrette l'absence de concertation"),
            (r"ajoute", "Mme ROYER ajoute que les travaux commencent en mai"),
            (r"[ée]voque", "Monsieur FABRE évoque 4 000 à 5 000 € d'impayés"),
            (r"ne\s+comprend", "M. JACQUET ne comprend pas ce choix"),
            (r"fait\s+remarquer", "Mme POIRIER fait remarquer que le devis a changé"),
            (r"intervient", "M. BOUCHER intervient sur ce point"),
            (r"explique", "Madame le maire explique le projet"),
            (r"constate", "M. VASSEUR constate une hausse"),
            (r"remarque", "Mme CARRÉ remarque une erreur"),
            (r"d[ée]plore", "M. FLEURY déplore la fermeture"),
            (r"interroge", "Mme GUYOT interroge le maire"),
            (r"questionne", "M. ROUX questionne le coût"),
            (r"signale", "Mme PETIT signale une erreur de calcul"),
        )
    ),
)

# The chair named by office rather than by name ("Madame le Maire", "Monsieur le Président").
CHAIR_OFFICE = Family(
    "chair_office",
    folded=False,
    before=r"\b(?:l[ea])\s+",
    rows=(
        W(r"maire", "mayor", "Madame le Maire quitte la séance"),
        W(r"pr[ée]sidente?", "president", "Monsieur le Président ne prend pas part au vote"),
    ),
)

# The roles printed beside members' names in lists ("M. Jean DUPONT, Maire", "N.VERDON : adjoints"):
# never a name of their own.
MEMBER_ROLE = Family(
    "member_role",
    folded=False,
    rows=(
        W(r"maire", "mayor", "M. Jean DUPONT, Maire"),
        W(r"adjointe?s?", "deputy", "N.VERDON : adjoints"),
        W(r"vice", "deputy", "M. Paul ROUX, Vice-Président"),
        W(r"pr[ée]sidente?", "president", "Mme Claire FLEURY, Présidente"),
        W(r"conseill[eè]re?s?", "councillor", "Mme Anne PETIT, conseillère déléguée"),
        W(r"d[ée]l[ée]gu[ée]e?s?", "delegate", "M. Luc GUYOT, délégué titulaire"),
        W(r"secr[ée]taire", "secretary", "Mme Hélène KLEIN (secrétaire)"),
        W(r"membres?", "member", "membres du bureau"),
        W(r"municipa\w*", "councillor", "conseillers municipaux"),
        W(r"communautaire", "councillor", "conseiller communautaire"),
        W(r"suppl[ée]ante?", "substitute", "M. Marc AUBRY, suppléant"),
    ),
)

# Words printed in a list where a name would be ("Absents : néant", "Pouvoirs : aucun").
LIST_FILLER = Family(
    "list_filler",
    folded=False,
    rows=(
        W(r"n[ée]ant", "none", "Absents : néant"),
        W(r"aucune?", "none", "Pouvoirs : aucun"),
        W(r"sans", "none", "sans objet"),
        W(r"ayant", "link", "ayant donné pouvoir"),
        W(r"pouvoir", "link", "pouvoir"),
    ),
)
