"""Event tables: rows that already name places or carry coordinates become extractions.

Three shapes of table are read (columns matched case-insensitively):

- **free place text**, e.g. the Air Force table's ``target`` ("Kharkiv oblast and Sumy
  oblast") and ``launch_place``, or any column named with ``--place-col``: the text is run
  through the same mention finder and resolver as a report; places of the target column get
  the role ``impact``, those of ``launch_place`` the role ``launch``; text that names no place
  ("south and east") is listed as unresolved;
- **coordinates**: ``latitude``/``longitude`` (or ``lat``/``lon``, or ``--lat-col`` and
  ``--lon-col``), one impact place per row, named from ``location`` (ACLED) or
  ``where_coordinates`` (UCDP GED) when the gazetteer has that name within 30 km;
- **ACLED/UCDP-style** columns: ``event_date``/``date_start``, ``admin1``/``adm_1``,
  ``admin2``/``adm_2``, ``geo_precision``/``where_prec``, ``fatalities``/``best``, ``notes``.

The module also holds the time helpers used by the CLI and the map: :func:`in_date_range`
and :func:`group_by_date`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import replace

from geo.errors import InputError
from geo.patterns import compiled
from geo.places.gazetteer import Gazetteer
from geo.places.resolve import extract_report, resolve_mentions
from geo.read.reports import Row
from geo.records import Extraction, Place, PlaceMention, Report, ResolvedPlace, Span, Unresolved
from geo.understand.mentions import find_mentions

__all__ = [
    "extraction_of",
    "group_by_date",
    "in_date_range",
    "model_kind",
    "row_extraction",
]

_DRONE_WORDS = compiled(
    r"shahed|geran|uav|drone|orlan|supercam|zala|lancet|молні|merlin|orion|mohajer|forpost|"
    r"фенікс|eleron|картограф|gerbera",
    re.I,
)
_MISSILE_WORDS = compiled(
    r"missile|iskander|kalibr|kinzhal|zircon|oniks|kn-23|tochka|^[xхc]-\d|^[cс]-[34]00|"
    r"^3m|^p-\d|kh-\d|banderol",
    re.I,
)
_LABEL_SUFFIX = compiled(
    r"\s+(?:city|town|village|oblast|region|raion|district|airport|airfield)\b.*$", re.I
)
_LAT_COLS = ("latitude", "lat")
_LON_COLS = ("longitude", "lon", "lng", "long")
_LAUNCH_COLS = ("launch_place",)
_TARGET_COLS = ("target",)
_NEAR_KM = 30.0


def model_kind(model: str) -> str | None:
    """Whether a weapon ``model`` cell names drones, missiles, or cannot be told.

    Parameters
    ----------
    model : str
        E.g. ``"Shahed-136/131"``, ``"X-101/X-555 and Kalibr"``, ``"Orlan-10 and ZALA"``.

    Returns
    -------
    str or None
        ``"drones"`` when every part is a drone, ``"missiles"`` when every part is a missile,
        None when the parts are mixed or unknown (bombs, blank).

    Examples
    --------
    >>> model_kind("Shahed-136/131"), model_kind("Iskander-M/KN-23"), model_kind("GBU")
    ('drones', 'missiles', None)
    """
    parts = [p.strip() for p in re.split(r"\s+and\s+", model or "") if p.strip()]
    if not parts:
        return None
    kinds = set()
    for part in parts:
        if _DRONE_WORDS.search(part):
            kinds.add("drones")
        elif _MISSILE_WORDS.search(part):
            kinds.add("missiles")
        else:
            kinds.add(None)
    return kinds.pop() if len(kinds) == 1 else None


def _number(row: Row, col: str) -> float | None:
    value = row.fields.get(col, "").strip()
    if value in ("", "nan", "NaN", "None", "null"):
        return None
    try:
        num = float(value)
    except ValueError:
        raise InputError(
            f"{row.where}: column {col!r} holds {value!r}, not a number; fix the cell"
        ) from None
    return num if math.isfinite(num) else None


def _first(row: Row, *cols: str | None) -> str | None:
    for col in cols:
        if col and row.fields.get(col, "").strip():
            return col
    return None


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 12742.0 * math.asin(math.sqrt(min(1.0, h)))


def _precision(row: Row) -> int:
    col = _first(row, "geo_precision", "where_prec")
    value = _number(row, col) if col else None
    if value is None:
        return 1
    if col == "where_prec":  # UCDP: 1 exact, 2 within 25 km, 3 admin2, 4 admin1, 5+ worse
        return 1 if value <= 1 else 2 if value <= 3 else 3
    return int(min(3, max(1, value)))  # ACLED: 1 town, 2 near it or small region, 3 region


def _admin1_of(text: str, gaz: Gazetteer) -> Place | None:
    for m in find_mentions(text, gaz):
        for cand in m.candidates:
            if cand.kind == "admin1":
                return cand
    return None


def _point_place(row: Row, lat: float, lon: float, label: str, gaz: Gazetteer) -> Place:
    """The place of a row with coordinates: a gazetteer entry near them, or a bare point."""
    best: tuple[float, Place] | None = None
    for text in dict.fromkeys((label, _LABEL_SUFFIX.sub("", label))):
        if not text:
            continue
        for m in find_mentions(text, gaz):
            for cand in m.candidates:
                if cand.lat is None or cand.lon is None or cand.kind in ("country", "admin1"):
                    continue
                d = _km(lat, lon, cand.lat, cand.lon)
                if d <= _NEAR_KM and (best is None or d < best[0]):
                    best = (d, cand)
    pid = f"pt:{lat:.5f},{lon:.5f}"
    if best is not None:
        return replace(best[1], id=pid, lat=lat, lon=lon)
    admin_col = _first(row, "admin1", "adm_1")
    unit = _admin1_of(row.fields[admin_col], gaz) if admin_col else None
    return Place(
        id=pid,
        name=label or f"{lat:.4f}, {lon:.4f}",
        kind="settlement",
        country=unit.country if unit else "",
        admin1=unit.admin1 if unit else None,
        lat=lat,
        lon=lon,
    )


def _free_text_places(
    report: Report, field: tuple[str, int, int], role: str, gaz: Gazetteer
) -> tuple[list[ResolvedPlace], list[Unresolved]]:
    """Resolve one column's place text (``report.text[start:end]``) to places of ``role``."""
    col, start, end = field
    cell = report.text[start:end]
    mentions = [
        PlaceMention(Span(m.span.text, m.span.start + start, m.span.end + start), *rest)
        for m in find_mentions(cell, gaz)
        for rest in [(m.candidates, m.qualifier)]
    ]
    places, unresolved = resolve_mentions(report, mentions, gaz)
    if not places and not unresolved:
        unresolved = [
            Unresolved(report.id, Span(cell, start, end), f"no place name in the {col} column")
        ]
    specific = {p.place.admin1 for p in places if p.place.kind not in ("admin1", "country")}
    out = [
        replace(p, role=role, cue=f"{col} column", sentence=cell)
        for p in places
        if not (p.place.kind == "admin1" and p.place.admin1 in specific)
    ]
    return out, list(unresolved)


