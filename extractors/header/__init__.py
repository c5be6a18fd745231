"""Header facts of an act: collectivity, body, session date, number, title, president, secretary,
printed counts and the préfecture receipt ID, one module a kind of fact."""

from __future__ import annotations

from extractors.header.counts import document_prefecture_id, parse_absent_count, parse_counts, parse_prefecture_id
from extractors.header.limits import HEAD_CHARS
from extractors.header.officers import parse_president, parse_secretary, parse_signatories
from extractors.header.places import (
    TOWN_BODIES,
    parse_body,
    parse_collectivity,
    parse_dateline_commune,
    parse_executive,
    parse_named_commune,
    parse_signing_commune,
    parse_signing_date,
)
from extractors.header.session_dates import parse_convocation_date, parse_session_date
from extractors.header.titles import parse_number, parse_title

__all__ = [
    "HEAD_CHARS",
    "TOWN_BODIES",
    "document_prefecture_id",
    "parse_absent_count",
    "parse_body",
    "parse_collectivity",
    "parse_convocation_date",
    "parse_counts",
    "parse_dateline_commune",
    "parse_executive",
    "parse_named_commune",
    "parse_number",
    "parse_prefecture_id",
    "parse_president",
    "parse_secretary",
    "parse_session_date",
    "parse_signatories",
    "parse_signing_commune",
    "parse_signing_date",
    "parse_title",
]
