"""Read reports: text, Markdown or HTML files, directories, stdin, JSONL and CSV.

A text or Markdown file may start with a header block of ``Key: value`` lines (Title, Date,
Source, URL) ended by a blank line, or with ``---`` front matter holding the same keys. An
HTML page gives its article, title and date (:mod:`geo.read.article`). Dates are read by
:func:`geo.read.dates.parse_date`; one that cannot be read is a warning naming the file (and
line) and the value, and the report is kept without a date.

JSONL and CSV files are streamed a line at a time (:func:`iter_inputs`), so memory stays flat
however long the file: a line, CSV record or text file over the size limit is refused with a
reason, not read. The encoding is detected per file and decoding is per line (JSONL) or per
record (CSV), so one bad line costs one record; every string read passes through
:func:`geo.read.cleantext.clean_text`. A record that cannot be read is reported, never dropped
without a word: it raises :class:`~geo.errors.InputError` naming file and line, or, under
``--skip-bad``, is passed to ``on_skip`` and reading goes on with the next one.

A row of a table that has no report text but names places (a free place-text column such as
``target``), carries coordinates (``latitude``/``longitude``) or ACLED/UCDP-style columns
becomes a :class:`Row`, which :mod:`geo.read.tables` turns into an extraction.
"""

from __future__ import annotations

import bisect
import codecs
import csv
import functools
import hashlib
import json
import os
import re
import stat
import sys
import warnings
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, NamedTuple

from geo.errors import InputError
from geo.patterns import compiled
from geo.read.article import read_article
from geo.read.cleantext import clean_text
from geo.read.dates import parse_date
from geo.read.decoding import (
    SNIFF_BYTES,
    Detection,
    decode_bytes,
    decode_line,
    detect_encoding,
    incremental_decoder,
    repair_text,
)
from geo.records import Report

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Columns",
    "Note",
    "Pending",
    "Read",
    "Row",
    "SeenDigests",
    "Source",
    "Sources",
    "cells_item",
    "format_size",
    "is_event_table",
    "iter_inputs",
    "iter_reports",
    "parse_date",
    "read_reports",
    "read_source",
    "skip_reason",
    "text_report",
]

#: Default size limit of one report: a text file, a JSONL line or a CSV record.
DEFAULT_MAX_BYTES = 10 << 20
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ".html", ".htm"}
TABLE_SUFFIXES = {".jsonl", ".ndjson", ".csv", ".tsv"}
_HEADER_RE = compiled(r"^(title|date|source|url|id)\s*:\s*(.*)$", re.I)
#: Columns that make a table without report text an event table (see :mod:`geo.read.tables`).
EVENT_COLUMNS = frozenset(
    {
        "target",
        "launch_place",
        "location",
        "admin1",
        "adm_1",
        "latitude",
        "longitude",
        "lat",
        "lon",
        "where_coordinates",
    }
)


@dataclass(frozen=True)
class Columns:
    """Column names of a JSONL or CSV input (``--text-col``, ``--title-col``, ...).

    Parameters
    ----------
    text, title, date, id, source, url : str
        Column (or JSON key) of each report field; matched case-insensitively.
    place : str or None
        A column of free place text ("Kharkiv oblast and Sumy oblast") for event tables.
    lat, lon : str or None
        Coordinate columns of an event table (default: ``latitude``/``lat`` and
        ``longitude``/``lon``).
    """

    text: str = "text"
    title: str = "title"
    date: str = "date"
    id: str = "id"
    source: str = "source"
    url: str = "url"
    place: str | None = None
    lat: str | None = None
    lon: str | None = None

    def lowered(self) -> Columns:
        """The same columns, lower-cased for matching."""
        return Columns(**{k: (v.strip().lower() if v else v) for k, v in self.__dict__.items()})


@dataclass(frozen=True)
class Row:
    """One row of an event table: its cells, keyed by lower-case column name.

    Parameters
    ----------
    id : str
        ``file:row`` (the row's line number in the file), or the id column when given.
    where : str
        ``file:line`` for messages.
    fields : dict of str to str
        The cells, keys lower-cased and stripped.
    date : str or None
        ISO ``YYYY-MM-DD`` from the date column, when one is found.
    columns : Columns
        The column options in force (for the place and coordinate columns).
    numbered : bool
        True when ``id`` is ``file:row`` (the table has no id column).
    """

    id: str
    where: str
    fields: dict[str, str] = field(repr=False)
    date: str | None = None
    columns: Columns = field(default_factory=Columns, repr=False)
    numbered: bool = field(default=False, repr=False, compare=False)


Skip = Callable[[str, str], None]
"""Called as ``on_skip(where, reason)`` for each input skipped under ``skip_bad``."""

