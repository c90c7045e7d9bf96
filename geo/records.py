"""Typed records passed between pipeline stages.

Coordinates are stored as ``lon, lat`` fields; folium's ``[lat, lon]`` order is produced only in
``geo.maps.render``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "FACT_KEYS",
    "KINDS",
    "ROLES",
    "Extraction",
    "Place",
    "PlaceMention",
    "Report",
    "ResolvedPlace",
    "Span",
    "Unresolved",
    "resolved_place",
    "with_facts",
]

ROLES = ("impact", "launch", "mention")
KINDS = ("country", "admin1", "admin2", "settlement", "district", "sea")
FACT_KEYS = ("killed", "wounded", "drones", "missiles", "intercepted")


@dataclass(frozen=True)
class Report:
    """One report: its text and what is known about it.

    Parameters
    ----------
    id : str
        Stable identifier (file stem, or a hash of the text when there is no name).
    text : str
        The body text; mention offsets index into it.
    title, date, source, url : str or None
        Metadata; ``date`` is ISO ``YYYY-MM-DD`` when known.
    path : str or None
        Where the report was read from, for error messages.
    """

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None


@dataclass(frozen=True, slots=True)
class Span:
    """A character span of a report's text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Place:
    """A gazetteer entry.

    ``id`` is ``gn:<geonameid>`` for GeoNames places, ``iso:<code>`` for first-level units,
    ``cc:<alpha2>`` for countries and ``cur:<slug>`` for curated entries.
    ``admin1`` is an ISO 3166-2 code (``UA-63``) or None when unknown; ``parent`` names the
    containing unit of a city district (a place id) when known.
    """

    id: str
    name: str
    kind: str
    country: str
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int = 0
    parent: str | None = None


@dataclass(frozen=True)
class PlaceMention:
    """A span of text that names one or more gazetteer candidates."""

    span: Span
    candidates: tuple[Place, ...]
    qualifier: str | None = None  # "region", "raion", "district", "city" when the text says so


@dataclass(frozen=True)
class ResolvedPlace:
    """One place of one report, with its role and the evidence for it.

    ``precision``: 1 the settlement or city district itself, 2 near it or an admin2 unit,
    3 only the region is known. ``cue`` is the text that decided the role; ``sentence`` is
    the sentence of the first mention. ``damage`` lists the kinds of damage the text ties to
    this place (see ``geo.understand.damage``); ``attacker`` is ``"RU"`` or ``"UA"`` when known.
    ``facts`` holds the figures (``killed``, ``wounded``, ``drones``, ``missiles``,
    ``intercepted``) the text ties to this place, only those stated; the report's totals
    are in :attr:`Extraction.facts` (see ``geo.understand.place_facts``). ``mention_roles`` gives
    the
    role each mention had on its own, in the order of ``mentions`` (a place hit in one
    sentence may be an official's seat in another).
    """

    report: str
    place: Place
    role: str
    precision: int
    confidence: float
    mentions: tuple[Span, ...]
    cue: str = ""
    sentence: str = ""
    damage: tuple[str, ...] = ()
    attacker: str | None = None
    facts: dict[str, int] = field(default_factory=dict, hash=False)
    mention_roles: tuple[str, ...] = ()


_new = object.__new__


def resolved_place(
    report: str,
    place: Place,
    role: str,
    precision: int,
    confidence: float,
    mentions: tuple[Span, ...],
    cue: str,
    sentence: str,
    damage: tuple[str, ...],
    attacker: str | None,
    mention_roles: tuple[str, ...],
) -> ResolvedPlace:
    """``ResolvedPlace(...)`` with no ``facts`` (an empty dict), made without the frozen
    class's field-by-field ``object.__setattr__``: the same fields, in the same order, so
    equality, hashing, ``repr``, pickling and :func:`dataclasses.replace` are as for the
    constructor's. For the resolver, which makes one per place of every report."""
    out = _new(ResolvedPlace)
    out.__dict__.update(
        report=report,
        place=place,
        role=role,
        precision=precision,
        confidence=confidence,
        mentions=mentions,
        cue=cue,
        sentence=sentence,
        damage=damage,
        attacker=attacker,
        facts={},
        mention_roles=mention_roles,
    )
    return out


def with_facts(rp: ResolvedPlace, facts: dict[str, int]) -> ResolvedPlace:
    """``dataclasses.replace(rp, facts=facts)`` made as :func:`resolved_place` makes a place:
    the same fields in the same order, ``facts`` replaced, no field checked again."""
    out = _new(ResolvedPlace)
    out.__dict__.update(rp.__dict__)
    out.__dict__["facts"] = facts
    return out


@dataclass(frozen=True)
class Unresolved:
    """A mention that could not be tied to one place, and why."""

    report: str
    span: Span
    reason: str


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one report."""

    report: Report
    places: tuple[ResolvedPlace, ...]
    facts: dict[str, int] = field(default_factory=dict)
    unresolved: tuple[Unresolved, ...] = ()

    @property
    def impacts(self) -> tuple[ResolvedPlace, ...]:
        """The places this report says were hit."""
        return tuple(p for p in self.places if p.role == "impact")
