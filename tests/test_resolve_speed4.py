"""The resolver's shortcuts give the answers of the full passes they replace (see also
test_resolve_speed3.py): each test holds a shortcut against the pass it replaced, written out
here, on texts and rows made for the purpose."""

from __future__ import annotations

import pytest

import geo.places.resolve as resolve
from geo.language.document import read_document
from geo.places.gazetteer import Gazetteer
from geo.records import Place, PlaceMention, Report, Span
from geo.understand.mentions import find_mentions


def _one_sense_in_full(chosen: list) -> list:
    """:meth:`resolve._Resolver.one_sense_per_name` as it was: every row rewritten."""
    best: dict[str, tuple[Place, float]] = {}
    for m, place, confidence, _si in chosen:
        if m.qualifier is None and place.kind in ("settlement", "district"):
            key = resolve._name_key(m.span.text)
            if key not in best or confidence > best[key][1]:
                best[key] = (place, confidence)
    if not best:
        return chosen
    out = []
    for m, place, confidence, si in chosen:
        if m.qualifier is None and place.kind in ("settlement", "district"):
            place, confidence = best[resolve._name_key(m.span.text)]
        out.append((m, place, confidence, si))
    return out


def _place(pid: str, kind: str = "settlement") -> Place:
    return Place(pid, pid, kind, "UA", "UA-63", 49.0, 36.0)


def _row(name: str, start: int, place: Place, confidence: float, qualifier: str | None = None):
    m = PlaceMention(Span(name, start, start + len(name)), (place,), qualifier)
    return (m, place, confidence, start // 100)


_ROWS = [
    [],
    [_row("Kharkiv", 0, _place("a"), 0.9)],
    [_row("Kharkiv", 0, _place("a"), 0.6), _row("Kharkiv", 120, _place("b"), 0.9)],
    [_row("Kharkiv", 0, _place("a"), 0.9), _row("kharkiv", 120, _place("b"), 0.9)],
    [_row("Kharkiv", 0, _place("a"), 0.7), _row("Kharkiv", 50, _place("b"), 0.7, "region")],
    [_row("Kharkiv", 0, _place("a", "admin1"), 0.7), _row("Kharkiv", 50, _place("b"), 0.6)],
    [
        _row("Izium", 0, _place("i"), 0.8),
        _row("Balakliia", 30, _place("b1"), 0.55),
        _row("Izium", 130, _place("j"), 0.95),
        _row("Balakliia", 230, _place("b2"), 0.6),
        _row("Kyiv", 250, _place("k", "admin1"), 0.99),
    ],
    [_row("Sumy", 0, _place("s"), 0.8), _row("Ochakiv", 10, _place("o", "district"), 0.8)],
]


@pytest.mark.parametrize("rows", _ROWS)
def test_one_sense_per_name_as_every_row_rewritten(rows: list) -> None:
    assert resolve._Resolver.one_sense_per_name(list(rows)) == _one_sense_in_full(list(rows))


@pytest.mark.parametrize(
    "text",
    [
        "Drones hit Kharkiv. Later Kharkiv and Izium were shelled; Izium lost power.",
        "Shelling hit Mykolaivka and Ivanivka overnight. Mykolaivka in Donetsk region burned.",
        "A missile struck Dnipro.",
        "Дрони атакували Полтаву. Полтаву знову атакували вночі, а в Сумах пожежа.",
    ],
)
def test_one_sense_per_name_on_a_report(gaz: Gazetteer, text: str) -> None:
    doc = read_document(text, "en")
    mentions = find_mentions(text, gaz, "en", doc=doc)
    res = resolve._Resolver(Report("r", text), mentions, gaz, doc)
    chosen = res.choose_all()
    assert chosen
    assert res.one_sense_per_name(list(chosen)) == _one_sense_in_full(list(chosen))