def _facts(row: Row) -> dict[str, int]:
    facts: dict[str, int] = {}
    killed_col = _first(row, "fatalities", "best")
    if killed_col:
        killed = _number(row, killed_col)
        if killed is not None:
            facts["killed"] = int(killed)
    launched = _number(row, "launched") if "launched" in row.fields else None
    kind = model_kind(row.fields.get("model", ""))
    if launched is not None and kind:
        facts[kind] = int(launched)
    destroyed = _number(row, "destroyed") if "destroyed" in row.fields else None
    if destroyed is not None:
        facts["intercepted"] = int(destroyed)
    return facts


def _title(row: Row) -> str | None:
    f = row.fields
    if f.get("model"):
        launched, destroyed = f.get("launched", "").strip(), f.get("destroyed", "").strip()
        bits = [f["model"]]
        if launched:
            bits.append(f"{launched.removesuffix('.0')} launched")
        if destroyed:
            bits.append(f"{destroyed.removesuffix('.0')} destroyed")
        return ", ".join(bits)
    for col in (row.columns.title, "source_headline", "sub_event_type", "event_type"):
        if f.get(col, "").strip():
            return f[col].strip()
    return None


def row_extraction(row: Row, gaz: Gazetteer) -> Extraction:
    """Turn one event-table row into an :class:`~geo.records.Extraction`.

    Parameters
    ----------
    row : Row
        From :func:`geo.read.reports.iter_inputs`.
    gaz : Gazetteer
        The place index.

    Returns
    -------
    Extraction
        Report id ``file:row`` (or the id column), the row's date, places with role
        ``impact`` (``launch`` for the launch column), facts from ``fatalities``/``best``
        (killed) and ``launched``/``destroyed`` by ``model`` (drones or missiles,
        intercepted), and the place text that named no place as unresolved. When the row
        has exactly one impact place, that place carries the row's facts too.

    Raises
    ------
    InputError
        When a coordinate or number cell is not a number, or the row has no place column.
    """
    cols = row.columns
    f = row.fields
    lat_col = _first(row, cols.lat, *_LAT_COLS)
    lon_col = _first(row, cols.lon, *_LON_COLS)
    lines: list[tuple[str, str]] = []  # (column, text) in report-text order
    if lat_col and lon_col:
        label_col = _first(row, "location", "where_coordinates", cols.place, "admin2", "adm_2")
        label = f[label_col].strip() if label_col else ""
        lines.append(("location", label or f"{f[lat_col]}, {f[lon_col]}"))
    else:
        place_cols = [c for c in (cols.place, *_TARGET_COLS) if c and c in f]
        if not place_cols:
            parts = [f[c].strip() for c in ("location", "admin2", "admin1") if f.get(c, "")]
            parts = parts or [f[c].strip() for c in ("adm_2", "adm_1") if f.get(c, "")]
            if parts:
                f = {**f, "place": ", ".join(parts)}
                place_cols = ["place"]
        if not place_cols and not any(c in f for c in _LAUNCH_COLS):
            raise InputError(
                f"{row.where}: the row has no place text or coordinates; name a column with "
                "place_col=... or lat_col=... and lon_col=..."
            )
        for c in place_cols[:1]:
            lines.append((c, f[c].strip()))
        for c in _LAUNCH_COLS:
            if f.get(c, "").strip():
                lines.append((c, f[c].strip()))
    notes_col = _first(row, "notes", "source_headline", "where_description")
    body = "\n".join(text for _, text in lines)
    if notes_col:
        body = f"{body}\n{f[notes_col].strip()}" if body else f[notes_col].strip()
    if not body.strip():
        body = f"(no place given in {row.where})"
    report = Report(
        id=row.id,
        text=body,
        title=_title(row),
        date=row.date,
        source=(f.get(cols.source) or f.get("source_office") or f.get("source") or None),
        url=f.get(cols.url) or None,
        path=row.where,
    )
    places: list[ResolvedPlace] = []
    unresolved: list[Unresolved] = []
    offset = 0
    for col, text in lines:
        start, end = offset, offset + len(text)
        offset = end + 1
        if col == "location":
            lat, lon = _number(row, lat_col), _number(row, lon_col)
            if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise InputError(
                    f"{row.where}: coordinates {f[lat_col]!r}, {f[lon_col]!r} are not a "
                    "latitude and longitude in degrees; fix the cells"
                )
            place = _point_place(row, lat, lon, text, gaz)
            places.append(
                ResolvedPlace(
                    row.id,
                    place,
                    "impact",
                    _precision(row),
                    1.0,
                    (Span(text, start, end),),
                    "coordinates",
                    text,
                )
            )
            continue
        if not text:
            continue
        role = "launch" if col in _LAUNCH_COLS else "impact"
        got, missed = _free_text_places(report, (col, start, end), role, gaz)
        places.extend(got)
        unresolved.extend(missed)
    facts = _facts(row)
    return Extraction(report, _with_row_facts(places, facts), facts, tuple(unresolved))


