"""Events of extractions, built with the shipped gazetteer: the impacts of many reports
grouped into events with the analyst's corrections (``strikemap events``, and the events
``strikemap map --by events`` draws)."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from geo.places.names import place_lookup

if TYPE_CHECKING:
    from geo.events.on_map import EventInputs
    from geo.records import Extraction

__all__ = ["corrections_of", "events_for_map", "group", "group_sightings", "warn_unmatched"]


def corrections_of(path: str | None, gaz):
    """The corrections of the file ``path``, their places found in ``gaz`` (None when no
    file is given)."""
    from geo.events.corrections import read_corrections

    return None if path is None else read_corrections(path, place_lookup(gaz))


def group(extractions: Iterable, gaz, corrections) -> tuple[list, object]:
    """Events of the reports, with corrections; and the outcome of the corrections."""
    from geo.events.grouping import sightings_of

    sightings = []
    for n, ext in enumerate(extractions):
        sightings.extend(sightings_of(ext, n))
    return group_sightings(sightings, gaz, corrections)


def group_sightings(sightings: list, gaz, corrections) -> tuple[list, object]:
    """Events of the reports' sightings (:func:`geo.events.grouping.sightings_of`), with
    corrections; and the outcome of the corrections."""
    from geo.events.corrections import events_with_corrections

    return events_with_corrections(sightings, gaz.by_id, corrections or (), place_lookup(gaz))


def warn_unmatched(outcome) -> None:
    """One warning line on stderr per correction that matched nothing."""
    for line in outcome.unmatched:
        print(f"strikemap: warning: correction not applied: {line}", file=sys.stderr)


def events_for_map(inputs: EventInputs, corrections_path: str | None) -> Iterator[Extraction]:
    """The extractions ``map --by events`` draws: one per event (:mod:`geo.events.on_map`),
    made one at a time as the map takes them."""
    from geo.events.on_map import event_extractions
    from geo.places.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    sightings, inputs.sightings = inputs.sightings, []  # the events hold them now
    events, outcome = group_sightings(sightings, gaz, corrections_of(corrections_path, gaz))
    del sightings
    warn_unmatched(outcome)
    return event_extractions(events, inputs)
