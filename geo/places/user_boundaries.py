"""A user's own boundary file: any format pyogrio reads, any CRS, codes or names.

Files are reprojected to EPSG:4326, invalid geometries repaired (with a warning), and rings that
the file leaves open rebuilt. A file with names but no codes is joined to ISO 3166-2 codes
through the gazetteer, so "Київська область", "Kyivska oblast" and "Kiev Oblast" meet.
"""

from __future__ import annotations

import os
import re
import struct
import warnings
from collections.abc import Sequence
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely

from geo.errors import InputError
from geo.places.boundaries import read_embedded

__all__ = ["load_user_boundaries"]

_CODE_CANDIDATES = ("code", "iso3166-2", "ISO3166-2", "iso_3166_2", "shapeISO", "ISO_3166_2")
_NAME_CANDIDATES = (
    "name:en",
    "name_en",
    "NAME_EN",
    "name_latin",
    "name",
    "NAME",
    "shapeName",
    "NAME_1",
)
_LOCAL_CANDIDATES = ("name", "NAME", "name:uk", "name:ru", "name_local")
_ISO_RE = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
#: Share of units whose names must meet a first-level unit for a file to count as admin-1.
_ADMIN1_SHARE = 0.5
_PARQUET_SUFFIXES = (".parquet", ".geoparquet", ".pq")


def _pick_column(path: Path, columns: list[str], wanted: str | None, candidates: Sequence[str]):
    if wanted is not None:
        if wanted not in columns:
            raise InputError(f"{path}: no column {wanted!r}; available columns: {columns}")
        return wanted
    return next((c for c in candidates if c in columns), None)


def _read_any(path: Path, layer: str | None) -> tuple[gpd.GeoDataFrame, int]:
    """Read a vector file; return the frame and how many features had broken rings rebuilt."""
    if path.suffix.lower() in _PARQUET_SUFFIXES:
        if layer is not None:
            raise InputError(f"{path}: GeoParquet files have no layers (got layer={layer!r})")
        try:
            return gpd.read_parquet(path), 0
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
        raise InputError(
            f"{path}: has several layers, choose one with --layer (layer=...): {spatial}"
        )
    if layer is None and spatial:
        layer = spatial[0]
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", "Non closed ring", RuntimeWarning)
            try:
                return gpd.read_file(path, layer=layer), 0
            except shapely.errors.GEOSException:
                return _read_rebuilding_rings(path, layer)
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, OSError) as exc:
        raise InputError(f"{path}: cannot read layer {layer!r} ({exc})") from exc


def _read_rebuilding_rings(path: Path, layer: str | None) -> tuple[gpd.GeoDataFrame, int]:
    """Read a file whose polygons GEOS rejects (unclosed or split rings, as in some OSM
    exports): each such feature's rings are taken as linework and its area rebuilt."""
    frame = pyogrio.read_dataframe(path, layer=layer, read_geometry=False)
    meta, _, wkb, _ = pyogrio.raw.read(path, layer=layer, columns=[], force_2d=True)
    geoms, rebuilt = [], 0
    for blob in wkb:
        try:
            geoms.append(None if blob is None else shapely.from_wkb(blob))
        except shapely.errors.GEOSException:
            rings = [r for r in _wkb_rings(bytes(blob)) if len(r) >= 2]
            lines = shapely.union_all([shapely.linestrings(r) for r in rings])
            geoms.append(shapely.build_area(lines))
            rebuilt += 1
    return gpd.GeoDataFrame(frame, geometry=geoms, crs=meta["crs"]), rebuilt


def _wkb_rings(blob: bytes) -> list[np.ndarray]:
    """Coordinates of every ring of a 2-D WKB Polygon or MultiPolygon, without validation."""
    rings: list[np.ndarray] = []

    def read(pos: int) -> int:
        order = "<" if blob[pos] == 1 else ">"
        (kind,) = struct.unpack_from(order + "I", blob, pos + 1)
        (count,) = struct.unpack_from(order + "I", blob, pos + 5)
        pos += 9
        if kind == 6:  # MultiPolygon: nested polygons with their own headers
            for _ in range(count):
                pos = read(pos)
            return pos
        if kind != 3:
            raise InputError(f"unexpected WKB geometry type {kind} among polygons")
        for _ in range(count):
            (k,) = struct.unpack_from(order + "I", blob, pos)
            rings.append(np.frombuffer(blob, order + "f8", 2 * k, pos + 4).reshape(k, 2))
            pos += 4 + 16 * k
        return pos

    read(0)
    return rings


def _admin1_code(gaz, name: str) -> str | None:
    """The ISO 3166-2 code of the first-level unit a name denotes, or None.

    A city that is itself a first-level unit (Kyiv, Sevastopol, Moscow) is found through its
    settlement entry when the unit bears the same name.
    """
    from geo.language.normalize import norm_key

    candidates = gaz.lookup(name)
    for c in candidates:
        if c.place.kind == "admin1" and c.place.admin1:
            return c.place.admin1
    for c in candidates:
        if c.place.kind == "settlement" and c.place.admin1:
            unit = gaz.admin1(c.place.admin1)
            if unit is not None and norm_key(unit.name) == norm_key(c.place.name):
                return c.place.admin1
    return None


