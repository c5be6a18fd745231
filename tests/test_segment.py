"""Segmentation of real-world layouts into acts and parts (pure: text pages in, segments out)."""

from __future__ import annotations

import pytest

from extractors.stages import DocText, Page
from pipeline.extract import build_act
from pipeline.segment import segment
from pipeline.session import read_session

HEADER = (
    "COMPTE RENDU DU CONSEIL MUNICIPAL DU 3 MARS 2025\nPrésents : M. Jean DUPONT, Mme Claire MARTIN, M. Paul ROUX.\n"
)


def segments(*pages: str):
    doc = DocText([Page(i + 1, text) for i, text in enumerate(pages)])
    header_end, found = segment(doc)
    return doc, header_end, [(s.kind, s.heading) for s in found]


def test_the_agenda_at_the_top_is_not_the_items() -> None:
    text = (
        HEADER + "Ordre du jour :\n1. Budget primitif\n2. Tarifs de la cantine\n"
        "1. Budget primitif\nLe Maire présente le budget.\nAdopté à l'unanimité.\n"
        "2. Tarifs de la cantine\nLes tarifs sont fixés à 3,50 €.\nPour : 12 – Contre : 1\n"
    )
    doc, header_end, found = segments(text)
    assert found == [("pv_item", "Budget primitif"), ("pv_item", "Tarifs de la cantine")]
    assert doc.text[header_end:].startswith("1. Budget primitif\nLe Maire")


def test_a_numbered_list_inside_an_item_does_not_steal_the_agenda() -> None:
    text = (
        HEADER + "1. Voirie\nLes surfaces sont :\n1. Voirie principale : 578 m²\n2. Trottoirs : 235 m²\n"
        "Adopté à l'unanimité.\n2. Personnel\nCréation d'un poste.\nAdopté à l'unanimité.\n"
        "3. Questions diverses\nRien à signaler.\n"
    )
    _, _, found = segments(text)
    assert found == [("pv_item", "Voirie"), ("pv_item", "Personnel"), ("other", "Questions diverses")]


def test_items_opened_by_their_number() -> None:
    text = (
        HEADER + "Point n° 1 : Finances\n25-03/012 – Décision modificative n° 1 :\nAdopté à l'unanimité.\n"
        "25-03/013 – Subventions aux associations :\nAdopté à l'unanimité.\n"
    )
    _, _, found = segments(text)
    assert found == [("pv_item", "Décision modificative n° 1"), ("pv_item", "Subventions aux associations")]


def test_items_opened_by_their_number_and_an_em_dash() -> None:
    # Four sections of act-numbered items; the numbers are followed by "—" or "-—" (OCR).
    text = HEADER + "".join(
        f"Point n° {n} : Section {n}\n25-03/0{n}1 — Décision {n} A :\nAdopté à l'unanimité.\n"
        f"25-03/0{n}2 -— Décision {n} B :\nAdopté à l'unanimité.\n"
        for n in range(1, 5)
    )
    _, _, found = segments(text)
    assert found == [("pv_item", f"Décision {n} {x}") for n in range(1, 5) for x in "AB"]


def test_voted_dash_sub_items_under_a_shared_heading() -> None:
    text = (
        HEADER + "1. Budget – Commune :\n- Approbation du compte de gestion 2024\nVote : pour à l'unanimité\n"
        "- Approbation du compte administratif 2024\nVote :\n- Pour : 15\n- Abstentions : 3\n"
        "2. Personnel\nAdopté à l'unanimité.\n"
    )
    _, _, found = segments(text)
    assert found == [
        ("pv_item", "Approbation du compte de gestion 2024"),
        ("pv_item", "Approbation du compte administratif 2024"),
        ("pv_item", "Personnel"),
    ]


def test_unnumbered_items_are_closed_by_their_votes() -> None:
    text = (
        HEADER + "Nomination du secrétaire\nMme Claire MARTIN est proposée.\nVote : à l'unanimité\n"
        "Convention de secours\nLe Maire expose la convention.\nVote : à l'unanimité\n"
        "Emprunt à court terme\nUn prêt relais est nécessaire.\nVote : 10 pour, 1 contre\n"
    )
    _, _, found = segments(text)
    assert found == [
        ("other", "Nomination du secrétaire"),
        ("pv_item", "Convention de secours"),
        ("pv_item", "Emprunt à court terme"),
    ]


