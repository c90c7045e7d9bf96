"""Collect what the map draws from a stream of reports, one report at a time.

A :class:`MapCollector` takes each :class:`~geo.records.Extraction` once and keeps only what the
page shows per report, per place and per unit: the report's row of figures and its impact
places, each place's popup sections (escaped HTML pieces, each distinct piece kept once), and
each unit's share of the report. The extractions themselves (texts, sentences, spans) are
not kept, so a map of 50,000 reports needs little more memory than its page's data.

:meth:`MapCollector.finish` then turns this into what :mod:`geo.maps.render` writes: the page's
report and unit tables (:mod:`geo.maps.mapdata`), the three point layers
(:mod:`geo.maps.layers`) and the per-unit table of :func:`geo.places.boundaries.aggregate`. The
result equals what the functions of those modules compute from the whole list of extractions:
numbering of places, units and popup pieces follows the same first-seen order.

Integers of the per-place and per-unit records are packed into ``array("q")`` runs
(:class:`_Ints`) with :data:`_NONE` for a figure not stated.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from geo.maps.popups import escape_text, report_popup_pieces
from geo.places.figures import CASUALTY_KEYS, counted_shares, place_figure
from geo.records import Extraction, Place

if TYPE_CHECKING:
    from geo.maps.units import UnitLayer

__all__ = [
    "LABELLED_KINDS",
    "ROLES",
    "SITE_KINDS",
    "MapCollector",
    "PlaceGroup",
    "UnitShares",
    "iso_day",
]

#: The point layers, in page order.
ROLES = ("impact", "launch", "mention")
#: Places that count as impact sites of a unit (as :mod:`geo.places.boundaries` counts them).
SITE_KINDS = ("settlement", "district")
#: Places that get a name label on the page.
LABELLED_KINDS = ("settlement", "district", "admin2", "sea")
#: A figure not stated, in the packed integer runs.
_NONE = -(2**63)
#: Located points waiting for their unit before the reports' unit shares are added.
_FLUSH_POINTS = 2048
_MISSING = object()


def iso_day(value: str | None) -> str | None:
    """Return ``value`` when it is an ISO date of a real day, else None.

    Examples
    --------
    >>> iso_day("2025-07-04"), iso_day("4 July"), iso_day(None)
    ('2025-07-04', None, None)
    """
    import datetime as dt

    if not value:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat() if len(value) == 10 else None
    except ValueError:
        return None


def _pack(value: int | None) -> int:
    return _NONE if value is None else value


def _unpack(value: int) -> int | None:
    return None if value == _NONE else value


class _Ints:
    """A growing run of integers: an ``array("q")``, a list once a value does not fit."""

    __slots__ = ("data",)

    def __init__(self) -> None:
        self.data: array | list = array("q")

    def extend(self, values: Sequence[int]) -> None:
        """Append ``values`` (all or none)."""
        if isinstance(self.data, array):
            try:
                self.data.extend(array("q", values))
                return
            except OverflowError:
                self.data = list(self.data)
        self.data.extend(values)

    def records(self) -> Iterator[tuple[int, int | None, int | None, list[int]]]:
        """Yield ``(index, killed, wounded, members)`` of ``[i, k, w, n, m1..mn]`` records."""
        data, at, end = self.data, 0, len(self.data)
        while at < end:
            n = data[at + 3]
            yield (
                data[at],
                _unpack(data[at + 1]),
                _unpack(data[at + 2]),
                list(data[at + 4 : at + 4 + n]),
            )
            at += 4 + n


class UnitShares(Sequence):
    """A unit's shares ``(report index, killed, wounded, place indexes)``, one per report.

    A read-only sequence of tuples over the packed records; it compares equal to a tuple of
    the same tuples.
    """

    __slots__ = ("_count", "_ints")

    def __init__(self, ints: _Ints, count: int) -> None:
        self._ints = ints
        self._count = count

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[tuple[int, int | None, int | None, tuple[int, ...]]]:
        for i, k, w, places in self._ints.records():
            yield i, k, w, tuple(places)

    def __getitem__(self, index):
        return tuple(self)[index]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, UnitShares | tuple | list):
            return tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return repr(tuple(self))


@dataclass
class PlaceGroup:
    """One place of one role and every report naming it there.

    Parameters
    ----------
    place : Place
        The place (first seen).
    precision : int
        The best (lowest) precision of its mentions.
    entries : _Ints
        Per mention ``[report, killed, wounded, n, piece ids...]`` (provisional piece ids).
    reports : int
        Mentions (one per report naming it, more when a report names it twice).
    """

    place: Place
    precision: int
    entries: _Ints = field(default_factory=_Ints)
    reports: int = 0

    def casualties(self, ids: Sequence[str]) -> int:
        """The place's own killed + wounded over the distinct reports naming it.

        As :func:`geo.maps.layers.casualties`: per report id the largest figure of its
        mentions, figures not stated counting 0.
        """
        per_report: dict[str, int] = {}
        for i, k, w, _ in self.entries.records():
            rid = ids[i]
            per_report[rid] = max(per_report.get(rid, 0), (k or 0) + (w or 0))
        return sum(per_report.values())


class _Layer:
    """One point layer's places and its table of distinct popup pieces."""

    __slots__ = ("groups", "pieces")

    def __init__(self) -> None:
        self.groups: dict[str, PlaceGroup] = {}
        self.pieces: dict[str, int] = {}

    def piece(self, text: str) -> int:
        return self.pieces.setdefault(text, len(self.pieces))


