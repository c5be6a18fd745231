"""Audit of the printed facts of an act: totals that do not add up are reported, never fixed.

Every code is listed with an example in docs/checks.md.
"""

from __future__ import annotations

import re
from decimal import Decimal

from extractors.amounts import ROW_FIGURE, is_prose, row_figures
from extractors.fr.texts import BUDGET_COLUMN
from schemas.record import Act, Check

BUDGET_HEADING = re.compile(
    "|".join(f"(?P<{role}{i}>{words})" for i, (words, role) in enumerate(BUDGET_COLUMN.table())), re.I
)
# Rows read after a budget heading, at most; the table also ends at the first line of prose.
BUDGET_ROWS = 30
CENT = Decimal("0.01")


def audit(act: Act) -> list[Check]:
    """Checks of one decision act: attendance counts against votes and the name lists; budget tables."""
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
    checks.extend(budget_table_checks(act.text))
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
                )
            )
        elif act.present_count is not None and not proxies and act.voters_count > act.present_count:
            checks.append(
                Check(
                    code="vote_totals_mismatch",
                    severity="warning",
                    message=(f"{act.voters_count} votants for {act.present_count} présents and no pouvoir listed"),
                )
            )
    return checks


def budget_table_checks(text: str) -> list[Check]:
    """Rows of a budget table whose printed "solde" is not "disponible" minus "proposition"."""
    checks: list[Check] = []
    lines = text.split("\n")
    for index, line in enumerate(lines):
        columns = _budget_columns(line)
        if not columns:
            continue
        for row in lines[index + 1 : index + 1 + BUDGET_ROWS]:
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
