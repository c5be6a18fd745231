"""Wordings that say what a document or a part of it is: act and part headings, minutes titles,
procedural items, deciding bodies and kinds of collectivity."""

from __future__ import annotations

from extractors.wording import Family
from extractors.wording import Wording as W

# Page-top or line headings that open an act.
ACT_HEADING = Family(
    "act_heading",
    conflicts=("part_heading", "minutes_title", "procedural_item"),
    rows=(
        W(r"arr[êe]t[ée]\s+(?:du\s+maire|du\s+pr[ée]sident|municipal|n°)", "arrete", "ARRÊTÉ DU MAIRE N° 2024-112"),
        # (a police arrêté says whether it lasts: "Arrêté permanent du maire n° …", "Arrêté temporaire n° …")
        W(
            r"arr[êe]t[ée]\s+(?:permanent|temporaire)\s+(?:du\s+maire|du\s+pr[ée]sident|municipal|n°)",
            "arrete",
            "Arrêté permanent du maire n° PM2024-031",
        ),
        W(
            r"extrait\s+du\s+registre\s+des\s+d[ée]lib[ée]rations",
            "deliberation",
            "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL",
        ),
        W(r"d[ée]lib[ée]ration\s+(?:n°|de\s+la|du\s+conseil|du\s+bureau)", "deliberation", "DÉLIBÉRATION N° 2024-041"),
    ),
)

# Page-top headings that open a part of an act (never a decision of its own).
PART_HEADING = Family(
    "part_heading",
    conflicts=("act_heading",),
    rows=(
        W(r"annexe", "annex", "ANNEXE 1 – Tableau des subventions"),
        W(r"convention", "convention", "CONVENTION DE PARTENARIAT"),
        W(
            r"rapport\s+(?:n°|du\s+pr[ée]sident|de\s+pr[ée]sentation)|rapport\s*$|expos[ée]\s+des\s+motifs",
            "report",
            "RAPPORT DU PRÉSIDENT",
        ),
    ),
)

# The documents that are not acts at all: whole-document titles of minutes.
MINUTES_TITLE = Family(
    "minutes_title",
    conflicts=("act_heading",),
    rows=(
        W(r"proc[èe]s[- ]verbal", "minutes", "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL"),
        W(r"compte[- ]rendu", "minutes", "Compte-rendu du conseil communautaire"),
        W(r"compte\s+rendu", "minutes", "COMPTE RENDU DE LA RÉUNION"),
        W(
            r"\bc\.?\s?-?\s?r\.?\s+(?:du|de\s+la)\s+(?:conseil|s[ée]ance|r[ée]union)",
            "minutes",
            "C-R du Conseil municipal",
        ),
    ),
)

# Items of minutes that open the meeting and decide nothing of their own (the corpus README: not
# acts), read in the item's title.
PROCEDURAL_ITEM = Family(
    "procedural_item",
    folded=False,
    conflicts=("act_heading",),
    rows=(
        W(r"secr[ée]taire\s+de\s+s[ée]ance", "secretary", "Désignation d'un secrétaire de séance"),
        W(r"nomination\s+du\s+secr[ée]taire", "secretary", "Nomination du secrétaire"),
        W(r"d[ée]signation\s+(?:du|d['’]un)\s+secr[ée]taire", "secretary", "Désignation du secrétaire"),
        W(r"ordre\s+du\s+jou", "agenda", "Approbation de l'ordre du jour"),
        W(r"vote\s+[àa]\s+main\s+lev[ée]e", "ballot", "Vote à main levée"),
        W(r"ouverture\s+de\s+la\s+s[ée]ance", "opening", "Ouverture de la séance"),
        W(r"quorum", "opening", "Vérification du quorum"),
    ),
)