class MapCollector:
    """What the map draws, collected one report at a time.

    Parameters
    ----------
    layer : UnitLayer
        The boundary layer the units come from (:class:`geo.maps.units.UnitLayer`).
    max_km : float
        Radius of the nearest-unit fallback, as given to
        :func:`geo.places.boundaries.aggregate` (0 for a user's file).

    Examples
    --------
    >>> from geo.maps.units import UnitLayer
    >>> collector = MapCollector(UnitLayer.embedded("admin1"))
    >>> collector.reports
    0
    """

    def __init__(self, layer: UnitLayer, max_km: float = 15.0) -> None:
        self.layer = layer
        self.max_km = max_km
        self._known = set(layer.codes)
        self.ids: list[str] = []
        self.rows: list[tuple] = []
        self.report_places: list[tuple[int, ...]] = []
        self.located: array = array("q")
        self.first_title: str | None = None
        self.impact_mentions = 0
        self.place_index: dict[str, int] = {}
        self.places: list[list] = []
        self.layers = {role: _Layer() for role in ROLES}
        self.unit_shares: dict[str, _Ints] = {}
        self.unit_counts: dict[str, int] = {}
        self.last_code: dict[str, str | None] = {}
        self.days: dict[str, str] = {}
        self.bounds: list[float | None] = [None, None, None, None]  # west, south, east, north
        self._codes: dict[tuple[float, float], str | None] = {}
        self._pending: list[tuple[int, list[tuple]]] = []
        self._pending_points = 0

    # ------------------------------------------------------------ adding

    @property
    def reports(self) -> int:
        """How many reports were added."""
        return len(self.ids)

    def add_all(self, extractions: Iterable[Extraction]) -> MapCollector:
        """Add every extraction; return the collector."""
        for ext in extractions:
            self.add(ext)
        return self

    def add(self, ext: Extraction) -> None:
        """Take one report: its row, places, popup pieces and unit shares."""
        i = len(self.ids)
        report = ext.report
        self.ids.append(report.id)
        if i == 0:
            self.first_title = report.title
        shares = {key: counted_shares(ext.places, key) for key in CASUALTY_KEYS}
        self._report_row(ext, shares)
        impacts = [rp for rp in ext.places if rp.role == "impact"]
        self.impact_mentions += len(impacts)
        self.report_places.append(tuple(sorted({self._place(rp.place) for rp in impacts})))
        located = sum(1 for rp in impacts if rp.place.lat is not None and rp.place.lon is not None)
        self.located.append(located)
        self._bounds(impacts)
        self._points(i, ext)
        self._units(i, ext, shares)

    def _report_row(self, ext: Extraction, shares: dict[str, list[int]]) -> None:
        """``(day, killed, wounded, drones, missiles, placed killed, placed wounded)``."""
        day = iso_day(ext.report.date)
        if day is not None:
            day = self.days.setdefault(day, day)  # one string per day, not one per report
        stated = []
        for key in CASUALTY_KEYS:
            if not (key in ext.facts or any(key in rp.facts for rp in ext.places)):
                stated.append(None)
            else:
                stated.append(max(int(ext.facts.get(key, 0) or 0), sum(shares[key])))
        row = (
            day,
            *stated,
            ext.facts.get("drones"),
            ext.facts.get("missiles"),
            *(sum(shares[key]) for key in CASUALTY_KEYS),
        )
        self.rows.append(row)

    def _place(self, place: Place) -> int:
        """The index of an impact place in the page's place table (first seen)."""
        index = self.place_index.get(place.id)
        if index is None:
            index = self.place_index[place.id] = len(self.place_index)
            self.places.append([escape_text(place.name), int(place.kind in SITE_KINDS)])
        return index

    def _bounds(self, impacts: Sequence) -> None:
        b = self.bounds
        for rp in impacts:
            lon, lat = rp.place.lon, rp.place.lat
            if lon is not None:
                b[0] = lon if b[0] is None else min(b[0], lon)
                b[2] = lon if b[2] is None else max(b[2], lon)
            if lat is not None:
                b[1] = lat if b[1] is None else min(b[1], lat)
                b[3] = lat if b[3] is None else max(b[3], lat)

    def _points(self, i: int, ext: Extraction) -> None:
        """Add the report's located places to their layers, its popup built once."""
        wanted = [
            j
            for j, rp in enumerate(ext.places)
            if rp.role in self.layers and rp.place.lat is not None and rp.place.lon is not None
        ]
        if not wanted:
            return
        pieces = report_popup_pieces(ext, wanted)
        for j in wanted:
            rp = ext.places[j]
            layer = self.layers[rp.role]
            group = layer.groups.get(rp.place.id)
            if group is None:
                group = layer.groups[rp.place.id] = PlaceGroup(rp.place, rp.precision)
            elif rp.precision < group.precision:
                group.precision = rp.precision
            ids = [layer.piece(p) for p in pieces[j] if p]
            group.entries.extend(
                [
                    i,
                    _pack(place_figure(rp, "killed")),
                    _pack(place_figure(rp, "wounded")),
                    len(ids),
                    *ids,
                ]
            )
            group.reports += 1

    # ------------------------------------------------------------ units

    def _units(self, i: int, ext: Extraction, shares: dict[str, list[int]]) -> None:
        """Queue the report's impact places for their units (points located in batches)."""
        items = []
        for j, rp in enumerate(ext.places):
            place = rp.place
            if rp.role != "impact" or place.kind == "country":
                continue
            if place.admin1 and place.admin1 in self._known:
                where: object = place.admin1
            elif place.kind != "admin1" and place.lon is not None and place.lat is not None:
                key = (place.lon, place.lat)
                where = self._codes.get(key, _MISSING)
                if where is _MISSING:
                    where = key
                    self._pending_points += 1
            else:
                where = None
            stated = tuple(place_figure(rp, key) is not None for key in CASUALTY_KEYS)
            items.append(
                (place.id, self.place_index[place.id], where, shares["killed"][j],
                 shares["wounded"][j], stated)
            )  # fmt: skip
        self._pending.append((i, items))
        if self._pending_points >= _FLUSH_POINTS or len(self._pending) >= 4096:
            self._flush()

    def _flush(self) -> None:
        """Locate the queued points and add the queued reports' unit shares, in order."""
        keys = list(
            dict.fromkeys(
                where for _, items in self._pending for *_, where, _, _, _ in items
                if isinstance(where, tuple) and where not in self._codes
            )
        )  # fmt: skip
        if keys:
            found = self.layer.locate([k[0] for k in keys], [k[1] for k in keys], self.max_km)
            self._codes.update(zip(keys, found, strict=True))
        for i, items in self._pending:
            self._report_units(i, items)
        self._pending = []
        self._pending_points = 0

    def _report_units(self, i: int, items: list[tuple]) -> None:
        """Add one report's killed, wounded and places per unit (as ``mapdata`` sums them)."""
        members: dict[str, list[tuple]] = {}
        for pid, index, where, killed, wounded, stated in items:
            code = self._codes.get(where) if isinstance(where, tuple) else where
            if code is not None:
                self.last_code[pid] = code
                members.setdefault(code, []).append((index, killed, wounded, stated))
            else:
                self.last_code.setdefault(pid, None)
        for code, found in members.items():
            figures = [
                _pack(sum(m[1 + n] for m in found) if any(m[3][n] for m in found) else None)
                for n in range(len(CASUALTY_KEYS))
            ]
            places = list(dict.fromkeys(m[0] for m in found))
            run = self.unit_shares.get(code)
            if run is None:
                run = self.unit_shares[code] = _Ints()
            run.extend([i, *figures, len(places), *places])
            self.unit_counts[code] = self.unit_counts.get(code, 0) + 1

    def finish(self) -> MapCollector:
        """Settle the queued unit work; call before reading the results (idempotent)."""
        if self._pending:
            self._flush()
        return self

    # ------------------------------------------------------------ results

    def dates(self) -> list[str]:
        """The distinct ISO dates of the reports, sorted."""
        return sorted(self.days)

    def report_index(self) -> list[int]:
        """Per report, its row in the page's report table as the point layers name it.

        Two reports with the same id are both listed; their places point to the last one
        (as ``{ext.report.id: i for i, ext in enumerate(extractions)}`` does).
        """
        last = {rid: i for i, rid in enumerate(self.ids)}
        if len(last) == len(self.ids):
            return range(len(self.ids))  # type: ignore[return-value]
        return [last[rid] for rid in self.ids]

    def shares(self, code: str) -> UnitShares | None:
        """The unit's shares, or None when no report hits it."""
        self.finish()
        run = self.unit_shares.get(code)
        return None if run is None else UnitShares(run, self.unit_counts[code])

    def unit_labels(self, user: bool) -> dict[str, str]:
        """Per impact place id, the line its popup gives about its unit.

        Parameters
        ----------
        user : bool
            Whether the layer is a user's file: a place in none of its units then says so.
        """
        self.finish()
        names = self.layer.name_of
        out = {}
        for pid, code in self.last_code.items():
            if code is not None:
                out[pid] = f"Counted in {names(code) or code}"
            elif user:
                out[pid] = "Outside the boundary file's units: counted in none"
        return out

    def region_counts(self) -> dict[str, dict[str, int]]:
        """Per unit code hit: ``reports``, ``impact_sites``, ``killed``, ``wounded``.

        The figures of :func:`geo.places.boundaries.aggregate` for the same reports.
        """
        self.finish()
        out = {}
        for code, run in self.unit_shares.items():
            reports: set[str] = set()
            sites: set[int] = set()
            killed = wounded = 0
            for i, k, w, places in run.records():
                reports.add(self.ids[i])
                sites.update(p for p in places if self.places[p][1])
                killed += k or 0
                wounded += w or 0
            out[code] = {
                "reports": len(reports),
                "impact_sites": len(sites),
                "killed": killed,
                "wounded": wounded,
            }
        return out

    def shaded(self) -> int:
        """How many units of the layer the reports hit (units sharing a code each count)."""
        self.finish()
        return sum(1 for code in self.layer.codes if code in self.unit_shares)

    def groups(self, role: str) -> list[PlaceGroup]:
        """The located places of one role, in first-seen order."""
        return list(self.layers[role].groups.values())

    def heat_share(self, i: int) -> float:
        """Report ``i``'s heat share of each of its located impact places."""
        return round(1 / max(self.located[i], 1), 4)
