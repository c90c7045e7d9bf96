"""strikemap: geocode strike reports and render layered, self-contained maps.

The public API is flat: read reports, extract their places, look names up, and get the places,
the per-unit table and the map as a GeoDataFrame, a GeoDataFrame and a ``folium.Map``.

>>> import geo
>>> ext = geo.extract("Two drones hit Kharkiv overnight, wounding three people.")
>>> [(p.place.name, p.role, p.facts) for p in ext.places]
[('Kharkiv', 'impact', {'wounded': 3, 'drones': 2})]

Every name is imported on first use (PEP 562), so ``import geo`` stays cheap for the
``strikemap`` command, which imports it on every run.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what type checkers and IDEs see; at run time each name loads on first use
    from geo.api import (
        extract,
        geocode,
        load_boundaries,
        make_map,
        places_frame,
        read_reports,
        regions_frame,
    )
    from geo.api_map import StrikeMap
    from geo.errors import DataError, InputError, MissingExtraError, OutputError, StrikemapError
    from geo.places.gazetteer import Candidate
    from geo.read.reports import Row
    from geo.records import Extraction, Place, Report, ResolvedPlace, Span, Unresolved

    __version__: str

__all__ = [
    "Candidate",
    "DataError",
    "Extraction",
    "InputError",
    "MissingExtraError",
    "OutputError",
    "Place",
    "Report",
    "ResolvedPlace",
    "Row",
    "Span",
    "StrikeMap",
    "StrikemapError",
    "Unresolved",
    "__version__",
    "extract",
    "geocode",
    "load_boundaries",
    "make_map",
    "places_frame",
    "read_reports",
    "regions_frame",
]

#: Where each public name lives: loaded by :func:`__getattr__` on first use.
_LAZY = {
    **dict.fromkeys(
        (
            "extract",
            "geocode",
            "load_boundaries",
            "make_map",
            "places_frame",
            "read_reports",
            "regions_frame",
        ),
        "geo.api",
    ),
    "StrikeMap": "geo.api_map",
    **dict.fromkeys(
        ("DataError", "InputError", "MissingExtraError", "OutputError", "StrikemapError"),
        "geo.errors",
    ),
    "Candidate": "geo.places.gazetteer",
    "Row": "geo.read.reports",
    **dict.fromkeys(
        ("Extraction", "Place", "Report", "ResolvedPlace", "Span", "Unresolved"), "geo.records"
    ),
}


def _version() -> str:
    """The installed distribution's version (``0.0.0`` in a source tree not installed)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("strikemap")
    except PackageNotFoundError:
        return "0.0.0"


def __getattr__(name: str) -> Any:
    """Load a public name on first use and keep it (PEP 562)."""
    if name == "__version__":
        value: Any = _version()
    elif name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
    else:
        raise AttributeError(f"module 'geo' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
