"""People in lists: turning printed name lists into normalised names linked to the roster."""

from __future__ import annotations

import re

from extractors.common import fold, normalize_name, split_names


def names_in(text: str, roster: list[str] | None = None) -> list[str]:
    """Normalised names of the people listed in text ("M. A, Mme B et M. C"), matched to the roster."""
    names = []
    for part in split_names(text):
        parsed = normalize_name(part)
        if parsed and re.search(r"[^\W\d_]{2,}", parsed[1]):
            names.append(match_roster(parsed[1], roster))
    return names


def match_roster(name: str, roster: list[str] | None) -> str:
    """The roster's spelling of a name printed in part ("M. DUPONT", "M. Dupont") when it is unique."""
    if not roster:
        return name
    key = fold(name).split()
    exact = [r for r in roster if fold(r).split() == key]
    if exact:
        return exact[0]
    surname = key[-1] if key else ""
    matches = [r for r in roster if surname and fold(r).split()[-1:] == [surname]]
    if len(key) > 1:
        matches = [r for r in matches if fold(r).split()[0][:1] == key[0][:1]]
    return matches[0] if len(matches) == 1 else name
