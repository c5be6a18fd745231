"""The French wording catalogue: every family of wordings the rules look for, one module a topic.

Each family (`extractors.wording.Family`) is rows of (pattern, meaning, example); segmentation and
the extractors compile their regexes from them. Adding a wording met in a new collectivity's
documents is adding a row and its example here (docs/contributing.md).
"""

from __future__ import annotations

from extractors.fr import acts, attendance, people, texts, votes
from extractors.wording import Family

CATALOGUE: dict[str, Family] = {
    family.name: family
    for module in (acts, attendance, people, texts, votes)
    for family in vars(module).values()
    if isinstance(family, Family)
}
