"""The event table: one row per event, ACLED-like columns first, written as CSV, GeoJSON,
GeoPackage or GeoParquet.

Columns (:data:`EVENT_COLUMNS`): ``event_id, event_date, country, admin1, admin2, location,
latitude, longitude, geo_precision, killed, wounded, sources, source_count, notes``, then
``side, drones, missiles, intercepted, level, place_id, country_code, admin1_code, places,
reports, report_count, first_published, last_published, date_cues, figures``.

``killed`` ... ``intercepted`` are the reconciled figures (:mod:`geo.events.grouping`), empty when
no
source states one; ``figures`` keeps every source's ("killed 4 (Mayor of X); killed 2
(Wire)"), ``notes`` says how many reports and sources, where they disagree, which
region-level reports joined, and what corrections changed. Every file is written whole or not
at all, and the same events give byte-identical files.
"""

from __future__ import annotations

import contextlib
import csv
import os
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, NamedTuple

from geo.events.grouping import Candidate, Event
from geo.output.export import JSON_LINE
from geo.records import FACT_KEYS

__all__ = [
    "EVENT_COLUMNS",
    "EVENT_FORMATS",
    "EventCounts",
    "event_counts",
    "event_frame",
    "event_rows",
    "format_of",
    "report_ids",
    "write_events",
]

EVENT_COLUMNS = (
    "event_id",
    "event_date",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "killed",
    "wounded",
    "sources",
    "source_count",
    "notes",
    "side",
    "drones",
    "missiles",
    "intercepted",
    "level",
    "place_id",
    "country_code",
    "admin1_code",
    "places",
    "reports",
    "report_count",
    "first_published",
    "last_published",
    "date_cues",
    "figures",
)
_INT_COLUMNS = (*FACT_KEYS, "geo_precision", "source_count", "report_count")
_SUFFIXES = {
    ".csv": "csv",
    ".geojson": "geojson",
    ".json": "geojson",
    ".gpkg": "gpkg",
    ".parquet": "parquet",
    ".geoparquet": "parquet",
}
#: Formats of ``strikemap events``.
EVENT_FORMATS = ("csv", "geojson", "gpkg", "parquet")
#: The GeoPackage timestamp, fixed so the same events give the same bytes.
FIXED_TIME = "2000-01-01T00:00:00.000Z"

NameOf = Callable[[str], str | None]


def format_of(path: str | None, given: str | None) -> str:
    """The format to write: ``given``, else told by the file's suffix, else CSV.

    Examples
    --------
    >>> format_of("events.gpkg", None), format_of(None, None), format_of("x.txt", "geojson")
    ('gpkg', 'csv', 'geojson')
    """
    if given:
        return given
    if path is None:
        return "csv"
    return _SUFFIXES.get(Path(path).suffix.lower(), "csv")


def _figure_list(candidates: Sequence[Candidate]) -> str:
    """Every source's figure as text: ``killed 4 (Mayor); killed 2 (Wire)``."""
    return "; ".join(
        f"{c.key} {c.value} ({c.source}{', region only' if c.support == 'region' else ''})"
        for c in candidates
    )


def _notes(event: Event) -> str:
    """How many reports and sources, disagreements, region-level joins, corrections."""
    reports, sources = len(event.reports), len(event.sources)
    bits = [f"{reports} report(s) from {sources} source(s)"]
    for key in FACT_KEYS:
        values = {c.value for c in event.candidates if c.key == key}
        if len(values) > 1:
            chosen = event.figures.get(key)
            told = _figure_list([c for c in event.candidates if c.key == key])
            bits.append(f"{key}: {chosen} taken of {told}")
    joined = list(dict.fromkeys(f"{s.place.name} ({s.source})" for s in event.joined))
    if joined:
        bits.append("region-level: " + ", ".join(joined))
    bits += event.notes
    return "; ".join(bits)


def _admin1(event: Event, name_of: NameOf) -> str:
    """The event's first-level unit by name (its code when the name is unknown)."""
    code = event.place.admin1
    if not code:
        return ""
    return name_of(f"iso:{code}") or code


def event_row(event: Event, name_of: NameOf = lambda _id: None) -> dict:
    """One event as a row of :data:`EVENT_COLUMNS` (figures as int or None).

    Parameters
    ----------
    event : Event
    name_of : callable
        Place id → its name, for the country and admin-1 names.
    """
    p = event.place
    published = sorted(s.published for s in event.all_sightings if s.published)
    cues = dict.fromkeys(s.date.cue for s in event.sightings if s.date.cue)
    return {
        "event_id": event.id,
        "event_date": event.date or "",
        "country": name_of(f"cc:{p.country}") or p.country,
        "admin1": _admin1(event, name_of),
        "admin2": p.name if p.kind == "admin2" else "",
        "location": p.name,
        "latitude": None if p.lat is None else round(p.lat, 6),
        "longitude": None if p.lon is None else round(p.lon, 6),
        "geo_precision": event.precision,
        **{key: event.figures.get(key) for key in FACT_KEYS},
        "sources": "; ".join(event.sources),
        "source_count": len(event.sources),
        "notes": _notes(event),
        "side": event.side,
        "level": event.level,
        "place_id": p.id,
        "country_code": p.country,
        "admin1_code": p.admin1 or "",
        "places": "; ".join(event.places),
        "reports": "; ".join(event.reports),
        "report_count": len(event.reports),
        "first_published": published[0] if published else "",
        "last_published": published[-1] if published else "",
        "date_cues": "; ".join(cues),
        "figures": _figure_list(event.candidates),
    }


