"""Escaped popup and tooltip HTML for the map's places.

Every piece of untrusted report text goes through :func:`escape_text` before it reaches the
page: folium puts popup and tooltip text into JavaScript template literals and GeoJson tooltip
values and layer names into raw HTML, and strikemap's own point layers put the escaped HTML
into JavaScript string literals made by :func:`js_string`.
"""

from __future__ import annotations

import html
import itertools
import json
import os
import re
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from urllib.parse import urlsplit

from geo.patterns import compiled
from geo.places.figures import NOT_STATED, figures_text
from geo.records import FACT_KEYS, Extraction, Place, Report, ResolvedPlace

__all__ = [
    "BLOB_TOKEN",
    "LINK_ATTRIBUTES",
    "PRECISION_LABELS",
    "Blob",
    "LazyList",
    "attribute",
    "escape_text",
    "highlight_sentence",
    "js_json",
    "js_json_chunks",
    "js_string",
    "materialise",
    "page_parts",
    "place_head_html",
    "popup_html",
    "popup_pieces",
    "report_pieces",
    "report_popup_pieces",
    "report_title",
    "safe_url",
    "tooltip_html",
]

PRECISION_LABELS = {1: "the place itself", 2: "near the place", 3: "region only"}
#: Every link of the page opens in a new tab, without the page as opener or referrer (in a
#: sandboxed iframe, a link that navigated the frame itself would replace the map).
LINK_ATTRIBUTES = 'target="_blank" rel="noopener noreferrer"'
_TITLE_CHARS = 90
_MORE_ESCAPES = str.maketrans(
    {"\\": "&#92;", "`": "&#96;", "$": "&#36;", "{": "&#123;", "}": "&#125;"}
)
# In compact JSON an object's "{" is followed by '"' or "}": any "{{", "{%" or "{#" comes from
# a string, where "\u007b" means the same character and starts no Jinja tag.
_JINJA_OPEN = compiled(r"\{(?=[{%#])")
# Inside <script>, only "</" (an end tag) and "<!" (a comment that changes how the parser reads
# on) can end or derail the element; "<" is written "\u003c" before those two.
_SCRIPT_BREAKERS = compiled(r"<(?=[/!])")


def escape_text(s: object) -> str:
    """Escape untrusted text for HTML that folium may put inside a JS template literal.

    Parameters
    ----------
    s : object
        The text (converted with ``str``; ``None`` gives ``""``).

    Returns
    -------
    str
        ``html.escape(s, quote=True)``, then ``\\`` → ``&#92;``, backtick → ``&#96;``,
        ``$`` → ``&#36;``, ``{`` → ``&#123;`` and ``}`` → ``&#125;``, so it is inert in HTML,
        attributes, JavaScript template literals and the Jinja templates folium renders
        through (branca compiles rendered output again: ``{{ ... }}`` would run).
    """
    text = "" if s is None else str(s)
    text = html.escape(text, quote=True)
    return text.translate(_MORE_ESCAPES)


