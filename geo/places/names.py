"""Places by id and names by id in a gazetteer, each answer cached: the ``admin1`` column of
the CSV, GeoPackage and GeoParquet place tables, the place names of the event table, and the
places an analyst's corrections name."""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["admin1_names", "place_lookup", "place_names"]


def place_lookup(gaz) -> Callable[[str], object]:
    """Place id or name → the place (the first candidate of a name), in ``gaz``."""

    def find(value: str):
        place = gaz.by_id(value.strip())
        if place is not None:
            return place
        found = gaz.lookup(value)
        return found[0].place if found else None

    return find


def place_names(gaz) -> Callable[[str], str | None]:
    """Place id → its name in ``gaz`` (None when unknown), cached."""
    cache: dict[str, str | None] = {}

    def name(place_id: str) -> str | None:
        if place_id not in cache:
            place = gaz.by_id(place_id)
            cache[place_id] = place.name if place else None
        return cache[place_id]

    return name


def admin1_names() -> Callable[[str], str | None]:
    """ISO 3166-2 code → the first-level unit's name in the shipped gazetteer (None when
    unknown), each answer cached. Loads the gazetteer (once per process).

    Returns
    -------
    callable
        The ``admin1_name`` of :func:`geo.output.export.write_csv` and
        :func:`geo.output.export.write_gpkg`.
    """
    from geo.places.gazetteer import load_gazetteer

    names = place_names(load_gazetteer())
    return lambda code: names(f"iso:{code}")
