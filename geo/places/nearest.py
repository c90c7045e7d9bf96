"""How far the nearest-unit fallback of :func:`geo.places.boundaries.locate_points` reaches.

A point outside every unit (on a coast, a border or just off a simplified outline) goes to
the nearest unit within :data:`NEAREST_KM`, in the embedded layers; a user's own boundary
file is taken as drawn, so a place in a hole of it, or beside it, is in none of its units.
Kept apart from :mod:`geo.places.boundaries` so the map can ask without loading geopandas.
"""

from __future__ import annotations

__all__ = ["NEAREST_KM", "nearest_km"]

#: Default radius of the nearest-unit fallback, in kilometres.
NEAREST_KM = 15.0


def nearest_km(own: bool) -> float:
    """The radius of the nearest-unit fallback: none (0) for a user's own boundary file,
    :data:`NEAREST_KM` for the embedded layers.

    >>> nearest_km(own=True), nearest_km(own=False)
    (0.0, 15.0)
    """
    return 0.0 if own else NEAREST_KM