def test_procedural_votes_are_known_by_what_precedes_the_vote() -> None:
    # The heading says nothing procedural; the sentence before the vote does.
    text = (
        HEADER + "Ouverture de la séance\nMonsieur le Maire propose de retirer de l'ordre du jour le point 4.\n"
        "Vote : à l'unanimité\n"
        "Le Maire propose la candidature de Claire MARTIN, en qualité de\nsecrétaire pour la présente séance\n"
        "Vote : à l'unanimité\n"
        "Convention de secours\nLe Maire expose la convention.\nVote : à l'unanimité\n"
        "Emprunt à court terme\nUn prêt relais est nécessaire.\nVote : 10 pour, 1 contre\n"
    )
    _, _, found = segments(text)
    assert [kind for kind, _ in found] == ["other", "other", "pv_item", "pv_item"]
    assert [heading for _, heading in found][2:] == ["Convention de secours", "Emprunt à court terme"]


def test_the_item_after_the_ordre_du_jour_is_titled_above_its_text() -> None:
    text = (
        HEADER + "Nomination du secrétaire\nMme Claire MARTIN est proposée.\nVote : à l'unanimité\n"
        "Ordre du jour\n- Approbation du procès-verbal du 2 février\n- Convention de secours\n"
        "Approbation du procès-verbal du 2 février\nPersonne ne prenant la parole, il est passé au vote\n"
        "Vote : à l'unanimité\n"
        "Convention de secours\nLe Maire expose la convention.\nVote : à l'unanimité\n"
    )
    _, _, found = segments(text)
    assert found == [
        ("other", "Nomination du secrétaire"),
        ("pv_item", "Approbation du procès-verbal du 2 février"),
        ("pv_item", "Convention de secours"),
    ]


def test_a_recueil_sommaire_is_no_act_and_parts_follow_their_act() -> None:
    sommaire = "RECUEIL DES ACTES ADMINISTRATIFS\nSOMMAIRE\n2024-031 Approbation du compte de gestion 2\n"
    act = (
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nDélibération n° 2024-031\nObjet : Compte de gestion\n"
        "Le Conseil municipal, après en avoir délibéré, DÉCIDE :\nArticle 1 : D'approuver.\nAdopté à l'unanimité.\n"
    )
    convention = "CONVENTION\nArticle 1 : Objet de la convention\nMontant : 1 000 €\n"
    _, _, found = segments(sommaire, act, convention)
    assert [kind for kind, _ in found] == ["deliberation", "convention"]


def test_voted_items_before_the_numbered_agenda() -> None:
    text = (
        HEADER + "Ordre du jour :\n- Approbation du procès-verbal de la séance du 2 février 2025\n"
        "- Budget primitif\n"
        "Désignation du secrétaire de séance\nMme Claire MARTIN est désignée à l'unanimité.\n"
        "Approbation du procès-verbal de la séance du 2 février 2025\n"
        "Le procès-verbal est adopté à l'unanimité.\n"
        "Élection du président de séance pour le vote du compte administratif\n"
        "M. Paul ROUX est élu à l'unanimité.\n"
        "1. Budget primitif\nLe Maire présente le budget.\nAdopté à l'unanimité.\n"
        "2. Tarifs de la cantine\nLes tarifs sont fixés à 3,50 €.\nPour : 12 – Contre : 1\n"
    )
    doc, header_end, found = segments(text)
    assert found == [
        ("pv_item", "Approbation du procès-verbal de la séance du 2 février 2025"),
        ("pv_item", "Élection du président de séance pour le vote du compte administratif"),
        ("pv_item", "Budget primitif"),
        ("pv_item", "Tarifs de la cantine"),
    ]
    assert doc.text[header_end:].startswith("1. Budget primitif")


def test_an_unvoted_heading_before_the_agenda_is_no_item() -> None:
    text = (
        HEADER + "Installation du conseil municipal par le Maire sortant\nLe Maire ouvre la séance.\n"
        "1. Budget primitif\nLe Maire présente le budget.\nAdopté à l'unanimité.\n"
        "2. Tarifs de la cantine\nLes tarifs sont fixés à 3,50 €.\nPour : 12 – Contre : 1\n"
    )
    _, _, found = segments(text)
    assert found == [("pv_item", "Budget primitif"), ("pv_item", "Tarifs de la cantine")]


