"""French text helpers: whole numbers and dates in words, dates in figures, euro amounts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

NBSP = "\u00a0"
MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
_UNITS = [
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
]
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def _below_100(n: int) -> str:
    if n <= 16:
        return _UNITS[n]
    if n < 20:
        return "dix-" + _UNITS[n - 10]
    if n < 70:
        tens, unit = divmod(n, 10)
        if unit == 0:
            return _TENS[tens]
        return _TENS[tens] + (" et un" if unit == 1 else "-" + _UNITS[unit])
    if n < 80:
        return "soixante et onze" if n == 71 else "soixante-" + _below_100(n - 60)
    return "quatre-vingts" if n == 80 else "quatre-vingt-" + _below_100(n - 80)


def _below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    if hundreds == 0:
        return _below_100(rest)
    head = "cent" if hundreds == 1 else _UNITS[hundreds] + " cent"
    if rest == 0:
        return head + ("s" if hundreds > 1 else "")
    return head + " " + _below_100(rest)


def fr_number(n: int) -> str:
    """A whole number in French words (traditional spelling): 2024 -> "deux mille vingt-quatre"."""
    thousands, rest = divmod(n, 1000)
    if thousands == 0:
        return _below_1000(rest)
    head = "mille" if thousands == 1 else _below_1000(thousands) + " mille"
    return head if rest == 0 else head + " " + _below_1000(rest)


def session_opening_words(day: date, hour: int, minute: int) -> str:
    """ "L'an deux mille vingt-quatre, le vingt-six mars à dix-huit heures trente" """
    day_words = "premier" if day.day == 1 else fr_number(day.day)
    hour_words = fr_number(hour)
    if hour_words.endswith(" et un"):
        hour_words += "e"  # "vingt et une heures"
    time_words = f"{hour_words} heure{'s' if hour > 1 else ''}"
    if minute:
        time_words += " " + fr_number(minute)
    return f"L'an {fr_number(day.year)}, le {day_words} {MONTHS[day.month - 1]} à {time_words}"


def opening_words_mil(day: date, hour: int) -> str:
    """ "L'an deux mil vingt-quatre, le dix-huit du mois de juin, à vingt heures" (the "mil"
    spelling and "du mois de" of rural registers)."""
    year = fr_number(day.year).replace("mille", "mil")
    day_words = "premier" if day.day == 1 else fr_number(day.day)
    hour_words = fr_number(hour) + (" heure" if hour == 1 else " heures")
    return f"L'an {year}, le {day_words} du mois de {MONTHS[day.month - 1]}, à {hour_words}"


def date_long(day: date) -> str:
    """ "26 mars 2024", "1er juin 2024" """
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {MONTHS[day.month - 1]} {day.year}"


def date_num(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def money(
    value: str | int | Decimal,
    *,
    sep: str = NBSP,
    cents: bool | None = None,
    unit: str = "€",
    unit_sep: str = NBSP,
    decimal_mark: str = ",",
    minus: str = "- ",
) -> str:
    """Print an amount the way French documents do.

    money("35830") -> "35 830 €" (U+00A0 separators); money("1234567.89", sep=".",
    unit="euros", unit_sep=" ") -> "1.234.567,89 euros"; money("-2500", cents=True) ->
    "- 2 500,00 €" (minus="-" gives "-2 500,00 €"); unit="" gives the bare figure used in
    table cells.
    """
    amount = Decimal(str(value))
    show_cents = cents if cents is not None else amount != amount.to_integral_value()
    magnitude = abs(amount)
    if show_cents:
        whole, frac = f"{magnitude:.2f}".split(".")
    else:
        whole, frac = str(int(magnitude)), ""
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = sep.join(groups) + (decimal_mark + frac if frac else "")
    if amount < 0:
        text = minus + text
    return text + (unit_sep + unit if unit else "")


def json_number(value: Decimal) -> int | float:
    """Whole euros as integers, the rest as floats (the contract's serialisation of amounts)."""
    return int(value) if value == value.to_integral_value() else float(value)
