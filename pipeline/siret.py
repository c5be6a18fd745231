"""Collectivity → SIRET: the mapping `delib export --siret FILE.csv` reads, and how an act is matched.

The documents never print a SIRET (14 digits: SIREN + establishment number); the @ctes receipt ID
prints the SIREN only, and a SIREN has one SIRET per establishment. So a SIRET comes from a
mapping the user gives, picked by the act's SIREN when it has one, else by its collectivity's
name; never made up from a SIREN alone.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from extractors.folding import fold
from pipeline.errors import SiretMappingInvalid
from pipeline.files import printable

SIRET = re.compile(r"\d{14}")
# Spaces a spreadsheet or a person puts between the digit groups ("218 601 946 00013").
DIGIT_GAPS = re.compile(r"[\s\u00a0\u202f.]")


def name_key(name: str) -> str:
    """A collectivity's name for matching: its words, lower case, without accents or punctuation
    ("Commune de Val-Fleuri" and "COMMUNE DE VAL FLEURI" are one key)."""
    return " ".join(re.findall(r"\w+", fold(name)))


@dataclass
class SiretMap:
    """The SIRET numbers of a mapping file, by name key and by SIREN (their first 9 digits)."""

    by_name: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    by_siren: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    @classmethod
    def load(cls, path: Path) -> SiretMap:
        """Read a CSV with a header line naming a `name` and a `siret` column (any case; comma,
        semicolon or tab separated; other columns ignored)."""
        shown = printable(str(path))
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise SiretMappingInvalid(f"{shown} is not UTF-8 text") from None
        except OSError as exc:
            raise SiretMappingInvalid(f"cannot read {shown}: {exc.strerror or exc}") from None
        lines = text.splitlines()
        if not lines:
            raise SiretMappingInvalid(f"{shown} is empty")
        delimiter = max(",;\t", key=lines[0].count)
        reader = csv.reader(lines, delimiter=delimiter)
        header = [column.strip().lower() for column in next(reader)]
        if "name" not in header or "siret" not in header:
            raise SiretMappingInvalid(f"{shown}: the header line has no `name` and `siret` columns")
        name_at, siret_at = header.index("name"), header.index("siret")
        mapping = cls()
        for number, cells in enumerate(reader, start=2):
            if not any(cell.strip() for cell in cells):
                continue
            name = cells[name_at].strip() if name_at < len(cells) else ""
            siret = DIGIT_GAPS.sub("", cells[siret_at]) if siret_at < len(cells) else ""
            if not SIRET.fullmatch(siret):
                raise SiretMappingInvalid(f"{shown}, line {number}: {siret!r} is not a SIRET number (14 digits)")
            if name:
                mapping.by_name[name_key(name)].add(siret)
            mapping.by_siren[siret[:9]].add(siret)
        return mapping

    def siret(self, collectivity: str | None, siren: str | None) -> str | None:
        """The one SIRET of the act's SIREN (the name choosing among several establishments), or,
        for an act without a SIREN, the one SIRET of its collectivity's name; None when there is
        none or more than one. A name whose SIRET has another SIREN than the act's is a namesake
        (many communes share a name), not a match."""
        named = self.by_name.get(name_key(collectivity), set()) if collectivity else set()
        if siren:
            candidates = self.by_siren.get(siren, set())
            candidates = (candidates & named) or candidates
        else:
            candidates = named
        return next(iter(candidates)) if len(candidates) == 1 else None