def test_headings_decided_together_each_hold_the_shared_vote() -> None:
    text = (
        HEADER + "2025-041 : Voirie : marché de relevés topographiques\n"
        "2025-042 : Voirie : marché de reconnaissances géotechniques\n"
        "2025-043 : Voirie : marché de détection amiante\n"
        "Les trois consultations sont un préalable aux travaux.\n"
        "LE CONSEIL, à l'unanimité, ADOPTE par 15 VOIX les trois consultations.\n"
        "2025-044 : Subvention au comité des fêtes\nLE CONSEIL, à l'unanimité, APPROUVE la subvention.\n"
    )
    doc, _, found = segments(text)
    assert [heading for _, heading in found] == [
        "Voirie : marché de relevés topographiques",
        "Voirie : marché de reconnaissances géotechniques",
        "Voirie : marché de détection amiante",
        "Subvention au comité des fêtes",
    ]
    _, raw = segment(doc)
    assert all("ADOPTE par 15 VOIX" in doc.text[s.start : s.end] for s in raw[:3])
    assert "ADOPTE" not in doc.text[raw[3].start : raw[3].end]


def test_a_numbered_list_inside_one_item_does_not_hide_the_vote_lines() -> None:
    # Minutes whose items are closed by "Vote :" lines; one item lists tariffs "1. … 2. …".
    items = "".join(
        f"Question numéro {n} du conseil\nLe Maire présente le point {n}.\nVote : à l'unanimité\n"
        for n in ("un", "deux", "trois", "quatre")
    )
    text = (
        "COMPTE RENDU DU CONSEIL MUNICIPAL\n" + items + "Tarifs de l'eau 2025\n"
        "1. Maintien du prix des abonnements\n2. Maintien du prix du mètre cube\nVote : à l'unanimité\n"
    )
    _, _, found = segments(text)
    assert [heading for _, heading in found] == [
        "Question numéro un du conseil",
        "Question numéro deux du conseil",
        "Question numéro trois du conseil",
        "Question numéro quatre du conseil",
        "Tarifs de l'eau 2025",
    ]


def test_several_vote_lines_in_one_item_are_several_acts() -> None:
    text = (
        HEADER + "1. Finances\n- Vote des subventions aux associations\n"
        "Mme MARTIN présente les demandes de subventions.\n"
        "Association des anciens combattants\nde la commune (A.C.) 320 €\nVote : pour à l'unanimité\n"
        "Jumelage 600 €\nM. ROUX demande qui préside le comité.\nM. ROUX ne prend pas part au vote.\n"
        "Vote : pour à l'unanimité.\n"
        "Équipe 800 €\nVote :\n- pour : 15\n- abstention : 4 (M. ROUX, Mme PETIT)\n"
        "Vote du taux des taxes communales\nLe Maire propose de maintenir les taux.\nVote : pour à l'unanimité\n"
        "- Budget primitif 2025\nLe budget est présenté.\nAdopté à l'unanimité.\n"
        "2. Décisions modificatives du budget 2025\nLe Maire présente les mouvements de crédits.\n"
        "DM1 pour budget communal approuvé : Vote : 14 pour / 0 contre / 0 abstention\n"
        "DM1 pour budget assainissement approuvé : Vote : 14 pour / 0 contre / 0 abstention\n"
    )
    doc, _, found = segments(text)
    assert [heading for _, heading in found] == [
        "Vote des subventions aux associations – Association des anciens combattants de la commune (A.C.)",
        "Vote des subventions aux associations – Jumelage",
        "Vote des subventions aux associations – Équipe",
        "Vote du taux des taxes communales",
        "Budget primitif 2025",
        "DM1 pour budget communal",
        "DM1 pour budget assainissement",
    ]
    _, raw = segment(doc)
    equipe = doc.text[raw[2].start : raw[2].end]
    assert equipe.rstrip().endswith("(M. ROUX, Mme PETIT)")  # the tally under "Vote :" stays with it
    assert "Vote du taux" not in equipe


def test_a_tally_under_a_heading_is_not_part_of_its_title() -> None:
    # "2/ Title" then "1 abstention 11 votes pour": the item is voted, not a heading decided with the next.
    text = (
        HEADER + "1/ Délibération rapport d'activité 2024\n2 abstentions 10 votes pour\n"
        "2/ Changement de destination de deux parcelles\n1 abstention 11 votes pour\n"
        "3/ Délibération programme de travaux en forêt\nCréation de rampes d'accès.\n4 votes contre 8 votes pour\n"
    )
    doc, _, found = segments(text)
    assert [heading for _, heading in found] == [
        "Délibération rapport d'activité 2024",
        "Changement de destination de deux parcelles",
        "Délibération programme de travaux en forêt",
    ]
    _, raw = segment(doc)
    assert "contre" not in doc.text[raw[1].start : raw[1].end]


