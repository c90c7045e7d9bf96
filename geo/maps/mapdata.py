"""What the map page computes with: reports, their shares per unit, places and labels.

The page filters every layer, the region shading, the legend, the summary and the title by a
date range in the browser, so it carries the figures it sums rather than finished totals:

* one row per report (its date, its killed, wounded, drones and missiles, how much of its
  killed and wounded the text ties to places, and its impact places);
* per shaded unit, each report's share in it (the killed and wounded of its impact places in
  the unit, counted once as :func:`geo.places.figures.counted_shares` does, and the places);
* the units' outlines (simplified), a label point and whether the unit is small enough to need
  a disc at country zoom (Kyiv City, Sevastopol among oblasts).

Units are assigned as :func:`geo.places.boundaries.aggregate` assigns them, so the page's sums
over the whole period equal ``aggregate``'s table. The figures are gathered one report at a
time by :class:`geo.maps.collect.MapCollector`; :func:`page_values` writes them lazily. A
figure the text does not state is ``None`` (shown as "not stated"), never 0. Every string is
escaped with :func:`geo.maps.popups.escape_text`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import shapely
from shapely.ops import polylabel

from geo.maps.collect import MapCollector, UnitShares, iso_day
from geo.maps.popups import LazyList, escape_text, materialise
from geo.maps.units import NEAREST_KM, UnitLayer
from geo.places.figures import CASUALTY_KEYS, counted_shares, report_count
from geo.records import Extraction

if TYPE_CHECKING:
    import geopandas

__all__ = [
    "SMALL_UNIT_SHARE",
    "Unit",
    "assign_units",
    "collect",
    "impact_places",
    "iso_day",
    "page_data",
    "page_values",
    "report_dates",
    "report_shares",
    "shaded_units",
    "stated_count",
    "unit_table",
]

#: A unit smaller than this share of the layer's median unit area gets a disc at low zoom.
SMALL_UNIT_SHARE = 0.1
#: Outline simplification of the page's unit polygons, in degrees (about 100 m).
SIMPLIFY_DEG = 0.001


@dataclass(frozen=True)
class Unit:
    """One shaded unit and the share of each report in it.

    Parameters
    ----------
    code, name : str
        The unit's code and name (plain text).
    small : bool
        Whether the unit is under :data:`SMALL_UNIT_SHARE` of the median area of its
        country's units (Kyiv City, Sevastopol, Moscow): drawn as a disc while it is tiny.
    lon, lat : float
        Where its label goes (the pole of inaccessibility of its largest part).
    shares : UnitShares or tuple of (int, int or None, int or None, tuple of int)
        ``(report index, killed, wounded, impact place indexes)`` per report with an impact
        in the unit; killed or wounded is None when none of those places states it.
    geometry : shapely geometry
        The unit's outline (EPSG:4326).
    """

    code: str
    name: str
    small: bool
    lon: float
    lat: float
    shares: UnitShares | tuple[tuple[int, int | None, int | None, tuple[int, ...]], ...]
    geometry: shapely.Geometry


def report_dates(extractions: Sequence[Extraction]) -> list[str]:
    """Return the distinct ISO dates of the reports, sorted (other dates are left out)."""
    return sorted({d for e in extractions if (d := iso_day(e.report.date)) is not None})


def assign_units(
    extractions: Sequence[Extraction], units: geopandas.GeoDataFrame, max_km: float = NEAREST_KM
) -> list[list[str | None]]:
    """Return the unit code of each place of each report, as
    :func:`~geo.places.boundaries.aggregate` assigns it.

    Parameters
    ----------
    extractions : sequence of Extraction
        The reports.
    units : geopandas.GeoDataFrame
        The layer (``code`` and geometry, EPSG:4326).
    max_km : float
        Radius of the nearest-unit fallback (0: a place in no unit stays outside).

    Returns
    -------
    list of list of str or None
        Per report, per place: the code, or None for a place that is not an impact, a
        country, a region coarser than the layer, or in no unit.
    """
    known = set(units["code"])
    out: list[list[str | None]] = [[None] * len(e.places) for e in extractions]
    pending: list[tuple[int, int, float, float]] = []
    for i, ext in enumerate(extractions):
        for j, rp in enumerate(ext.places):
            place = rp.place
            if rp.role != "impact" or place.kind == "country":
                continue
            if place.admin1 and place.admin1 in known:
                out[i][j] = place.admin1
            elif place.kind != "admin1" and place.lon is not None and place.lat is not None:
                pending.append((i, j, place.lon, place.lat))
    if pending and len(units):
        from geo.places.boundaries import locate_points

        found = locate_points(
            [p[2] for p in pending], [p[3] for p in pending], units, max_km=max_km
        )["code"]
        for (i, j, _, _), code in zip(pending, found, strict=True):
            out[i][j] = code if isinstance(code, str) else None
    return out


Shares = dict[str, list[int]]


def report_shares(ext: Extraction) -> Shares:
    """Return :func:`geo.places.figures.counted_shares` of the report's places, per casualty key."""
    return {key: counted_shares(ext.places, key) for key in CASUALTY_KEYS}


