"""Fields in spec texts: "{2500 €}", "{maire}", "{maire:last_first}", "{day:long}", "{voters}".

A field is ``{name}`` or ``{name:format}``.  A name that is a figure followed by a unit prints an
amount (``{2500 €}`` -> "2 500 €" with U+00A0 separators, ``{195000.00 €}`` shows the cents,
``{12500 euros TTC}`` -> "12 500 euros TTC"); other names are looked up in the environment
given by the caller (people, session facts, the act, the vote):

- a person prints with the sample's name format, or with the format named after the colon
  (``first_last``, ``civ_first_last``, ``last_first``, ``civ_last_first``, ``civ_last``,
  ``title_caps``, ``formal``, ``initials_last``, ``first``, ``last``, ``civility``; see
  ``model.NAME_FORMATS``);
- a list of people prints their names joined by ", ";
- a date prints as ``long`` ("1er juin 2024"), ``LONG`` (capitals), ``num`` ("01/06/2024"),
  ``day_words`` ("un"), ``month`` ("juin") or ``year_words`` ("deux mille vingt-quatre");
- ``{opening}`` prints the session's "L'an …, le … à … heures" (``{opening:mil}``: "L'an deux
  mil …, le … du mois de …, à … heures");
- anything else prints as ``str()``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from .french import MONTHS, date_long, date_num, fr_number, money, opening_words_mil, session_opening_words
from .model import NAME_FORMATS, NameFormat, Person, Session

_FIELD = re.compile(r"\{([^{}]+)\}")
_AMOUNT = re.compile(r"(-?\d+(?:\.\d+)?) (.+)")

DATE_FORMATS: dict[str, Callable[[date], str]] = {
    "long": date_long,
    "LONG": lambda d: date_long(d).upper(),
    "num": date_num,
    "day_words": lambda d: fr_number(d.day),
    "month": lambda d: MONTHS[d.month - 1],
    "year_words": lambda d: fr_number(d.year),
}


@dataclass(frozen=True)
class Opening:
    """The session's opening words, printed by ``{opening}``."""

    session: Session


def session_fields(s: Session) -> dict[str, Any]:
    """The fields a session gives to templates (those it prints: None values are left out)."""
    fields = dict(
        day=s.day,
        convocation=s.convocation,
        opening=Opening(s),
        in_office=s.in_office,
        present_count=s.present_count,
        voters=s.voters,
        represented=s.proxies,
        away=s.away,
        president=s.president,
        secretary=s.secretary,
    )
    return {k: v for k, v in fields.items() if v is not None}


def amount(figure: str, unit: str) -> str:
    """ "2500", "€" -> "2 500 €"; a figure written with a decimal point shows its cents."""
    cents = True if "." in figure else None
    if unit == "€":
        return money(figure, cents=cents)
    return money(figure, cents=cents, unit=unit, unit_sep=" ")


def render(value: Any, spec: str, namer: NameFormat) -> str:
    """One field's value as text, `spec` being the part after the colon."""
    if isinstance(value, Person):
        return NAME_FORMATS[spec](value) if spec else namer(value)
    if isinstance(value, list):
        return ", ".join(render(v, spec, namer) for v in value)
    if isinstance(value, date):
        return DATE_FORMATS[spec](value)
    if isinstance(value, Opening):
        s = value.session
        if spec == "mil":
            return opening_words_mil(s.day, s.hour)
        return session_opening_words(s.day, s.hour, s.minute)
    assert not spec, f"format {spec!r} given for {value!r}"
    return str(value)


def fill(text: str, env: Mapping[str, Any], namer: NameFormat, markup: bool = False) -> str:
    """Replace the fields of `text`; with `markup` the text is reportlab markup and the
    replaced values are escaped."""

    def field(match: re.Match) -> str:
        name, _, spec = match.group(1).partition(":")
        if figure := _AMOUNT.fullmatch(name):
            out = amount(*figure.groups())
        elif name in env:
            out = render(env[name], spec, namer)
        else:
            raise KeyError(f"unknown field {{{match.group(1)}}} in {text!r}")
        return escape(out) if markup else out

    return _FIELD.sub(field, text)
