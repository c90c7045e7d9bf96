"""Boundary layers: the embedded admin-0/admin-1 files, a user's own file, and joins to them.

The embedded layers live in the top-level ``boundaries/`` folder of the repository (built by
``scripts/build_boundaries.py`` from Natural Earth; see ``boundaries/README.md``). Every layer
returned here is a GeoDataFrame in EPSG:4326 with the columns of :data:`COLUMNS` plus
``geometry``, sorted by ``code``.

Coordinates are ``(lon, lat)`` throughout.
"""

from __future__ import annotations

import functools
import os
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely
from pyproj import Geod

from geo.errors import DataError, InputError
from geo.records import Extraction, Place

__all__ = [
    "COLUMNS",
    "ENV_VAR",
    "NEAREST_KM",
    "aggregate",
    "boundaries_dir",
    "load_admin0",
    "load_admin1",
    "load_user_boundaries",
    "locate_points",
    "unit_of",
]

#: Attribute columns of every boundary layer, in order (``geometry`` follows).
COLUMNS = ("code", "name", "name_local", "country", "level", "pcode")
#: Environment variable that points to another ``boundaries/`` folder.
ENV_VAR = "STRIKEMAP_BOUNDARIES"
#: Default radius of the nearest-unit fallback of :func:`locate_points`, in kilometres.
NEAREST_KM = 15.0
#: Place kinds counted as impact sites by :func:`aggregate`.
SITE_KINDS = ("settlement", "district")

_GEOD = Geod(ellps="WGS84")
_EQUAL_AREA = "EPSG:6933"
_CODE_CANDIDATES = ("code", "iso3166-2", "ISO3166-2", "iso_3166_2", "shapeISO", "ISO_3166_2")
_NAME_CANDIDATES = ("name:en", "name_en", "NAME_EN", "name", "NAME", "shapeName", "NAME_1")
_PARQUET_SUFFIXES = (".parquet", ".geoparquet", ".pq")


