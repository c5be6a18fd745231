"""Audit of the printed facts of an act: totals that do not add up are reported, never fixed.

Every code is listed with an example in docs/checks.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from extractors.amounts import ROW_FIGURE, is_prose, row_figures
from extractors.fr.texts import BUDGET_COLUMN
from schemas.record import Act, Check, Source, Vote

BUDGET_HEADING = re.compile(
    "|".join(f"(?P<{role}{i}>{words})" for i, (words, role) in enumerate(BUDGET_COLUMN.table())), re.I
)
# Rows read after a budget heading, at most; the table also ends at the first line of prose.
BUDGET_ROWS = 30
CENT = Decimal("0.01")
# Where a span [start, end) of the act's text is printed; None where it cannot be told.
Locate = Callable[[int, int], Source | None]


def _nowhere(start: int, end: int) -> Source | None:
    return None


def audit(act: Act, locate: Locate = _nowhere) -> list[Check]:
    """Checks of one decision act: attendance counts against votes and the name lists; budget tables.
    Each check carries the evidence a reader should look at: the vote phrase, the budget row."""
    checks: list[Check] = []
    proxies = sum(1 for a in act.attendance if a.proxy_to)
    present_names = sum(1 for a in act.attendance if a.status == "present")
    if act.present_count is not None and act.voters_count is not None and proxies:
        if act.present_count + proxies != act.voters_count:
            checks.append(
                Check(
                    code="voters_mismatch",
                    severity="warning",
                    message=(
                        f"présents ({act.present_count}) + pouvoirs ({proxies}) = {act.present_count + proxies}, "
                        f"but {act.voters_count} votants are printed"
                    ),
                )
            )
    if act.present_count is not None and present_names and present_names != act.present_count:
        checks.append(
            Check(
                code="present_list_mismatch",
                severity="info",
                message=(f"{present_names} names in the présents list, but {act.present_count} présents are printed"),
            )
        )
    if (
        act.members_in_office is not None
        and act.present_count is not None
        and act.present_count > act.members_in_office
    ):
        checks.append(
            Check(
                code="present_exceeds_office",
                severity="warning",
                message=(f"{act.present_count} présents for {act.members_in_office} members in office"),
            )
        )
    checks.extend(budget_table_checks(act.text, locate))
    for vote in act.votes:
        counts = [vote.for_, vote.against, vote.abstention, vote.not_voting]
        if vote.for_ is None or act.voters_count is None:
            continue
        total = sum(c or 0 for c in counts)
        cast = (vote.for_ or 0) + (vote.against or 0)
        if total != act.voters_count and cast + (vote.abstention or 0) != act.voters_count:
            checks.append(
                Check(
                    code="vote_totals_mismatch",
                    severity="warning",
                    message=(
                        f"pour {vote.for_} + contre {vote.against or 0} + abstentions {vote.abstention or 0} "
                        f"+ non-participants {vote.not_voting or 0} = {total}, but {act.voters_count} votants are printed"
                    ),
                    source=vote.source,
                )
            )
        elif act.present_count is not None and not proxies and act.voters_count > act.present_count:
            checks.append(
                Check(
                    code="vote_totals_mismatch",
                    severity="warning",
                    message=(f"{act.voters_count} votants for {act.present_count} présents and no pouvoir listed"),
                    source=vote.source,
                )
            )
    return checks


# The counts of a vote, by field, as a tally prints them.
VOTE_COUNTS = {"for_": "pour", "against": "contre", "abstention": "abstentions", "not_voting": "non-participants"}


def plausible_votes(
    votes: list[Vote], members_in_office: int | None, voters_count: int | None
) -> tuple[list[Vote], list[Check]]:
    """The votes without the counts that no member could have cast: larger than the members in
    office (or, where they are not printed, than the votants). Each is reported
    (`vote_count_exceeds_members`) and dropped: a figure misread ("131 abstentions" for a council
    of 19) is not taken as a count; a tally half of whose figures are too large (a residents'
    survey, "Pour : 49 Contre : 33 Abstentions : 12") is no vote of the council at all."""
    limit, of = (members_in_office, "members in office") if members_in_office is not None else (voters_count, "votants")
    if limit is None:
        return votes, []
    kept: list[Vote] = []
    checks: list[Check] = []
    for vote in votes:
        printed = {field: getattr(vote, field) for field in VOTE_COUNTS if getattr(vote, field) is not None}
        wrong = {field: count for field, count in printed.items() if count > limit}
        if not wrong:
            kept.append(vote)
            continue
        where = f" (page {vote.source.page}: “{' '.join(vote.source.text.split())}”)" if vote.source else ""
        figures = ", ".join(f"{count} {VOTE_COUNTS[field]}" for field, count in wrong.items())
        not_a_vote = len(wrong) * 2 >= len(printed)
        taken = "the tally is not taken as a vote" if not_a_vote else "not taken as counts"
        checks.append(
            Check(
                code="vote_count_exceeds_members",
                severity="warning",
                message=f"{figures} for {limit} {of}{where}: {taken}",
                source=vote.source,
            )
        )
        if not not_a_vote:
            kept.append(vote.model_copy(update=dict.fromkeys(wrong)))
    return kept, checks


def budget_table_checks(text: str, locate: Locate = _nowhere) -> list[Check]:
    """Rows of a budget table whose printed "solde" is not "disponible" minus "proposition"."""
    checks: list[Check] = []
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    for index, line in enumerate(lines):
        columns = _budget_columns(line)
        if not columns:
            continue
        for row_index in range(index + 1, min(index + 1 + BUDGET_ROWS, len(lines))):
            row = lines[row_index]
            if is_prose(row) or _budget_columns(row):
                break
            figures = row_figures(row)
            if len(figures) != len(columns):
                continue
            cells = dict(zip(columns, figures))
            (start_raw, start), (minus_raw, minus), (result_raw, result) = (
                cells[role] for role in ("start", "minus", "result")
            )
            if abs(start - minus - result) > CENT:
                label = " ".join(ROW_FIGURE.sub(" ", row).split()) or "row"
                checks.append(
                    Check(
                        code="budget_table_mismatch",
                        severity="warning",
                        message=(
                            f"{label}: {columns['start']} {start_raw} − {columns['minus']} {minus_raw} = "
                            f"{start - minus}, but {result_raw} is printed as {columns['result']}"
                        ),
                        source=locate(starts[row_index], starts[row_index] + len(row)),
                    )
                )
    return checks


def _budget_columns(line: str) -> dict[str, str]:
    """The heading's words by role ({"start": "Disponible", …}) when a line heads a budget table."""
    if row_figures(line) or is_prose(line):
        return {}
    found: dict[str, str] = {}
    for match in BUDGET_HEADING.finditer(line):
        role = match.lastgroup.rstrip("0123456789")
        if role in found:
            return {}
        found[role] = match.group(0)
    return dict(sorted(found.items(), key=lambda item: line.find(item[1]))) if len(found) == 3 else {}
