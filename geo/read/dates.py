"""A report's date as ISO ``YYYY-MM-DD``: from a header, a column or a web page.

ISO dates and date-times (``2025-07-05``, ``2025-07-05T06:10:00Z``) are read directly. Every
other way of writing a date is read by python-dateutil:

- ``July 5, 2025``, ``5 July 2025``, ``Jul 5 2025``, ``2025/07/05``, RFC 2822
  (``Sat, 05 Jul 2025 06:10:00 +0300``), ``1/27/2014 12:00:00 AM``;
- month names in Ukrainian and Russian too (``5 липня 2025 р.``, ``5 июля 2025 г.``);
- ``D.M.Y`` is day first: ``05.07.2025`` is 5 July, as it is written in Ukraine and Russia;
  ``M/D/Y`` is month first unless the first number is over 12 (``27/01/2014``).

The date is the day as written: a time zone or offset is not converted. A value that names
no complete day (``July 2025``, ``yesterday``), a number other than ``YYYYMMDD`` (``250705``,
a timestamp) or a day that does not exist (``2025-02-30``) is not a date: :func:`parse_date`
returns None, and the reader warns and keeps the report without a date.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import ClassVar

from geo.patterns import compiled

__all__ = ["parse_date"]

_ISO = compiled(r"(\d{4})-(\d{2})-(\d{2})(?!\d)")
_DAY_FIRST = compiled(r"\d{1,2}\.\d{1,2}\.\d{2,4}(?!\d)")
# Two defaults that differ in year, month and day: a part missing from the value shows as a
# difference between the two readings, so no part is ever taken from a default.
_DEFAULTS = (dt.datetime(2000, 1, 1), dt.datetime(2001, 2, 2))
_MONTHS_UK_RU = (
    ("січня", "січень", "січ", "января", "январь", "янв"),
    ("лютого", "лютий", "лют", "февраля", "февраль", "фев"),
    ("березня", "березень", "бер", "марта", "март", "мар"),
    ("квітня", "квітень", "квіт", "апреля", "апрель", "апр"),
    ("травня", "травень", "трав", "мая", "май"),
    ("червня", "червень", "черв", "июня", "июнь", "июн"),
    ("липня", "липень", "лип", "июля", "июль", "июл"),
    ("серпня", "серпень", "серп", "августа", "август", "авг"),
    ("вересня", "вересень", "вер", "сентября", "сентябрь", "сен", "сент"),
    ("жовтня", "жовтень", "жовт", "октября", "октябрь", "окт"),
    ("листопада", "листопад", "лист", "ноября", "ноябрь", "ноя"),
    ("грудня", "грудень", "груд", "декабря", "декабрь", "дек"),
)
_YEAR_WORDS = ("р", "року", "рік", "г", "года", "год")


@lru_cache(maxsize=1)
def _info():
    """A dateutil ``parserinfo`` that knows Ukrainian and Russian month names too."""
    from dateutil import parser

    class _Info(parser.parserinfo):
        MONTHS: ClassVar[list] = [
            (*english, *local)
            for english, local in zip(parser.parserinfo.MONTHS, _MONTHS_UK_RU, strict=True)
        ]
        JUMP: ClassVar[list] = [*parser.parserinfo.JUMP, *_YEAR_WORDS]

    return _Info()


def _real_day(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _free_date(value: str) -> str | None:
    """A date in any other form, by python-dateutil (None when not a whole, real day)."""
    from dateutil import parser

    days = set()
    for default in _DEFAULTS:
        try:
            got = parser.parse(
                value,
                parserinfo=_info(),
                dayfirst=bool(_DAY_FIRST.match(value)),
                ignoretz=True,
                default=default,
            )
        except (ValueError, OverflowError, TypeError):
            return None
        days.add(got.date())
    return days.pop().isoformat() if len(days) == 1 else None


def parse_date(value: str) -> str | None:
    """Read a date as ISO ``YYYY-MM-DD``, or None when it is not one (see the module).

    Parameters
    ----------
    value : str
        A date as a report, table or web page writes it.

    Returns
    -------
    str or None
        The day, as written (an offset or time zone is not applied).

    Examples
    --------
    >>> parse_date("2025-07-05T06:10:00Z"), parse_date("July 5, 2025")
    ('2025-07-05', '2025-07-05')
    >>> parse_date("05.07.2025"), parse_date("Sat, 05 Jul 2025 06:10:00 +0300")
    ('2025-07-05', '2025-07-05')
    >>> parse_date("1/27/2014 12:00:00 AM"), parse_date("5 липня 2025 р.")
    ('2014-01-27', '2025-07-05')
    >>> parse_date("soon"), parse_date("July 2025"), parse_date("2025-02-30")
    (None, None, None)
    """
    value = value.strip()
    if not value or len(value) > 100:
        return None
    if m := _ISO.match(value):
        return _real_day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if value.isdigit() and len(value) != 8:  # a count or a timestamp; YYYYMMDD is a date
        return None
    return _free_date(value)