Warn = Callable[[str, str], None]
"""Called as ``on_warn(where, message)`` for input read with a doubt (replaced bytes)."""

_CHUNK = 1 << 20
_LONE_CR = compiled(r"\r(?!\n)")
_BIG_INT_DIGITS = 4000  # below Python's int conversion limit (4300 digits)


def format_size(n: int) -> str:
    """A byte count for messages: ``512 bytes``, ``64 KB``, ``10 MB``, ``1.5 GB``."""
    for unit, size in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= size:
            value = n / size
            return (
                f"{value:.0f} {unit}"
                if value >= 10 or value == int(value)
                else (f"{value:.1f} {unit}")
            )
    return f"{n} bytes"


def _too_big(what: str, size: int, max_bytes: int, *, at_least: bool = False) -> str:
    size_text = ("over " if at_least else "") + format_size(size)
    return (
        f"{what} is {size_text}, over the {format_size(max_bytes)} limit of one report; "
        "split it, or raise the limit with max_report_size=..."
    )


def _split_header(raw: str) -> tuple[dict[str, str], str]:
    lines = raw.split("\n")
    meta: dict[str, str] = {}
    if lines and lines[0].strip() == "---":
        for i, line in enumerate(lines[1:], 1):
            if line.strip() == "---":
                return meta, "\n".join(lines[i + 1 :])
            m = _HEADER_RE.match(line.strip())
            if m:
                meta[m.group(1).lower()] = m.group(2).strip().strip("\"'")
        return {}, raw
    i = 0
    while i < len(lines) and _HEADER_RE.match(lines[i].strip()):
        m = _HEADER_RE.match(lines[i].strip())
        meta[m.group(1).lower()] = m.group(2).strip()
        i += 1
    if meta and (i == len(lines) or not lines[i].strip()):
        return meta, "\n".join(lines[i:])
    return {}, raw


def _date_of(value: str | None, where: str, on_warn: Warn | None) -> str | None:
    """The ISO day of a date header or cell; a value that is not one is warned about."""
    if not value:
        return None
    iso = parse_date(value)
    if iso is None:
        (on_warn or _warn)(
            where,
            f"date {value!r} cannot be read as a day; the report is kept without a date "
            "(write it as YYYY-MM-DD)",
        )
    return iso


def _make_report(
    text: str,
    where: str,
    default_id: str,
    meta: dict[str, str],
    on_warn: Warn | None = None,
) -> Report:
    text = clean_text(text).replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    if not text.strip():
        raise InputError(f"{where}: the report is empty; give report text")
    meta = {k: clean_text(v) for k, v in meta.items()}
    return Report(
        id=meta.get("id") or default_id,
        text=text,
        title=meta.get("title") or None,
        date=_date_of(meta.get("date"), where, on_warn),
        source=meta.get("source") or None,
        url=meta.get("url") or None,
        path=where,
    )


def _text_id(text: str) -> str:
    return "r" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def _read_text_file(path: Path, raw: str, on_warn: Warn | None = None) -> Report:
    """A text, Markdown or HTML file's report: its header (or the page's title and date)."""
    where = str(path)
    meta, body = _split_header(raw)
    if path.suffix.lower() in (".html", ".htm"):
        body, page = read_article(body, where, on_warn or _warn)
        meta = {**page, **meta}
    return _make_report(body, where, path.stem, meta, on_warn)


def _meta(cells: dict[str, object], cols: Columns) -> dict[str, str]:
    out = {}
    for key in ("id", "title", "date", "source", "url"):
        value = cells.get(getattr(cols, key))
        if value not in (None, ""):
            out[key] = str(value).strip()
    return out


def is_event_table(names: Iterable[str], cols: Columns) -> bool:
    """Whether records with these column names (lower case) and no text are event-table
    rows: a column of :data:`EVENT_COLUMNS` or a place or coordinate column named in
    ``cols``."""
    names = set(names)
    own = {c for c in (cols.place, cols.lat, cols.lon) if c}
    return bool(names & (EVENT_COLUMNS | own))


def _row_date(
    cells: dict[str, str], cols: Columns, where: str = "", on_warn: Warn | None = None
) -> str | None:
    keys = (cols.date, "event_date", "date_start", "date", "time_end", "time_start")
    for key in keys:
        value = cells.get(key)
        if value:
            return _date_of(str(value).strip(), where, on_warn)
    return None


def _row(
    cells: dict[str, str], where: str, cols: Columns, row_id: str, on_warn: Warn | None = None
) -> Row:
    """An event-table row: its own id, else ``row_id`` (numbered)."""
    given = cells.get(cols.id, "").strip()
    return Row(
        id=given or row_id,
        where=where,
        fields=cells,
        date=_row_date(cells, cols, where, on_warn),
        columns=cols,
        numbered=not given,
    )


