"""Read reports: text, Markdown or HTML files, directories, stdin, JSONL and CSV.

A text or Markdown file may start with a header block of ``Key: value`` lines (Title, Date,
Source, URL) ended by a blank line, or with ``---`` front matter holding the same keys.

JSONL and CSV files are streamed a line at a time (:func:`iter_inputs`), so memory stays flat
however long the file. A row of a table that has no report text but names places (a free
place-text column such as ``target``), carries coordinates (``latitude``/``longitude``) or
ACLED/UCDP-style columns becomes a :class:`Row`, which :mod:`geo.events` turns into an
extraction.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from geo.decoding import SNIFF_BYTES, decode_bytes, html_to_text, sniff_encoding
from geo.errors import InputError
from geo.records import Report

__all__ = [
    "Columns",
    "Row",
    "iter_inputs",
    "iter_reports",
    "parse_date",
    "read_reports",
]

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ".html", ".htm"}
TABLE_SUFFIXES = {".jsonl", ".ndjson", ".csv", ".tsv"}
_HEADER_RE = re.compile(r"^(title|date|source|url|id)\s*:\s*(.*)$", re.I)
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        1,
    )
    for m in names
}
_SLASH_DATE_RE = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_WORD_DATE_RE = re.compile(r"^(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{4})")

#: Columns that make a table without report text an event table (see :mod:`geo.events`).
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
    """

    id: str
    where: str
    fields: dict[str, str] = field(repr=False)
    date: str | None = None
    columns: Columns = field(default_factory=Columns, repr=False)


Skip = Callable[[str, str], None]
"""Called as ``on_skip(where, reason)`` for each input skipped under ``skip_bad``."""


def parse_date(value: str) -> str | None:
    """Read a date as ISO ``YYYY-MM-DD``, or None when it is not one.

    Accepts ISO dates and date-times, ``M/D/YYYY`` (``D/M/YYYY`` when the first number is
    over 12, and ``D.M.YYYY``), and ``15 March 2022``.

    Examples
    --------
    >>> parse_date("2026-04-04 18:00"), parse_date("1/27/2014 12:00:00 AM")
    ('2026-04-04', '2014-01-27')
    >>> parse_date("15 March 2022"), parse_date("soon")
    ('2022-03-15', None)
    """
    value = value.strip()
    if _DATE_RE.match(value):
        return value[:10]
    m = _SLASH_DATE_RE.match(value)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if "." in value[:6] or a > 12:
            a, b = b, a
        month, day = a, b
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{y:04d}-{month:02d}-{day:02d}"
        return None
    m = _WORD_DATE_RE.match(value)
    if m and m.group(2).lower() in _MONTHS:
        return f"{int(m.group(3)):04d}-{_MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
    return None


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


def _make_report(text: str, where: str, default_id: str, meta: dict[str, str]) -> Report:
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    if not text.strip():
        raise InputError(f"{where}: the report is empty; give a file with report text")
    date = meta.get("date") or None
    iso = parse_date(date) if date else None
    if date and not iso:
        raise InputError(f"{where}: date {date!r} is not an ISO date; write it as YYYY-MM-DD")
    return Report(
        id=meta.get("id") or default_id,
        text=text,
        title=meta.get("title") or None,
        date=iso,
        source=meta.get("source") or None,
        url=meta.get("url") or None,
        path=where,
    )


def _text_id(text: str) -> str:
    return "r" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def _read_text_file(path: Path, raw: str) -> Report:
    where = str(path)
    if path.suffix.lower() in (".html", ".htm"):
        text, title = html_to_text(raw)
        return _make_report(text, where, path.stem, {"title": title} if title else {})
    meta, body = _split_header(raw)
    return _make_report(body, where, path.stem, meta)


def _meta(cells: dict[str, str], cols: Columns) -> dict[str, str]:
    out = {}
    for key in ("id", "title", "date", "source", "url"):
        value = cells.get(getattr(cols, key))
        if value not in (None, ""):
            out[key] = str(value).strip()
    return out


def _is_event_table(names: Iterable[str], cols: Columns) -> bool:
    names = set(names)
    own = {c for c in (cols.place, cols.lat, cols.lon) if c}
    return bool(names & (EVENT_COLUMNS | own))