def boundaries_dir() -> Path:
    """Return the folder holding the embedded boundary layers.

    The folder is ``boundaries/`` beside the ``geo`` package (the repository root), unless the
    environment variable ``STRIKEMAP_BOUNDARIES`` names another one.

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
    folder = Path(override) if override else Path(__file__).resolve().parent.parent / "boundaries"
    missing = [n for n in ("admin1.geojson", "admin0.geojson") if not (folder / n).is_file()]
    if missing:
        raise DataError(
            f"embedded boundaries not found: {folder} lacks {', '.join(missing)}; "
            "rebuild them with `python scripts/build_boundaries.py` from the repository root "
            f"or set {ENV_VAR} to a folder that has them"
        )
    return folder


@functools.lru_cache(maxsize=4)
def _read_embedded(name: str) -> gpd.GeoDataFrame:
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
    return _read_embedded("admin1").copy()


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
    return _read_embedded("admin0").copy()


def _as_units(units: gpd.GeoDataFrame | None) -> gpd.GeoDataFrame:
    if units is None:
        return _read_embedded("admin1")
    if "code" not in units.columns:
        raise InputError(f"boundary layer has no 'code' column (columns: {list(units.columns)})")
    if units.crs is None:
        raise InputError("boundary layer has no CRS; set one before joining")
    if not units.crs.equals("EPSG:4326"):
        units = units.to_crs("EPSG:4326")
    return units


def _smallest(units: gpd.GeoDataFrame, candidates: pd.Series) -> pd.Series:
    """For points matched by several units, keep the unit with the smallest area."""
    areas = units.geometry.iloc[np.unique(candidates.to_numpy())].to_crs(_EQUAL_AREA).area
    ranked = pd.DataFrame({"point": candidates.index, "unit": candidates.to_numpy()})
    ranked["area"] = areas.reindex(units.index[ranked["unit"]]).to_numpy()
    ranked = ranked.sort_values(["point", "area", "unit"], kind="stable")
    first = ranked.drop_duplicates("point")
    return pd.Series(first["unit"].to_numpy(), index=first["point"].to_numpy())


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
    points = gpd.GeoDataFrame(
        {"point": idx}, geometry=gpd.points_from_xy(x[idx], y[idx]), crs="EPSG:4326"
    )
    frame = units[["code", "geometry"]].reset_index(drop=True)
    joined = gpd.sjoin(points, frame, how="inner", predicate="intersects")
    if not joined.empty:
        best = _smallest(frame, joined.set_index("point")["index_right"])
        codes[best.index] = frame["code"].to_numpy()[best.to_numpy()]
        distance[best.index] = 0.0
    if max_km > 0:
        for i in idx[pd.isna(codes[idx])]:
            found = _nearest(frame, float(x[i]), float(y[i]), max_km)
            if found is not None:
                codes[i], distance[i] = found
                fallback[i] = True
    return _located(codes, fallback, distance)


def _located(codes: np.ndarray, fallback: np.ndarray, distance: np.ndarray) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "code": pd.Series(codes, dtype=object),
            "fallback": pd.Series(fallback, dtype=bool),
            "distance_km": pd.Series(distance, dtype=float),
        }
    )


def _nearest(frame: gpd.GeoDataFrame, lon: float, lat: float, max_km: float) -> tuple | None:
    """Return ``(code, km)`` of the nearest unit within ``max_km`` of a point, or None."""
    # A degree radius that surely covers max_km: one degree of longitude is shortest.
    coslat = max(np.cos(np.radians(min(abs(lat), 89.0))), 0.01)
    radius = max_km / (111.0 * coslat) * 1.05
    point = shapely.Point(lon, lat)
    hits = frame.sindex.query(point, predicate="dwithin", distance=radius)
    best: tuple[float, str] | None = None
    for j in sorted(hits):
        line = shapely.shortest_line(point, frame.geometry.iloc[j])
        (x0, y0), (x1, y1) = line.coords
        km = _GEOD.inv(x0, y0, x1, y1)[2] / 1000.0
        if km <= max_km and (best is None or km < best[0]):
            best = (km, str(frame["code"].iloc[j]))
    return None if best is None else (best[1], best[0])


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
    """Count reports, impact sites and casualties per unit.

    Each impact place (role ``"impact"``) is assigned to a unit by its ``admin1`` code when
    that code is in the layer, else by the point-in-polygon (or nearest-unit, see
    :func:`locate_points`) test of its ``lon, lat``. Places of kind ``"country"`` are left out:
    they name no unit, and do not block attribution.

    A report's ``killed`` and ``wounded`` facts are added to a unit only when **all** of that
    report's (non-country) impact places were assigned to that single unit; a report whose
    impacts span several units, or include a place in no unit, adds no casualties anywhere
    (its figures cannot be split without guessing), though it still counts in ``reports``.

    Parameters
    ----------
    extractions : iterable of Extraction
        One per report.
    units : GeoDataFrame, optional
        Layer with ``code`` (and ideally ``name``, ``country``) columns; default
        :func:`load_admin1`.
    max_km : float, default 15
        Radius of the nearest-unit fallback.

    Returns
    -------
    GeoDataFrame
        Every unit of the layer, in its order, with columns ``code, name, country, reports``
        (distinct reports with an impact in the unit), ``impact_sites`` (distinct places of
        kind settlement or district hit in the unit, over all reports), ``killed``,
        ``wounded`` (integers) and ``geometry``.
    """
    units = _as_units(units)
    known = set(units["code"])
    pending: list[tuple[int, Place]] = []
    assigned: list[tuple[int, Place, str | None]] = []
    items = list(extractions)
    for r, extraction in enumerate(items):
        for resolved in extraction.impacts:
            place = resolved.place
            if place.kind == "country":
                continue
            if place.admin1 and place.admin1 in known:
                assigned.append((r, place, place.admin1))
            elif place.lon is not None and place.lat is not None:
                pending.append((r, place))
            else:
                assigned.append((r, place, None))
    if pending:
        found = locate_points(
            [p.lon for _, p in pending], [p.lat for _, p in pending], units, max_km=max_km
        )["code"]
        assigned += [(r, p, c) for (r, p), c in zip(pending, found, strict=True)]

    reports: dict[str, set[str]] = {}
    sites: dict[str, set[str]] = {}
    killed: dict[str, int] = {}
    wounded: dict[str, int] = {}
    per_report: dict[int, set[str | None]] = {}
    for r, place, code in assigned:
        per_report.setdefault(r, set()).add(code)
        if code is None:
            continue
        reports.setdefault(code, set()).add(items[r].report.id)
        if place.kind in SITE_KINDS:
            sites.setdefault(code, set()).add(place.id)
    for r, codes in per_report.items():
        if len(codes) == 1 and None not in codes:
            (code,) = codes
            facts = items[r].facts
            killed[code] = killed.get(code, 0) + int(facts.get("killed", 0) or 0)
            wounded[code] = wounded.get(code, 0) + int(facts.get("wounded", 0) or 0)

    out = units.reset_index(drop=True)
    code_list = out["code"].tolist()
    result = gpd.GeoDataFrame(
        {
            "code": code_list,
            "name": out["name"] if "name" in out.columns else code_list,
            "country": out["country"] if "country" in out.columns else None,
            "reports": [len(reports.get(c, ())) for c in code_list],
            "impact_sites": [len(sites.get(c, ())) for c in code_list],
            "killed": [killed.get(c, 0) for c in code_list],
            "wounded": [wounded.get(c, 0) for c in code_list],
        },
        geometry=out.geometry.to_numpy(),
        crs="EPSG:4326",
    )
    return result.astype({k: "int64" for k in ("reports", "impact_sites", "killed", "wounded")})


def _pick_column(path: Path, columns: list[str], wanted: str | None, candidates: Sequence[str]):
    if wanted is not None:
        if wanted not in columns:
            raise InputError(f"{path}: no column {wanted!r}; available columns: {columns}")
        return wanted
    return next((c for c in candidates if c in columns), None)


def _read_any(path: Path, layer: str | None) -> gpd.GeoDataFrame:
    if path.suffix.lower() in _PARQUET_SUFFIXES:
        if layer is not None:
            raise InputError(f"{path}: GeoParquet files have no layers (got layer={layer!r})")
        try:
            return gpd.read_parquet(path)
        except ImportError as exc:
            raise InputError(
                f"{path}: reading GeoParquet needs pyarrow (pip install pyarrow)"
            ) from exc
        except (OSError, ValueError) as exc:
            raise InputError(f"{path}: not a readable GeoParquet file ({exc})") from exc
    try:
        listed = pyogrio.list_layers(path)
    except (pyogrio.errors.DataSourceError, OSError) as exc:
        raise InputError(f"{path}: not a readable vector file ({exc})") from exc
    names = [str(n) for n, _ in listed]
    spatial = [str(n) for n, g in listed if g is not None]
    if layer is not None and layer not in names:
        raise InputError(f"{path}: no layer {layer!r}; layers: {names}")
    if layer is None and len(spatial) > 1:
        raise InputError(f"{path}: has several layers, choose one with layer=...: {spatial}")
    if layer is None and spatial:
        layer = spatial[0]
    try:
        return gpd.read_file(path, layer=layer)
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, OSError) as exc:
        raise InputError(f"{path}: cannot read layer {layer!r} ({exc})") from exc


def load_user_boundaries(
    path: str | os.PathLike[str],
    *,
    layer: str | None = None,
    code_col: str | None = None,
    name_col: str | None = None,
) -> gpd.GeoDataFrame:
    """Read a user's boundary file and normalise it to the embedded layers' columns.

    Parameters
    ----------
    path : str or PathLike
        Any vector format pyogrio reads (GeoJSON, GeoPackage, Shapefile, a zipped shapefile,
        ...) or GeoParquet (``.parquet``, read with :func:`geopandas.read_parquet`).
    layer : str, optional
        Layer to read; required when the file has several spatial layers.
    code_col : str, optional
        Column holding the unit code. Default: the first of ``code``, ``iso3166-2``,
        ``shapeISO``, ... that exists, else the name.
    name_col : str, optional
        Column holding the unit name. Default: the first of ``name:en``, ``name_en``,
        ``name``, ``NAME``, ``shapeName``, ... that exists, else the code.

    Returns
    -------
    GeoDataFrame
        Columns of :data:`COLUMNS` plus ``geometry`` in EPSG:4326, sorted by code; ``level``
        is ``"user"``, ``country`` the prefix of ISO 3166-2 style codes (else None),
        ``name_local`` the ``name`` column when the English name came from elsewhere.
        Invalid geometries are repaired with :func:`shapely.make_valid` and a warning.

    Raises
    ------
    InputError
        Missing file, unknown layer, unknown column, no CRS, no polygons, or an unreadable
        file; the one-line message names the file and lists what is available.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    frame = _read_any(path, layer)
    columns = [str(c) for c in frame.columns if c != frame.geometry.name]
    code_src = _pick_column(path, columns, code_col, _CODE_CANDIDATES)
    name_src = _pick_column(path, columns, name_col, _NAME_CANDIDATES)
    if code_src is None and name_src is None:
        raise InputError(
            f"{path}: cannot tell which column names the units; pass code_col= or name_col=; "
            f"available columns: {columns}"
        )
    if frame.crs is None:
        raise InputError(
            f"{path}: has no coordinate reference system; add one (e.g. a .prj file, or "
            "`ogr2ogr -a_srs EPSG:4326`)"
        )
    frame = frame[~(frame.geometry.isna() | frame.geometry.is_empty)]
    invalid = ~frame.geometry.is_valid
    if invalid.any():
        warnings.warn(
            f"{path}: repaired {int(invalid.sum())} invalid geometr"
            f"{'y' if invalid.sum() == 1 else 'ies'} with make_valid",
            UserWarning,
            stacklevel=2,
        )
        frame = frame.set_geometry(shapely.make_valid(frame.geometry.to_numpy()))
    polygonal = shapely.get_type_id(frame.geometry.to_numpy())
    if not np.isin(polygonal, (3, 6, 7)).all():  # Polygon, MultiPolygon, GeometryCollection
        raise InputError(f"{path}: boundaries must be polygons, found other geometry types")
    frame = frame.set_geometry([_polygons_only(g) for g in frame.geometry], crs=frame.crs)
    frame = frame[~frame.geometry.is_empty]
    if frame.empty:
        raise InputError(f"{path}: contains no polygons")
    frame = frame.to_crs("EPSG:4326")

    def text(column: str | None) -> pd.Series:
        values = frame[column] if column is not None else pd.Series(None, index=frame.index)
        return values.map(lambda v: None if v is None or v != v else str(v)).astype(object)

    code = text(code_src) if code_src is not None else text(name_src)
    name = text(name_src) if name_src is not None else code
    local = text("name") if "name" in columns and name_src not in (None, "name") else None
    country = code.map(
        lambda c: c[:2] if isinstance(c, str) and len(c) > 3 and c[2] == "-" else None
    )
    result = gpd.GeoDataFrame(
        {
            "code": code,
            "name": name,
            "name_local": local if local is not None else pd.Series(None, index=frame.index),
            "country": country,
            "level": "user",
            "pcode": pd.Series(None, index=frame.index, dtype=object),
        },
        geometry=frame.geometry,
        crs="EPSG:4326",
    )
    return result.sort_values("code", kind="stable", na_position="last").reset_index(drop=True)


def _polygons_only(geom: shapely.Geometry) -> shapely.Geometry:
    """Keep the polygonal parts of a geometry (make_valid can leave stray lines or points)."""
    if isinstance(geom, shapely.Polygon | shapely.MultiPolygon):
        return geom
    parts = [
        p for p in shapely.get_parts(geom) if isinstance(p, shapely.Polygon | shapely.MultiPolygon)
    ]
    return shapely.union_all(parts) if parts else shapely.Polygon()