def cells_item(
    cells: dict[str, object],
    where: str,
    cols: Columns,
    *,
    report_id: str,
    row_id: str,
    on_warn: Warn | None = None,
) -> Report | Row | None:
    """One record of a table (a JSONL object, a DataFrame row) as a report or a row.

    Parameters
    ----------
    cells : dict
        The record's values by lower-case column name.
    where : str
        Where the record is, for messages.
    cols : Columns
        The column options.
    report_id, row_id : str
        The id of a report or of an event-table row whose cells give none (an empty
        ``report_id``: a hash of the report's text).
    on_warn : callable, optional
        Told about a date that cannot be read.

    Returns
    -------
    Report, Row or None
        A report when the text column holds a string; an event-table row when there is no
        text and the columns are an event table's (:func:`is_event_table`); else None.

    Raises
    ------
    InputError
        For an empty report.
    """
    text = cells.get(cols.text)
    if isinstance(text, str):
        report = _make_report(text, where, report_id, _meta(cells, cols), on_warn)
        return report if report.id else replace(report, id=_text_id(report.text))
    if text is None and is_event_table(cells, cols):
        return _row({k: _cell(v) for k, v in cells.items()}, where, cols, row_id, on_warn)
    return None


def text_report(raw: str, where: str, on_warn: Warn | None = None) -> Report:
    """A report from text read as standard input is: ``Title:``/``Date:``/... lines (or a
    ``---`` block) first are its metadata; without an ``id`` line, its id is a hash of the
    text.

    Raises
    ------
    InputError
        For an empty report.
    """
    meta, body = _split_header(raw)
    report = _make_report(body, where, "", meta, on_warn)
    return report if report.id else replace(report, id=_text_id(report.text))


class _Bad:
    """What to do with a bad record: raise one clear error, or skip it and say so."""

    def __init__(self, on_skip: Skip | None) -> None:
        self.on_skip = on_skip

    def __call__(self, where: str, reason: str) -> None:
        if self.on_skip is None:
            raise InputError(f"{where}: {reason}")
        self.on_skip(where, reason)

    def error(self, where: str, exc: BaseException) -> None:
        """Report an exception raised while reading the record at ``where``."""
        self(where, skip_reason(where, exc))


def skip_reason(where: str, exc: BaseException) -> str:
    """The reason a record is bad, for a one-line message: the error's message without the
    ``where:`` it may start with, or what to do about an unexpected error."""
    if isinstance(exc, InputError):
        msg = str(exc)
        return msg.removeprefix(where + ": ") if msg.startswith(where + ": ") else msg
    if isinstance(exc, RecursionError):
        return "the record is nested too deeply to read; flatten it"
    if isinstance(exc, MemoryError):
        return "the record is too large to read in memory; split it"
    return (
        f"cannot read the record ({type(exc).__name__}: {exc}); fix or remove it "
        "(this may be a strikemap bug: please report it)"
    )


class _Line(NamedTuple):
    """One physical line of a streamed file: its number, text, or why it cannot be read."""

    n: int
    text: str
    error: str | None = None


def _drain(fh: IO[bytes]) -> int:
    """Skip the rest of an overlong line; return the bytes skipped."""
    skipped = 0
    while True:
        chunk = fh.readline(_CHUNK)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def _raw_lines(fh: IO[bytes], max_bytes: int) -> Iterator[tuple[bytes | None, int]]:
    """Lines of bytes with their size; None for a line over ``max_bytes`` (not kept)."""
    limit = max_bytes + 1 if max_bytes else -1
    while True:
        raw = fh.readline(limit)
        if not raw:
            return
        if max_bytes and len(raw) > max_bytes and not raw.endswith(b"\n"):
            yield None, len(raw) + _drain(fh)
        else:
            yield raw, len(raw)


def _wide_lines(fh: IO[bytes], det: Detection, max_bytes: int) -> Iterator[tuple[str | None, int]]:
    """Lines of a UTF-16/32 file (marked text, see :mod:`geo.read.decoding`) and their size."""
    decoder = incremental_decoder(det)
    tail, skipped = "", 0
    while True:
        chunk = fh.read(_CHUNK)
        parts = (tail + decoder.decode(chunk, final=not chunk)).split("\n")
        tail = parts.pop()
        for part in parts:
            if skipped:
                yield None, 2 * (skipped + len(part) + 1)
                skipped = 0
            else:
                yield part + "\n", 2 * (len(part) + 1)
        if max_bytes and 2 * len(tail) > max_bytes:
            skipped += len(tail)
            tail = ""
        if not chunk:
            if skipped:
                yield None, 2 * (skipped + len(tail))
            elif tail:
                yield tail, 2 * len(tail)
            return