def test_a_dashed_line_under_a_heading_is_its_subtitle() -> None:
    text = (
        HEADER + "1. Plan Local d'Urbanisme\n− Droit de préemption urbain\nIl est proposé d'instaurer le droit.\n"
        "− Pour : 15\n− Abstention : 1, Mme PETIT\n"
        "2. Plan Local d'Urbanisme\n− Permis de démolir\nLe permis est maintenu.\nAdopté à l'unanimité.\n"
    )
    _, _, found = segments(text)
    assert [heading for _, heading in found] == [
        "Plan Local d'Urbanisme – Droit de préemption urbain",
        "Plan Local d'Urbanisme – Permis de démolir",
    ]


def test_agenda_numbers_and_act_numbers_together() -> None:
    # Items under "1." and "2.", then act-numbered items; a section heading over act numbers is no item.
    text = (
        HEADER + "1. Finances\nLe Maire présente le budget.\nAdopté à l'unanimité.\n"
        "2. Tarifs de la cantine\nLes tarifs sont fixés à 3,50 €.\nAdopté à l'unanimité.\n"
        "3. Voirie\n"
        "2025-041 : Marché de relevés topographiques\n2025-042 : Marché de reconnaissances géotechniques\n"
        "Les deux consultations sont un préalable aux travaux.\nLE CONSEIL, à l'unanimité, ADOPTE les deux consultations.\n"
        "2025-043 : Subvention au comité des fêtes\nLE CONSEIL, à l'unanimité, APPROUVE la subvention.\n"
    )
    _, _, found = segments(text)
    assert [heading for _, heading in found] == [
        "Finances",
        "Tarifs de la cantine",
        "Marché de relevés topographiques",
        "Marché de reconnaissances géotechniques",
        "Subvention au comité des fêtes",
    ]


def test_adopted_lines_inside_one_item_are_its_decisions() -> None:
    text = (
        "C-R du Conseil municipal\nPrésents : Jean-Pierre, Anne-Marie, Nelly.\n"
        "I Convention de mise à disposition de personnel.\nC'est une convention avec le centre de gestion.\n"
        "ADOPTÉ à l'unanimité.\n"
        "II Adhésion aux associations.\nLa société d'histoire sollicite une cotisation de 20 €.\nADOPTÉ à l'unanimité.\n"
        "Association contre les déserts médicaux\nLes documents fournis sont examinés.\nADOPTÉ 9 voix pour, 5 abstentions.\n"
    )
    _, _, found = segments(text)
    assert [heading for _, heading in found] == [
        "Convention de mise à disposition de personnel",
        "Adhésion aux associations",
        "Association contre les déserts médicaux",
    ]


def test_a_margin_box_misread_by_ocr_is_not_a_title() -> None:
    box = (
        "REPUBLIQUE FRANCAISE\nDEPARTEMENT du GARD\nbre de membres\nen exercice : il\nD\n"
        "ate de la convocation :\n5 mars 2021\nCompte rendu\nconseil mugicipal du\n11 mars 2021\n"
    )
    text = (
        "COMPTE RENDU DU CONSEIL MUNICIPAL\nPrésents : Jean DUPONT - Claire MARTIN\n"
        "Nomination du secrétaire\nMme Claire MARTIN est proposée.\nVote : à l'unanimité\n"
        "Ordre du jour\n- Approbation du compte rendu du 15 décembre 2020\n- Emprunt de trésorerie\n"
    )
    page2 = box + (
        "Approbation du compte rendu du Conseil municipal du 15 décembre\n"
        "Monsieur le Maire demande s'il y a des observations.\nVote : à l'unanimité\n"
    )
    # OCR misreads the box differently on every page: its lines are not repeated running lines.
    page3 = (
        box.replace("bre de membres", "Nombre de menhres")
        .replace("mugicipal", "municipai")
        .replace("ate de la", "Dite de la")
        + "Emprunt à court terme\nUn prêt relais est nécessaire.\n"
        "Vote : à l'unanimité\n"
    )
    _, _, found = segments(text, page2, page3)
    assert found == [
        ("other", "Nomination du secrétaire"),
        ("pv_item", "Approbation du compte rendu du Conseil municipal du 15 décembre"),
        ("pv_item", "Emprunt à court terme"),
    ]


