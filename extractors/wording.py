"""The shape of the wording catalogue: families of French wordings, each row a pattern, its meaning
and an example.

A family is one kind of wording that the rules look for (vote labels, attendance headings, proxy
links…). Its rows are tried in order; each keeps a real-looking example that a generated test
(tests/test_wording.py) matches against its own row and against the rows of the families it must
not be read as. The extractors compile their regexes from the families (`alternation`,
`table`) and keep only the grammar around them: where a count, a name or a line break goes.
The French data lives in `extractors/fr/`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.folding import fold


@dataclass(frozen=True)
class Wording:
    """One wording: a regex (without anchors), what it means, and an example it must match."""

    pattern: str
    meaning: str
    example: str


@dataclass(frozen=True)
class Family:
    """An ordered set of wordings of one kind. `folded` families are matched on `fold(text)`
    (their patterns are folded when compiled); the others on the text as printed, case aside.
    `conflicts` names the families whose rows must not match this family's examples; `before` and
    `after` are the context the rules require around a row (a line start, a word's end), so that a
    family is read in the catalogue as the rules read it."""

    name: str
    rows: tuple[Wording, ...]
    folded: bool = True
    conflicts: tuple[str, ...] = field(default=())
    before: str = ""
    after: str = ""

    def patterns(self, meanings: tuple[str, ...] | None = None) -> list[str]:
        """The patterns in order, those of the given meanings only when `meanings` is given; folded
        for a folded family."""
        rows = [row for row in self.rows if meanings is None or row.meaning in meanings]
        return [fold(row.pattern) if self.folded else row.pattern for row in rows]

    def alternation(self, *meanings: str) -> str:
        """One non-capturing alternation of the rows (of `meanings`, when given), in order."""
        return "(?:" + "|".join(f"(?:{p})" for p in self.patterns(meanings or None)) + ")"

    def compile(self, prefix: str = "", suffix: str = "", *meanings: str) -> re.Pattern[str]:
        """The alternation between `prefix` and `suffix`, case-insensitive, `^`/`$` at lines."""
        return re.compile(f"{prefix}{self.alternation(*meanings)}{suffix}", re.IGNORECASE | re.MULTILINE)

    def table(self) -> list[tuple[str, str]]:
        """(pattern, meaning) pairs in order, for the rules that read a table row by row."""
        return [(row.pattern, row.meaning) for row in self.rows]

    def reading(self, text: str, whole: bool = False) -> Wording | None:
        """The first row that matches the text (folded for a folded family), or all of it when
        `whole`: how the rules read it."""
        target = fold(text) if self.folded else text
        match = re.fullmatch if whole else re.search
        for row, pattern in zip(self.rows, self.patterns()):
            if match(f"{self.before}(?:{pattern}){self.after}", target, re.IGNORECASE | re.MULTILINE):
                return row
        return None
