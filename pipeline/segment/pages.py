"""Dossiers and recueils: each act or part starts at the top of a page, opened by its heading."""

from __future__ import annotations

import re

from extractors.common import fold
from extractors.fr.acts import ACT_HEADING, ACT_LIST_HEADING, CLOSING_LINE, PART_HEADING
from extractors.fr.votes import ACT_END as ACT_END_WORDING
from extractors.fr.votes import DECISION_MARKER
from extractors.stages import PAGE_BREAK, DocText, Segment
from pipeline.segment.lines import DECISION, match_table, page_top

ACT_END = ACT_END_WORDING.compile(r"\b")


SIGNATURE_START = CLOSING_LINE.compile(r"^\s*")
# The formula by which an arrêté decides ("ARRÊTE :", "Arrête" alone on its line).
ORDERS = DECISION_MARKER.compile("", "", "orders")
# A page whose top goes on with the act's articles ("Article 2 : …" under the @ctes stamp) is the
# act's, not an annex (an annexed text would start at its own article 1).
CONTINUED_ARTICLES = re.compile(r"^[ \t]*(?:article|art\.)[ \t]*(?:[2-9]|[1-9]\d)\b", re.M)
# Pages that list acts without being one: sommaires, répertoires, lists of deliberations, agendas.
SOMMAIRE = ACT_LIST_HEADING.compile(r"^\s*")


def _lists_acts(text: str) -> bool:
    """A sommaire names several acts by their headings ("Arrêté municipal n° 2024-112 … 2"); an act's
    page opens with one."""
    folded = fold(text)
    return (
        sum(len(re.findall(rf"^\s*(?:{fold(pattern)})", folded, re.I | re.M)) for pattern, _ in ACT_HEADING.table())
        >= 2
    )


def acts_by_page_headings(doc: DocText) -> int:
    """How many pages open with an act's heading ("EXTRAIT DU REGISTRE…", "DÉLIBÉRATION N°…")."""
    return sum(1 for page in doc.pages if match_table(ACT_HEADING.table(), page_top(page.text)))


def acts_by_page(doc: DocText) -> list[Segment]:
    """Acts and parts of a dossier or a recueil: each starts at the top of a page."""
    segments: list[Segment] = []
    last_act: int | None = None
    closed = False  # whether the current segment's pages so far hold its vote or signature
    for index, page in enumerate(doc.pages):
        start = doc.starts[index]
        top = page_top(page.text)
        part = match_table(PART_HEADING.table(), top)
        act = match_table(ACT_HEADING.table(), top)
        current = segments[-1] if segments else None
        count = len(segments)
        if SOMMAIRE.search(top) and (not act or _lists_acts(page.text)):
            segments.append(Segment(kind="other", start=start, end=start))
        elif current is None:
            segments.append(Segment(kind=act or "deliberation", start=start, end=start))
        elif part and last_act is not None:
            segments.append(Segment(kind=part, start=start, end=start, part_of=last_act))
        elif act and (closed or current.kind == "other"):
            segments.append(Segment(kind=act, start=start, end=start))
        elif (
            closed
            and current.kind in ("deliberation", "arrete")
            and not SIGNATURE_START.match(top)
            and not CONTINUED_ARTICLES.search(top)
        ):
            segments.append(Segment(kind="annex", start=start, end=start, part_of=last_act))
        if segments[-1].kind in ("deliberation", "arrete") and segments[-1].start == start:
            last_act = len(segments) - 1
        # Each page is folded once: a recueil of hundreds of pages must not re-read its act's pages.
        page_ends_act = _printed(ACT_END, page.text)
        closed = page_ends_act if len(segments) != count else closed or page_ends_act
    for index, seg in enumerate(segments):
        seg.end = segments[index + 1].start - len(PAGE_BREAK) if index + 1 < len(segments) else len(doc.text)
        seg.end = max(seg.end, seg.start)
        if seg.kind in ("deliberation", "arrete") and not DECISION.search(fold(doc.text[seg.start : seg.end])):
            seg.kind = "other"
        if seg.kind == "deliberation" and _printed(ORDERS, doc.text[seg.start : seg.end]):
            seg.kind = "arrete"
    return _without_loose_pages(segments)


# The participle printed with its accents ("le projet de plan local d'urbanisme arrêté :") folds to
# the same letters as the formula "ARRÊTE :", and is none: it neither makes an arrêté nor ends an act.
PARTICIPLE = re.compile(r"arr[êe]té")


def _printed(pattern: re.Pattern[str], text: str) -> bool:
    """Whether a wording of the folded text is printed, other than as the participle "arrêté" where
    the pattern means the formula "ARRÊTE :"."""
    return any(not PARTICIPLE.search(text, m.start(), m.end()) for m in pattern.finditer(fold(text)))


def _without_loose_pages(segments: list[Segment]) -> list[Segment]:
    """Drop covers, sommaires and other pages that decide nothing and belong to no act."""
    kept: list[Segment] = []
    new_index: dict[int, int] = {}
    for index, seg in enumerate(segments):
        if seg.kind == "other" and seg.part_of is None:
            continue
        new_index[index] = len(kept)
        kept.append(seg)
    for seg in kept:
        if seg.part_of is not None:
            seg.part_of = new_index.get(seg.part_of)
            if seg.part_of is None:
                seg.kind = "other"
    return kept
