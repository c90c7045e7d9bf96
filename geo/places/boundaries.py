"""Boundary layers: the embedded admin-0/admin-1 files, point joins and per-unit aggregates.

The embedded layers live in the top-level ``boundaries/`` folder of the repository (built by
``scripts/build_boundaries.py`` from Natural Earth; see ``boundaries/README.md``); a wheel
carries them as ``geo/data/boundaries/``. Every layer
returned here is a GeoDataFrame in EPSG:4326 with the columns of :data:`COLUMNS` plus
``geometry``, sorted by ``code``.

Coordinates are ``(lon, lat)`` throughout.
"""

from __future__ import annotations

import functools
import itertools
import os
import weakref
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely
from pyproj import Geod

from geo.errors import DataError, InputError
from geo.places.figures import counted_shares
from geo.places.nearest import NEAREST_KM, nearest_km
from geo.records import Extraction, Place

__all__ = [
    "COLUMNS",
    "COUNT_COLUMNS",
    "EMBEDDED",
    "ENV_VAR",
    "IDENTITY",
    "ISO_CODE",
    "NEAREST_KM",
    "USER_LEVEL",
    "aggregate",
    "assign_impacts",
    "boundaries_dir",
    "describe_embedded",
    "load_admin0",
    "load_admin1",
    "locate_points",
    "nearest_km",
    "per_unit",
    "read_embedded",
    "unit_of",
    "unit_table",
]

#: Attribute columns of every boundary layer, in order (``geometry`` follows).
COLUMNS = ("code", "name", "name_local", "country", "level", "pcode")
#: Environment variable that points to another ``boundaries/`` folder.
ENV_VAR = "STRIKEMAP_BOUNDARIES"
#: Place kinds counted as impact sites by :func:`aggregate`.
SITE_KINDS = ("settlement", "district")
#: The per-unit counts of :func:`aggregate` and :func:`per_unit`, in order.
COUNT_COLUMNS = ("reports", "impact_sites", "killed", "wounded")
#: Column of a user layer holding each unit's own code and name columns, ``{column: value}``
#: (see :func:`geo.places.user_boundaries.load_user_boundaries`).
IDENTITY = "identity"
#: Column of a user layer, and of its per-unit table, holding the ISO 3166-2 code where known.
ISO_CODE = "iso_code"
#: Extractions taken at a time by :func:`aggregate`: the counts keep no extraction.
CHUNK = 1024
#: ``level`` of a user's layer (and ``attrs["level"]`` of its per-unit tables).
USER_LEVEL = "user"

_GEOD = Geod(ellps="WGS84")
_EQUAL_AREA = "EPSG:6933"

#: What is embedded: source, licence and derivation of each layer (shown by
#: ``strikemap boundaries``).
EMBEDDED: dict[str, dict[str, str]] = {
    name: {
        "file": f"{name}.geojson",
        "level": name,
        "source": "Natural Earth 1:10m Cultural Vectors, "
        + ("Admin 1 - States, Provinces" if name == "admin1" else "Admin 0 - Countries")
        + ", as generalised in Debian's qgis-common package (world_map.gpkg, layer "
        + ("states_provinces" if name == "admin1" else "countries")
        + "); ISO 3166-2 codes from pycountry",
        "licence": "public domain (Natural Earth); credit: Made with Natural Earth",
        "changes": "Crimea and Sevastopol assigned to Ukraine (UA-43, UA-40); current English "
        "names; geometries repaired, simplified and rounded to 4 decimals",
        "built_by": "scripts/build_boundaries.py (see boundaries/README.md)",
    }
    for name in ("admin1", "admin0")
}


def _shipped_dir() -> Path:
    """The installed layers (``geo/data/boundaries/`` in a wheel), else the source tree's."""
    installed = Path(__file__).resolve().parents[1] / "data" / "boundaries"
    if (installed / "admin1.geojson").is_file():
        return installed
    return Path(__file__).resolve().parents[2] / "boundaries"


