"""The boundary layer the map counts in: codes, names and outlines, and where points fall.

:class:`UnitLayer` is what :mod:`geo.maps.collect` and :mod:`geo.maps.mapdata` need of a
layer: the units' codes, names, countries and outlines (EPSG:4326), the unit each point falls
in (as :func:`geo.places.boundaries.locate_points` decides it), each unit's area and the
layer's bounds. It is made from a GeoDataFrame (:meth:`UnitLayer.from_frame`).
"""

from __future__ import annotations

import functools
import json
import math
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geo.errors import DataError
from geo.places.nearest import NEAREST_KM

if TYPE_CHECKING:
    import geopandas

__all__ = [
    "ENV_VAR",
    "NEAREST_KM",
    "UnitLayer",
    "basemap_json",
    "boundaries_dir",
    "equal_areas",
]

#: The environment variable naming another folder of embedded layers (as in boundaries).
ENV_VAR = "STRIKEMAP_BOUNDARIES"
_EQUAL_AREA = "EPSG:6933"


class UnitLayer:
    """The units of a boundary layer, in its order.

    Parameters
    ----------
    codes, names : sequence
        The units' codes and names (as the layer holds them; a name may be missing).
    countries : sequence or None
        Their ISO alpha-2 country codes, when the layer has a ``country`` column.
    geometries : sequence of shapely geometry
        Their outlines in EPSG:4326.
    frame : geopandas.GeoDataFrame, optional
        The layer as a GeoDataFrame in EPSG:4326, when it was made from one.
    """

    def __init__(
        self,
        codes: Sequence[Any],
        names: Sequence[Any],
        countries: Sequence[Any] | None,
        geometries: Sequence[Any],
        frame: geopandas.GeoDataFrame | None = None,
        levels: Sequence[Any] | None = None,
    ) -> None:
        self.codes = list(codes)
        self.names = list(names)
        self.countries = None if countries is None else list(countries)
        self.geometries = geometries
        self._frame = frame
        self._levels = None if levels is None else list(levels)
        self._names = dict(zip(self.codes, self.names, strict=True))

    @classmethod
    def from_frame(cls, frame: geopandas.GeoDataFrame) -> UnitLayer:
        """Make the layer of a GeoDataFrame with ``code``, ``name`` and a geometry."""
        units = frame.to_crs(4326).reset_index(drop=True)
        countries = units["country"].tolist() if "country" in units.columns else None
        return cls(
            units["code"].tolist(),
            units["name"].tolist(),
            countries,
            units.geometry.to_numpy(),
            units,
        )

    @classmethod
    def embedded(cls, name: str = "admin1") -> UnitLayer:
        """Read an embedded layer as :func:`geo.places.boundaries.read_embedded` does.

        The GeoJSON file is read with :mod:`json` and :mod:`shapely` (no geopandas or GDAL:
        they would cost ``strikemap map`` most of a second to import); the units are sorted
        by code, as the embedded layers are.

        Raises
        ------
        geo.errors.DataError
            When the file is missing or cannot be read.
        """
        from shapely.geometry import shape

        features = _embedded_features(name)
        order = sorted(range(len(features)), key=lambda i: features[i]["properties"]["code"])
        props = [features[i]["properties"] for i in order]
        geoms = [shape(features[i]["geometry"]) for i in order]
        return cls(
            [p.get("code") for p in props],
            [p.get("name") for p in props],
            [p.get("country") for p in props],
            geoms,
            levels=[p.get("level") for p in props],
        )

    def __len__(self) -> int:
        return len(self.codes)

    @property
    def frame(self) -> geopandas.GeoDataFrame:
        """The layer as a GeoDataFrame (EPSG:4326): ``code``, ``name``, ``country``, geometry."""
        if self._frame is None:
            import geopandas

            columns = {"code": self.codes, "name": self.names}
            if self.countries is not None:
                columns["country"] = self.countries
            if self._levels is not None:
                columns["level"] = self._levels
            self._frame = geopandas.GeoDataFrame(
                columns, geometry=list(self.geometries), crs="EPSG:4326"
            )
        return self._frame

    @property
    def levels(self) -> list[Any] | None:
        """The layer's ``level`` column, when it has one (the embedded layers do)."""
        return self._levels

    def name_of(self, code: str) -> Any:
        """The name the layer gives ``code`` (the last unit of that code)."""
        return self._names.get(code)

    def locate(self, lons: Sequence[float], lats: Sequence[float], max_km: float) -> list:
        """The code of the unit each point falls in, or None (see ``locate_points``)."""
        if not len(self.codes):
            return [None] * len(lons)
        from geo.places.boundaries import locate_points

        found = locate_points(lons, lats, self.frame, max_km=max_km)["code"]
        return [code if isinstance(code, str) else None for code in found]

    def areas(self) -> Sequence[float]:
        """Each unit's area in square metres (EPSG:6933, equal-area)."""
        if self._frame is not None:
            return self._frame.geometry.to_crs(_EQUAL_AREA).area.to_numpy()
        return equal_areas(self.geometries)

    def total_bounds(self) -> tuple[float, float, float, float]:
        """``west, south, east, north`` of every unit."""
        if self._frame is not None:
            west, south, east, north = self._frame.total_bounds
            return west, south, east, north
        import numpy as np
        import shapely

        bounds = shapely.bounds(np.asarray(self.geometries, dtype=object))
        return (
            np.nanmin(bounds[:, 0]),
            np.nanmin(bounds[:, 1]),
            np.nanmax(bounds[:, 2]),
            np.nanmax(bounds[:, 3]),
        )