def stated_count(ext: Extraction, key: str, shares: Shares | None = None) -> int | None:
    """Return the report's ``key`` count (:func:`geo.places.figures.report_count`), None when
    neither the report nor any of its places states it."""
    if not (key in ext.facts or any(key in rp.facts for rp in ext.places)):
        return None
    if shares is None:
        return report_count(ext, key)
    return max(int(ext.facts.get(key, 0) or 0), sum(shares[key]))


def _label_point(geometry: shapely.Geometry) -> tuple[float, float]:
    """Return ``(lon, lat)`` of a label inside the largest part of ``geometry``."""
    parts = [p for p in shapely.get_parts(geometry) if isinstance(p, shapely.Polygon)]
    if not parts:
        point = geometry.representative_point()
        return round(point.x, 4), round(point.y, 4)
    largest = max(parts, key=lambda p: p.area)
    size = math.sqrt(max(largest.area, 1e-12))
    point = polylabel(largest, tolerance=max(size / 50, 1e-4))
    return round(point.x, 4), round(point.y, 4)


def unit_table(
    extractions: Sequence[Extraction],
    regions: geopandas.GeoDataFrame,
    place_index: dict[str, int] | None = None,
    max_km: float = NEAREST_KM,
    shares: Sequence[Shares] | None = None,
) -> list[Unit]:
    """Return the units with at least one impact, in the layer's order, with their shares.

    Parameters
    ----------
    extractions : sequence of Extraction
        The reports.
    regions : geopandas.GeoDataFrame
        Every unit of the layer: ``code``, ``name`` and geometry.
    place_index : dict, optional
        Impact place id to its index in the page's place table (:func:`impact_places`, the
        order the collector numbers them in; kept for callers that pass it).
    max_km : float
        Radius of the nearest-unit fallback, as given to :func:`~geo.places.boundaries.aggregate`.
    shares : sequence of dict, optional
        Unused (kept for callers that pass it).

    Returns
    -------
    list of Unit
    """
    return shaded_units(collect(extractions, regions, max_km))


def collect(
    extractions: Iterable[Extraction], regions: geopandas.GeoDataFrame, max_km: float = NEAREST_KM
) -> MapCollector:
    """Return a finished :class:`~geo.maps.collect.MapCollector` of the reports."""
    return MapCollector(UnitLayer.from_frame(regions), max_km).add_all(extractions).finish()


def shaded_units(collector: MapCollector) -> list[Unit]:
    """Return the units the collected reports hit, in the layer's order, with their shares."""
    layer = collector.finish().layer
    if not collector.unit_shares:
        return []
    areas = layer.areas()
    medians = _median_areas(layer.countries, areas)
    out = []
    rows = zip(layer.codes, layer.names, layer.geometries, areas, medians, strict=True)
    for code, name, geometry, area, median in rows:
        shares = collector.shares(code)
        if not shares:
            continue
        lon, lat = _label_point(geometry)
        name = name if isinstance(name, str) and name else str(code)
        small = bool(median > 0 and area < SMALL_UNIT_SHARE * median)
        out.append(Unit(str(code), name, small, lon, lat, shares, geometry))
    return out


def _median(values: list[float]) -> float:
    """The median, as ``np.median`` gives it (the mean of the middle two of an even count),
    without importing ``numpy.ma`` (which ``np.median`` does) or ``statistics``."""
    ordered = sorted(values)
    mid = len(ordered) // 2
    return float(ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2)


