"""When two printed names are the same person: one key per name, and initials against full names.

A name's key ignores order, accents, case, civility and punctuation, so "M. Jean-Claude LEROY",
"LEROY Jean-Claude" and "Jean-Claude Leroy" share one key and one `persons` row (an exact match,
safe to merge). "J.-C. LEROY" keeps a key of its own: it is the same person only when one full
name of the collectivity fits its initials, which `fits_initials` tells and the reader decides.
"""

from __future__ import annotations

import re

from extractors.folding import fold

# Civilities and titles printed before a name; never part of it.
TITLES = frozenset({"m", "mr", "mme", "mlle", "mm", "mmes", "monsieur", "madame", "mademoiselle", "dr", "me", "pr"})
TOKEN = re.compile(r"[a-z0-9]+")


def name_tokens(name: str) -> list[str]:
    """The folded words of a name, without civility: "M. Jean-Claude LEROY" → jean, claude, leroy."""
    tokens = TOKEN.findall(fold(name))
    while len(tokens) > 1 and tokens[0] in TITLES:
        tokens = tokens[1:]
    return tokens


def person_key(name: str) -> str:
    """The same text for every order, accent, case and civility of one name."""
    return " ".join(sorted(name_tokens(name)))


def has_initials(name: str) -> bool:
    """The name gives a first name by its initial ("J.-C. LEROY", "C.MARTEL")."""
    return any(len(token) == 1 for token in name_tokens(name))


def fits_initials(short: str, full: str) -> bool:
    """True when `short` names `full` by initials: "J.-C. LEROY" fits "Jean-Claude LEROY" and
    "LEROY Jean-Claude", not "Sophie LEROY" nor "Jean LEROY". Both must have the same words
    of two letters or more, and each initial of `short` one word of `full` left over."""
    short_tokens, full_tokens = name_tokens(short), name_tokens(full)
    initials = [t for t in short_tokens if len(t) == 1]
    if not initials or has_initials(full):
        return False
    rest = list(full_tokens)
    for word in (t for t in short_tokens if len(t) > 1):
        if word not in rest:
            return False
        rest.remove(word)
    return sorted(initials) == sorted(word[0] for word in rest)
