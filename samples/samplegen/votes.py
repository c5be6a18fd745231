"""Vote wordings: each prints a vote from its fields; specs name one with `wording = "…"`.

A wording is a function (ctx, vote) -> flowables.  ``text`` prints the vote's own template
(`text = "Adopté par {for} voix pour et {against} voix contre ({against_names})."`, bold or not,
in the paragraph style `style`); the others are fixed layouts.  Fields of a ``text`` template:
{for}, {against}, {abstention}, {not_voting}, {votants} (for + against + abstention), the names
{for_names}, {against_names}, {abstention_names}, {not_voting_names} (in the vote name format,
or another after a colon: {abstention_names:civ_last}), {against_groups}, {abstention_groups},
and the sample's people.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from .flow import Ctx, bold_line, lines, para, rich, ruled_table
from .french import NBSP
from .model import Cell, Person, Position, TableSpec, VoteSpec
from .template import fill

Wording = Callable[[Ctx, VoteSpec], list[Flowable]]
POSITIONS: tuple[Position, ...] = ("for", "against", "abstention", "not_voting")


def _paren(ctx: Ctx, persons: Sequence[Person]) -> str:
    return f" ({', '.join(ctx.vname(p) for p in persons)})" if persons else ""


def _groups_paren(groups: Sequence[str]) -> str:
    return f" ({' ; '.join(groups)})" if groups else ""


def _adopted(v: VoteSpec, adopted: str, rejected: str) -> str:
    return adopted if v.result == "adopted" else rejected


def vote_text(ctx: Ctx, v: VoteSpec, people: Mapping[str, Any] = {}) -> list[Flowable]:
    """The vote's own template, e.g. "Le Conseil rejette la proposition par {against} voix
    contre, {for} voix pour." """
    env: dict[str, Any] = {
        **people,
        "for": v.for_,
        "against": v.against,
        "abstention": v.abstention,
        "not_voting": v.not_voting,
        "votants": (v.for_ or 0) + (v.against or 0) + (v.abstention or 0),
    }
    for position in POSITIONS:
        env[f"{position}_names"] = v.named(position)
        env[f"{position}_groups"] = ", ".join(v.groups_at(position))
    assert v.text is not None, "the text wording needs a text"
    text = fill(v.text, env, ctx.vname)
    style = ctx.st.named(v.style)
    return [bold_line(ctx, text, style) if v.bold else para(text, style)]