def js_json(value: object) -> str:
    """Return ``value`` as JSON that is safe inside an inline ``<script>``.

    Parameters
    ----------
    value : object
        Any JSON-serialisable value; dictionaries are written with sorted keys.

    Returns
    -------
    str
        Compact JSON with ``<`` before ``/`` or ``!``, U+2028 and U+2029 written as ``\\u``
        escapes, so no ``</script>`` or ``<!--`` can end the script element, and a ``{`` that would
        open a Jinja tag (``{{``, ``{%``, ``{#``) written as ``\\u007b``.
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    text = _SCRIPT_BREAKERS.sub(r"\\u003c", text)
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return _JINJA_OPEN.sub(r"\\u007b", text)


class LazyList:
    """A JSON array whose items are made when it is written (see :func:`js_json_chunks`).

    Parameters
    ----------
    items : callable
        Returns a fresh iterator over the items each time it is called.
    """

    __slots__ = ("items",)

    def __init__(self, items: Callable[[], Iterable[object]]) -> None:
        self.items = items

    def __iter__(self) -> Iterator[object]:
        return iter(self.items())


def materialise(value: object) -> object:
    """Return ``value`` with every :class:`LazyList` in it turned into a list."""
    if isinstance(value, LazyList):
        return [materialise(v) for v in value]
    if isinstance(value, dict):
        return {k: materialise(v) for k, v in value.items()}
    if isinstance(value, list) and _is_lazy(value):
        return [materialise(v) for v in value]
    return value


def js_json_chunks(value: object, size: int = 1 << 16) -> Iterator[str]:
    """Yield :func:`js_json` of ``value`` in pieces, :class:`LazyList` items made as written.

    The pieces join to ``js_json(materialise(value))``: a dictionary's keys are sorted, and
    the text is cut only between array items or dictionary members, where none of
    :func:`js_json`'s escapes can span the cut.

    Parameters
    ----------
    value : object
        JSON-serialisable, with :class:`LazyList` arrays at any depth of dictionaries and
        as the last item of lists.
    size : int
        About how many characters each piece holds.
    """
    buffer: list[str] = []
    held = 0
    for part in _json_parts(value):
        buffer.append(part)
        held += len(part)
        if held >= size:
            yield "".join(buffer)
            buffer, held = [], 0
    if buffer:
        yield "".join(buffer)


def _json_parts(value: object) -> Iterator[str]:
    if isinstance(value, LazyList):
        # Items are written a batch at a time: js_json of a list is its items' js_json
        # joined by "," inside brackets, and no escape can span the "," between items.
        yield "["
        batch: list = []
        first = True
        for item in value:
            if not _is_lazy(item):
                batch.append(item)
                if len(batch) < _BATCH:
                    continue
                item = None
            if batch:
                yield ("" if first else ",") + js_json(batch)[1:-1]
                batch, first = [], False
            if item is not None:
                yield "" if first else ","
                yield from _json_parts(item)
                first = False
        if batch:
            yield ("" if first else ",") + js_json(batch)[1:-1]
        yield "]"
    elif isinstance(value, dict) and _is_lazy(value):
        yield "{"
        for n, key in enumerate(sorted(value)):
            yield ("," if n else "") + js_json(key) + ":"
            yield from _json_parts(value[key])
        yield "}"
    elif isinstance(value, list) and _is_lazy(value):
        yield "["
        for n, item in enumerate(value):
            if n:
                yield ","
            yield from _json_parts(item)
        yield "]"
    else:
        yield js_json(value)


#: How many items of a LazyList are written with one js_json call.
_BATCH = 256


def _is_lazy(value: object) -> bool:
    """Whether ``value`` holds a :class:`LazyList` (in dictionaries, or lists' last item)."""
    if isinstance(value, LazyList):
        return True
    if isinstance(value, dict):
        return any(_is_lazy(v) for v in value.values())
    # A row of a long list ends with its one lazy array: only the last item is looked at,
    # so that telling a plain row costs nothing.
    return isinstance(value, list) and bool(value) and isinstance(value[-1], LazyList)


_NONCE = os.urandom(8).hex()  # not secrets: it imports hmac and hashlib for nothing
_BLOBS: weakref.WeakValueDictionary[str, Blob] = weakref.WeakValueDictionary()
_COUNTER = itertools.count()
#: A blob's place in a rendered page: NUL, ``sm-blob-``, a number and this process's nonce.
BLOB_TOKEN = re.compile(  # a new source in each process: not for geo.patterns' cache
    "\x00sm-blob-[0-9]+-" + _NONCE + "\x00"
)


class Blob:
    """JSON data of the page, written only when the page is (see :func:`page_parts`).

    A template renders the blob as a token that no text of a report can contain (it holds
    a random nonce and NUL characters); :func:`page_parts` writes the JSON in its place,
    piece by piece, so a page of 50,000 reports never holds its data as one string.

    Parameters
    ----------
    value : object
        JSON-serialisable, with :class:`~geo.maps.popups.LazyList` arrays made as written.
    """

    def __init__(self, value: object) -> None:
        self.value = value
        self.token = f"\x00sm-blob-{next(_COUNTER)}-{_NONCE}\x00"
        _BLOBS[self.token] = self

    def __str__(self) -> str:
        return self.token

    def __copy__(self) -> Blob:
        return self  # a copied map writes the same data: the blob is shared, never changed

    def __deepcopy__(self, memo: dict) -> Blob:
        return self

    def chunks(self) -> Iterator[str]:
        """Yield the JSON text (:func:`~geo.maps.popups.js_json`) in pieces."""
        return js_json_chunks(self.value)


def page_parts(skeleton: str) -> Iterator[str]:
    """Yield ``skeleton`` with each blob token replaced by the blob's JSON, in pieces."""
    at = 0
    for match in BLOB_TOKEN.finditer(skeleton):
        yield skeleton[at : match.start()]
        yield from _BLOBS[match.group(0)].chunks()
        at = match.end()
    yield skeleton[at:]


def js_string(text: str) -> str:
    """Return ``text`` as a JavaScript string literal that is safe inside a ``<script>``."""
    return js_json(str(text))


def attribute(text: str) -> str:
    """Escape trusted text for a double-quoted attribute, keeping single quotes readable."""
    return html.escape(text, quote=False).replace('"', "&quot;")


def safe_url(url: str | None) -> str | None:
    """Return ``url`` when it is an absolute http(s) URL, else None."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() in {"http", "https"} and parts.netloc:
        return url.strip()
    return None


def _mention_ranges(report_text: str, sentence: str, rp: ResolvedPlace) -> list[tuple[int, int]]:
    """Return non-overlapping ``(start, end)`` ranges of the place's mentions in its sentence."""
    return _ranges_at(report_text.find(sentence) if sentence else -1, sentence, rp)


def _ranges_at(offset: int, sentence: str, rp: ResolvedPlace) -> list[tuple[int, int]]:
    """:func:`_mention_ranges` with the sentence's ``offset`` in the report (-1: not found)."""
    ranges: list[tuple[int, int]] = []
    for span in rp.mentions:
        if offset >= 0 and offset <= span.start and span.end <= offset + len(sentence):
            ranges.append((span.start - offset, span.end - offset))
            continue
        at = sentence.casefold().find(span.text.casefold()) if span.text else -1
        if at >= 0:
            ranges.append((at, at + len(span.text)))
    kept: list[tuple[int, int]] = []
    for start, end in sorted(set(ranges)):
        if end > start and (not kept or start >= kept[-1][1]):
            kept.append((start, end))
    return kept


def highlight_sentence(report_text: str, rp: ResolvedPlace) -> str:
    """Return the escaped sentence naming the place, its mentions wrapped in ``<mark>``.

    Parameters
    ----------
    report_text : str
        The whole report text (mention offsets index into it).
    rp : ResolvedPlace
        The place, with its ``sentence`` and ``mentions``.

    Returns
    -------
    str
        Escaped HTML.
    """
    return _highlight(rp.sentence, tuple(_mention_ranges(report_text, rp.sentence, rp)))


@lru_cache(maxsize=4096)
def _highlight(sentence: str, ranges: tuple[tuple[int, int], ...]) -> str:
    """Return the escaped ``sentence`` with ``ranges`` wrapped in ``<mark>``."""
    parts: list[str] = []
    cursor = 0
    for start, end in ranges:
        parts.append(escape_text(sentence[cursor:start]))
        parts.append(f"<mark>{escape_text(sentence[start:end])}</mark>")
        cursor = end
    parts.append(escape_text(sentence[cursor:]))
    return "".join(parts)


@lru_cache(maxsize=8192)
def _facts_html(label: str, facts: tuple[tuple[str, int], ...]) -> str:
    """Return a labelled line of figures (sorted items), escaped.

    Killed and wounded are always listed, as ``not stated`` when the text gives no figure;
    the other figures only when stated.
    """
    values = dict(facts)
    known = {k: v for k, v in values.items() if k in FACT_KEYS}
    items = [figures_text(known)]
    items += [f"{k} {v}" for k, v in facts if k not in FACT_KEYS]
    return f"{escape_text(label)}: {escape_text(', '.join(items))}"


def _damage_html(damage: tuple[str, ...]) -> str:
    """Return the escaped damage line of an impact place."""
    return f"Damage: {escape_text(', '.join(damage) if damage else NOT_STATED)}"


def report_title(report: Report) -> str:
    """Return a report's title, or the start of its text when it has none (plain text).

    Examples
    --------
    >>> report_title(Report("a.txt", "Drones hit Sumy at night. Two were hurt."))
    'Drones hit Sumy at night.'
    """
    if report.title and report.title.strip():
        return report.title.strip()
    text = " ".join(report.text.split())
    end = text.find(". ")
    first = text[: end + 1] if 0 < end < _TITLE_CHARS else text
    if len(first) > _TITLE_CHARS:
        first = first[: _TITLE_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return first or f"Report {report.id}"


def _head_of(report: Report) -> str:
    """Return the escaped title line and date/source line of a report.

    A report without a title is titled by the start of its text; its id (a file name, or
    ``file:line`` of a table row) then follows the source, so the reader can find it.
    """
    lines = [f"<b>{escape_text(report_title(report))}</b>"]
    meta = [escape_text(report.date)] if report.date else ["undated"]
    url = safe_url(report.url)
    if url:
        label = escape_text(report.source or "source")
        meta.append(f'<a href="{escape_text(url)}" {LINK_ATTRIBUTES}>{label}</a>')
    elif report.source:
        meta.append(f'<span class="sm-src">{escape_text(report.source)}</span>')
    if not (report.title and report.title.strip()):
        meta.append(f'<span class="sm-src">{escape_text(report.id)}</span>')
    lines.append(" · ".join(meta))
    return "<br>".join(lines)


#: The heads of recent reports (:func:`report_pieces` builds a report's pieces place by place).
_report_head = lru_cache(maxsize=256)(_head_of)


@lru_cache(maxsize=8192)
def _role_lines(role: str, cue: str, precision: int, confidence: float) -> str:
    """Return the escaped role and precision lines of a place's mention."""
    cue_html = f" (cue: “{escape_text(cue)}”)" if cue else ""
    label = PRECISION_LABELS.get(precision, "unknown")
    return (
        f"Role: {escape_text(role)}{cue_html}<br>"
        f"Precision: {escape_text(precision)} ({label}) · "
        f"confidence {escape_text(f'{confidence:.2f}')}"
    )


def report_popup_pieces(ext: Extraction, indexes: Sequence[int]) -> dict[int, list[str]]:
    """Return :func:`report_pieces` of several places of one report, its head built once.

    Parameters
    ----------
    ext : Extraction
        The report.
    indexes : sequence of int
        Positions in ``ext.places`` of the places wanted.

    Returns
    -------
    dict
        Position to the place's pieces (equal to ``report_pieces(ext, ext.places[j])``).
    """
    head = _head_of(ext.report) + "<br>"
    totals = _facts_html("Report totals", tuple(sorted(ext.facts.items())))
    text = ext.report.text
    offsets: dict[str, int] = {}
    out = {}
    for j in indexes:
        rp = ext.places[j]
        pieces = [head]
        if rp.sentence:
            offset = offsets.get(rp.sentence)
            if offset is None:
                offset = offsets[rp.sentence] = text.find(rp.sentence)
            ranges = tuple(_ranges_at(offset, rp.sentence, rp))
            pieces.append(f"<blockquote>{_highlight(rp.sentence, ranges)}</blockquote><br>")
        pieces.append(_role_lines(rp.role, rp.cue, rp.precision, rp.confidence) + "<br>")
        if rp.role == "impact":
            pieces.append(_damage_html(rp.damage) + "<br>")
            pieces.append(_facts_html("At this place", tuple(sorted(rp.facts.items()))) + "<br>")
        pieces.append(totals)
        out[j] = pieces
    return out


def report_pieces(ext: Extraction, rp: ResolvedPlace) -> list[str]:
    """Return the pieces of the popup section of one report's mention of a place.

    Pieces are cut after each ``<br>``; the report's head, role and totals repeat across a
    report's places. An impact place shows its damage kinds and its own figures ("At this
    place: killed 2, wounded not stated"); every place then shows the report's totals,
    labelled as such.
    """
    pieces = [_report_head(ext.report) + "<br>"]
    if rp.sentence:
        pieces.append(f"<blockquote>{highlight_sentence(ext.report.text, rp)}</blockquote><br>")
    pieces.append(_role_lines(rp.role, rp.cue, rp.precision, rp.confidence) + "<br>")
    if rp.role == "impact":
        pieces.append(_damage_html(rp.damage) + "<br>")
        pieces.append(_facts_html("At this place", tuple(sorted(rp.facts.items()))) + "<br>")
    pieces.append(_facts_html("Report totals", tuple(sorted(ext.facts.items()))))
    return pieces


def popup_pieces(place: Place, entries: Sequence[tuple[Extraction, ResolvedPlace]]) -> list[str]:
    """Return the popup HTML of :func:`popup_html` cut into pieces that repeat across places.

    Parameters
    ----------
    place : Place
        The place.
    entries : sequence of (Extraction, ResolvedPlace)
        Each report naming the place, with the resolved mention.

    Returns
    -------
    list of str
        Escaped HTML pieces whose concatenation is the popup.
    """
    kind = f"{escape_text(place.kind)}, {escape_text(place.country)}"
    pieces = [f'<div class="sm-pop"><b>{escape_text(place.name)}</b> ({kind})', "<hr>"]
    for number, (ext, rp) in enumerate(entries):
        if number:
            pieces.append("<hr>")
        pieces.extend(report_pieces(ext, rp))
    pieces.append("</div>")
    return pieces


def popup_html(place: Place, entries: Sequence[tuple[Extraction, ResolvedPlace]]) -> str:
    """Return the popup HTML for one place and every report that names it in one role.

    Parameters
    ----------
    place : Place
        The place.
    entries : sequence of (Extraction, ResolvedPlace)
        Each report naming the place, with the resolved mention.

    Returns
    -------
    str
        Escaped HTML: the place's name and kind, then one section per report (title, date,
        source link, highlighted sentence, role and cue, precision; for an impact place its
        damage kinds and its own figures; the report's totals).
    """
    return "".join(popup_pieces(place, entries))


def place_head_html(place: Place, unit: str | None = None) -> str:
    """Return the escaped head of a place's popup: name, kind and country, and its unit.

    Parameters
    ----------
    place : Place
        The place.
    unit : str, optional
        The unit it is counted in (plain text), or a note that it lies outside the units.
    """
    kind = f"{escape_text(place.kind)}, {escape_text(place.country)}"
    head = f"<b>{escape_text(place.name)}</b> ({kind})"
    return head + (f'<br><span class="sm-unit">{escape_text(unit)}</span>' if unit else "")


def tooltip_html(place: Place, role: str, count: int) -> str:
    """Return the escaped hover label of a place: name, role and number of reports."""
    return f"{escape_text(place.name)} · {escape_text(role)} · {count} report(s)"
