"""Named entities of an act's prose: civility-anchored persons first, then spaCy's French NER.

spaCy's `fr_core_news_sm` misses surnames printed in capitals and tags "Abstention" as a person
(FACTS.md), so persons come from the civility rule ("M.", "Mme") and NER adds organisations,
places and the persons it finds in running prose. The model is loaded once per process, from the
installed package, with only its NER component.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.common import normalize_name
from extractors.fr.people import CIVILITY
from extractors.people import match_roster
from extractors.stages import Section
from schemas.record import Entity

MODEL = "fr_core_news_sm"
# NER is most of the cost of a parse (FACTS.md): read the head of the decision, where the
# beneficiaries and places are named, and no more.
MAX_NER_CHARS = 3000
CIVILITY_PERSON = re.compile(
    rf"\b{CIVILITY.alternation('M.', 'Mme', 'MM.')}\s+((?:[A-ZÉÈÀÂÎÏÔÛÇ][\w'\-]+\s+){{0,3}}[A-ZÉÈÀÂÎÏÔÛÇ][A-ZÉÈÀÂÎÏÔÛÇ'\-]+(?:\s+[A-ZÉÈ][a-zéèêëàâîïôûç\-]+)?)"
)
# Words NER tags as persons in deliberations that are never people.
NOT_PERSONS = frozenset({"abstention", "abstentions", "pour", "contre", "vu", "article", "considérant", "décide"})


@lru_cache(maxsize=1)
def load_model():
    """The installed French model, NER only (3.3 s and 178 MB instead of the full pipeline)."""
    import spacy

    return spacy.load(MODEL, disable=["tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter"])


def parse_entities(section: Section, roster: list[str] | None = None) -> list[Entity]:
    """Persons, organisations, places and other names of a section, each once per text."""
    text = section.text[:MAX_NER_CHARS]
    entities: list[Entity] = []
    seen: set[tuple[str, str]] = set()
    for match in CIVILITY_PERSON.finditer(text):
        parsed = normalize_name(match.group(0))
        if parsed:
            _add(entities, seen, "PER", match_roster(parsed[1], roster), section, match.start(), match.end())
    flat = re.sub(r"\s", " ", text)  # line breaks collapsed: NER finds more names on prose lines
    doc = load_model()(flat)
    for ent in doc.ents:
        label = ent.label_ if ent.label_ in ("PER", "ORG", "LOC", "MISC") else "MISC"
        value = " ".join(ent.text.split()).strip(" «»\"'")
        if len(value) < 3 or value.lower() in NOT_PERSONS or not re.search(r"[^\W\d_]{2,}", value):
            continue
        if label == "PER":
            if any(e.label == "PER" and value.split()[-1].upper() in e.text.upper() for e in entities):
                continue
            parsed = normalize_name(value)
            value = match_roster(parsed[1], roster) if parsed else value
        _add(entities, seen, label, value, section, ent.start_char, ent.end_char)
    return entities


def _add(
    entities: list[Entity], seen: set[tuple[str, str]], label: str, value: str, section: Section, start: int, end: int
) -> None:
    key = (label, value.lower())
    if key not in seen:
        seen.add(key)
        entities.append(Entity(label=label, text=value, source=section.source(start, end)))