def _with_row_facts(
    places: list[ResolvedPlace], facts: dict[str, int]
) -> tuple[ResolvedPlace, ...]:
    """Give a row's figures to its impact place when the row has exactly one.

    A row that names several impact places ("Kharkiv oblast and Sumy oblast") does not say
    how its figures divide between them: they stay the row's (the report's) only.
    """
    impacts = [i for i, rp in enumerate(places) if rp.role == "impact"]
    if len(impacts) != 1 or not facts:
        return tuple(places)
    (at,) = impacts
    return tuple(replace(rp, facts=dict(facts)) if i == at else rp for i, rp in enumerate(places))


def extraction_of(item: Report | Row, gaz: Gazetteer) -> Extraction:
    """Extract one input: a report's text, or an event-table row's columns.

    Parameters
    ----------
    item : Report or Row
        From :func:`geo.read.reports.iter_inputs`.
    gaz : Gazetteer
        The place index.

    Returns
    -------
    Extraction
    """
    if isinstance(item, Row):
        return row_extraction(item, gaz)
    return extract_report(item, gaz)


def in_date_range(date: str | None, since: str | None = None, until: str | None = None) -> bool:
    """True when ``date`` lies within ``[since, until]`` (ISO dates, both ends included).

    A report without a date is outside every range that has an end set.

    Examples
    --------
    >>> in_date_range("2024-05-02", "2024-05-01", "2024-05-02"), in_date_range(None, "2024-01-01")
    (True, False)
    """
    if since is None and until is None:
        return True
    if date is None:
        return False
    return (since is None or date >= since) and (until is None or date <= until)


def group_by_date(extractions: Iterable[Extraction]) -> dict[str | None, list[Extraction]]:
    """Group extractions by their report's date, for the map's date control.

    Parameters
    ----------
    extractions : iterable of Extraction

    Returns
    -------
    dict
        ISO date (``None`` for undated reports, last) → the extractions of that date, in input
        order; keys in ascending date order.

    Examples
    --------
    >>> from geo.records import Report
    >>> ex = [Extraction(Report(i, "x", date=d), ()) for i, d in [("a", "2024-05-02"),
    ...       ("b", None), ("c", "2024-05-01"), ("d", "2024-05-02")]]
    >>> {k: [e.report.id for e in v] for k, v in group_by_date(ex).items()}
    {'2024-05-01': ['c'], '2024-05-02': ['a', 'd'], None: ['b']}
    """
    groups: dict[str | None, list[Extraction]] = {}
    for ext in extractions:
        groups.setdefault(ext.report.date, []).append(ext)
    return {k: groups[k] for k in sorted(groups, key=lambda d: (d is None, d or ""))}