def boundaries_dir() -> Path:
    """Return the folder holding the embedded boundary layers.

    The folder is ``geo/data/boundaries/`` in an installed wheel (the build copies the
    repository's top-level ``boundaries/`` there) or ``boundaries/`` beside the ``geo`` package
    in a source tree or editable install, unless the environment variable
    ``STRIKEMAP_BOUNDARIES`` names another one.

    Returns
    -------
    Path
        A folder containing ``admin1.geojson`` and ``admin0.geojson``.

    Raises
    ------
    DataError
        If the folder or its layers are missing; the message says how to rebuild them.
    """
    override = os.environ.get(ENV_VAR)
    folder = Path(override) if override else _shipped_dir()
    missing = [n for n in ("admin1.geojson", "admin0.geojson") if not (folder / n).is_file()]
    if missing:
        raise DataError(
            f"embedded boundaries not found: {folder} lacks {', '.join(missing)}; "
            "reinstall strikemap, rebuild them with `python scripts/build_boundaries.py` in a "
            f"source tree, or set {ENV_VAR} to a folder that has them"
        )
    return folder


@functools.lru_cache(maxsize=4)
def read_embedded(name: str) -> gpd.GeoDataFrame:
    path = boundaries_dir() / f"{name}.geojson"
    try:
        frame = gpd.read_file(path)
    except (OSError, pyogrio.errors.DataSourceError) as exc:
        raise DataError(f"{path}: cannot be read ({exc}); rebuild it") from exc
    absent = [c for c in COLUMNS if c not in frame.columns]
    if absent:
        raise DataError(f"{path}: lacks column(s) {', '.join(absent)}; rebuild it")
    frame = frame[[*COLUMNS, "geometry"]].set_crs("EPSG:4326", allow_override=True)
    frame = frame.astype({c: object for c in COLUMNS})
    frame = frame.where(frame.notna(), None)
    return frame.sort_values("code", kind="stable").reset_index(drop=True)


def load_admin1() -> gpd.GeoDataFrame:
    """Load the embedded first-level units (oblasts, federal subjects, ...).

    Returns
    -------
    GeoDataFrame
        Columns ``code`` (ISO 3166-2), ``name`` (English), ``name_local``, ``country``
        (ISO alpha-2), ``level`` (``"admin1"``), ``pcode`` (OCHA P-code, Ukraine only) and
        ``geometry``, in EPSG:4326, sorted by code. The file is read once; each call returns
        a fresh copy that the caller may modify.

    Raises
    ------
    DataError
        If the embedded file is missing or broken.

    Examples
    --------
    >>> units = load_admin1()
    >>> units.loc[units.code == "UA-30", "name"].item()
    'Kyiv'
    """
    return read_embedded("admin1").copy()


def load_admin0() -> gpd.GeoDataFrame:
    """Load the embedded countries (Ukraine including Crimea and Sevastopol).

    Returns
    -------
    GeoDataFrame
        Same columns as :func:`load_admin1`; ``code`` and ``country`` hold the ISO alpha-2 code
        and ``level`` is ``"admin0"``. Each call returns a fresh copy.

    Raises
    ------
    DataError
        If the embedded file is missing or broken.
    """
    return read_embedded("admin0").copy()


def describe_embedded(name: str) -> dict[str, object]:
    """Describe one embedded layer: its file, source, licence, size and contents.

    Parameters
    ----------
    name : {"admin1", "admin0"}
        The layer.

    Returns
    -------
    dict
        ``name``, ``file`` (absolute path), ``level``, ``source``, ``licence``, ``changes``,
        ``built_by``, ``bytes``, ``features``, ``countries`` (sorted alpha-2 codes),
        ``units_per_country``, ``columns`` and ``crs``.

    Raises
    ------
    InputError
        If ``name`` is not an embedded layer (the message lists them).
    DataError
        If the layer's file is missing or broken.

    Examples
    --------
    >>> describe_embedded("admin1")["units_per_country"]["UA"]
    27
    """
    if name not in EMBEDDED:
        raise InputError(f"no embedded boundary layer {name!r}; choose one of {list(EMBEDDED)}")
    frame = read_embedded(name)
    path = boundaries_dir() / EMBEDDED[name]["file"]
    counts = frame["country"].value_counts()
    return {
        "name": name,
        **EMBEDDED[name],
        "file": str(path),
        "bytes": path.stat().st_size,
        "features": len(frame),
        "countries": sorted(counts.index),
        "units_per_country": {str(c): int(counts[c]) for c in sorted(counts.index)},
        "columns": [*COLUMNS, "geometry"],
        "crs": "EPSG:4326",
    }


