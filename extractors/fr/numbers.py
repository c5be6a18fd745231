"""French month names and number words (lexicons: a word and its value)."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "janvier": 1,
    "fevrier": 2,
    "février": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "aout": 8,
    "août": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "decembre": 12,
    "décembre": 12,
}

# Number words up to the thousands, enough for dates written in words ("deux mille vingt-quatre").
NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    "un": 1,
    "une": 1,
    "premier": 1,
    "1er": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "vingt": 20,
    "vingts": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "cent": 100,
    "cents": 100,
    "mille": 1000,
    "mil": 1000,
}

# The number words a vote count may be written in ("une abstention", "deux voix contre"): those up
# to twenty, longest first so that "une" is not read as "un".
SMALL_COUNT_WORDS = "|".join(
    sorted(
        (w for w, v in NUMBER_WORDS.items() if 1 <= v <= 20 and w.isalpha() and w != "premier"), key=len, reverse=True
    )
)