def event_rows(events: Sequence[Event], name_of: NameOf = lambda _id: None) -> list[dict]:
    """Every event as a row (:func:`event_row`), columns in :data:`EVENT_COLUMNS` order."""
    return [{c: row[c] for c in EVENT_COLUMNS} for row in (event_row(e, name_of) for e in events)]


def report_ids(row: Mapping) -> list[str]:
    """The ids of the reports telling the event of a row (its ``reports`` cell).

    >>> report_ids({"reports": "r1; r2"}), report_ids({"reports": ""})
    (['r1', 'r2'], [])
    """
    return [r for r in row["reports"].split("; ") if r]


class EventCounts(NamedTuple):
    """What ``strikemap events`` says of its events (:func:`event_counts`)."""

    #: Events.
    events: int
    #: Distinct reports telling them.
    reports: int
    #: Events told by more than one report.
    several: int
    #: Distinct reports telling those.
    merged: int


def event_counts(reports_per_event: Iterable[Collection[str]]) -> EventCounts:
    """Count events by the reports telling each: an :attr:`Event.reports
    <geo.events.grouping.Event.reports>` per event, or :func:`report_ids` of each row.

    >>> event_counts([["r1", "r2"], ["r2"], ["r3"]])
    EventCounts(events=3, reports=3, several=1, merged=2)
    """
    events = several = 0
    reports: set[str] = set()
    merged: set[str] = set()
    for ids in reports_per_event:
        events += 1
        reports.update(ids)
        if len(ids) > 1:
            several += 1
            merged.update(ids)
    return EventCounts(events, len(reports), several, len(merged))


def write_csv(rows: Sequence[dict], fh: IO[str]) -> None:
    """Write the rows as CSV (empty cells for figures not stated)."""
    writer = csv.DictWriter(fh, fieldnames=EVENT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if v is None else v for k, v in row.items()})


def write_geojson(rows: Sequence[dict], fh: IO[str]) -> None:
    """Write the rows as an RFC 7946 FeatureCollection of points (null geometry when the
    place has no coordinates)."""
    fh.write('{"type": "FeatureCollection", "features": [')
    for i, row in enumerate(rows):
        lon, lat = row["longitude"], row["latitude"]
        geometry = (
            None if lon is None or lat is None else {"type": "Point", "coordinates": [lon, lat]}
        )
        feature = {"type": "Feature", "geometry": geometry, "properties": row}
        fh.write(("\n" if i == 0 else ",\n") + JSON_LINE.encode(feature))
    fh.write("\n]}\n")


def event_frame(rows: Sequence[dict]):
    """The rows as a GeoDataFrame of points (EPSG:4326), figures as nullable integers."""
    import geopandas as gpd
    import pandas as pd
    from shapely import Point

    frame = pd.DataFrame(list(rows), columns=list(EVENT_COLUMNS))
    for column in _INT_COLUMNS:
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("Int64")
    for column in ("latitude", "longitude"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("float64")
    geometry = [
        None
        if r["longitude"] is None or r["latitude"] is None
        else Point(r["longitude"], r["latitude"])
        for r in rows
    ]
    return gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")


@contextlib.contextmanager
def fixed_gdal_time() -> Iterator[None]:
    """GeoPackages written inside carry a fixed timestamp instead of the clock's."""
    import pyogrio

    before = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": FIXED_TIME})
    try:
        yield
    finally:
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": before})


def write_gpkg_layer(
    frame, path: str | os.PathLike[str], layer: str, *, append: bool = False
) -> None:
    """Write one layer of a GeoPackage (a table when ``frame`` has no geometry)."""
    import pyogrio

    with fixed_gdal_time():
        pyogrio.write_dataframe(frame, path, layer=layer, driver="GPKG", append=append)


def write_events(
    rows: Sequence[dict], path: str | None, fmt: str, stdout: IO[str] | None = None
) -> None:
    """Write the event table to ``path`` (atomically) or, for CSV and GeoJSON, to ``stdout``.

    Parameters
    ----------
    rows : sequence of dict
        From :func:`event_rows`.
    path : str or None
        The file; None writes to ``stdout``.
    fmt : {"csv", "geojson", "gpkg", "parquet"}
        The format; ``gpkg`` writes the layer ``events``, ``parquet`` a GeoParquet file.
    stdout : file, optional
        Where to write without a path.
    """
    from geo.output.atomic import atomic_open, atomic_path

    text_writers = {"csv": write_csv, "geojson": write_geojson}
    if fmt in text_writers:
        if path is None:
            text_writers[fmt](rows, stdout)
            return
        with atomic_open(path) as fh:
            text_writers[fmt](rows, fh)
        return
    if fmt == "parquet":
        from geo.extras import require

        require("pyarrow", f"{path}: writing GeoParquet")
    frame = event_frame(rows)
    with atomic_path(path, suffix=".gpkg" if fmt == "gpkg" else ".parquet") as tmp:
        if fmt == "gpkg":
            write_gpkg_layer(frame, tmp, "events")
        else:
            frame.to_parquet(tmp, index=False)