def _as_units(units: gpd.GeoDataFrame | None) -> gpd.GeoDataFrame:
    if units is None:
        return read_embedded("admin1")
    if "code" not in units.columns:
        raise InputError(f"boundary layer has no 'code' column (columns: {list(units.columns)})")
    if units.crs is None:
        raise InputError("boundary layer has no CRS; set one before joining")
    if not units.crs.equals("EPSG:4326"):
        units = units.to_crs("EPSG:4326")
    return units


def _smallest(units: gpd.GeoDataFrame, point: np.ndarray, unit: np.ndarray) -> np.ndarray:
    """Keep one ``(point, unit)`` hit per point: the unit with the smallest area.

    ``point`` and ``unit`` are parallel arrays of hits; returns a boolean mask over them.
    """
    counts = np.bincount(point)
    many = counts[point] > 1
    keep = ~many
    if many.any():
        p, u = point[many], unit[many]
        hit = np.unique(u)
        area = np.zeros(len(units))
        area[hit] = units.geometry.iloc[hit].to_crs(_EQUAL_AREA).area.to_numpy()
        order = np.lexsort((u, area[u], p))
        first = np.ones(order.size, dtype=bool)
        first[1:] = p[order][1:] != p[order][:-1]
        chosen = np.flatnonzero(many)[order[first]]
        keep[chosen] = True
    return keep


def locate_points(
    lons: Sequence[float] | np.ndarray,
    lats: Sequence[float] | np.ndarray,
    units: gpd.GeoDataFrame | None = None,
    *,
    max_km: float = NEAREST_KM,
) -> pd.DataFrame:
    """Find the unit containing each point, or the nearest one within ``max_km``.

    A point on a shared border, or inside several overlapping units, gets the unit with the
    smallest area. A point inside no unit (offshore, in a gap left by simplification) gets the
    nearest unit if its geodesic distance (WGS84 ellipsoid, measured to the closest point of
    the polygon as found in degree space) is at most ``max_km``; ``fallback`` is then True.
    In a user's layer (:func:`geo.places.user_boundaries.load_user_boundaries`, or the
    :func:`aggregate` table of one), a point in a hole of the layer's coverage (an area its
    units enclose: an inner ring of a unit, or Kyiv City in a raion file) is never given to a
    neighbour: it is in none of the layer's units.

    Parameters
    ----------
    lons, lats : sequence of float
        Longitudes and latitudes in degrees (EPSG:4326); NaN or out-of-range values give None.
    units : GeoDataFrame, optional
        Layer with a ``code`` column (default: :func:`load_admin1`); reprojected to EPSG:4326
        when needed.
    max_km : float, default 15
        Radius of the nearest-unit fallback; 0 disables it.

    Returns
    -------
    DataFrame
        One row per point, in input order: ``code`` (str or None), ``fallback`` (bool, True
        when the nearest-unit fallback decided), ``distance_km`` (0.0 inside a unit, the
        distance for a fallback, NaN when no unit is near).

    Raises
    ------
    InputError
        If ``lons`` and ``lats`` differ in length or ``units`` lacks a ``code`` column or CRS.

    Examples
    --------
    >>> locate_points([30.52], [50.45])["code"].tolist()
    ['UA-30']
    """
    units = _as_units(units)
    x = np.asarray(lons, dtype=float)
    y = np.asarray(lats, dtype=float)
    if x.shape != y.shape or x.ndim != 1:
        raise InputError(f"locate_points: {x.size} longitudes but {y.size} latitudes")
    n = x.size
    codes = np.full(n, None, dtype=object)
    fallback = np.zeros(n, dtype=bool)
    distance = np.full(n, np.nan)
    ok = np.isfinite(x) & np.isfinite(y) & (np.abs(x) <= 180) & (np.abs(y) <= 90)
    if not ok.any() or units.empty:
        return _located(codes, fallback, distance)
    idx = np.flatnonzero(ok)
    points = shapely.points(x[idx], y[idx])
    unit_codes = units["code"].to_numpy()
    # The same spatial index and predicate as geopandas.sjoin, without its frame building.
    hit_point, hit_unit = units.sindex.query(points, predicate="intersects")
    if hit_point.size:
        keep = _smallest(units, hit_point, hit_unit)
        codes[idx[hit_point[keep]]] = unit_codes[hit_unit[keep]]
        distance[idx[hit_point[keep]]] = 0.0
    if max_km > 0:
        missing = np.flatnonzero(pd.isna(codes[idx]))
        if missing.size and _is_user_layer(units):
            missing = missing[~_in_holes(units, points[missing])]
        if missing.size:
            found, km = _nearest(units, points[missing], max_km)
            near = found >= 0
            where = idx[missing[near]]
            codes[where] = unit_codes[found[near]]
            distance[where] = km[near]
            fallback[where] = True
    return _located(codes, fallback, distance)