def _match_admin1(names: list[list[str]]) -> list[str | None]:
    """Match each unit (its names, best first) to a distinct first-level unit code."""
    from geo.places.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    taken: set[str] = set()
    out: list[str | None] = []
    for unit_names in names:
        code = next(
            (c for c in (_admin1_code(gaz, n) for n in unit_names) if c and c not in taken),
            None,
        )
        if code is not None:
            taken.add(code)
        out.append(code)
    return out


def _unique(codes: list[str | None]) -> list[str | None]:
    """Make repeated codes distinct in file order: ``X``, ``X (2)``, ``X (3)``."""
    seen: dict[str, int] = {}
    out: list[str | None] = []
    for code in codes:
        if code is None:
            out.append(None)
            continue
        seen[code] = seen.get(code, 0) + 1
        out.append(code if seen[code] == 1 else f"{code} ({seen[code]})")
    return out


def load_user_boundaries(
    path: str | os.PathLike[str],
    *,
    layer: str | None = None,
    code_col: str | None = None,
    name_col: str | None = None,
    match_names: bool = True,
) -> gpd.GeoDataFrame:
    """Read a user's boundary file and normalise it to the embedded layers' columns.

    Parameters
    ----------
    path : str or PathLike
        Any vector format pyogrio reads (GeoJSON, GeoPackage, Shapefile, a zipped shapefile,
        ...) or GeoParquet (``.parquet``, read with :func:`geopandas.read_parquet`), in any
        CRS.
    layer : str, optional
        Layer to read; required when the file has several spatial layers.
    code_col : str, optional
        Column holding the unit code. Default: the first of ``code``, ``iso3166-2``,
        ``shapeISO``, ... that exists; without one, codes come from the names (below).
    name_col : str, optional
        Column holding the unit name. Default: the first of ``name:en``, ``name_en``,
        ``NAME_EN``, ``name_latin``, ``name``, ``NAME``, ``shapeName``, ... that exists, else
        the code. Empty names are filled from the local ``name`` column.
    match_names : bool, default True
        For a file without a code column, look each unit's names up in the gazetteer
        (through its normalisation, so "Київська область", "Kyivska oblast" and
        "Kiev Oblast" all give ``UA-32``). When at least half of the units meet distinct
        first-level units, the file is taken as an admin-1 layer: matched units get the ISO
        3166-2 code and the English name (the file's name moves to ``name_local``), and
        unmatched units keep their name as code, with a warning. Otherwise (raions,
        districts) every unit's code is its name.

    Returns
    -------
    GeoDataFrame
        Columns of :data:`COLUMNS` plus ``geometry`` in EPSG:4326, sorted by code; ``level``
        is ``"user"``, ``country`` the prefix of ISO 3166-2 style codes (else None),
        ``name_local`` the local ``name`` column when the name came from elsewhere. Repeated
        codes are made distinct (``X``, ``X (2)``). ``attrs["join"]`` says where the codes
        came from (``"code"``, ``"admin1-name"`` or ``"name"``) and ``attrs["unmatched"]``
        lists the names that met no first-level unit in an admin-1 name join. Invalid
        geometries are repaired with :func:`shapely.make_valid` (and polygons whose rings are
        not closed rebuilt from their linework), with a warning.

    Raises
    ------
    InputError
        Missing file, unknown layer, unknown column, no CRS, no polygons, or an unreadable
        file; the one-line message names the file and lists what is available.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    frame, rebuilt = _read_any(path, layer)
    columns = [str(c) for c in frame.columns if c != frame.geometry.name]
    code_src = _pick_column(path, columns, code_col, _CODE_CANDIDATES)
    name_src = _pick_column(path, columns, name_col, _NAME_CANDIDATES)
    if code_src is None and name_src is None:
        raise InputError(_no_unit_column(path, columns))
    if frame.crs is None:
        raise InputError(
            f"{path}: has no coordinate reference system; add one (e.g. a .prj file, or "
            "`ogr2ogr -a_srs EPSG:4326`)"
        )
    frame = _drop_empty(frame, path, code_src or name_src, "have no geometry")
    invalid = ~frame.geometry.is_valid
    fixed = int(invalid.sum())
    if fixed or rebuilt:
        done = [f"rebuilt {rebuilt} polygon(s) with unclosed rings from their linework"]
        done = done if rebuilt else []
        if fixed:
            done.append(f"repaired {fixed} invalid geometr{'y' if fixed == 1 else 'ies'}")
            done[-1] += " with make_valid"
        warnings.warn(f"{path}: {'; '.join(done)}", UserWarning, stacklevel=2)
        frame = frame.set_geometry(shapely.make_valid(frame.geometry.to_numpy()))
    polygonal = shapely.get_type_id(frame.geometry.to_numpy())
    if not np.isin(polygonal, (3, 6, 7)).all():  # Polygon, MultiPolygon, GeometryCollection
        raise InputError(f"{path}: boundaries must be polygons, found other geometry types")
    frame = frame.set_geometry([_polygons_only(g) for g in frame.geometry], crs=frame.crs)
    frame = _drop_empty(frame, path, code_src or name_src, "have no polygon area")
    if frame.empty:
        raise InputError(f"{path}: contains no polygons")
    frame = frame.to_crs("EPSG:4326")

    def text(column: str | None) -> list[str | None]:
        if column is None:
            return [None] * len(frame)
        return [
            None if v is None or v != v or not str(v).strip() else str(v).strip()
            for v in frame[column]
        ]

    local_src = next((c for c in _LOCAL_CANDIDATES if c in columns and c != name_src), None)
    local = text(local_src)
    name = [n or loc for n, loc in zip(text(name_src), local, strict=True)]
    join, unmatched = "code", []
    if code_src is not None:
        code = [c or n for c, n in zip(text(code_src), name, strict=True)]
        name = [n or c for n, c in zip(name, code, strict=True)]
    else:
        join, code = "name", list(name)
        if match_names:
            others = [text(name_src), *(text(c) for c in _NAME_CANDIDATES if c in columns)]
            tries = [
                [n for n in (loc, *rest) if n] for loc, *rest in zip(local, *others, strict=True)
            ]
            matched = _match_admin1(tries)
            if sum(m is not None for m in matched) >= _ADMIN1_SHARE * len(matched):
                join = "admin1-name"
                english = _english_names([m for m in matched if m])
                unmatched = sorted(str(n) for n, m in zip(name, matched, strict=True) if not m)
                local = [
                    loc or n if m else loc for loc, n, m in zip(local, name, matched, strict=True)
                ]
                name = [english.get(m, n) if m else n for n, m in zip(name, matched, strict=True)]
                code = [m or n for m, n in zip(matched, code, strict=True)]
                if unmatched:
                    warnings.warn(
                        f"{path}: {len(unmatched)} unit name(s) met no first-level unit and "
                        f"keep their name as code: {unmatched}",
                        UserWarning,
                        stacklevel=2,
                    )
    code = _unique(code)
    result = gpd.GeoDataFrame(
        {
            "code": pd.Series(code, index=frame.index, dtype=object),
            "name": pd.Series(name, index=frame.index, dtype=object),
            "name_local": pd.Series(local, index=frame.index, dtype=object),
            "country": pd.Series(
                [c[:2] if c and _ISO_RE.match(c) else None for c in code],
                index=frame.index,
                dtype=object,
            ),
            "level": "user",
            "pcode": pd.Series(None, index=frame.index, dtype=object),
        },
        geometry=frame.geometry,
        crs="EPSG:4326",
    )
    result = result.sort_values("code", kind="stable", na_position="last").reset_index(drop=True)
    result.attrs.update(join=join, unmatched=unmatched)
    return result


def _no_unit_column(path: Path, columns: list[str]) -> str:
    """Why no column names the units, and what to do."""
    if not columns:
        dbf = [path.with_suffix(s) for s in (".dbf", ".DBF")]
        if path.suffix.lower() == ".shp" and not any(p.exists() for p in dbf):
            return (
                f"{path}: the shapefile has no attribute table ({path.with_suffix('.dbf').name} "
                "is missing); put the .dbf next to the .shp, or give a file with unit codes "
                "or names"
            )
        return (
            f"{path}: the file has no attribute columns, so its units have no codes or "
            "names; give a file with a code or name column"
        )
    return (
        f"{path}: cannot tell which column names the units; pass --code-col or "
        f"--name-col (code_col=, name_col=); available columns: {columns}"
    )


def _drop_empty(
    frame: gpd.GeoDataFrame, path: Path, label: str | None, why: str
) -> gpd.GeoDataFrame:
    """Leave out units without area, with a warning naming them (nothing is dropped
    silently: their reports and casualties cannot be placed in them)."""
    empty = frame.geometry.isna() | frame.geometry.is_empty
    if not empty.any():
        return frame
    names = (
        [str(v) for v in frame.loc[empty, label]]
        if label is not None
        else [f"feature {i}" for i in np.flatnonzero(empty.to_numpy())]
    )
    shown = ", ".join(names[:20]) + (f" and {len(names) - 20} more" if len(names) > 20 else "")
    warnings.warn(
        f"{path}: {len(names)} unit(s) {why} and are left out (no report or casualty can be "
        f"counted in them): {shown}",
        UserWarning,
        stacklevel=3,
    )
    return frame[~empty]


def _english_names(codes: list[str]) -> dict[str, str]:
    """Current English names of first-level units, from the embedded layer."""
    units = read_embedded("admin1")
    known = dict(zip(units["code"], units["name"], strict=True))
    return {c: known[c] for c in codes if c in known}


def _polygons_only(geom: shapely.Geometry) -> shapely.Geometry:
    """Keep the polygonal parts of a geometry (make_valid can leave stray lines or points)."""
    if isinstance(geom, shapely.Polygon | shapely.MultiPolygon):
        return geom
    parts = [
        p for p in shapely.get_parts(geom) if isinstance(p, shapely.Polygon | shapely.MultiPolygon)
    ]
    return shapely.union_all(parts) if parts else shapely.Polygon()
