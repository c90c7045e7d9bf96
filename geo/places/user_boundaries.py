"""A user's own boundary file: any format pyogrio reads, any CRS, codes or names.

Files are reprojected to EPSG:4326, invalid geometries repaired (with a warning), and rings that
the file leaves open rebuilt. Units keep the file's identity: its code and name columns are
carried as they are (:data:`IDENTITY`), so per-unit tables can be joined back to the file. The
ISO 3166-2 code of a unit is added where it is known: from an ISO-style code column, from an
OCHA P-code of a Ukrainian oblast, or from the unit's names through the gazetteer (so
"Київська область", "Kyivska oblast" and "Kiev Oblast" meet).
"""

from __future__ import annotations

import os
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
from geo.extras import require
from geo.patterns import compiled
from geo.places.boundaries import COUNT_COLUMNS, IDENTITY, ISO_CODE, USER_LEVEL, read_embedded

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
_ISO_RE = compiled(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
#: Share of units whose names must meet a first-level unit for a file to count as admin-1.
_ADMIN1_SHARE = 0.5
_PARQUET_SUFFIXES = (".parquet", ".geoparquet", ".pq")


def _pick_column(path: Path, columns: list[str], wanted: str | None, candidates: Sequence[str]):
    if wanted is not None:
        if wanted not in columns:
            raise InputError(f"{path}: no column {wanted!r}; available columns: {columns}")
        return wanted
    return next((c for c in candidates if c in columns), None)


def _pick_name(path: Path, frame: pd.DataFrame, columns: list[str], wanted: str | None):
    """The name column: ``wanted``, else the first candidate that names every unit, else the
    first candidate present (a column with gaps, such as a half-filled ``name_en``, is not
    taken while a complete one exists)."""
    if wanted is not None or not columns:
        return _pick_column(path, columns, wanted, _NAME_CANDIDATES)
    present = [c for c in _NAME_CANDIDATES if c in columns]
    complete = [c for c in present if all(_text(v) for v in frame[c])]
    return (complete or present or [None])[0]


def _text(value: object) -> str | None:
    """A cell as stripped text, None when empty or missing."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    text = str(value).strip()
    return text or None


def _raw(value: object) -> object:
    """A cell as the file has it, as a plain Python value (None when missing)."""
    if value is None or (isinstance(value, float | np.floating) and value != value):
        return None
    return value.item() if isinstance(value, np.generic) else value


def _read_any(path: Path, layer: str | None) -> tuple[gpd.GeoDataFrame, int]:
    """Read a vector file; return the frame and how many features had broken rings rebuilt."""
    if path.suffix.lower() in _PARQUET_SUFFIXES:
        if layer is not None:
            raise InputError(f"{path}: GeoParquet files have no layers (got layer={layer!r})")
        require("pyarrow", f"{path}: reading GeoParquet")
        try:
            return gpd.read_parquet(path), 0
        except ImportError as exc:  # a pyarrow too old for geopandas
            raise InputError(
                f"{path}: reading GeoParquet needs a newer pyarrow ({exc}): "
                "pip install -U 'strikemap[parquet]'"
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
        raise InputError(f"{path}: has several layers; choose one with layer=...: {spatial}")
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


def _match_admin1(names: list[list[str]], taken: set[str] | None = None) -> list[str | None]:
    """Match each unit (its names, best first) to a distinct first-level unit code, none of
    ``taken``."""
    from geo.places.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    taken = set(taken or ())
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
    """Read a user's boundary file: its units, their own codes and names, and ISO codes.

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
        ``shapeISO``, ... that exists; there may be none.
    name_col : str, optional
        Column holding the unit name. Default: the first of ``name:en``, ``name_en``,
        ``NAME_EN``, ``name_latin``, ``name``, ``NAME``, ``shapeName``, ... that has a name
        for every unit (else the first that exists).
    match_names : bool, default True
        Look the names of units without a known ISO code up in the gazetteer (through its
        normalisation, so "Київська область", "Kyivska oblast" and "Kiev Oblast" all give
        ``UA-32``). When at least half of the units then have distinct first-level codes, the
        file is taken as an admin-1 layer: the matched units get their ISO 3166-2 code, and
        the names that met none are reported with a warning. Otherwise (raions, districts)
        no unit gets one from its names.

    Returns
    -------
    GeoDataFrame
        EPSG:4326, sorted by ``code``, with the columns of
        :data:`~geo.places.boundaries.COLUMNS`, then ``iso_code`` and ``identity``, then
        ``geometry``:

        * ``identity``: the unit's code and name columns as the file has them, a dict
          ``{column: value}`` (``code_col`` first, then ``name_col``; the names and values
          of the file, None for an empty cell). Per-unit tables of a user layer start with
          these columns (:func:`geo.places.boundaries.per_unit`).
        * ``iso_code``: the ISO 3166-2 code where known (an ISO-style code in the code
          column, a Ukrainian oblast P-code, or a name join), else None.
        * ``code``: the key strikemap joins on: ``iso_code`` where known, else the file's
          code, else its name; repeated keys made distinct (``X``, ``X (2)``).
        * ``name``: the file's name (empty ones filled from the local ``name`` column, else
          the code); ``name_local``: the local ``name`` column when the name came from
          another; ``country``: the prefix of ``iso_code``; ``level``: ``"user"``;
          ``pcode``: None.

        ``attrs["join"]`` says where the ISO codes came from (``"code"`` when the file has a
        code column and no name gave one, ``"admin1-name"`` when names did, ``"name"``
        otherwise) and ``attrs["unmatched"]`` lists the names that met no first-level unit
        in an admin-1 name join. Invalid geometries are repaired with
        :func:`shapely.make_valid` (and polygons whose rings are not closed rebuilt from
        their linework), with a warning.

    Raises
    ------
    InputError
        Missing file, unknown layer, unknown column, a code or name column named like a
        column strikemap adds (``iso_code``, ``reports``, ...), no CRS, no polygons, or an
        unreadable file; the one-line message names the file and what to do.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    frame, rebuilt = _read_any(path, layer)
    columns = [str(c) for c in frame.columns if c != frame.geometry.name]
    code_src = _pick_column(path, columns, code_col, _CODE_CANDIDATES)
    name_src = _pick_name(path, frame, columns, name_col)
    if code_src is None and name_src is None:
        raise InputError(_no_unit_column(path, columns))
    own = list(dict.fromkeys(c for c in (code_src, name_src) if c is not None))
    _check_own_columns(path, own, code_col, name_col)
    if frame.crs is None:
        raise InputError(
            f"{path}: has no coordinate reference system; add one (e.g. a .prj file, or "
            "`ogr2ogr -a_srs EPSG:4326`)"
        )
    frame = _polygon_units(frame, path, code_src or name_src, rebuilt)
    local_src = next((c for c in _LOCAL_CANDIDATES if c in columns and c != name_src), None)
    local = _texts(frame, local_src)
    name = [n or loc for n, loc in zip(_texts(frame, name_src), local, strict=True)]
    own_code = _texts(frame, code_src)
    iso = _iso_from_codes(own_code)
    join, unmatched = "code" if code_src is not None else "name", []
    if match_names and name_src is not None and not all(iso):
        names = [_texts(frame, c) for c in (name_src, *_NAME_CANDIDATES) if c in columns]
        tries = [[n for n in (loc, *rest) if n] for loc, *rest in zip(local, *names, strict=True)]
        matched = _iso_from_names(tries, iso)
        if matched is not None:
            join, iso = "admin1-name", matched
            unmatched = sorted(str(n) for n, i in zip(name, iso, strict=True) if not i)
    if unmatched:
        keep = "their code as key" if code_src is not None else "their name as code"
        warnings.warn(
            f"{path}: {len(unmatched)} unit name(s) met no first-level unit and keep {keep}: "
            f"{unmatched}",
            UserWarning,
            stacklevel=2,
        )
    code = _unique([i or c or n for i, c, n in zip(iso, own_code, name, strict=True)])
    result = _user_layer(
        frame, own, code, [n or c for n, c in zip(name, code, strict=True)], local, iso
    )
    result = result.sort_values("code", kind="stable", na_position="last").reset_index(drop=True)
    result.attrs.update(join=join, unmatched=unmatched)
    return result