def _is_user_layer(units: gpd.GeoDataFrame) -> bool:
    """Whether ``units`` is a user's layer (taken as drawn), or a per-unit table of one.

    Other layers (the embedded ones, whose gaps are simplification's, and any frame not
    marked as a user's) keep the plain nearest-unit fallback.
    """
    if units.attrs.get("level") == USER_LEVEL or IDENTITY in units.columns:
        return True
    return "level" in units.columns and bool((units["level"] == USER_LEVEL).any())


#: The filled coverage of each layer the fallback has met, by ``id`` of its geometry array
#: (an entry is dropped with its array).
_COVERS: dict[int, shapely.Geometry] = {}


def _in_holes(units: gpd.GeoDataFrame, points: np.ndarray) -> np.ndarray:
    """Which of ``points`` (each in no unit) lie in a hole of the layer's coverage."""
    geoms = units.geometry.values
    key = id(geoms)
    filled = _COVERS.get(key)
    if filled is None:
        filled = _filled_cover(np.asarray(geoms))
        _COVERS[key] = filled
        weakref.finalize(geoms, _COVERS.pop, key, None)
    return shapely.intersects(filled, points)


def _filled_cover(geoms: np.ndarray) -> shapely.Geometry:
    """The union of ``geoms`` with every hole filled: each part's outer ring as a polygon."""
    parts = shapely.get_parts(shapely.union_all(geoms))
    parts = parts[shapely.get_type_id(parts) == 3]  # polygons (lines or points have no area)
    filled = shapely.union_all(shapely.polygons(shapely.get_exterior_ring(parts)))
    shapely.prepare(filled)
    return filled


def _located(codes: np.ndarray, fallback: np.ndarray, distance: np.ndarray) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "code": pd.Series(codes, dtype=object),
            "fallback": pd.Series(fallback, dtype=bool),
            "distance_km": pd.Series(distance, dtype=float),
        }
    )


