"""Writers for extraction results: JSON lines (the ``strikemap extract`` contract), GeoJSON
(RFC 7946), ACLED-like CSV and GeoPackage; every file is written atomically.

The JSON-lines, GeoJSON and CSV writers stream: they take an iterable of extractions and write
each as it comes, so a long run never holds its output in memory.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO

from geo.records import FACT_KEYS, Extraction, ResolvedPlace, Unresolved

__all__ = [
    "CSV_COLUMNS",
    "FORMATS",
    "REPORT_COLUMNS",
    "extraction_records",
    "to_jsonl",
    "write_csv",
    "write_geojson",
    "write_gpkg",
    "write_jsonl",
]

#: Output formats of ``strikemap extract --format``.
FORMATS = ("jsonl", "geojson", "csv", "gpkg")

#: Columns of the CSV export: ACLED's location columns first, then strikemap's own.
CSV_COLUMNS = (
    "event_date",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "notes",
    "source",
    "record",
    "report",
    "title",
    "url",
    "place_id",
    "role",
    "kind",
    "country",
    "admin1_code",
    "confidence",
    "cue",
    "damage",
    "attacker",
    "wounded",
    "drones",
    "missiles",
    "intercepted",
    "report_killed",
    "report_wounded",
    "report_drones",
    "report_missiles",
    "report_intercepted",
)

#: The report-total columns of the CSV, GeoPackage and GeoJSON exports, by fact key.
REPORT_COLUMNS = {key: f"report_{key}" for key in FACT_KEYS}
_FIGURE_COLUMNS = (
    "fatalities",
    *(key for key in FACT_KEYS if key != "killed"),
    *REPORT_COLUMNS.values(),
)


def _place_record(rp: ResolvedPlace) -> dict:
    p = rp.place
    return {
        "type": "place",
        "report": rp.report,
        "id": p.id,
        "name": p.name,
        "role": rp.role,
        "kind": p.kind,
        "country": p.country or None,  # (a sea lies in no country)
        "admin1": p.admin1,
        "lat": p.lat,
        "lon": p.lon,
        "precision": rp.precision,
        "confidence": rp.confidence,
        "cue": rp.cue,
        "sentence": rp.sentence,
        "damage": list(rp.damage),
        "attacker": rp.attacker,
        "facts": {k: rp.facts[k] for k in FACT_KEYS if k in rp.facts},
        "mentions": [{"text": s.text, "start": s.start, "end": s.end} for s in rp.mentions],
    }


def _unresolved_record(u: Unresolved) -> dict:
    return {
        "type": "unresolved",
        "report": u.report,
        "text": u.span.text,
        "start": u.span.start,
        "end": u.span.end,
        "reason": u.reason,
    }


def _report_record(ext: Extraction) -> dict:
    r = ext.report
    return {
        "type": "report",
        "report": r.id,
        "title": r.title,
        "date": r.date,
        "source": r.source,
        "url": r.url,
        "facts": dict(ext.facts),
        "places": len(ext.places),
        "impact_places": len(ext.impacts),
        "unresolved": len(ext.unresolved),
    }


def extraction_records(extractions: Iterable[Extraction]) -> Iterator[dict]:
    """The JSON records of ``strikemap extract``: places, unresolved mentions, then the
    report line, for each report in order."""
    for ext in extractions:
        for rp in ext.places:
            yield _place_record(rp)
        for u in ext.unresolved:
            yield _unresolved_record(u)
        yield _report_record(ext)


#: One encoder for every record and feature (``json.dumps`` with options builds a new one per
#: call). The records are trees of dicts and lists made here, never cyclic: the encoder's
#: bookkeeping of the containers it is inside (``check_circular``) would only cost, about a
#: third of each record's encoding.
JSON_LINE = json.JSONEncoder(ensure_ascii=False, check_circular=False)


def to_jsonl(extractions: Sequence[Extraction]) -> str:
    """All records as JSON lines (UTF-8 text, one object a line)."""
    return "".join(JSON_LINE.encode(rec) + "\n" for rec in extraction_records(extractions))


def write_jsonl(extractions: Iterable[Extraction], fh: IO[str]) -> None:
    """Stream the ``strikemap extract`` records to ``fh``, one JSON object a line."""
    for rec in extraction_records(extractions):
        fh.write(JSON_LINE.encode(rec) + "\n")


def _feature(props: dict, lon: float | None, lat: float | None) -> dict:
    geometry = (
        {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]}
        if lon is not None and lat is not None
        else None
    )
    return {"type": "Feature", "geometry": geometry, "properties": props}


def _geojson_features(ext: Extraction) -> Iterator[dict]:
    r = ext.report
    meta = {"title": r.title, "date": r.date, "source": r.source, "url": r.url}
    totals = {column: ext.facts.get(key) for key, column in REPORT_COLUMNS.items()}
    for rp in ext.places:
        rec = _place_record(rp)
        rec["record"] = rec.pop("type")
        own = rec.pop("facts")
        figures = {key: own.get(key) for key in FACT_KEYS}
        yield _feature({**rec, **meta, **figures, **totals}, rp.place.lon, rp.place.lat)
    for u in ext.unresolved:
        rec = _unresolved_record(u)
        rec["record"] = rec.pop("type")
        yield _feature({**rec, **meta, **totals}, None, None)


def write_geojson(extractions: Iterable[Extraction], fh: IO[str]) -> None:
    """Stream an RFC 7946 FeatureCollection of the places (and unresolved mentions) to ``fh``.

    Each place of each report is a Feature with a ``[lon, lat]`` Point and the properties of
    its ``strikemap extract`` record (``record: "place"``), its own figures as ``killed``,
    ``wounded``, ``drones``, ``missiles`` and ``intercepted`` (null when the text ties none to
    the place) instead of the ``facts`` object, and the report's title, date, source, url and
    totals (``report_killed``, ``report_wounded``, ...; null when not stated). A place without
    coordinates and each unresolved mention
    (``record: "unresolved"``, with its ``reason``) have ``"geometry": null``. No ``crs``
    member: RFC 7946 coordinates are WGS 84.
    """
    fh.write('{"type": "FeatureCollection", "features": [')
    first = True
    for ext in extractions:
        for feature in _geojson_features(ext):
            fh.write(("\n" if first else ",\n") + JSON_LINE.encode(feature))
            first = False
    fh.write("\n]}\n")


def _csv_rows(ext: Extraction, admin1_name: Callable[[str], str | None]) -> Iterator[dict]:
    r = ext.report
    base = {
        "event_date": r.date or "",
        "source": r.source or "",
        "report": r.id,
        "title": r.title or "",
        "url": r.url or "",
        **{column: ext.facts.get(key, "") for key, column in REPORT_COLUMNS.items()},
    }
    for rp in ext.places:
        p = rp.place
        yield {
            **base,
            "admin1": (admin1_name(p.admin1) if p.admin1 else "") or "",
            "admin2": p.name if p.kind == "admin2" else "",
            "location": p.name,
            "latitude": "" if p.lat is None else round(p.lat, 6),
            "longitude": "" if p.lon is None else round(p.lon, 6),
            "geo_precision": rp.precision,
            "fatalities": rp.facts.get("killed", ""),
            **{key: rp.facts.get(key, "") for key in FACT_KEYS if key != "killed"},
            "notes": rp.sentence,
            "record": "place",
            "place_id": p.id,
            "role": rp.role,
            "kind": p.kind,
            "country": p.country,
            "admin1_code": p.admin1 or "",
            "confidence": round(rp.confidence, 3),
            "cue": rp.cue,
            "damage": ";".join(rp.damage),
            "attacker": rp.attacker or "",
        }
    for u in ext.unresolved:
        yield {**base, "location": u.span.text, "notes": u.reason, "record": "unresolved"}


def write_csv(
    extractions: Iterable[Extraction],
    fh: IO[str],
    *,
    admin1_name: Callable[[str], str | None] = lambda code: None,
) -> None:
    """Stream an ACLED-like CSV, one row per (report, place) and per unresolved mention.

    Columns are :data:`CSV_COLUMNS`. ``fatalities``, ``wounded``, ``drones``, ``missiles`` and
    ``intercepted`` are the figures the text ties to the row's place (``fatalities`` is its
    ``killed``), empty when not stated; a region and a city in it may both carry figures, the
    region's usually including the city's. ``report_killed`` ... ``report_intercepted`` are the
    report's totals, on every row of the report (count them once per ``report``); the per-unit
    sums without double counting are ``strikemap regions``. ``geo_precision`` is strikemap's
    precision (1 the place itself, 2 near it or an admin-2 unit, 3 only the region), as in
    ACLED. Unresolved mentions have ``record`` ``unresolved``, the text in ``location`` and
    the reason in ``notes``.

    Parameters
    ----------
    extractions : iterable of Extraction
    fh : file
        Text file opened with ``newline=""`` or ``"\\n"``.
    admin1_name : callable, optional
        Maps an ISO 3166-2 code to the unit's name for the ``admin1`` column.
    """
    writer = csv.DictWriter(fh, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for ext in extractions:
        writer.writerows(_csv_rows(ext, admin1_name))


def write_gpkg(
    extractions: Iterable[Extraction],
    path: str | os.PathLike[str],
    *,
    admin1_name: Callable[[str], str | None] = lambda code: None,
    batch: int = 10_000,
) -> None:
    """Write a GeoPackage with layers ``places`` (points, EPSG:4326) and ``unresolved``.

    ``places`` has the columns of :func:`write_csv` (null geometry for a place without
    coordinates; the figure columns are integers, null when not stated); ``unresolved`` is a
    table without geometry. The file is written to a temporary name and moved into place, so
    a failed run leaves no file. Rows are written in batches of ``batch`` places, so memory
    stays flat however many reports, and the file is byte-identical for the same input (its
    ``last_change`` dates are :data:`GPKG_DATE`).
    """
    import pyogrio

    from geo.output.atomic import atomic_path

    places: list[dict] = []
    missing: list[dict] = []
    with atomic_path(path, suffix=".gpkg") as tmp, _fixed_gpkg_date(pyogrio):
        written = {"places": False, "unresolved": False}
        for ext in extractions:
            for row in _csv_rows(ext, admin1_name):
                (places if row["record"] == "place" else missing).append(row)
            if len(places) >= batch or len(missing) >= batch:
                _flush_gpkg(tmp, places, missing, written)
        _flush_gpkg(tmp, places, missing, written, final=True)


#: The ``last_change`` date GeoPackage files are written with, so runs are byte-identical.
GPKG_DATE = "2000-01-01T00:00:00.000Z"


@contextlib.contextmanager
def _fixed_gpkg_date(pyogrio) -> Iterator[None]:
    previous = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": GPKG_DATE})
    try:
        yield
    finally:
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": previous})


def _flush_gpkg(
    tmp: Path, places: list[dict], missing: list[dict], written: dict, *, final: bool = False
) -> None:
    """Append the buffered rows to the GeoPackage's two layers (each created once, even
    when empty) and empty the buffers."""
    import geopandas as gpd
    import pandas as pd
    import pyogrio
    from shapely import points

    if places or (final and not written["places"]):
        frame = pd.DataFrame(places, columns=CSV_COLUMNS)
        lon = pd.to_numeric(frame["longitude"], errors="coerce")
        lat = pd.to_numeric(frame["latitude"], errors="coerce")
        geometry = [
            None if pd.isna(x) or pd.isna(y) else pt
            for x, y, pt in zip(lon, lat, points(lon.fillna(0), lat.fillna(0)), strict=True)
        ]
        frame = frame.assign(latitude=lat, longitude=lon)
        for column in _FIGURE_COLUMNS:  # whole numbers, null when not stated
            frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("Int64")
        gdf = gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")
        pyogrio.write_dataframe(gdf, tmp, layer="places", driver="GPKG", append=written["places"])
        written["places"] = True
    if missing or (final and not written["unresolved"]):
        table = pd.DataFrame(
            missing, columns=["report", "event_date", "location", "notes", "title", "source"]
        )
        pyogrio.write_dataframe(
            table.astype(str), tmp, layer="unresolved", driver="GPKG", append=written["unresolved"]
        )
        written["unresolved"] = True
    places.clear()
    missing.clear()
