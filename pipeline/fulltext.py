"""The words of full-text search: one folding for the index and the query, and a safe FTS5 query.

Folding lower-cases, strips accents and reduces simple French plurals to the singular, so that
`deliberation ecole` finds "délibérations … écoles" and `subvention` finds "subventions". The same
function folds the indexed text (`acts_search`, written by the store) and the user's terms, so the
rules only need to agree with themselves, not with a dictionary.

User input never reaches FTS5 syntax: every word is quoted, so a quote, `*`, `AND`, `NEAR(`,
`-` or a column name in the terms are words or nothing, never an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.folding import fold

WORD = re.compile(r"[a-z0-9]+")
# Capitalised FTS5 operators typed by a user who knows FTS ("ecole AND travaux", "NEAR(a b)"):
# implicit AND already joins the words.
OPERATOR = re.compile(r"^(?:AND|OR|NOT|NEAR)(?:\(|$)")
# More words than anyone types on purpose: the rest of a pasted page is left out.
MAX_TERMS = 32


def fold_word(word: str) -> str:
    """The singular of a folded word: "ecoles" → "ecole", "reseaux" → "reseau", "municipaux" →
    "municipal". Short words are kept ("bus", "pas")."""
    if len(word) > 4 and word.endswith("eaux"):
        return word[:-1]
    if len(word) > 4 and word.endswith("aux"):
        return word[:-3] + "al"
    if len(word) > 3 and word[-1] in "sx" and not word.endswith("ss"):
        return word[:-1]
    return word


def words(text: str) -> list[tuple[int, int, str]]:
    """Every word of a text with its span and its folded form (fold keeps the text's length)."""
    return [(m.start(), m.end(), fold_word(m.group())) for m in WORD.finditer(fold(text))]


def fold_text(text: str | None) -> str:
    """The text as it is indexed: its folded words, separated by spaces."""
    return " ".join(word for _, _, word in words(text or ""))


@dataclass(frozen=True)
class Terms:
    """A user's search, made safe: `match` for FTS5, `words` to mark the snippet."""

    match: str
    words: tuple[str, ...]
    prefixes: tuple[str, ...]
    dropped: int  # words left out beyond MAX_TERMS


def parse_terms(query: str) -> Terms | None:
    """The FTS5 expression of what the user typed, or None when it holds no word at all.

    "double-quoted words" are a phrase; a word ending in `*` is a prefix; everything else is a
    word that must occur. Operators in capitals are dropped (the words are ANDed anyway).
    """
    parts: list[str] = []
    found: list[str] = []
    prefixes: list[str] = []
    dropped = 0
    for index, chunk in enumerate(query.split('"')):
        phrase = index % 2 == 1 and index < len(query.split('"')) - 1  # an unbalanced quote opens nothing
        tokens = [] if phrase else chunk.split()
        if phrase:
            folded = [word for _, _, word in words(chunk)]
            if folded:
                parts.append('"' + " ".join(folded) + '"')
                found.extend(folded)
            continue
        for token in tokens:
            token = OPERATOR.sub("", token)
            folded = [word for _, _, word in words(token)]
            if not folded:
                continue
            if len(found) >= MAX_TERMS:
                dropped += 1
                continue
            if token.endswith("*") and len(folded) == 1:
                # The prefix as typed, folded but not singularised: "délibération*" is "deliberation"*.
                stem = WORD.findall(fold(token))[-1]
                parts.append(f'"{stem}"*')
                prefixes.append(stem)
            else:
                parts.append('"' + " ".join(folded) + '"')
                found.extend(folded)
    if not parts:
        return None
    return Terms(" ".join(parts), tuple(found), tuple(prefixes), dropped)