def _nearest(
    units: gpd.GeoDataFrame, points: np.ndarray, max_km: float
) -> tuple[np.ndarray, np.ndarray]:
    """Return, per point, the position of the nearest unit within ``max_km`` and its distance.

    Vectorised: one index query for all points, one ``shortest_line`` over the candidate
    pairs, one geodesic computation. Points with no unit near get position -1 and NaN km.
    """
    lat = np.abs(shapely.get_y(points))
    # Per point, a degree radius that surely covers max_km: a degree of longitude is shortest
    # (taken at the pole-ward edge of the radius).
    edge = np.minimum(lat + max_km / 111.0, 89.0)
    radius = max_km / (111.0 * np.maximum(np.cos(np.radians(edge)), 0.01)) * 1.05
    pair_point, pair_unit = units.sindex.query(points, predicate="dwithin", distance=radius)
    found = np.full(points.size, -1)
    best = np.full(points.size, np.nan)
    if not pair_point.size:
        return found, best
    lines = shapely.shortest_line(points[pair_point], units.geometry.to_numpy()[pair_unit])
    coords = shapely.get_coordinates(lines).reshape(-1, 4)
    km = _GEOD.inv(coords[:, 0], coords[:, 1], coords[:, 2], coords[:, 3])[2] / 1000.0
    within = km <= max_km
    pair_point, pair_unit, km = pair_point[within], pair_unit[within], km[within]
    order = np.lexsort((pair_unit, km, pair_point))
    first = np.ones(order.size, dtype=bool)
    first[1:] = pair_point[order][1:] != pair_point[order][:-1]
    chosen = order[first]
    found[pair_point[chosen]] = pair_unit[chosen]
    best[pair_point[chosen]] = km[chosen]
    return found, best


def unit_of(
    place: Place, units: gpd.GeoDataFrame | None = None, *, max_km: float = NEAREST_KM
) -> str | None:
    """Return the code of the unit a place belongs to.

    Parameters
    ----------
    place : Place
        A gazetteer place.
    units : GeoDataFrame, optional
        Layer with a ``code`` column (default: :func:`load_admin1`).
    max_km : float, default 15
        Radius of the nearest-unit fallback of :func:`locate_points`.

    Returns
    -------
    str or None
        ``place.admin1`` when it is one of the layer's codes, else the unit containing (or
        nearest to) ``place.lon, place.lat``; None when neither decides. Country-level places
        return None: a country's point does not say which of its units is meant.
    """
    units = _as_units(units)
    if place.kind == "country":
        return None
    if place.admin1 and place.admin1 in set(units["code"]):
        return place.admin1
    if place.lon is None or place.lat is None:
        return None
    return locate_points([place.lon], [place.lat], units, max_km=max_km)["code"].iloc[0]


def aggregate(
    extractions: Iterable[Extraction],
    units: gpd.GeoDataFrame | None = None,
    *,
    max_km: float = NEAREST_KM,
) -> gpd.GeoDataFrame:
    """Count reports, impact sites and casualties per unit, keyed by strikemap's unit codes.

    The table the map shades: every unit under its ``code`` and ``name``. For the per-unit
    table under a user file's own code and name columns, see :func:`per_unit` (the same
    counts; for the embedded layers the same table).

    Each impact place (role ``"impact"``) is assigned to a unit by its ``admin1`` code when
    that code is in the layer, else by the point-in-polygon (or nearest-unit, see
    :func:`locate_points`) test of its ``lon, lat``, so that with an admin-2 (raion,
    hromada) or city-district layer each impact site lands in the smallest unit containing
    it. Places of kind ``"country"`` are left out: they name no unit, and do not block
    attribution. Places of kind ``"admin1"`` (a whole oblast) are joined by code only: in a
    layer without first-level codes (raions, districts) they cannot be placed and are left
    out the same way; in the default layer they count at their admin-1 unit.

    A unit's ``killed`` and ``wounded`` are the sum of the figures the text ties to its impact
    places (:attr:`~geo.records.ResolvedPlace.facts`), each report's counted once where it
    names a place and a place inside it (:func:`geo.places.figures.counted_shares`). A report
    figure tied to no place, and the figure of a place the layer cannot hold (a country, a
    region in a raion layer, a place in no unit), is added to no unit: it is not split by
    guessing.

    The extractions are consumed as a stream, :data:`CHUNK` at a time, and none is kept:
    memory grows with the units and the distinct ``(unit, report id)`` pairs, not with the
    reports' texts and places.

    Parameters
    ----------
    extractions : iterable of Extraction
        One per report; may be a generator.
    units : GeoDataFrame, optional
        Layer with ``code`` (and ideally ``name``, ``country``) columns; default
        :func:`load_admin1`.
    max_km : float, default 15
        Radius of the nearest-unit fallback.

    Returns
    -------
    GeoDataFrame
        Every unit of the layer, in its order, with columns ``code, name, country, reports``
        (distinct report ids with an impact in the unit), ``impact_sites`` (distinct places
        of kind settlement or district hit in the unit, over all reports), ``killed``,
        ``wounded`` (integers) and ``geometry``.
    """
    units = _as_units(units)
    return _code_table(units, *_count(extractions, units, max_km))