def _lines(
    fh: IO[bytes], path: Path, det: Detection, max_bytes: int, on_warn: Warn, split_cr: bool
) -> Iterator[_Line]:
    """Decoded, numbered lines of a streamed file; a bad line carries its reason."""
    n = 0
    source = _raw_lines(fh, max_bytes) if det.ascii_lines else _wide_lines(fh, det, max_bytes)
    bom = det.encoding.replace("_", "-").lower() == "utf-8-sig"
    if bom:  # a mark can only open the file: the other lines take the faster plain codec
        det = replace(det, encoding="utf-8")
    for raw, size in source:
        n += 1
        where = f"{path}:{n}"
        if raw is None:
            yield _Line(n, "", _too_big("the line", size, max_bytes))
            continue
        if bom and n == 1:
            raw = raw.removeprefix(codecs.BOM_UTF8)
        try:
            if isinstance(raw, bytes):
                text, bad = decode_line(raw, det, where)
            else:
                text, bad = repair_text(raw, det, where)
        except InputError as exc:
            yield _Line(n, "", skip_reason(where, exc))
            continue
        if bad:
            on_warn(
                where, f"{bad} byte{'s' * (bad != 1)} not valid {det.label} replaced with U+FFFD"
            )
        if split_cr and "\r" in text and _LONE_CR.search(text):
            parts = _LONE_CR.split(text)
            for i, part in enumerate(parts):
                yield _Line(n, part + ("\r" if i < len(parts) - 1 else ""))
                n += i < len(parts) - 1
            continue
        yield _Line(n, text)


def _json_int(digits: str) -> int | str:
    """JSON integers, but a number too long for Python's int stays text."""
    return int(digits) if len(digits) <= _BIG_INT_DIGITS else digits


def _cell(value: object) -> str:
    return "" if value is None else clean_text(str(value))


def _jsonl_item(
    path: Path, line: _Line, cols: Columns, on_warn: Warn | None = None
) -> Report | Row:
    where = f"{path}:{line.n}"
    try:
        obj = json.loads(line.text, parse_int=_json_int)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{where}: not valid JSON ({exc.msg}); each line must be one JSON object"
        ) from None
    if not isinstance(obj, dict):
        raise InputError(f"{where}: the line is not a JSON object; write {{...}}")
    cells = {clean_text(str(k)).strip().lower(): v for k, v in obj.items()}
    item = cells_item(
        cells,
        where,
        cols,
        report_id=f"{path.stem}-{line.n}",
        row_id=f"{path.name}:{line.n}",
        on_warn=on_warn,
    )
    if item is not None:
        return item
    raise InputError(
        f'{where}: the object has no "{cols.text}" string; each line needs a '
        f'"{cols.text}" field (or name it with text_col=...)'
    )


class Pending(NamedTuple):
    """A line of a JSONL file, decoded but not parsed yet: :func:`read_source` reads it where
    it is extracted (in a worker process of a parallel run).

    Attributes
    ----------
    path : str
        The file.
    n : int
        The line's number in the file.
    text : str
        The line.
    cols : Columns
        The column options in force.
    shared : frozenset of str
        File names that more than one input bears (see :func:`read_source`).
    """

    path: str
    n: int
    text: str
    cols: Columns
    shared: frozenset[str]


def _stream_jsonl(
    path: Path, lines: Iterator[_Line], cols: Columns, bad: _Bad, shared: frozenset[str]
) -> Iterator[Pending]:
    name = str(path)
    for line in lines:
        if line.error:
            bad(f"{path}:{line.n}", line.error)
            continue
        if not line.text.strip():
            continue
        yield Pending(name, line.n, line.text, cols, shared)


class _Record(NamedTuple):
    """One CSV record: its first line, cells, or why it cannot be read."""

    n: int
    cells: list[str]
    error: str | None = None


class _BadLine(Exception):
    def __init__(self, line: _Line) -> None:
        self.line = line


class _Oversize(Exception):
    def __init__(self, size: int) -> None:
        self.size = size