def test_dates_and_year_spans_are_not_act_numbers() -> None:
    # A margin box wraps its dates onto lines of their own; a title wraps its span of years.
    text = (
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nDate de la convocation :\n02/09/2024\nDate d'affichage :\n"
        "02/09/2024\nObjet : Plan de mobilité\n2024-2034\nLe Conseil municipal, après en avoir délibéré, "
        "à l'unanimité, APPROUVE le plan.\n"
    )
    _, _, found = segments(text)
    assert [kind for kind, _ in found] == ["deliberation"]


@pytest.mark.parametrize(
    "first, second, numbers",
    [
        ("1. Budget primitif", "2. Tarifs de la cantine", ["1", "2"]),
        ("1/ Budget primitif", "2/ Tarifs de la cantine", ["1", "2"]),
        ("1° Budget primitif", "2° Tarifs de la cantine", ["1", "2"]),
        ("Point 1 – Budget primitif", "Point 2 – Tarifs de la cantine", ["1", "2"]),
        ("Point n° 1 : Budget primitif", "Point n° 2 : Tarifs de la cantine", ["1", "2"]),
        ("I – Budget primitif", "II – Tarifs de la cantine", ["I", "II"]),
    ],
)
def test_an_item_of_minutes_keeps_its_printed_item_number(first: str, second: str, numbers: list[str]) -> None:
    text = (
        HEADER + f"{first}\nLe Maire présente le budget.\nAdopté à l'unanimité.\n"
        f"{second}\nLes tarifs sont fixés à 3,50 €.\nPour : 12 – Contre : 1\n"
    )
    doc = DocText([Page(1, text)])
    _, found = segment(doc)
    assert [(s.heading, s.number) for s in found] == list(zip(["Budget primitif", "Tarifs de la cantine"], numbers))


@pytest.mark.parametrize("formula", ["ARRÊTE :", "Arrête", "ARRETE", "ARRÊTE Publié le"])
def test_an_arrete_that_orders_without_a_colon_is_not_lost(formula: str) -> None:
    text = (
        "Arrêté permanent du maire n° PM2024-047\nportant réglementation du stationnement place du Marché\n"
        "Le maire de la commune de Plouzévet-sur-Mer,\nVu le code de la route ;\n"
        f"{formula}\nArticle 1 : Le stationnement est interdit place du Marché le mercredi.\n"
    )
    _, _, found = segments(text)
    assert [kind for kind, _ in found] == ["arrete"]


@pytest.mark.parametrize(
    "first, second",
    [("2021 04 01", "2021 04 02"), ("2019-07-01", "2019-07-02"), ("20220329 1", "20220329 2")],
    ids=["spaced", "dashed", "date-and-ordinal"],
)
def test_items_numbered_by_the_sessions_date_and_their_ordinal(first: str, second: str) -> None:
    """ "2021 04 01 CONVENTION …", "2019-07-01 TRANSFERT …", "20220329 1 Approbation …": the
    session's year and month (or date) and the item's ordinal, then its capitalised title."""
    text = HEADER + (
        f"{first} CONVENTION D'OCCUPATION DU DOMAINE PUBLIC\nMonsieur le Maire présente la convention.\n"
        "Après en avoir délibéré, le Conseil Municipal, à l'unanimité, autorise le Maire à signer.\n"
        f"{second} Vote des subventions 2021\nLe Conseil Municipal, à l'unanimité, vote les subventions.\n"
        "Le 12 04 2021 la commission s'est réunie.\n"
    )
    doc, _, found = segments(text)
    assert found == [
        ("pv_item", "CONVENTION D'OCCUPATION DU DOMAINE PUBLIC"),
        ("pv_item", "Vote des subventions 2021"),
    ]
    acts = [build_act(doc, seg, read_session(doc, 0, True)) for seg in segment(doc)[1]]
    assert [a.number for a in acts] == [first, second]