def _row_date(cells: dict[str, str], cols: Columns) -> str | None:
    keys = (cols.date, "event_date", "date_start", "date", "time_end", "time_start")
    for key in keys:
        value = cells.get(key)
        if value:
            return parse_date(str(value))
    return None


def _event_row(path: Path, n: int, cells: dict[str, str], cols: Columns) -> Row:
    where = f"{path}:{n}"
    given = cells.get(cols.id)
    return Row(
        id=str(given).strip() if given not in (None, "") else f"{path.name}:{n}",
        where=where,
        fields=cells,
        date=_row_date(cells, cols),
        columns=cols,
    )


class _Lines:
    """Decoded lines of a binary file, counted; a decoding error names its line."""

    def __init__(self, fh: IO[bytes], path: Path, encoding: str) -> None:
        self.path = path
        self.encoding = encoding
        self.n = 0
        self._text = io.TextIOWrapper(fh, encoding=encoding, errors="strict", newline="")

    def __iter__(self) -> Iterator[str]:
        try:
            for line in self._text:
                self.n += 1
                yield line
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{self.path}:{self._bad_line()}: cannot decode as {self.encoding} "
                f"({exc.reason}); convert the file to UTF-8 or pass --encoding"
            ) from None

    def _bad_line(self) -> int:
        """The first line the codec cannot read (the text layer decodes ahead in chunks)."""
        decoder = codecs.getincrementaldecoder(self.encoding)()
        with self.path.open("rb") as fh:
            for n, raw in enumerate(fh, 1):
                try:
                    decoder.decode(raw)
                except UnicodeDecodeError:
                    return n
        return self.n + 1


def _stream_jsonl(
    path: Path, lines: _Lines, cols: Columns, on_skip: Skip | None
) -> Iterator[Report | Row]:
    for line in lines:
        if not line.strip():
            continue
        n = lines.n
        where = f"{path}:{n}"
        try:
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(
                    f"{where}: not valid JSON ({exc.msg}); each line must be one JSON object"
                ) from None
            if not isinstance(obj, dict):
                raise InputError(f"{where}: the line is not a JSON object; write {{...}}")
            cells = {str(k).strip().lower(): v for k, v in obj.items()}
            text = cells.get(cols.text)
            if isinstance(text, str):
                yield _make_report(text, where, f"{path.stem}-{n}", _meta(cells, cols))
            elif text is None and _is_event_table(cells, cols):
                flat = {k: "" if v is None else str(v) for k, v in cells.items()}
                yield _event_row(path, n, flat, cols)
            else:
                raise InputError(
                    f'{where}: the object has no "{cols.text}" string; each line needs a '
                    f'"{cols.text}" field (or name it with --text-col)'
                )
        except InputError as exc:
            if on_skip is None:
                raise
            on_skip(where, str(exc).removeprefix(where + ": "))


