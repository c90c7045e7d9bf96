"""Read reports: text, Markdown or HTML files, directories, stdin, JSONL and CSV.

A text or Markdown file may start with a header block of ``Key: value`` lines (Title, Date,
Source, URL) ended by a blank line, or with ``---`` front matter holding the same keys.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path

from geo.errors import InputError
from geo.records import Report

__all__ = ["decode_bytes", "read_reports"]

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ".html", ".htm"}
_HEADER_RE = re.compile(r"^(title|date|source|url|id)\s*:\s*(.*)$", re.I)
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def decode_bytes(data: bytes, where: str, encoding: str | None = None) -> str:
    """Decode a file's bytes: a BOM, UTF-8, then Cyrillic single-byte code pages.

    Raises
    ------
    InputError
        When the bytes are binary or cannot be decoded.
    """
    if encoding:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise InputError(
                f"{where}: cannot decode as {encoding} ({exc}); check --encoding"
            ) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise InputError(
            f"{where}: looks like a binary file, not a report; "
            "give a text, Markdown, HTML, JSONL or CSV file"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    return _decode_cyrillic(data, where)


def _decode_cyrillic(data: bytes, where: str) -> str:
    best, best_score = None, -1.0
    for enc in ("cp1251", "koi8_r"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        letters = [ch for ch in text if ch.isalpha()]
        if not letters:
            continue
        # Russian and Ukrainian text is mostly lower case; a wrong code page flips that.
        score = sum(ch.islower() for ch in letters) / len(letters)
        if score > best_score:
            best, best_score = text, score
    if best is None:
        raise InputError(
            f"{where}: cannot decode the file (not UTF-8, UTF-16, cp1251 or "
            "koi8-r); convert it to UTF-8 or pass --encoding"
        )
    return best


class _HTMLText(HTMLParser):
    """Visible text and the <title> of an HTML page."""

    _SKIP: frozenset[str] = frozenset(
        {"script", "style", "noscript", "nav", "footer", "header", "aside"}
    )
    _BLOCK: frozenset[str] = frozenset(
        {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "tr", "section", "article"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self._SKIP:
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skip:
            self._skip -= 1
        elif tag == "title":
            self._in_title = False
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip:
            self.parts.append(data)


def _html_to_text(raw: str) -> tuple[str, str | None]:
    parser = _HTMLText()
    parser.feed(raw)
    text = "".join(parser.parts)
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"\n\s*\n+", "\n\n", text).strip()
    return text, (html.unescape(parser.title).strip() or None)


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
    if date and not _DATE_RE.match(date):
        raise InputError(f"{where}: date {date!r} is not an ISO date; write it as YYYY-MM-DD")
    return Report(
        id=meta.get("id") or default_id,
        text=text,
        title=meta.get("title") or None,
        date=date[:10] if date else None,
        source=meta.get("source") or None,
        url=meta.get("url") or None,
        path=where,
    )


def _text_id(text: str) -> str:
    return "r" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def _read_text_file(path: Path, raw: str) -> Report:
    where = str(path)
    if path.suffix.lower() in (".html", ".htm"):
        text, title = _html_to_text(raw)
        return _make_report(text, where, path.stem, {"title": title} if title else {})
    meta, body = _split_header(raw)
    return _make_report(body, where, path.stem, meta)


def _read_jsonl(path: Path, raw: str) -> Iterator[Report]:
    for n, line in enumerate(raw.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"{where}: not valid JSON ({exc.msg}); each line must be one JSON object"
            ) from None
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            raise InputError(
                f'{where}: the object has no "text" string; each line needs a "text" field'
            )
        meta = {k: str(obj[k]) for k in ("id", "title", "date", "source", "url") if obj.get(k)}
        yield _make_report(obj["text"], where, f"{path.stem}-{n}", meta)


def _read_csv(path: Path, raw: str) -> Iterator[Report]:
    reader = csv.DictReader(io.StringIO(raw))
    fields = [f.strip().lower() for f in (reader.fieldnames or [])]
    if "text" not in fields:
        raise InputError(
            f"{path}:1: the CSV has no 'text' column (columns: "
            f"{', '.join(fields) or 'none'}); add one holding the report text"
        )
    for n, row in enumerate(reader, 2):
        row = {(k or "").strip().lower(): (v or "") for k, v in row.items()}
        meta = {k: row[k] for k in ("id", "title", "date", "source", "url") if row.get(k)}
        yield _make_report(row["text"], f"{path}:{n}", f"{path.stem}-{n}", meta)


def _read_path(path: Path, encoding: str | None) -> Iterator[Report]:
    if not path.exists():
        raise InputError(f"{path}: no such file or directory; check the path")
    if path.is_dir():
        files = sorted(
            p
            for p in path.rglob("*")
            if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | {".jsonl", ".csv"}
        )
        if not files:
            raise InputError(
                f"{path}: the directory holds no .txt, .md, .html, .jsonl or .csv reports"
            )
        for f in files:
            yield from _read_path(f, encoding)
        return
    raw = decode_bytes(path.read_bytes(), str(path), encoding)
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _read_jsonl(path, raw)
    elif suffix == ".csv":
        yield from _read_csv(path, raw)
    else:
        yield _read_text_file(path, raw)


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
    out: list[Report] = []
    seen: set[str] = set()
    for p in paths:
        if p == "-":
            raw = decode_bytes(sys.stdin.buffer.read(), "<stdin>", encoding)
            meta, body = _split_header(raw)
            reports: Iterable[Report] = [_make_report(body, "<stdin>", _text_id(body), meta)]
        else:
            reports = _read_path(Path(p), encoding)
        for r in reports:
            digest = hashlib.sha1(r.text.encode("utf-8")).hexdigest()
            if digest not in seen:
                seen.add(digest)
                out.append(r)
    return out
