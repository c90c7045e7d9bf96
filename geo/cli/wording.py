"""Library messages worded for the command line: ``encoding=...`` becomes ``--encoding``."""

from __future__ import annotations

import re

from geo.patterns import compiled

__all__ = ["CLI_OPTIONS", "cli_wording"]

#: Keyword arguments of the Python API that library messages name (``encoding=...``), and the
#: option each is on the command line. The library words its messages in Python terms
#: (:mod:`geo.errors`); :func:`cli_wording` rewords them for the command line.
CLI_OPTIONS = {
    "encoding": "--encoding",
    "layer": "--layer",
    "code_col": "--code-col",
    "name_col": "--name-col",
    "text_col": "--text-col",
    "place_col": "--place-col",
    "lat_col": "--lat-col",
    "lon_col": "--lon-col",
    "max_report_size": "--max-report-size",
    "max_report_seconds": "--max-report-seconds",
    "jobs": "--jobs",
    "skip_bad": "--skip-bad",
    "force": "--force",
    "scheduler": "--scheduler",
}
_KEYWORD_RE = compiled(
    r"\b(" + "|".join(CLI_OPTIONS) + r")=(\.\.\.|True\b|'[^']*'|\"[^\"]*\"|[\w.:/+-]+)?"
)


def cli_wording(message: str) -> str:
    """A library message worded for the command line: each keyword argument it names
    (``encoding='cp1251'``, ``layer=...``, ``force=True``) becomes its option (``--encoding
    cp1251``, ``--layer``, ``--force``).

    >>> cli_wording("a.txt: cannot decode; pass encoding=... or encoding='koi8-r'")
    'a.txt: cannot decode; pass --encoding or --encoding koi8-r'
    >>> cli_wording("jobs=0: give 1 or more worker processes")
    '--jobs 0: give 1 or more worker processes'
    """

    def option(m: re.Match[str]) -> str:
        value = m.group(2) or ""
        if value in ("...", "True", ""):
            return CLI_OPTIONS[m.group(1)]
        return f"{CLI_OPTIONS[m.group(1)]} {value.strip(chr(39) + chr(34))}"

    return _KEYWORD_RE.sub(option, message)