def _csv_records(lines: Iterator[_Line], delimiter: str, max_bytes: int) -> Iterator[_Record]:
    """CSV records, parsed strictly; after a bad record, reading resumes at its next line.

    A quote left open swallows the lines after it until the parser fails (a character
    after a closing quote, the end of the file, or the size limit): the record is reported
    at its first line, and the lines it swallowed are read again as records of their own.
    Lines are cleaned (:func:`~geo.read.cleantext.clean_text`) before they are split into cells.
    """
    pushback: deque[_Line] = deque()

    def feed(first: _Line, consumed: list[_Line]) -> Iterator[str]:
        size, line = 0, first
        while line is not None:
            consumed.append(line)
            if line.error:
                raise _BadLine(line)
            size += len(line.text)
            if max_bytes and size > max_bytes:
                raise _Oversize(size)
            yield clean_text(line.text)
            line = pushback.popleft() if pushback else next(lines, None)

    while True:
        first = pushback.popleft() if pushback else next(lines, None)
        if first is None:
            return
        if not first.error and '"' not in first.text:  # no quotes: one line, split as is
            yield _Record(first.n, clean_text(first.text).rstrip("\r\n").split(delimiter))
            continue
        consumed: list[_Line] = []
        reader = csv.reader(feed(first, consumed), delimiter=delimiter, strict=True)
        try:
            cells = next(reader)
        except StopIteration:
            return
        except _BadLine as exc:
            first, bad_line = consumed[0].n, exc.line
            where = "" if bad_line.n == first else f"line {bad_line.n}: "
            yield _Record(first, [], f"{where}{bad_line.error}")
            continue
        except _Oversize as exc:
            yield _Record(
                consumed[0].n,
                [],
                _too_big("the record", exc.size, max_bytes, at_least=True)
                + " (or close a quote left open)",
            )
        except csv.Error as exc:
            yield _Record(
                consumed[0].n, [], f"malformed CSV ({exc}); fix the quoting of this record"
            )
        else:
            yield _Record(consumed[0].n, cells)
            continue
        pushback.extendleft(reversed(consumed[1:]))


def _stream_csv(
    path: Path,
    lines: Iterator[_Line],
    cols: Columns,
    bad: _Bad,
    max_bytes: int,
    on_warn: Warn | None = None,
) -> Iterator[Report | Row]:
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    csv.field_size_limit(max(max_bytes, 1 << 17) if max_bytes else sys.maxsize)
    records = _csv_records(lines, delimiter, max_bytes)
    header = next(records, None)
    if header is None:
        raise InputError(f"{path}: the file is empty; give a CSV with a header row")
    if header.error:
        raise InputError(f"{path}:{header.n}: unreadable CSV header ({header.error})")
    names = [clean_text(h).strip().lower() for h in header.cells]
    events = cols.text not in names
    if events and not is_event_table(names, cols):
        raise InputError(
            f"{path}:{header.n}: the CSV has no '{cols.text}' column (columns: "
            f"{', '.join(names) or 'none'}); add one holding the report text, name it with "
            "text_col=..., or name a place column with place_col=..."
        )
    for rec in records:
        where = f"{path}:{rec.n}"
        if rec.error:
            bad(where, rec.error)
            continue
        if not any(c.strip() for c in rec.cells):
            continue
        if len(rec.cells) > len(names):
            bad(where, f"{len(rec.cells)} cells for {len(names)} columns; check the quoting")
            continue
        try:
            cells = dict(zip(names, rec.cells, strict=False))
            if events:
                item: Report | Row = _row(cells, where, cols, f"{path.name}:{rec.n}", on_warn)
            else:
                text = cells.get(cols.text, "")
                meta = _meta(cells, cols)
                item = _make_report(text, where, f"{path.stem}-{rec.n}", meta, on_warn)
        except Exception as exc:  # one record, never the run
            bad.error(where, exc)
            continue
        yield item


def _stream_table(path: Path, opt: _Options) -> Iterator[Report | Row | Pending]:
    encoding, cols, bad, on_warn, max_bytes = (
        opt.encoding,
        opt.cols,
        opt.bad,
        opt.on_warn,
        opt.max_bytes,
    )
    with path.open("rb") as fh:
        head = fh.read(SNIFF_BYTES)
        det = detect_encoding(head, str(path), encoding)
        if det.note():
            on_warn(str(path), det.note() or "")
        fh.seek(0)
        jsonl = path.suffix.lower() in (".jsonl", ".ndjson")
        lines = _lines(fh, path, det, max_bytes, on_warn, split_cr=not jsonl)  # type: ignore[arg-type]
        if jsonl:
            yield from _stream_jsonl(path, lines, cols, bad, opt.shared)
        else:
            yield from _stream_csv(path, lines, cols, bad, max_bytes, on_warn)


def _read_limited(fh: IO[bytes], where: str, encoding: str | None, max_bytes: int) -> bytes:
    """A whole text file or stream: refused when binary (checked first) or too large."""
    head = fh.read(SNIFF_BYTES)
    detect_encoding(head, where, encoding, complete=len(head) < SNIFF_BYTES)
    size = _regular_size(fh)
    if max_bytes and size is not None and size > max_bytes:
        raise InputError(f"{where}: {_too_big('the file', size, max_bytes)}")
    rest = fh.read(max_bytes + 1 - len(head)) if max_bytes else fh.read()
    data = head + rest
    if max_bytes and len(data) > max_bytes:  # a stream: its size is known only this far
        too_big = _too_big("the input", len(data) - 1, max_bytes, at_least=True)
        raise InputError(f"{where}: {too_big}")
    return data