def vote_registre(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """Pour : 12   Contre : 1 (M. Luc BERNARD)   Abstention : 0  /  Adopté"""
    gap = NBSP * 4
    text = (
        f"Pour : {v.for_}{gap}Contre : {v.against}{_paren(ctx, v.named('against'))}{gap}"
        f"Abstention : {v.abstention}{_paren(ctx, v.named('abstention'))}"
    )
    return [para(text, ctx.st.left), bold_line(ctx, _adopted(v, "Adopté", "Rejeté"))]


def vote_dashes_simple(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """Pour : 20 – Contre : 2 – Abstentions : 0 (no names), adopted."""
    return [
        para(f"Pour : {v.for_} – Contre : {v.against} – Abstentions : {v.abstention}", ctx.st.left),
        bold_line(ctx, "Adoptée à la majorité."),
    ]


def vote_registre_votants(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """Vote block with its own heading, printed after the articles."""
    return [
        bold_line(ctx, "Résultat du vote :"),
        lines(
            [
                f"Votants : {(v.for_ or 0) + (v.against or 0) + (v.abstention or 0)}",
                f"Pour : {v.for_}",
                f"Contre : {v.against}",
                f"Abstention : {v.abstention}",
            ],
            ctx.st.left,
        ),
        bold_line(ctx, "La délibération est adoptée."),
    ]


def vote_unanimous(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    return [bold_line(ctx, "Adopté à l'unanimité.")]


def vote_par_voix(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """Adopté par 15 voix pour, 2 contre (M. DURAND Paul, Mme ROUSSEL Agnès), 0 abstention."""
    text = (
        f"Adopté par {v.for_} voix pour, {v.against} contre{_paren(ctx, v.named('against'))}, "
        f"{v.abstention} abstention{'s' if (v.abstention or 0) > 1 else ''}"
        f"{_paren(ctx, v.named('abstention'))}."
    )
    return [bold_line(ctx, text)]


def vote_par_voix_et(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """Adopté par 15 voix pour, 2 contre (M. ROCHE Henri, Mme SERRE Léa) et 0 abstention"""
    plural = "s" if (v.abstention or 0) > 1 else ""
    return [
        bold_line(
            ctx,
            f"Adopté par {v.for_} voix pour, {v.against} contre"
            f"{_paren(ctx, v.named('against'))} et {v.abstention} "
            f"abstention{plural}{_paren(ctx, v.named('abstention'))}",
        )
    ]


def vote_caps(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """16 voix POUR – 1 ABSTENTION (Mme BONNET Claire)"""
    text = (
        f"{v.for_} voix POUR – {v.abstention} ABSTENTION"
        f"{'S' if (v.abstention or 0) > 1 else ''}{_paren(ctx, v.named('abstention'))}"
    )
    return [bold_line(ctx, text)]


def vote_departement(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """The Département's "Dans les conditions de vote ci-dessous" block."""
    out = [para("Dans les conditions de vote ci-dessous :", ctx.st.left)]
    out.append(para(f"Pour : {v.for_} voix{_groups_paren(v.groups_at('for'))}", ctx.st.left))
    out.append(para(f"Contre : {v.against} voix{_groups_paren(v.groups_at('against'))}", ctx.st.left))
    out.append(para(f"Abstention : {v.abstention} voix{_groups_paren(v.groups_at('abstention'))}", ctx.st.left))
    if v.absent is not None:
        out.append(
            para(f"Absent sans délégation de vote : {v.absent}{_groups_paren(v.groups_at('absent'))}", ctx.st.left)
        )
    out.append(para(_adopted(v, "(Adopté)", "(Rejeté)"), ctx.st.left))
    return out


def vote_region_prose(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """Pour : 43 voix (Groupe A ; Groupe B)  Contre : 5 voix (Groupe C) ..."""
    rows = [("Pour", v.for_, "for"), ("Contre", v.against, "against"), ("Abstention", v.abstention, "abstention")]
    out = [bold_line(ctx, "Résultat du vote :")]
    for label, count, position in rows:
        out.append(para(f"{label} : {count} voix{_groups_paren(v.groups_at(position))}", ctx.st.left))
    out.append(bold_line(ctx, _adopted(v, "La délibération est adoptée.", "La délibération est rejetée.")))
    return out


def vote_group_table(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """A ruled table: one row per group, one column per position, and a total row."""
    labels = ["Pour", "Contre", "Abstention", "Ne prend pas part au vote"]
    order = list(dict.fromkeys(g.group for g in v.groups))
    counts = {(g.group, g.position): g.count for g in v.groups}
    rows: list[list[Cell]] = [[grp, *[str(counts.get((grp, pos), 0)) for pos in POSITIONS]] for grp in order]
    totals = {"for": v.for_, "against": v.against, "abstention": v.abstention, "not_voting": v.not_voting}
    rows.append(["Total", *[str(totals[pos]) for pos in POSITIONS]])
    spec = TableSpec(["Groupe politique", *labels], rows, [4, 1.2, 1.2, 1.4, 1.8], bold_last_row=True)
    verdict = _adopted(v, "La délibération est adoptée.", "La délibération est rejetée.")
    return [
        bold_line(ctx, "Résultat du vote par groupe politique :"),
        ruled_table(ctx, spec),
        Spacer(1, 6),
        bold_line(ctx, verdict),
    ]


def vote_cp_group_box(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """A small ruled table, one row per position with its groups in brackets, then the verdict:
    "Pour : 40 (Groupe A, Groupe B, Groupe C)" / "Contre : 5 (Groupe D)" / "Abstention : 2
    (Non-inscrits)" / "Ne prend pas part au vote : 0" / "ADOPTÉ"."""

    def groups(position: Position) -> str:
        names = v.groups_at(position)
        return f" ({', '.join(names)})" if names else ""

    rows = [
        f"Pour : {v.for_}{groups('for')}",
        f"Contre : {v.against}{groups('against')}",
        f"Abstention : {v.abstention}{groups('abstention')}",
        f"Ne prend pas part au vote : {v.not_voting}{groups('not_voting')}",
    ]
    cell = ParagraphStyle(
        "cpv", parent=ctx.st.cell, fontSize=ctx.st.body.fontSize - 1, leading=(ctx.st.body.fontSize - 1) * 1.25
    )
    data = [[para("VOTE DE LA COMMISSION PERMANENTE", ctx.st.cell_head)]]
    data += [[para(text, cell)] for text in rows]
    table = Table(data, colWidths=[ctx.width * 0.82])
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    table.hAlign = "LEFT"
    return [Spacer(1, 4), table, Spacer(1, 4), bold_line(ctx, _adopted(v, "ADOPTÉ", "REJETÉ"))]


def vote_groupes_prose(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """Adopté à la majorité : Pour : Groupe A (21), Groupe B (9) ; Contre : Groupe C (4) ;
    Abstention : néant.  Each position lists its groups with their votes, "néant" when none."""
    totals = {"for": v.for_, "against": v.against, "abstention": v.abstention}

    def side(position: Position) -> str:
        groups = [g for g in v.groups if g.position == position]
        assert sum(g.count or 0 for g in groups) == (totals[position] or 0), position
        return ", ".join(f"{g.group} ({g.count})" for g in groups) if groups else "néant"

    verdict = _adopted(v, "Adopté à la majorité", "Rejeté")
    return [
        bold_line(
            ctx,
            f"{verdict} : Pour : {side('for')} ; Contre : {side('against')} ; Abstention : {side('abstention')}.",
            ctx.st.body,
        )
    ]


def vote_unanimous_exprimes(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """Vote printed before DÉCIDE in the bureau's sentence (Syndicat style)."""
    who = ", ".join(ctx.vname(p) for p in v.named("abstention"))
    return [
        para(
            f"Le Bureau syndical, après en avoir délibéré, à l'unanimité des suffrages "
            f"exprimés ({v.abstention} abstentions : {who}),",
            ctx.st.body,
        )
    ]


def vote_unanimite_exprimes_nommes(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """À l'unanimité des suffrages exprimés (2 abstentions : M. LEFORT, Mme SAUNIER)"""
    who = ", ".join(f"{p.civility} {p.last}" for p in v.named("abstention"))
    return [bold_line(ctx, f"À l'unanimité des suffrages exprimés ({v.abstention} abstentions : {who})")]


def vote_majorite(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """Adopté à la majorité : 14 voix pour, 3 voix contre (M. A, Mme B, M. C)."""
    return [
        bold_line(
            ctx, f"Adopté à la majorité : {v.for_} voix pour, {v.against} voix contre{_paren(ctx, v.named('against'))}."
        )
    ]


def vote_rejet(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    return [
        para(f"Pour : {v.for_}, Contre : {v.against}, Abstention : {v.abstention}", ctx.st.left),
        bold_line(ctx, "Rejeté"),
    ]


def vote_dashes(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """Pour : 12 – Contre : 0 – Abstention : 0 – Ne prend pas part au vote : 1 (M. X)"""
    text = f"Pour : {v.for_} – Contre : {v.against} – Abstention : {v.abstention}"
    if v.not_voting is not None:
        text += f" – Ne prend pas part au vote : {v.not_voting}{_paren(ctx, v.named('not_voting'))}"
    return [para(text, ctx.st.left), bold_line(ctx, _adopted(v, "Adoptée.", "Rejetée."))]


def vote_dashes_group(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """Pour : 19 – Contre : 2 (Groupe …) – Abstention : 0"""
    return [
        bold_line(
            ctx,
            f"Pour : {v.for_} – Contre : {v.against}"
            f"{_groups_paren(v.groups_at('against'))} – Abstention : "
            f"{v.abstention}",
        )
    ]


def vote_unanimous_counted(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """Votants : 27 – Pour : 27 – Contre : 0 – Abstention : 0 / Adopté à l'unanimité"""
    total = (v.for_ or 0) + (v.against or 0) + (v.abstention or 0)
    return [
        para(f"Votants : {total} – Pour : {v.for_} – Contre : {v.against} – Abstention : {v.abstention}", ctx.st.left),
        bold_line(ctx, "Adopté à l'unanimité."),
    ]


def vote_unanimous_voix(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    return [bold_line(ctx, f"Adopté à l'unanimité des membres présents et représentés ({v.for_} voix).")]


def vote_pour_abstentions(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """Adopté par 18 voix pour et 3 abstentions (M. A, Mme B, M. C)."""
    return [
        bold_line(
            ctx, f"Adopté par {v.for_} voix pour et {v.abstention} abstentions{_paren(ctx, v.named('abstention'))}."
        )
    ]


def vote_colon(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """Vote : à l'unanimité  /  Vote : 12 pour, 2 contre  /  Vote : 13 pour, 1 abstention"""
    if v.unanimous and v.for_ is None:
        return [para("Vote : à l'unanimité", ctx.st.left)]
    parts = [f"{v.for_} pour"]
    if v.against:
        parts.append(f"{v.against} contre")
    if v.abstention:
        parts.append(f"{v.abstention} abstention{'s' if v.abstention > 1 else ''}")
    return [para("Vote : " + ", ".join(parts), ctx.st.left)]


def vote_colon_dash_tally(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """ "Vote :" then "- pour : 13" and "- abstention : 2 (M. A, Mme B)", one a line."""
    texts = ["Vote :", f"- pour : {v.for_}"]
    if v.against:
        texts.append(f"- contre : {v.against}{_paren(ctx, v.named('against'))}")
    if v.abstention:
        texts.append(f"- abstention : {v.abstention}{_paren(ctx, v.named('abstention'))}")
    return [lines(texts, ctx.st.left)]


def vote_withdrawn(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    return [rich("<i>Ce point est retiré de l'ordre du jour.</i>", ctx.st.body)]


def vote_election(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """A secret ballot: the counts one a line, the candidates' votes, the proclamation."""
    e = v.election
    assert e is not None
    cast = e.voters - e.blank - e.null
    texts = [
        f"Nombre de votants : {e.voters}",
        f"Bulletins blancs : {e.blank}",
        f"Bulletins nuls : {e.null}",
        f"Suffrages exprimés : {cast}",
        f"Majorité absolue : {cast // 2 + 1}",
        "Ont obtenu :",
    ]
    texts += [f"– {ctx.name(p)} : {n} voix" for p, n in e.candidates]
    elected = e.candidates[0][0]
    e_ = elected.feminine
    return [
        lines(texts, ParagraphStyle("elec", parent=ctx.st.left, leftIndent=12)),
        para(
            f"{ctx.name(elected)}, ayant obtenu la majorité absolue, est proclamé{e_} "
            f"{e.office} et immédiatement installé{e_}.",
            ctx.st.body,
        ),
    ]


def vote_election_inline(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """Secret ballot printed as prose, blank and null ballots counted together."""
    e = v.election
    assert e is not None
    spoilt = e.blank + e.null
    cast = e.voters - spoilt
    elected = e.candidates[0][0]
    e_ = elected.feminine
    return [
        para(
            f"Nombre de votants : {e.voters}, Bulletins blancs ou nuls : {spoilt}, Suffrages "
            f"exprimés : {cast}, Majorité absolue : {cast // 2 + 1}.",
            ctx.st.body,
        ),
        para("Ont obtenu : " + " ; ".join(f"{ctx.name(p)} : {n} voix" for p, n in e.candidates) + ".", ctx.st.body),
        para(
            f"{ctx.name(elected)} est proclamé{e_} élu{e_} {e.office} et "
            f"immédiatement installé{e_} dans ses fonctions.",
            ctx.st.body,
        ),
    ]


def vote_labels_table(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """POUR CONTRE ABSTENTION on one line, the figures under them on the next, a dash for none."""
    cells = [str(n) if n else "–" for n in (v.for_, v.against, v.abstention)]
    return [para("POUR      CONTRE      ABSTENTION", ctx.st.left), para("      ".join(cells), ctx.st.left)]


WORDINGS: dict[str, Wording] = {
    name.removeprefix("vote_"): fn
    for name, fn in list(globals().items())
    if name.startswith("vote_") and callable(fn) and name != "vote_text"
}


def render_vote(ctx: Ctx, v: VoteSpec, people: Mapping[str, Any]) -> list[Flowable]:
    if v.wording == "text":
        return vote_text(ctx, v, people)
    return WORDINGS[v.wording](ctx, v)