def _stream_csv(
    path: Path, lines: _Lines, cols: Columns, on_skip: Skip | None
) -> Iterator[Report | Row]:
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    reader = csv.reader(lines, delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(f"{path}: the file is empty; give a CSV with a header row") from None
    except csv.Error as exc:
        raise InputError(f"{path}:1: malformed CSV header ({exc}); fix the first line") from None
    names = [h.strip().lower() for h in header]
    events = cols.text not in names
    if events and not _is_event_table(names, cols):
        raise InputError(
            f"{path}:1: the CSV has no '{cols.text}' column (columns: "
            f"{', '.join(names) or 'none'}); add one holding the report text, name it with "
            "--text-col, or name a place column with --place-col"
        )
    while True:
        before = reader.line_num
        try:
            cells_list = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            where = f"{path}:{before + 1}"
            if on_skip is None:
                raise InputError(f"{where}: malformed CSV ({exc}); fix the quoting") from None
            on_skip(where, f"malformed CSV ({exc})")
            continue
        n = before + 1
        if not any(c.strip() for c in cells_list):
            continue
        where = f"{path}:{n}"
        if len(cells_list) > len(names):
            msg = f"{len(cells_list)} cells for {len(names)} columns; check the quoting"
            if on_skip is None:
                raise InputError(f"{where}: {msg}")
            on_skip(where, msg)
            continue
        cells = dict(zip(names, cells_list, strict=False))
        try:
            if events:
                yield _event_row(path, n, cells, cols)
            else:
                yield _make_report(
                    cells.get(cols.text, ""), where, f"{path.stem}-{n}", _meta(cells, cols)
                )
        except InputError as exc:
            if on_skip is None:
                raise
            on_skip(where, str(exc).removeprefix(where + ": "))


def _stream_table(
    path: Path, encoding: str | None, cols: Columns, on_skip: Skip | None
) -> Iterator[Report | Row]:
    with path.open("rb") as fh:
        head = fh.read(SNIFF_BYTES)
        enc = sniff_encoding(head, str(path), encoding)
        fh.seek(0)
        lines = _Lines(fh, path, enc)  # type: ignore[arg-type]
        if path.suffix.lower() in (".jsonl", ".ndjson"):
            yield from _stream_jsonl(path, lines, cols, on_skip)
        else:
            yield from _stream_csv(path, lines, cols, on_skip)


def _read_path(
    path: Path, encoding: str | None, cols: Columns, on_skip: Skip | None
) -> Iterator[Report | Row]:
    if not path.exists():
        raise InputError(f"{path}: no such file or directory; check the path")
    if path.is_dir():
        files = sorted(
            p
            for p in path.rglob("*")
            if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | TABLE_SUFFIXES
        )
        if not files:
            raise InputError(
                f"{path}: the directory holds no .txt, .md, .html, .jsonl or .csv reports"
            )
        for f in files:
            yield from _guarded(f, encoding, cols, on_skip)
        return
    if path.suffix.lower() in TABLE_SUFFIXES:
        yield from _stream_table(path, encoding, cols, on_skip)
        return
    raw = decode_bytes(path.read_bytes(), str(path), encoding)
    yield _read_text_file(path, raw)


def _guarded(
    path: Path, encoding: str | None, cols: Columns, on_skip: Skip | None
) -> Iterator[Report | Row]:
    """Read one path; under ``skip_bad`` a whole-file error skips the file."""
    if on_skip is None:
        yield from _read_path(path, encoding, cols, None)
        return
    try:
        yield from _read_path(path, encoding, cols, on_skip)
    except InputError as exc:
        msg = str(exc)
        where, _, reason = msg.partition(": ")
        on_skip(where, reason or msg)


def _read_stdin(encoding: str | None, cols: Columns, on_skip: Skip | None) -> Iterator[Report]:
    raw = decode_bytes(sys.stdin.buffer.read(), "<stdin>", encoding)
    meta, body = _split_header(raw)
    try:
        yield _make_report(body, "<stdin>", _text_id(body), meta)
    except InputError as exc:
        if on_skip is None:
            raise
        on_skip("<stdin>", str(exc).removeprefix("<stdin>: "))


def iter_inputs(
    paths: Iterable[str],
    *,
    encoding: str | None = None,
    columns: Columns | None = None,
    on_skip: Skip | None = None,
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
        When given, a bad file or line is passed to ``on_skip(where, reason)`` and the run
        goes on (``--skip-bad``); when None, the first one raises.

    Yields
    ------
    Report or Row
        In the order given. A report given twice (same text, or same id and text from two
        inputs) is yielded once; so is a row given twice (same file name, row and cells).

    Raises
    ------
    InputError
        For a missing, empty, binary, undecodable or malformed input, naming the file and
        line and the fix (unless ``on_skip`` takes it).
    """
    cols = (columns or Columns()).lowered()
    seen: set[bytes] = set()
    for p in paths:
        items = (
            _read_stdin(encoding, cols, on_skip)
            if p == "-"
            else _guarded(Path(p), encoding, cols, on_skip)
        )
        for item in items:
            if isinstance(item, Report):
                key = item.text
            else:
                key = item.id + "\x00" + json.dumps(item.fields, sort_keys=True)
            digest = hashlib.blake2b(key.encode("utf-8"), digest_size=16).digest()
            if digest not in seen:
                seen.add(digest)
                yield item


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
        :func:`iter_inputs` and :func:`geo.events.row_extraction`).
    """
    for item in iter_inputs(paths, encoding=encoding, columns=columns, on_skip=on_skip):
        if isinstance(item, Row):
            raise InputError(
                f"{item.where}: an event-table row has no report text; read it with "
                "strikemap (which resolves its place columns) or add a text column"
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