def _regular_size(fh: IO[bytes]) -> int | None:
    """The size of an open regular file, None for a pipe, device or stream."""
    try:
        st = os.fstat(fh.fileno())
    except (OSError, AttributeError, ValueError):
        return None
    return st.st_size if stat.S_ISREG(st.st_mode) else None


def _files_of(path: Path) -> list[Path]:
    files = sorted(
        p
        for p in path.rglob("*")
        if p.suffix.lower() in TEXT_SUFFIXES | TABLE_SUFFIXES and p.is_file()
    )
    if not files:
        raise InputError(f"{path}: the directory holds no .txt, .md, .html, .jsonl or .csv reports")
    return files


@dataclass(frozen=True)
class _Options:
    encoding: str | None
    cols: Columns
    bad: _Bad
    on_warn: Warn
    max_bytes: int
    shared: frozenset[str] = frozenset()


def _read_path(path: Path, opt: _Options) -> Iterator[Report | Row | Pending]:
    if not path.exists():
        raise InputError(f"{path}: no such file or directory; check the path")
    if path.is_dir():
        for f in _files_of(path):
            yield from _guarded(f, opt)
        return
    if path.suffix.lower() in TABLE_SUFFIXES:
        yield from _stream_table(path, opt)
        return
    with path.open("rb") as fh:
        data = _read_limited(fh, str(path), opt.encoding, opt.max_bytes)
    raw = decode_bytes(data, str(path), opt.encoding, opt.on_warn)
    yield _read_text_file(path, raw, opt.on_warn)


def _guarded(path: Path, opt: _Options) -> Iterator[Report | Row | Pending]:
    """Read one path; an error about the whole file is one bad record, named by the file."""
    try:
        yield from _read_path(path, opt)
    except InputError as exc:
        msg = str(exc)
        where, sep, reason = msg.partition(": ")
        opt.bad(where, reason) if sep else opt.bad(str(path), msg)
    except OSError as exc:
        opt.bad(str(path), f"cannot read the file ({exc.strerror or exc}); check it")


def _read_stdin(opt: _Options) -> Iterator[Report]:
    where = "<stdin>"
    if sys.stdin is None:
        raise InputError("<stdin>: standard input is closed; give report files instead of -")
    try:
        data = _read_limited(sys.stdin.buffer, where, opt.encoding, opt.max_bytes)
        raw = decode_bytes(data, where, opt.encoding, opt.on_warn)
        report = text_report(raw, where, opt.on_warn)
    except InputError as exc:
        opt.bad(where, skip_reason(where, exc))
        return
    except OSError as exc:
        opt.bad(where, f"cannot read standard input ({exc.strerror or exc})")
        return
    yield report


class SeenDigests:
    """Digests of the inputs seen so far, for deduplication, in 16 bytes each.

    New digests wait in a small set; every ``batch`` of them is merged into two sorted
    arrays (high and low 64 bits of each digest), so a million distinct reports take 16 MB
    (about twice that for a moment while a batch is merged), not the ~80 MB of a set of
    digests.
    """

    def __init__(self, batch: int = 1 << 16) -> None:
        self.batch = batch
        self.recent: set[bytes] = set()
        self.high = None  # numpy arrays once the first batch is merged
        self.low = None
        self._view: memoryview | None = None

    def add(self, key: str | bytes) -> bool:
        """Remember ``key`` (a text, or its digest by :func:`_hash`); True when it was not
        seen before."""
        digest = key if isinstance(key, bytes) else _hash(key)
        if digest in self.recent or self._merged(digest):
            return False
        self.recent.add(digest)
        if len(self.recent) >= self.batch:
            self._merge()
        return True

    def _merged(self, digest: bytes) -> bool:
        view = self._view
        if view is None:
            return False
        high = int.from_bytes(digest[:8], "little")
        low = int.from_bytes(digest[8:], "little")
        i = bisect.bisect_left(view, high)
        while i < len(view) and view[i] == high:
            if int(self.low[i]) == low:
                return True
            i += 1
        return False

    def _merge(self) -> None:
        import numpy as np

        if self._view is not None:
            self._view.release()  # so that each old array is freed once replaced
            self._view = None
        new = np.frombuffer(b"".join(self.recent), dtype="<u8").reshape(-1, 2)
        order = np.argsort(new[:, 0], kind="stable")
        new_high = new[order, 0].astype(np.uint64)
        new_low = new[order, 1].astype(np.uint64)
        self.recent.clear()
        if self.high is None:
            self.high, self.low = new_high, new_low
        else:  # insert the sorted batch into the sorted arrays
            size = len(self.high) + len(new_high)
            at = np.searchsorted(self.high, new_high) + np.arange(len(new_high))
            old = np.ones(size, dtype=bool)
            old[at] = False
            for name, batch in (("high", new_high), ("low", new_low)):
                merged = np.empty(size, dtype=np.uint64)
                merged[at] = batch
                merged[old] = getattr(self, name)
                setattr(self, name, merged)
        self._view = memoryview(self.high)


