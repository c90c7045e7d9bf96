"""Names of first-level units by their ISO 3166-2 code, from the shipped gazetteer (the
``admin1`` column of the CSV, GeoPackage and GeoParquet place tables)."""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["admin1_names"]


def admin1_names() -> Callable[[str], str | None]:
    """ISO 3166-2 code → the first-level unit's name in the gazetteer (None when unknown),
    each answer cached. Loads the gazetteer (once per process).

    Returns
    -------
    callable
        The ``admin1_name`` of :func:`geo.output.export.write_csv` and
        :func:`geo.output.export.write_gpkg`.
    """
    from geo.places.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    cache: dict[str, str | None] = {}

    def name(code: str) -> str | None:
        if code not in cache:
            unit = gaz.admin1(code)
            cache[code] = unit.name if unit else None
        return cache[code]

    return name