def boundaries_dir() -> Path:
    """The folder of the embedded layers, as :func:`geo.places.boundaries.boundaries_dir`."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override)
    installed = Path(__file__).resolve().parents[1] / "data" / "boundaries"
    if (installed / "admin1.geojson").is_file():
        return installed
    return Path(__file__).resolve().parents[2] / "boundaries"


#: The WGS 84 ellipsoid: semi-major axis (m), squared eccentricity.
_A = 6378137.0
_E2 = (1 / 298.257223563) * (2 - 1 / 298.257223563)
#: Scale of EPSG:6933 (Lambert cylindrical equal-area, standard parallel 30 degrees).
_K0 = math.cos(math.radians(30)) / math.sqrt(1 - _E2 * math.sin(math.radians(30)) ** 2)


def equal_areas(geometries: Sequence[Any]) -> Any:
    """Areas in square metres of EPSG:4326 geometries projected to EPSG:6933.

    The projection's formulas (EPSG method 9835 on the WGS 84 ellipsoid) in numpy, so the
    map needs neither pyproj nor geopandas for them; the areas agree with
    ``GeoSeries.to_crs("EPSG:6933").area`` to about 1e-13 of their size.
    """
    import numpy as np
    import shapely

    geoms = np.asarray(geometries, dtype=object)
    coords = shapely.get_coordinates(geoms)
    e = math.sqrt(_E2)
    s = np.sin(np.radians(coords[:, 1]))
    q = (1 - _E2) * (s / (1 - _E2 * s * s) - np.log((1 - e * s) / (1 + e * s)) / (2 * e))
    xy = np.column_stack([_A * _K0 * np.radians(coords[:, 0]), _A * q / (2 * _K0)])
    return shapely.area(shapely.set_coordinates(geoms.copy(), xy))


@functools.lru_cache(maxsize=2)
def _embedded_features(name: str) -> list[dict]:
    """The features of an embedded layer's GeoJSON file (read once)."""
    path = boundaries_dir() / f"{name}.geojson"
    try:
        with open(path, "rb") as fh:
            data = json.load(fh)
        features = data["features"]
        if not all(isinstance(f["properties"].get("code"), str) for f in features):
            raise ValueError("a unit has no code")
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DataError(
            f"{path}: cannot be read ({exc}); rebuild it with `python scripts/build_boundaries.py`"
            f" or set {ENV_VAR} to a folder that has it"
        ) from None
    return features


@functools.lru_cache(maxsize=1)
def basemap_json() -> str:
    """The embedded admin-0 layer as the map's basemap writes it.

    Equal to what folium writes for ``GeoJson(load_admin0()[["geometry"]])``: the
    GeoDataFrame's ``__geo_interface__`` (features in code order, ids ``"0"``, ``"1"``, ...,
    no properties, each with its bounding box, and the layer's) as JSON with sorted keys.
    """
    features = _embedded_features("admin0")
    order = sorted(range(len(features)), key=lambda i: features[i]["properties"]["code"])
    out = []
    boxes = []
    for n, i in enumerate(order):
        geometry = features[i]["geometry"]
        box = _bbox(geometry["coordinates"])
        boxes.append(box)
        out.append(
            {"id": str(n), "type": "Feature", "properties": {}, "geometry": geometry, "bbox": box}
        )
    total = [
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    ]
    data = {"type": "FeatureCollection", "features": out, "bbox": total}
    return json.dumps(data, sort_keys=True)


def _bbox(coordinates: list) -> list[float]:
    """``[west, south, east, north]`` of a GeoJSON geometry's nested coordinates."""
    xs: list[float] = []
    ys: list[float] = []
    stack = [coordinates]
    while stack:
        item = stack.pop()
        if item and isinstance(item[0], int | float):
            xs.append(item[0])
            ys.append(item[1])
        else:
            stack.extend(item)
    return [float(min(xs)), float(min(ys)), float(max(xs)), float(max(ys))]
