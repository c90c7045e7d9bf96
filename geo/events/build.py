"""Events of extractions, built with the shipped gazetteer: the impacts of many reports
grouped into events with the analyst's corrections (``strikemap events``, and the events
``strikemap map --by events`` draws)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence

__all__ = ["corrections_of", "events_for_map", "group", "place_lookup", "place_names"]


def _gazetteer():
    """The shipped gazetteer."""
    from geo.places.gazetteer import load_gazetteer

    return load_gazetteer()


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
    """Place id → its name in ``gaz``, cached."""
    cache: dict[str, str | None] = {}

    def name(place_id: str) -> str | None:
        if place_id not in cache:
            place = gaz.by_id(place_id)
            cache[place_id] = place.name if place else None
        return cache[place_id]

    return name


def corrections_of(path: str | None, gaz):
    """The corrections of the file ``path``, their places found in ``gaz`` (None when no
    file is given)."""
    from geo.events.corrections import read_corrections

    return None if path is None else read_corrections(path, place_lookup(gaz))


def group(extractions: Iterable, gaz, corrections) -> tuple[list, object, int]:
    """Events of the reports, with corrections; the outcome of the corrections; and how
    many reports were read."""
    from geo.events.corrections import events_with_corrections
    from geo.events.grouping import sightings_of

    sightings = []
    n = 0
    for n, ext in enumerate(extractions, start=1):
        sightings.extend(sightings_of(ext, n - 1))
    events, outcome = events_with_corrections(
        sightings, gaz.by_id, corrections or (), place_lookup(gaz)
    )
    return events, outcome, n


def warn_unmatched(outcome) -> None:
    """One warning line on stderr per correction that matched nothing."""
    for line in outcome.unmatched:
        print(f"strikemap: warning: correction not applied: {line}", file=sys.stderr)


def events_for_map(extractions: Sequence, corrections_path: str | None) -> list:
    """The extractions ``map --by events`` draws: one per event (:mod:`geo.events.on_map`)."""
    from geo.events.on_map import event_extractions

    gaz = _gazetteer()
    events, outcome, _n = group(extractions, gaz, corrections_of(corrections_path, gaz))
    warn_unmatched(outcome)
    return event_extractions(events, extractions)