def _median_areas(countries: Sequence | None, areas: Sequence[float]) -> list[float]:
    """Return, per unit, the median area of the units of its country (else of the layer)."""
    overall = _median([float(a) for a in areas]) if len(areas) else 0.0
    if countries is None:
        return [overall] * len(areas)
    countries = [c if isinstance(c, str) else None for c in countries]
    by_country: dict[str, list[float]] = {}
    for country, area in zip(countries, areas, strict=True):
        if country is not None:
            by_country.setdefault(country, []).append(float(area))
    medians = {c: _median(a) for c, a in by_country.items()}
    return [medians.get(c, overall) if c is not None else overall for c in countries]


def _outline(geometry: shapely.Geometry) -> dict:
    """Return the unit's simplified outline as a GeoJSON geometry, coordinates rounded."""
    simple = shapely.simplify(geometry, SIMPLIFY_DEG, preserve_topology=True)
    simple = shapely.transform(simple, lambda xy: np.round(xy, 4))
    return shapely.geometry.mapping(simple)


def _coordinates(value):
    """Turn the tuples of a GeoJSON mapping into lists (plain JSON)."""
    if isinstance(value, tuple | list):
        return [_coordinates(v) for v in value]
    return value


def _unit_row(unit: Unit) -> list:
    """``[code, name, small, lat, lon, shares]`` of one unit (escaped text; the shares a
    :class:`~geo.maps.popups.LazyList`)."""
    shares = LazyList(lambda: ([i, k, w, list(p)] for i, k, w, p in unit.shares))
    return [
        escape_text(unit.code),
        escape_text(unit.name),
        int(unit.small),
        unit.lat,
        unit.lon,
        shares,
    ]


def _feature(index: int, unit: Unit) -> dict:
    """The unit's GeoJSON feature: its outline and its index in the unit table."""
    shape = _outline(unit.geometry)
    geometry = {"type": shape["type"], "coordinates": _coordinates(shape["coordinates"])}
    return {"type": "Feature", "properties": {"u": index}, "geometry": geometry}


def impact_places(extractions: Sequence[Extraction]) -> dict[str, int]:
    """Return every impact place id, in first-seen order, with its index."""
    index: dict[str, int] = {}
    for ext in extractions:
        for rp in ext.impacts:
            index.setdefault(rp.place.id, len(index))
    return index


def _report_rows(collector: MapCollector, dates: Sequence[str]) -> Iterator[list]:
    """``[date index or -1, killed, wounded, drones, missiles, placed killed, placed wounded]``."""
    date_index = {d: i for i, d in enumerate(dates)}
    for day, *rest in collector.rows:
        yield [date_index[day] if day is not None else -1, *rest]


def page_values(collector: MapCollector, units: Sequence[Unit]) -> dict:
    """Return the page's data with its long arrays as :class:`~geo.maps.popups.LazyList`.

    See :func:`page_data` for the keys; :func:`geo.maps.popups.js_json_chunks` writes it
    without building the arrays.
    """
    dates = collector.dates()
    return {
        "d": dates,
        "r": LazyList(lambda: _report_rows(collector, dates)),
        "ri": LazyList(lambda: (list(p) for p in collector.report_places)),
        "pl": LazyList(lambda: iter(collector.places)),
        "u": LazyList(lambda: (_unit_row(unit) for unit in units)),
        "g": {
            "type": "FeatureCollection",
            "features": LazyList(lambda: (_feature(i, unit) for i, unit in enumerate(units))),
        },
    }


def page_data(
    extractions: Sequence[Extraction],
    regions: geopandas.GeoDataFrame,
    *,
    max_km: float = NEAREST_KM,
) -> tuple[dict, list[Unit]]:
    """Return the page's data (JSON-ready, text escaped) and its shaded units.

    Parameters
    ----------
    extractions : sequence of Extraction
        The reports.
    regions : geopandas.GeoDataFrame
        Every unit of the layer (``code``, ``name``, geometry).
    max_km : float
        Radius of the nearest-unit fallback used for the layer.

    Returns
    -------
    dict
        ``d`` the sorted dates; ``r`` one row per report (see :func:`_report_rows`); ``ri``
        each report's impact place indexes; ``pl`` the impact places ``[name, is a site]``;
        ``u`` the shaded units ``[code, name, small, lat, lon, shares]``; ``g`` their outlines
        as a GeoJSON FeatureCollection whose features carry ``u``, the unit index.
    list of Unit
        The shaded units.
    """
    collector = collect(extractions, regions, max_km)
    units = shaded_units(collector)
    return materialise(page_values(collector, units)), units
