"""Accent and case folding, the one normalisation every rule runs on (it keeps the text's length)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})


def _fold_char(char: str) -> str:
    base = unicodedata.normalize("NFD", char.translate(APOSTROPHES))[0]
    folded = " " if base in "\u00a0\u202f\u2009" else base.lower()
    return folded if len(folded) == 1 else char


# Every character of the Latin scripts and general punctuation, folded once at import: fold() is
# called on every act's text many times, and per-character Unicode normalisation was a third of
# the parse time. Characters outside the table are kept as they are.
_FOLD_TABLE = {code: _fold_char(chr(code)) for code in range(0x2070) if _fold_char(chr(code)) != chr(code)}


# The rules fold the same short texts again and again (an act's head once per header fact, every
# roster name once per name matched: in all 23 times the document's text over a short archive);
# hashing a string is much cheaper than translating it. Only texts up to CACHED_CHARS are kept, so
# the cache holds a few megabytes at most, however long the documents.
CACHED_CHARS = 4000


def fold(text: str) -> str:
    """Lower-case, strip accents and unify apostrophes and spaces (same length as the input)."""
    return _cached_fold(text) if len(text) <= CACHED_CHARS else text.translate(_FOLD_TABLE)


@lru_cache(maxsize=512)
def _cached_fold(text: str) -> str:
    return text.translate(_FOLD_TABLE)
