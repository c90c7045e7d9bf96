"""Figures per place as the map, the region tables and the exports count them.

Every impact place carries only the figures its report's text ties to it
(:attr:`geo.records.ResolvedPlace.facts`); the report keeps its totals
(:attr:`geo.records.Extraction.facts`). This module answers the questions downstream asks of
them:

* what a place's own figure is, and whether it was stated at all (:func:`place_figure`,
  :func:`place_casualties`, :func:`figure_text`);
* how much of a report's figure is counted at each place without counting it twice when the
  text gives figures to a place and to a place inside it ("two killed in the Poltava region
  ... both in Poltava"): a place's figure covers the figures of the report's places it
  contains (a country its places, a first-level unit the places in it, a city its districts),
  so only what it adds beyond them is its own share (:func:`counted_shares`);
* how much of a report's killed and wounded is tied to no place (:func:`unplaced`).

A report's count (:func:`report_count`) is its stated total, or the sum of its places' figures
when that is larger: a report that recalls an earlier strike ("50 died in Poltava on Tuesday")
ties that strike's figures to its place while its stated total covers the new strike only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from geo.records import FACT_KEYS, Extraction, Place, ResolvedPlace

__all__ = [
    "CASUALTY_KEYS",
    "NOT_STATED",
    "counted_shares",
    "figure_text",
    "figures_text",
    "place_casualties",
    "place_figure",
    "placed_count",
    "report_count",
    "unplaced",
]

CASUALTY_KEYS = ("killed", "wounded")
NOT_STATED = "not stated"

# How coarse a place is: a place can only contain places of a finer kind.
_RANK = {"country": 0, "admin1": 1, "admin2": 2, "settlement": 3, "district": 4}


def place_figure(rp: ResolvedPlace, key: str) -> int | None:
    """Return the place's own ``key`` figure, or None when the text does not state it.

    Parameters
    ----------
    rp : ResolvedPlace
        A place of a report.
    key : str
        One of :data:`geo.records.FACT_KEYS`.

    Returns
    -------
    int or None
        The figure (0 when the text says none), None when not stated.
    """
    value = rp.facts.get(key)
    return None if value is None else int(value)


def place_casualties(rp: ResolvedPlace) -> int:
    """Return the place's own killed + wounded, figures not stated counting as 0."""
    return sum(place_figure(rp, key) or 0 for key in CASUALTY_KEYS)


def figure_text(facts: Mapping[str, int], key: str) -> str:
    """Return ``"<key> <value>"``, or ``"<key> not stated"`` when ``facts`` lacks ``key``.

    Examples
    --------
    >>> figure_text({"killed": 0}, "killed"), figure_text({}, "wounded")
    ('killed 0', 'wounded not stated')
    """
    value = facts.get(key)
    return f"{key} {NOT_STATED if value is None else value}"


def figures_text(facts: Mapping[str, int], always: Sequence[str] = CASUALTY_KEYS) -> str:
    """Return a place's or report's figures as ``"killed 2, wounded not stated, drones 40"``.

    Parameters
    ----------
    facts : mapping
        Figures by key, only those stated.
    always : sequence of str
        Keys listed even when not stated (as ``not stated``); the other
        :data:`~geo.records.FACT_KEYS` are listed only when stated.

    Returns
    -------
    str
        Plain text (not escaped), keys in :data:`~geo.records.FACT_KEYS` order.

    Examples
    --------
    >>> figures_text({"drones": 40, "killed": 2})
    'killed 2, wounded not stated, drones 40'
    """
    return ", ".join(figure_text(facts, k) for k in FACT_KEYS if k in always or k in facts)


def _contains(outer: Place, inner: Place) -> bool:
    """True when ``inner`` lies inside ``outer`` by what the gazetteer records say."""
    if _RANK.get(outer.kind, 9) >= _RANK.get(inner.kind, 9):
        return False
    if outer.kind == "country":
        return inner.country == outer.country
    if outer.kind == "admin1":
        return outer.admin1 is not None and inner.admin1 == outer.admin1
    return inner.kind == "district" and inner.parent == outer.id


def _parents(places: Sequence[ResolvedPlace], members: list[int]) -> dict[int, int]:
    """Map each member to the finest other member containing it (the first of equals)."""
    parent: dict[int, int] = {}
    for i in members:
        best: int | None = None
        for j in members:
            if j == i:
                continue
            inside = _contains(places[j].place, places[i].place) or (
                j < i and places[j].place.id == places[i].place.id
            )
            if inside and (
                best is None
                or _RANK.get(places[j].place.kind, 9) > _RANK.get(places[best].place.kind, 9)
            ):
                best = j
        if best is not None:
            parent[i] = best
    return parent


def counted_shares(places: Sequence[ResolvedPlace], key: str) -> list[int]:
    """Return the part of a report's ``key`` figure counted at each of its places.

    An impact place's figure covers the figures of the report's impact places inside it: the
    place and those inside count ``max(its figure, the sum of theirs)`` together, and the
    place's share is what it adds beyond them. The shares of a report sum to its placed count
    without counting a figure twice.

    Parameters
    ----------
    places : sequence of ResolvedPlace
        One report's places (:attr:`geo.records.Extraction.places`).
    key : str
        One of :data:`geo.records.FACT_KEYS`.

    Returns
    -------
    list of int
        One share per place, in order; 0 for places that are not impacts.

    Examples
    --------
    >>> from geo.records import Span
    >>> region = Place("iso:UA-53", "Poltava Oblast", "admin1", "UA", "UA-53", 49.6, 34.5)
    >>> city = Place("gn:696643", "Poltava", "settlement", "UA", "UA-53", 49.59, 34.55)
    >>> def rp(place, facts):
    ...     return ResolvedPlace("r", place, "impact", 1, 0.9, (Span("x", 0, 1),), facts=facts)
    >>> counted_shares([rp(region, {"killed": 3}), rp(city, {"killed": 2})], "killed")
    [1, 2]
    """
    members = [i for i, rp in enumerate(places) if rp.role == "impact"]
    parent = _parents(places, members)
    children: dict[int, list[int]] = {}
    for child, outer in parent.items():
        children.setdefault(outer, []).append(child)
    combined: dict[int, int] = {}

    def total(i: int) -> int:
        if i not in combined:
            inside = sum(total(c) for c in children.get(i, ()))
            combined[i] = max(place_figure(places[i], key) or 0, inside)
        return combined[i]

    shares = [0] * len(places)
    for i in members:
        shares[i] = total(i) - sum(total(c) for c in children.get(i, ()))
    return shares


def placed_count(ext: Extraction, key: str) -> int:
    """Return the report's ``key`` figure tied to its places (see :func:`counted_shares`)."""
    return sum(counted_shares(ext.places, key))


def report_count(ext: Extraction, key: str) -> int:
    """Return the report's ``key`` count: its stated total, or its placed count when larger.

    Examples
    --------
    >>> from geo.records import Report
    >>> report_count(Extraction(Report("r", "text"), (), {"killed": 4}), "killed")
    4
    """
    return max(int(ext.facts.get(key, 0) or 0), placed_count(ext, key))


def unplaced(ext: Extraction, key: str) -> int:
    """Return the part of the report's ``key`` count that the text ties to no place."""
    return report_count(ext, key) - placed_count(ext, key)