def test_an_arrete_whose_articles_go_on_under_the_stamp_is_one_act() -> None:
    first = (
        "Arrêté du maire n° DG2024-001\nportant délégation temporaire de fonctions\nLe maire de la commune de Valmont,\n"
        "Vu le code général des collectivités territoriales ;\nARRÊTE :\nArticle 1 : Délégation est donnée à M. Paul ROUX.\n"
    )
    second = (
        "Envoyé en préfecture le 30/07/2024\nReçu en préfecture le 30/07/2024\nID : 029-200054724-20240723-DG2024_001-AI\n"
        "Article 2 : La présente délégation prend effet à sa transmission.\nValmont, le 23 juillet 2024\nLe maire,\n"
    )
    _, _, found = segments(first, second)
    assert [kind for kind, _ in found] == ["arrete"]


def test_a_visa_wrapped_before_a_deliberation_number_is_no_heading() -> None:
    text = (
        "Délibération n° 2024-087\nApprobation de la modification simplifiée du plan local d'urbanisme\n"
        "Vu le plan local d'urbanisme de la commune, approuvé le 26 septembre 2019 par la\n"
        "délibération n° 2019-042 ;\nVu la délibération n° 2024-051 du 13 juin 2024 prescrivant la modification ;\n"
        "Le conseil municipal, après en avoir délibéré, à l'unanimité, approuve la modification.\n"
    )
    _, _, found = segments(text)
    assert len(found) == 1


def test_a_deliberation_on_a_plan_arrete_is_no_arrete() -> None:
    """ "le projet de plan local d'urbanisme arrêté :" is the participle, not the formula "ARRÊTE :"."""
    text = (
        "Délibération n° 2021-060\nApprobation du plan local d'urbanisme\nVu le code de l'urbanisme ;\n"
        "Le conseil municipal, après en avoir délibéré, à l'unanimité, décide :\n"
        "Article 1 : D'apporter les changements suivants au projet de plan local d'urbanisme arrêté :\n"
        "- suppression de deux emplacements réservés.\n"
    )
    _, _, found = segments(text)
    assert [kind for kind, _ in found] == ["deliberation"]


def test_clauses_of_a_decision_in_bullets_are_not_sub_headings() -> None:
    text = (
        HEADER + "1. Location du logement communal\nLe Maire présente la demande de M. ROUX.\n"
        "• Les loyers seront versés le 5 de chaque mois.\nAdopté à l'unanimité.\n"
        "• Charge Monsieur le Maire de veiller au bon encaissement des loyers.\nAdopté à l'unanimité.\n"
        "2. Tarifs de la cantine\nLes tarifs sont fixés à 3,50 €.\nPour : 12 – Contre : 1\n"
    )
    _, _, found = segments(text)
    titles = [title for _, title in found]
    assert not any(title and title.startswith(("Les loyers", "Charge Monsieur")) for title in titles), titles
    assert "Tarifs de la cantine" in titles


def test_a_numbered_name_and_count_table_is_not_the_items() -> None:
    # the seats of each commune déléguée, recalled in the header, numbered like the items
    text = (
        HEADER + "Le nombre des conseillers est réparti comme ci-après :\n"
        "1) VALMONT 6\n2) LA CHAPELLE-SUR-ORNE 4\n3) LES ROTOURS 3\n"
        "1) Budget primitif 2025\nLe Maire présente le budget.\nAdopté à l'unanimité.\n"
        "2) Tarifs de la cantine\nLes tarifs sont fixés.\nAdopté à l'unanimité.\n"
        "3) Décision modificative n° 2\nDes crédits sont ouverts.\nAdopté à l'unanimité.\n"
    )
    _, _, found = segments(text)
    assert found == [
        ("pv_item", "Budget primitif 2025"),
        ("pv_item", "Tarifs de la cantine"),
        ("pv_item", "Décision modificative n° 2"),
    ]


def test_numbered_rows_of_figures_inside_an_item_are_not_items() -> None:
    # a ranking of bids: each row ends with columns of figures
    text = (
        HEADER + "1. Marché de voirie\nLe classement des offres est le suivant :\n"
        "1 Travaux Roussel 88 410 19 79 98 1\n2 Lebrun TP 91 204 18 76 94 2\n3 Sud Réseaux 97 655 17 71 88 3\n"
        "Le Conseil attribue le marché à l'entreprise Roussel. Adopté à l'unanimité.\n"
        "2. Personnel\nCréation d'un poste.\nAdopté à l'unanimité.\n"
    )
    _, _, found = segments(text)
    assert found == [("pv_item", "Marché de voirie"), ("pv_item", "Personnel")]