def _user_layer(
    frame: gpd.GeoDataFrame,
    own: list[str],
    code: list[str | None],
    name: list[str | None],
    local: list[str | None],
    iso: list[str | None],
) -> gpd.GeoDataFrame:
    """The layer's columns (see :func:`load_user_boundaries`) in the file's order."""
    identity = [
        {c: _raw(v) for c, v in zip(own, values, strict=True)}
        for values in zip(*(frame[c] for c in own), strict=True)
    ]

    def column(values: list) -> pd.Series:
        return pd.Series(values, index=frame.index, dtype=object)

    return gpd.GeoDataFrame(
        {
            "code": column(code),
            "name": column(name),
            "name_local": column(local),
            "country": column([i[:2] if i else None for i in iso]),
            "level": USER_LEVEL,
            "pcode": column([None] * len(frame)),
            ISO_CODE: column(iso),
            IDENTITY: column(identity),
        },
        geometry=frame.geometry,
        crs="EPSG:4326",
    )


def _check_own_columns(
    path: Path, own: list[str], code_col: str | None, name_col: str | None
) -> None:
    """Refuse a code or name column that a per-unit table could not carry under its name."""
    taken = (ISO_CODE, *COUNT_COLUMNS, "geometry")
    for column in own:
        if column in taken:
            option = "code_col" if column == code_col else "name_col"
            raise InputError(
                f"{path}: column {column!r} has the name of a column strikemap adds to the "
                f"per-unit table; rename it in the file or choose another with {option}=..."
            )