def _warn(where: str, message: str) -> None:
    warnings.warn(f"{where}: {message}", UserWarning, stacklevel=3)


def iter_inputs(
    paths: Iterable[str],
    *,
    encoding: str | None = None,
    columns: Columns | None = None,
    on_skip: Skip | None = None,
    on_warn: Warn | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Report | Row]:
    """Stream every report and event-table row named by ``paths`` (``-`` is stdin).

    Parameters
    ----------
    paths : iterable of str
        Files, directories or ``-``.
    encoding : str, optional
        Force a text encoding instead of detecting it.
    columns : Columns, optional
        Column names of JSONL and CSV inputs.
    on_skip : callable, optional
        When given, a bad file, line or record is passed to ``on_skip(where, reason)`` and
        reading goes on with the next one (``--skip-bad``); when None, the first one raises.
    on_warn : callable, optional
        Called as ``on_warn(where, message)`` for input read with a doubt (bytes replaced,
        an encoding guessed with low confidence); default: a :class:`UserWarning`.
    max_bytes : int, default :data:`DEFAULT_MAX_BYTES`
        Size limit of one report (a text file, JSONL line or CSV record); 0 for none. A
        larger one is a bad record and is not read into memory.

    Yields
    ------
    Report or Row
        In the order given, every string cleaned by :func:`geo.read.cleantext.clean_text`. A
        report given twice (same text, from any inputs) is yielded once; so is a row given
        twice (same file name, row and cells).

    Raises
    ------
    InputError
        For a missing, empty, binary, undecodable, oversized or malformed input, naming the
        file and line and the fix (unless ``on_skip`` takes it).
    """
    sources = Sources(
        paths,
        encoding=encoding,
        columns=columns,
        on_skip=on_skip,
        on_warn=on_warn,
        max_bytes=max_bytes,
    )
    for source in sources:
        read = read_source(source)
        if sources.admit(read.notes, read.digest) and read.item is not None:
            yield read.item


class Note(NamedTuple):
    """A warning, or a bad record, met while reading: passed on in input order.

    Attributes
    ----------
    where : str
        File and line, or "" when ``message`` names them itself.
    message : str
        The warning, or the reason the record is bad.
    bad : bool
        True for a bad record: skipped under ``--skip-bad``, else an error.
    """

    where: str
    message: str
    bad: bool = False


class Read(NamedTuple):
    """What reading one input gave (see :func:`read_source`).

    Attributes
    ----------
    item : Report, Row or None
        The report or event row; None when there is none (a bad line, or only notes).
    notes : tuple of Note
        Warnings and bad records met while reading it, in order.
    digest : bytes or None
        The item's deduplication digest; None when it cannot repeat an earlier item.
    """

    item: Report | Row | None
    notes: tuple[Note, ...] = ()
    digest: bytes | None = None


Source = Pending | Read
"""One input of :class:`Sources`: a JSONL line still to be parsed, or what was read."""


def _digest(item: Report | Row, shared: frozenset[str]) -> bytes | None:
    """The deduplication digest of an item (16 bytes); None for a ``file:row`` of a file no
    other input is named like, which cannot repeat another."""
    if isinstance(item, Report):
        key = item.text
    elif item.numbered and item.id.rsplit(":", 1)[0] not in shared:
        return None
    else:
        cells = sorted(item.fields.items())
        key = "\x1f".join([item.id, *(f"{k}\x1e{v}" for k, v in cells)])
    return _hash(key)


def _hash(key: str) -> bytes:
    """The 16-byte digest :class:`SeenDigests` keeps of a deduplication key."""
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=16).digest()


@functools.lru_cache(maxsize=64)
def _path(name: str) -> Path:
    """The path of an input file, made once for all its lines."""
    return Path(name)


def read_source(source: Source) -> Read:
    """Read one input of :class:`Sources`: parse a JSONL line (its warnings, or why it is
    bad, become notes), or pass on what was read already.

    Safe to call in another process: it needs nothing but ``source``.
    """
    if isinstance(source, Read):
        return source
    notes: list[Note] = []
    path = _path(source.path)
    where = f"{path}:{source.n}"
    try:
        item = _jsonl_item(
            path,
            _Line(source.n, source.text),
            source.cols,
            lambda w, message: notes.append(Note(w, message)),
        )
    except Exception as exc:  # one record, never the run
        notes.append(Note(where, skip_reason(where, exc), bad=True))
        return Read(None, tuple(notes))
    return Read(item, tuple(notes), _digest(item, source.shared))


