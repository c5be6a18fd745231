"""Accent and case folding, the one normalisation every rule runs on (it keeps the text's length)."""

from __future__ import annotations

import unicodedata

APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})


def _fold_char(char: str) -> str:
    base = unicodedata.normalize("NFD", char.translate(APOSTROPHES))[0]
    folded = " " if base in "\u00a0\u202f\u2009" else base.lower()
    return folded if len(folded) == 1 else char


# Every character of the Latin scripts and general punctuation, folded once at import: fold() is
# called on every act's text many times, and per-character Unicode normalisation was a third of
# the parse time. Characters outside the table are kept as they are.
_FOLD_TABLE = {code: _fold_char(chr(code)) for code in range(0x2070) if _fold_char(chr(code)) != chr(code)}


def fold(text: str) -> str:
    """Lower-case, strip accents and unify apostrophes and spaces (same length as the input)."""
    return text.translate(_FOLD_TABLE)