# What a procedural vote is about, read just before it whatever the item's heading: the session's
# secretary, a change to the agenda.
PROCEDURAL_VOTE = Family(
    "procedural_vote",
    folded=False,
    rows=(
        W(
            r"secr[ée]taire\s+(?:de|pour\s+la\s+pr[ée]sente)\s+s[ée]ance",
            "secretary",
            "Mme PETIT est désignée secrétaire pour la présente séance",
        ),
        W(r"en\s+qualit[ée]\s+de\s+secr[ée]taire", "secretary", "M. ROUX est désigné en qualité de secrétaire"),
        W(
            r"modifi\w*\s+(?:de\s+)?l['’]ordre\s+du\s+jour",
            "agenda",
            "Le Maire propose la modification de l'ordre du jour",
        ),
        W(r"ordre\s+du\s+jour\s+(?:est\s+)?modifi", "agenda", "L'ordre du jour est modifié"),
        W(
            r"(?:ajout\w*|rajout\w*|retir\w*|retrait)\s+(?:d['’]un\s+point\s+)?(?:[àa]|de)\s+l['’]ordre\s+du\s+jour",
            "agenda",
            "ajout d'un point à l'ordre du jour",
        ),
    ),
)

# Deciding bodies, most specific first: "commission permanente du conseil départemental" is the
# commission permanente, not the conseil.
BODY = Family(
    "body",
    rows=(
        W(r"commission\s+permanente", "Commission permanente", "Commission permanente du Conseil départemental"),
        W(r"bureau\s+syndical", "Bureau syndical", "Réunion du Bureau syndical"),
        W(r"bureau\s+communautaire", "Bureau communautaire", "Délibération du Bureau communautaire"),
        W(r"comit[ée]\s+syndical", "Comité syndical", "Séance du Comité syndical"),
        W(r"conseil\s+municipal", "Conseil municipal", "Séance du Conseil municipal"),
        W(r"conseil\s+communautaire", "Conseil communautaire", "Conseil communautaire du 3 avril 2024"),
        W(r"conseil\s+m[ée]tropolitain", "Conseil métropolitain", "Conseil métropolitain"),
        W(r"conseil\s+d[ée]partemental", "Conseil départemental", "Séance plénière du Conseil départemental"),
        W(r"conseil\s+r[ée]gional", "Conseil régional", "Conseil régional de Normandie"),
        W(r"conseil\s+d'administration", "Conseil d'administration", "Conseil d'administration du CCAS"),
        W(r"arr[êe]t[ée]\s+du\s+maire|le\s+maire\s+de\s+la\s+commune", "Maire", "Arrêté du Maire"),
        W(r"arr[êe]t[ée]\s+du\s+pr[ée]sident", "Président", "Arrêté du Président"),
    ),
)

# Who signs an arrêté, as its head names them.
EXECUTIVE = Family(
    "executive",
    rows=(
        W(r"le\s+maire|la\s+maire|arr[êe]t[ée]\s+du\s+maire", "Maire", "Le Maire de la commune de Valmont"),
        W(r"le\s+pr[ée]sident|la\s+pr[ée]sidente", "Président", "La Présidente de la Communauté de communes"),
    ),
)

# Collectivity kinds, as printed at the head of an act; the name follows on the same line.
COLLECTIVITY_KIND = Family(
    "collectivity_kind",
    rows=(
        W(r"communaut[ée]\s+de\s+communes", "Communauté de communes", "COMMUNAUTÉ DE COMMUNES DU VAL DE SAÔNE"),
        W(
            r"communaut[ée]\s+d'agglom[ée]ration",
            "Communauté d'agglomération",
            "Communauté d'agglomération du Grand Dax",
        ),
        W(r"communaut[ée]\s+urbaine", "Communauté urbaine", "Communauté urbaine d'Arras"),
        W(r"syndicat\s+mixte", "Syndicat mixte", "Syndicat mixte du bassin de l'Orne"),
        W(r"syndicat\s+intercommunal", "Syndicat intercommunal", "Syndicat intercommunal des eaux"),
        W(r"syndicat", "Syndicat", "SYNDICAT DES EAUX DU LITTORAL"),
        W(r"m[ée]tropole", "Métropole", "Métropole Rouen Normandie"),
        W(r"d[ée]partement", "Département", "DÉPARTEMENT DU PAS-DE-CALAIS"),
        W(r"r[ée]gion", "Région", "Région Bretagne"),
        W(r"commune", "Commune", "COMMUNE DE VALMONT"),
        W(r"ville", "Ville", "Ville de Lens"),
        W(r"mairie", "Commune", "MAIRIE DE SAINT-OMER"),
    ),
)

