"""One exception tree for strikemap.

Every error strikemap raises on purpose is a :class:`StrikemapError`; catch that to catch them
all. Its message is one line: the file (and line) or value at fault, what is wrong and what to
do, in Python terms: a keyword argument to change is written ``name=value`` or ``name=...``
("pass encoding='cp1251'", "choose one with layer=..."). The ``strikemap`` command prints the
same message with each such keyword worded as its option (``--encoding cp1251``,
``--layer``; see ``geo.cli.cli_wording``) and exits with status 2.

Examples
--------
>>> import geo
>>> try:
...     geo.extract("   ")
... except geo.InputError as exc:
...     print(exc)
<text>: the report is empty; give report text
>>> issubclass(geo.InputError, ValueError) and issubclass(geo.InputError, geo.StrikemapError)
True
"""

from __future__ import annotations

__all__ = ["DataError", "InputError", "MissingExtraError", "OutputError", "StrikemapError"]


class StrikemapError(Exception):
    """Base of every error strikemap raises on purpose; the message says what to do."""


class InputError(StrikemapError, ValueError):
    """A user's input (file, text, argument, name) cannot be used; the message says how to
    fix it."""


class OutputError(StrikemapError):
    """An output file cannot be written; the message names it and says what to do."""


class DataError(StrikemapError):
    """Shipped or derived reference data is missing or broken."""


class MissingExtraError(InputError, ImportError):
    """A feature was asked for whose optional library is not installed; the message names the
    extra to install (``pip install 'strikemap[png]'``, see :mod:`geo.extras`)."""