def per_unit(
    extractions: Iterable[Extraction],
    units: gpd.GeoDataFrame | None = None,
    *,
    max_km: float = NEAREST_KM,
) -> gpd.GeoDataFrame:
    """The per-unit table of reports, impact sites and casualties, as the layer names units.

    The counts of :func:`aggregate`. For a user's layer
    (:func:`geo.places.user_boundaries.load_user_boundaries`) each unit carries the file's
    own code and name columns, under the file's column names and with its values, so the
    table joins back to the file; then the ISO 3166-2 code where known. For the embedded
    layers (or a layer without ``identity``) it is :func:`aggregate`'s table.

    Parameters
    ----------
    extractions : iterable of Extraction
        One per report; may be a generator (consumed as a stream, as by :func:`aggregate`).
    units : GeoDataFrame, optional
        The layer; default :func:`load_admin1`.
    max_km : float, default 15
        Radius of the nearest-unit fallback of :func:`locate_points` (a point in a hole of a
        user's layer is never given to a neighbour; the command line uses 0 for a user's
        file).

    Returns
    -------
    GeoDataFrame
        Every unit of the layer, in its order (sorted by ``code``), EPSG:4326. For a user's
        layer: the file's code and name columns (those the layer was read with), then
        ``iso_code`` (str or None), ``reports``, ``impact_sites``, ``killed``, ``wounded``
        (integers) and ``geometry``. Otherwise ``code, name, country`` and the same counts.

    Examples
    --------
    >>> table = per_unit([])
    >>> list(table.columns)
    ['code', 'name', 'country', 'reports', 'impact_sites', 'killed', 'wounded', 'geometry']
    """
    units = _as_units(units)
    return unit_table(units, *_count(extractions, units, max_km))


def _count(
    extractions: Iterable[Extraction], units: gpd.GeoDataFrame, max_km: float
) -> tuple[dict[str, int], dict[str, int], dict[str, int], dict[str, int]]:
    """Per code: distinct report ids, distinct impact sites, killed and wounded, from a
    stream of extractions taken :data:`CHUNK` at a time."""
    reports: dict[str, set[str]] = {}
    sites: dict[str, set[str]] = {}
    killed: dict[str, int] = {}
    wounded: dict[str, int] = {}
    stream = iter(extractions)
    while chunk := list(itertools.islice(stream, CHUNK)):
        for r, place, code, (dead, hurt) in assign_impacts(chunk, units, max_km=max_km):
            if code is None:
                continue
            reports.setdefault(code, set()).add(chunk[r].report.id)
            if place.kind in SITE_KINDS:
                sites.setdefault(code, set()).add(place.id)
            killed[code] = killed.get(code, 0) + dead
            wounded[code] = wounded.get(code, 0) + hurt
    return (
        {c: len(v) for c, v in reports.items()},
        {c: len(v) for c, v in sites.items()},
        killed,
        wounded,
    )