# What follows a town's name in the running header or footer of its minutes, printed on every
# page: "Putanges-le-Lac, séance du 5 décembre 2022", "VALBRUNE – Conseil municipal du 14/10/2024".
# The name before it is the commune, when no letterhead names it (read for a conseil municipal only:
# a communauté's dateline names its seat). Matched after the place and its comma or dash.
SESSION_DATELINE = Family(
    "session_dateline",
    folded=False,
    rows=(
        W(r"s[ée]ance\s+(?:publique\s+|ordinaire\s+)?du", "session", "séance du 5 décembre 2022"),
        W(r"r[ée]union\s+du\s+conseil\s+municipal\s+du", "session", "Réunion du conseil municipal du 3 mars 2023"),
        W(r"conseil\s+municipal\s+du", "session", "Conseil municipal du 14/10/2024"),
    ),
)

# Page tops that list acts without being one: sommaires, répertoires, lists of deliberations,
# convocations and agendas. Matched at the start of a line.
ACT_LIST_HEADING = Family(
    "act_list_heading",
    folded=False,
    before=r"^\s*",
    conflicts=("act_heading",),
    rows=(
        W(r"sommaire", "list", "SOMMAIRE"),
        W(r"table\s+des\s+mati[èe]res", "list", "Table des matières"),
        W(r"recueil\s+des\s+actes", "list", "RECUEIL DES ACTES ADMINISTRATIFS N° 12"),
        W(
            r"r[ée]pertoire\s+(?:chronologique\s+)?des\s+(?:d[ée]lib[ée]rations|actes)",
            "list",
            "Répertoire chronologique des délibérations",
        ),
        W(r"liste\s+des\s+(?:d[ée]lib[ée]rations|actes|d[ée]cisions)", "list", "Liste des délibérations du conseil"),
        W(
            r"convocation\s+(?:du|au|des|[àa]\s+la)\s+(?:conseil|s[ée]ance|membres|r[ée]union)",
            "convocation",
            "Convocation du conseil municipal",
        ),
        W(r"ordre\s+du\s+jour\s*:?\s*$", "agenda", "ORDRE DU JOUR :"),
    ),
)

# The first words of the closing lines of an act: the signature block, and what a page of annex
# must not start with to be the act's own last page.
CLOSING_LINE = Family(
    "closing_line",
    folded=False,
    before=r"^\s*",
    rows=(
        W(r"fait\s+[àa]", "signature", "Fait à Valmont, le 12 mars 2024"),
        W(r"le\s+maire", "signature", "Le Maire,"),
        W(r"la\s+maire", "signature", "La Maire, Claire FLEURY"),
        W(r"le\s+pr[ée]sident", "signature", "Le Président du conseil départemental"),
        W(r"la\s+pr[ée]sidente", "signature", "La Présidente,"),
        W(r"pour\s+extrait", "formula", "Pour extrait conforme"),
        W(r"sign[ée]", "signature", "Signé : Jean DUPONT"),
        W(r"acte\s+rendu", "formula", "Acte rendu exécutoire après transmission en préfecture"),
        W(r"fait\s+et\s+d[ée]lib[ée]r[ée]|ainsi\s+fait", "formula", "Fait et délibéré les jour, mois et an susdits"),
    ),
)

