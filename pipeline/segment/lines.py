"""The lines segmentation reads, shared by its strategies: vote lines and phrases, decision
markers, procedural items, and headings, prose and page furniture (letterheads, margin boxes).
"""

from __future__ import annotations

import re

from extractors.common import fold
from extractors.fr.acts import PROCEDURAL_ITEM
from extractors.fr.votes import DECISION_MARKER
from extractors.fr.votes import VOTE_LINE as VOTE_LINE_OPENING
from extractors.fr.votes import VOTE_PHRASE as VOTE_PHRASE_WORDING
from extractors.stages import DocText

# Running headers ("Région … – Séance du …", "Page 2 sur 2") can push an act heading down.
TOP_LINES = 10


DECISION = DECISION_MARKER.compile()


# A vote line closes an item in minutes whose items carry no number: "Vote : à l'unanimité",
# "Adopté à l'unanimité", "Pour : 12 – Contre : 1".
VOTE_LINE = VOTE_LINE_OPENING.compile(r"^[ \t]*", r"[^\n]*$")


# Procedural votes open a meeting but decide nothing of their own (README of the corpus: not acts).
PROCEDURAL = PROCEDURAL_ITEM.compile()


def running_lines(doc: DocText) -> set[str]:
    """Lines printed at the top of several pages (letterheads, margin boxes), folded."""
    seen: dict[str, int] = {}
    for page in doc.pages:
        for line in {line_key(line) for line in page.text.split("\n")[: TOP_LINES * 2]}:
            seen[line] = seen.get(line, 0) + 1
    return {line for line, count in seen.items() if count >= 2 and line}


def line_key(line: str) -> str:
    return re.sub(r"[^a-z]", "", fold(line))


def heading_like(line: str, running: set[str]) -> bool:
    """A short line of words, not a sentence, not a label, not the page's letterhead or cartouche."""
    words = re.findall(r"[^\W\d_]{3,}", line)
    return (
        2 <= len(words) <= 20
        and not line.endswith((":", ".", ";", ","))
        and line_key(line) not in running
        and not CARTOUCHE.search(line)
        and not SENTENCE.search(line)
        and not SPEAKER_LABEL.match(line)
    )


# Words that make a line a sentence rather than a title: the verbs minutes report with
# ("Monsieur le Maire propose …", "Personne ne prenant la parole, il est passé au vote").
SENTENCE = re.compile(
    r"\b(?:est|sont|(?-i:a)|ont|[ée]tait|sera|propose|pr[ée]sente|demande|expose|informe|rappelle|indique|pr[ée]cise|"
    r"souhaite|d[ée]cide|explique|donne|prenant|passe|pass[ée])\b",
    re.I,
)


AGENDA_LABEL = re.compile(r"^[ \t]*ordre\s+du\s+jou\w*\s*:?\s*$", re.I)


# "Rapporteur : Mme Anne PETIT" names who presents the item; it is not its title.
SPEAKER_LABEL = re.compile(r"^[ \t]*(?:rapporteu\w*|pr[ée]sent[ée]e?\s+par|intervenant\w*)\b", re.I)


def prose_line(line: str, running: set[str]) -> bool:
    """A line of the item's text: four words or more that are not a title, a label or page furniture."""
    return (
        len(re.findall(r"[^\W\d_]{2,}", line)) >= 4
        and not heading_like(line, running)
        and line_key(line) not in running
        and not CARTOUCHE.search(line)
    )


# The standard margin box (cartouche) of French deliberation pages, repeated on every page:
# "Nombre de membres en exercice", "qui ont pris part à la délibération", "Date de la convocation",
# "Objet : Compte rendu du conseil municipal du …", the Republic's and the département's names.
CARTOUCHE = re.compile(
    r"en\s+exercice|pris\s+part|procurations?\b|de\s+la\s+convocation\b|^objet\b|^compte\s+rendu\s*$|"
    r"^co\w*\s+mu\w*\s+du\s*$|r[ée]publique\s+fran[çc]aise|^d[ée]partement\s+d|pr[ée]fecture|re[çc]u\s+le|"
    # (and "Nombre de membres", as a scan's OCR reads it: "bre de membres", "Nombre de menhres")
    r"^\W*\w{0,9}\s*de\s+me\w{1,5}s\s*$|"
    r"^\s*(?:page\s+)?\d+\s*(?:/|sur)\s*\d+\s*$",
    re.I,
)


VOTE_PHRASE = VOTE_PHRASE_WORDING.compile()


def page_top(text: str) -> str:
    lines = [line for line in text.split("\n") if line.strip()]
    return fold("\n".join(lines[:TOP_LINES]))


def match_table(table: list[tuple[str, str]], top: str) -> str | None:
    for pattern, value in table:
        if re.search(rf"^\s*(?:{fold(pattern)})", top, re.I | re.M):
            return value
    return None
