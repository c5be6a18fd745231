"""Audit of the printed facts of an act: totals that do not add up are reported, never fixed.

Every code is listed with an example in docs/checks.md.
"""
from __future__ import annotations

from schemas.record import Act, Check


def audit(act: Act) -> list[Check]:
    """Checks of one decision act: attendance counts against votes and against the name lists."""
    checks: list[Check] = []
    proxies = sum(1 for a in act.attendance if a.proxy_to)
    present_names = sum(1 for a in act.attendance if a.status == "present")
    if act.present_count is not None and act.voters_count is not None and proxies:
        if act.present_count + proxies != act.voters_count:
            checks.append(Check(code="voters_mismatch", severity="warning", message=(
                f"présents ({act.present_count}) + pouvoirs ({proxies}) = {act.present_count + proxies}, "
                f"but {act.voters_count} votants are printed")))
    if act.present_count is not None and present_names and present_names != act.present_count:
        checks.append(Check(code="present_list_mismatch", severity="info", message=(
            f"{present_names} names in the présents list, but {act.present_count} présents are printed")))
    if act.members_in_office is not None and act.present_count is not None and act.present_count > act.members_in_office:
        checks.append(Check(code="present_exceeds_office", severity="warning", message=(
            f"{act.present_count} présents for {act.members_in_office} members in office")))
    for vote in act.votes:
        counts = [vote.for_, vote.against, vote.abstention, vote.not_voting]
        if vote.for_ is None or act.voters_count is None:
            continue
        total = sum(c or 0 for c in counts)
        cast = (vote.for_ or 0) + (vote.against or 0)
        if total != act.voters_count and cast + (vote.abstention or 0) != act.voters_count:
            checks.append(Check(code="vote_totals_mismatch", severity="warning", message=(
                f"pour {vote.for_} + contre {vote.against or 0} + abstentions {vote.abstention or 0} "
                f"+ non-participants {vote.not_voting or 0} = {total}, but {act.voters_count} votants are printed")))
        elif act.present_count is not None and not proxies and act.voters_count > act.present_count:
            checks.append(Check(code="vote_totals_mismatch", severity="warning", message=(
                f"{act.voters_count} votants for {act.present_count} présents and no pouvoir listed")))
    return checks