# What ends the last article of a decision: the vote, the signature, the closing formulas, a
# line of dots. Matched at the start of a line.
ARTICLE_END = Family(
    "article_end",
    folded=False,
    before=r"^[ \t]*",
    rows=(
        W(r"dans\s+les\s+conditions\s+de\s+vote", "vote", "Dans les conditions de vote ci-dessus"),
        W(r"pour\s*:", "vote", "Pour : 15"),
        W(r"vote\s*:", "vote", "Vote : à l'unanimité"),
        W(r"votes?\s+(?:pour|contre)", "vote", "Votes pour : 14"),
        W(r"adopt[ée]", "vote", "Adopté à l'unanimité"),
        W(r"rejet[ée]", "vote", "Rejeté"),
        W(r"ainsi\s+fait", "formula", "Ainsi fait et délibéré"),
        W(r"fait\s+et\s+d[ée]lib[ée]r[ée]", "formula", "Fait et délibéré les jour, mois et an susdits"),
        W(r"fait\s+[àa]\s", "formula", "Fait à Valmont, le 12 mars 2024"),
        W(r"d[ée]lib[ée]r[ée]\s+en\s+s[ée]ance", "formula", "Délibéré en séance le 12 mars 2024"),
        W(r"pour\s+extrait", "formula", "Pour extrait conforme"),
        W(r"(?:le|la)\s+(?:pr[ée]sidente?|maire)\s*,?\s*$", "signature", "Le Maire,"),
        W(r"certifi[ée]", "formula", "Certifié exécutoire"),
        W(r"acte\s+rendu\s+ex[ée]cutoire", "formula", "Acte rendu exécutoire le 14 mars 2024"),
        W(r"à\s+l'unanimit[ée]", "vote", "à l'unanimité des membres présents"),
        W(r"r[ée]sultat\s+du\s+vote", "vote", "Résultat du vote :"),
        W(r"\.{5,}", "rule", "..........................."),
        W(r"…{3,}", "rule", "…………"),
    ),
)

# The @ctes matter of an act (its code in the nomenclature of acts sent to the préfecture),
# printed beside or under the act's number: a classification, never the act's title.
MATTER_LINE = Family(
    "matter_line",
    folded=False,
    before=r"^[ \t]*",
    rows=(
        W(r"nomenclature\s+(?:des\s+)?actes?\s*:?\s*\d+(?:\.\d+)*", "matter", "Nomenclature ACTES : 8.8"),
        W(r"(?:code\s+)?mati[èe]re\s*(?:actes?\s*)?:\s*\d+(?:\.\d+)+", "matter", "Matière : 7.5 – Subventions"),
        W(r"classification\s*(?:actes?\s*)?:\s*\d+(?:\.\d+)+", "matter", "Classification ACTES : 5.7"),
    ),
)


# The stamp's date of reception by the préfecture: the date SCDL calls PREF_DATE. "Envoyé en
# préfecture le …" is the sending date and is not read.
RECEPTION = Family(
    "prefecture_reception",
    folded=False,
    rows=(
        W(
            r"date\s+de\s+r[ée]ception\s+(?:en\s+)?pr[ée]fecture",
            "received",
            "Date de réception préfecture : 05/06/2024",
        ),
        W(
            r"r[ée]ception\s+en\s+pr[ée]fecture",
            "received",
            "Acte certifié exécutoire – Réception en préfecture le 27/05/2024",
        ),
        W(r"re[çc]ue?\s+en\s+pr[ée]fecture", "received", "Reçu en préfecture le 10/09/2024"),
        W(r"r[ée]ception\s+par\s+le\s+pr[ée]fet", "received", "Réception par le préfet : 18/03/2024"),
        # "Reçu le" alone is the stamp's only when it follows the receipt ID.
        W(
            r"-(?:DE|AR|AU|CC|BF|AI|DC)\s+re[çc]ue?\s+le",
            "received",
            "059-215900010-20240312-2024_017-DE\nReçu le 18/03/2024",
        ),
    ),
)