class Sources:
    """The inputs of :func:`iter_inputs`, read far enough to be sent elsewhere for the rest.

    Iterating gives, in input order, each JSONL line as a :class:`Pending` (parsed later by
    :func:`read_source`, in this process or a worker) and every other input already read as a
    :class:`Read`, with the warnings and bad records met on the way as notes. Nothing is
    deduplicated or reported while iterating: :meth:`admit`, called with what
    :func:`read_source` made of each source in input order, passes the notes on and drops
    later copies of a report. So a parallel run reports and deduplicates exactly as a serial
    one, wherever its lines were parsed.

    Parameters are those of :func:`iter_inputs`. Without ``on_skip``, the first bad record
    ends the reading (nothing after it is read); it is raised by :meth:`admit` in its turn.
    """

    def __init__(
        self,
        paths: Iterable[str],
        *,
        encoding: str | None = None,
        columns: Columns | None = None,
        on_skip: Skip | None = None,
        on_warn: Warn | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        self.paths = list(paths)
        self.on_skip = on_skip
        self.on_warn = on_warn or _warn
        self._notes: deque[Note] = deque()
        self._seen = SeenDigests()
        skip = None if on_skip is None else self._skipped
        self._opt = _Options(
            encoding,
            (columns or Columns()).lowered(),
            _Bad(skip),
            self._warned,
            max_bytes,
            frozenset(_shared_names(self.paths)),
        )

    def _skipped(self, where: str, reason: str) -> None:
        self._notes.append(Note(where, reason, bad=True))

    def _warned(self, where: str, message: str) -> None:
        self._notes.append(Note(where, message))

    def _flush(self) -> Iterator[Read]:
        while self._notes:
            yield Read(None, (self._notes.popleft(),))

    def __iter__(self) -> Iterator[Source]:
        opt = self._opt
        try:
            for p in self.paths:
                for item in _read_stdin(opt) if p == "-" else _guarded(Path(p), opt):
                    if self._notes:
                        yield from self._flush()
                    if isinstance(item, Pending):
                        yield item
                    else:
                        yield Read(item, (), _digest(item, opt.shared))
        except InputError as exc:  # no on_skip: the first bad record, raised in its turn
            yield from self._flush()
            yield Read(None, (Note("", str(exc), bad=True),))
            return
        yield from self._flush()

    def admit(self, notes: tuple[Note, ...], digest: bytes | None) -> bool:
        """Pass on the notes of one source, in input order; True unless its item repeats an
        earlier one.

        Raises
        ------
        InputError
            For a bad record when there is no ``on_skip``.
        """
        for note in notes:
            if not note.bad:
                self.on_warn(note.where, note.message)
            elif self.on_skip is not None:
                self.on_skip(note.where, note.message)
            else:
                raise InputError(f"{note.where}: {note.message}" if note.where else note.message)
        return digest is None or self._seen.add(digest)


def _shared_names(paths: list[str]) -> set[str]:
    """File names that more than one input bears (a file given twice counts twice): only
    rows of such files can repeat a ``file:row`` id, so only theirs need remembering."""
    names: Counter[str] = Counter()
    for p in paths:
        path = Path(p)
        try:
            files = [] if p == "-" else _files_of(path) if path.is_dir() else [path]
        except (InputError, OSError):
            continue
        names.update(f.name for f in files)
    return {name for name, count in names.items() if count > 1}


def iter_reports(
    paths: Iterable[str],
    *,
    encoding: str | None = None,
    columns: Columns | None = None,
    on_skip: Skip | None = None,
) -> Iterator[Report]:
    """Stream the reports of ``paths``, like :func:`iter_inputs` without event rows.

    Raises
    ------
    InputError
        As :func:`iter_inputs`, and for an event table (read those with
        :func:`iter_inputs` and :func:`geo.read.tables.row_extraction`).
    """
    for item in iter_inputs(paths, encoding=encoding, columns=columns, on_skip=on_skip):
        if isinstance(item, Row):
            raise InputError(
                f"{item.where}: an event-table row has no report text; read it with "
                "geo.extract (which resolves its place columns) or add a text column"
            )
        yield item


def read_reports(paths: Iterable[str], *, encoding: str | None = None) -> list[Report]:
    """Read every report named by ``paths`` (``-`` is standard input).

    Parameters
    ----------
    paths : iterable of str
        Files, directories or ``-``.
    encoding : str, optional
        Force a text encoding instead of detecting it.

    Returns
    -------
    list of Report
        In the order given; a report given twice (same text) is kept once.

    Raises
    ------
    InputError
        For a missing, empty, binary or malformed input, naming the file and line.
    """
    return list(iter_reports(paths, encoding=encoding))