def assign_impacts(
    items: Sequence[Extraction], units: gpd.GeoDataFrame, *, max_km: float = NEAREST_KM
) -> list[tuple[int, Place, str | None, tuple[int, int]]]:
    """The unit of each impact place that :func:`aggregate` counts, with its figures.

    Parameters
    ----------
    items : sequence of Extraction
    units : GeoDataFrame
        The layer (:func:`_as_units` already applied).
    max_km : float
        Radius of the nearest-unit fallback.

    Returns
    -------
    list of (int, Place, str or None, (int, int))
        ``(index in items, place, unit code or None, (killed, wounded) share)``.
    """
    known = set(units["code"])
    pending: list[tuple[int, Place, tuple[int, int]]] = []
    assigned: list[tuple[int, Place, str | None, tuple[int, int]]] = []
    for r, extraction in enumerate(items):
        shares = list(
            zip(
                counted_shares(extraction.places, "killed"),
                counted_shares(extraction.places, "wounded"),
                strict=True,
            )
        )
        for resolved, share in zip(extraction.places, shares, strict=True):
            place = resolved.place
            if resolved.role != "impact" or place.kind == "country":
                continue
            if place.admin1 and place.admin1 in known:
                assigned.append((r, place, place.admin1, share))
            elif place.kind == "admin1":
                continue  # a region is coarser than this layer's units: joined by code only
            elif place.lon is not None and place.lat is not None:
                pending.append((r, place, share))
            else:
                assigned.append((r, place, None, share))
    if pending:
        found = locate_points(
            [p.lon for _, p, _ in pending], [p.lat for _, p, _ in pending], units, max_km=max_km
        )["code"]
        assigned += [(r, p, c, sh) for (r, p, sh), c in zip(pending, found, strict=True)]
    return assigned


def unit_table(
    units: gpd.GeoDataFrame,
    reports: Mapping[str, int],
    sites: Mapping[str, int],
    killed: Mapping[str, int],
    wounded: Mapping[str, int],
) -> gpd.GeoDataFrame:
    """The per-unit table of :func:`per_unit` from per-code counts (0 where absent).

    Parameters
    ----------
    units : GeoDataFrame
        The layer, with ``code`` and, for a user's layer, ``identity`` and ``iso_code``.
    reports, sites, killed, wounded : mapping of str to int
        Counts by unit ``code``.

    Returns
    -------
    GeoDataFrame
        As :func:`per_unit` returns it.
    """
    table = _code_table(units, reports, sites, killed, wounded)
    if IDENTITY not in units.columns:
        return table
    rows = list(units[IDENTITY])
    own = pd.DataFrame.from_records(rows, columns=list(rows[0]) if rows else []).astype(object)
    own.index = table.index
    own = own.where(own.notna(), None)
    iso = units[ISO_CODE] if ISO_CODE in units.columns else pd.Series(None, index=units.index)
    own[ISO_CODE] = pd.Series(list(iso), index=table.index, dtype=object)
    for column in COUNT_COLUMNS:
        own[column] = table[column]
    result = gpd.GeoDataFrame(own, geometry=table.geometry.to_numpy(), crs="EPSG:4326")
    result.attrs["level"] = USER_LEVEL
    return result


def _code_table(
    units: gpd.GeoDataFrame,
    reports: Mapping[str, int],
    sites: Mapping[str, int],
    killed: Mapping[str, int],
    wounded: Mapping[str, int],
) -> gpd.GeoDataFrame:
    """The per-unit table of :func:`aggregate` from per-code counts (0 where absent)."""
    out = units.reset_index(drop=True)
    code_list = out["code"].tolist()
    result = gpd.GeoDataFrame(
        {
            "code": code_list,
            "name": out["name"] if "name" in out.columns else code_list,
            "country": out["country"] if "country" in out.columns else None,
            "reports": [reports.get(c, 0) for c in code_list],
            "impact_sites": [sites.get(c, 0) for c in code_list],
            "killed": [killed.get(c, 0) for c in code_list],
            "wounded": [wounded.get(c, 0) for c in code_list],
        },
        geometry=out.geometry.to_numpy(),
        crs="EPSG:4326",
    )
    result = result.astype({k: "int64" for k in COUNT_COLUMNS})
    if _is_user_layer(units):  # the map joins points to this table: keep its holes holes
        result.attrs["level"] = USER_LEVEL
    return result