def _polygon_units(
    frame: gpd.GeoDataFrame, path: Path, label: str, rebuilt: int
) -> gpd.GeoDataFrame:
    """The units with polygon area, geometries repaired (with a warning), in EPSG:4326."""
    frame = _drop_empty(frame, path, label, "have no geometry")
    invalid = ~frame.geometry.is_valid
    fixed = int(invalid.sum())
    if fixed or rebuilt:
        done = [f"rebuilt {rebuilt} polygon(s) with unclosed rings from their linework"]
        done = done if rebuilt else []
        if fixed:
            done.append(f"repaired {fixed} invalid geometr{'y' if fixed == 1 else 'ies'}")
            done[-1] += " with make_valid"
        warnings.warn(f"{path}: {'; '.join(done)}", UserWarning, stacklevel=3)
        frame = frame.set_geometry(shapely.make_valid(frame.geometry.to_numpy()))
    polygonal = shapely.get_type_id(frame.geometry.to_numpy())
    if not np.isin(polygonal, (3, 6, 7)).all():  # Polygon, MultiPolygon, GeometryCollection
        raise InputError(f"{path}: boundaries must be polygons, found other geometry types")
    frame = frame.set_geometry([_polygons_only(g) for g in frame.geometry], crs=frame.crs)
    frame = _drop_empty(frame, path, label, "have no polygon area")
    if frame.empty:
        raise InputError(f"{path}: contains no polygons")
    return frame.to_crs("EPSG:4326")


def _texts(frame: pd.DataFrame, column: str | None) -> list[str | None]:
    """A column's cells as stripped text (all None without a column)."""
    if column is None:
        return [None] * len(frame)
    return [_text(v) for v in frame[column]]


def _iso_from_names(names: list[list[str]], iso: list[str | None]) -> list[str | None] | None:
    """ISO codes of an admin-1 file from its units' names (each unit's names, best first),
    for the units ``iso`` lacks one; None when fewer than half of the units would have one
    (the file is not a first-level layer) or no name met a unit."""
    lacking = [t if i is None else [] for t, i in zip(names, iso, strict=True)]
    matched = _match_admin1(lacking, {i for i in iso if i})
    merged = [i or m for i, m in zip(iso, matched, strict=True)]
    if not any(matched) or sum(map(bool, merged)) < _ADMIN1_SHARE * len(merged):
        return None
    return merged


def _iso_from_codes(codes: list[str | None]) -> list[str | None]:
    """ISO 3166-2 codes that a code column gives: ISO-style codes as they are, and the OCHA
    P-codes of Ukraine's first-level units (``UA80`` is ``UA-30``)."""
    units = read_embedded("admin1")
    by_pcode = {p: c for p, c in zip(units["pcode"], units["code"], strict=True) if p}
    out: list[str | None] = []
    for code in codes:
        upper = code.upper() if code else None
        if upper and _ISO_RE.match(upper):
            out.append(upper)
        else:
            out.append(by_pcode.get(upper) if upper else None)
    return out


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
        f"{path}: cannot tell which column names the units; pass code_col=... or "
        f"name_col=...; available columns: {columns}"
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
        stacklevel=4,
    )
    return frame[~empty]


def _polygons_only(geom: shapely.Geometry) -> shapely.Geometry:
    """Keep the polygonal parts of a geometry (make_valid can leave stray lines or points)."""
    if isinstance(geom, shapely.Polygon | shapely.MultiPolygon):
        return geom
    parts = [
        p for p in shapely.get_parts(geom) if isinstance(p, shapely.Polygon | shapely.MultiPolygon)
    ]
    return shapely.union_all(parts) if parts else shapely.Polygon()
