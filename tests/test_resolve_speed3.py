"""The resolver's shortcuts give the answers of the full passes they replace.

Each test holds a shortcut of the resolution stage (an index made on first use, the best rival
only, rows read only when kept, clauses read once, heading regions spread from the first
region on) against the pass it replaced, written out here, so that a shortcut that changed an
answer fails.
"""

from __future__ import annotations

import math
from collections import defaultdict

import pytest

import geo.places.resolve as resolve
from geo.language.document import read_document
from geo.places.gazetteer import Gazetteer
from geo.records import Place, Report
from geo.understand.damage import (
    attacker_of,
    damage_kinds,
    located_attacker,
    named_attacker,
    names_damage,
)
from geo.understand.mentions import find_mentions

from .resolve_reference import ranked_in_full

_TEXT = (
    "Kherson region.\n"
    "Shelling hit Mykolaivka and Ivanivka overnight, damaging homes. Drones struck Pokrovske "
    "near Nikopol.\n"
    "In Kyiv, officials said debris fell on Troieshchyna. Novoselivka in Kharkiv region was "
    "hit, and a school burned in Kupiansk; cars burned in Balakliia."
)


def _resolver(gaz: Gazetteer, text: str) -> resolve._Resolver:
    doc = read_document(text, "en")
    mentions = find_mentions(text, gaz, "en", doc=doc)
    return resolve._Resolver(Report("r", text), mentions, gaz, doc)


def test_best_rival_alone_gives_the_confidence_of_every_rival(gaz: Gazetteer) -> None:
    res = _resolver(gaz, _TEXT)
    tried = 0
    for m, si in zip(res.mentions, res.sentence_ids, strict=True):
        if len(m.candidates) < 2:
            continue
        _s0, sentence = res.sentence(si)
        for city in (None, m.candidates[0]):
            got = resolve._ranked(gaz, m, res.ctx, si, sentence, city)
            assert got == ranked_in_full(gaz, m, res.ctx, si, sentence, city)
            tried += 1
    assert tried >= 10  # Kyiv's city and region share a unit: a rival skipped


def _near_by_brute_force(anchors: list[tuple[str, Place]], place: Place, key: str) -> bool:
    return any(k != key and resolve._km(a, place) < 60.0 for k, a in anchors)


@pytest.mark.parametrize("count", [3, resolve._FLAT_ANCHORS + 8])
def test_anchors_made_on_first_use_answer_as_the_full_scan(count: int) -> None:
    anchors = [
        (f"k{i % 5}", Place(f"p{i}", f"P{i}", "settlement", "UA", "UA-63", 49.0 + i * 0.13, 36.0))
        for i in range(count)
    ]
    anchors.append(("k0", Place("noloc", "NoLoc", "settlement", "UA", "UA-63", None, None)))
    index = resolve._Anchors(anchors)
    assert "cells" not in index.__dict__  # nothing read before the first question
    assert (index.flat is None) is (count > resolve._FLAT_ANCHORS)
    for i in range(0, 80, 3):
        place = Place(f"q{i}", "Q", "settlement", "UA", "UA-63", 48.5 + i * 0.07, 36.2, 0, "p1")
        for key in ("k0", "k1", "zz"):
            assert index.near(place, key) is _near_by_brute_force(anchors, place, key)
            parents = {k for k, a in anchors if "p1" in (a.id, a.name)}
            assert index.names_parent(place, key) is (bool(parents) and parents != {key})


def _spread_every_sentence(doc, sentence_admin1: dict[int, set[str]]) -> None:
    """:func:`resolve._spread_headings` as it was: every sentence read."""
    carried: set[str] = set()
    for si in range(len(doc.sentences)):
        sentence = doc.sentence(si)
        if carried and sentence.lstrip()[:1] in "-•🔴⚪":
            carried = set()
        regions = sentence_admin1.get(si)
        if carried:
            if regions is None:
                regions = sentence_admin1[si] = set(carried)
            else:
                regions |= carried
        if regions is not None and (
            (sentence.rstrip().endswith((".", ":")) and len(sentence) < 40) or ":" in sentence[:40]
        ):
            carried = set(regions)


@pytest.mark.parametrize(
    "text",
    [
        "Drones hit a depot.\nSumy region:\nTwo were hurt. A fire broke out.\n- Kharkiv: quiet.\n"
        "Odesa region.\nA port was hit.\n\nNothing else.",
        "A quiet night.\nAnother line.\nKherson region.\nShelling hit a village.\nMore shelling.",
        "Kharkiv region: drones hit a depot.\n• Sumy: a school.\nA line after the list.",
    ],
)
def test_heading_regions_spread_from_the_first_region_as_over_every_sentence(text: str) -> None:
    doc = read_document(text, "en")
    count = len(doc.sentences)
    for first in range(count):
        for second in (None, first + 2):
            given: dict[int, set[str]] = defaultdict(set)
            given[first].add("A")
            if second is not None and second < count:
                given[second].add("B")
            ours = defaultdict(set, {k: set(v) for k, v in given.items()})
            resolve._spread_headings(doc, ours)
            theirs = defaultdict(set, {k: set(v) for k, v in given.items()})
            _spread_every_sentence(doc, theirs)
            assert ours == theirs


_CLAUSES = [
    "drones hit Kharkiv and Sumy overnight",
    "a school burned in Holosiivskyi, and cars burned in Podil",
    "shelling hit Nikopol; a power line was cut in Marhanets",
    "Дрони атакували Харків — вибухи в Сумах",
    "Ukrainian drones struck an oil depot in Tuapse, and Russian missiles hit Odesa",
    "strikes on Kyiv — homes damaged, and a hospital hit",
    "the ſchool in İzmail, and the KELVIN \u212aharkiv depot",
    "",
]


@pytest.mark.parametrize("clause", _CLAUSES)
def test_a_clause_that_names_no_damage_has_none_at_any_offset(clause: str) -> None:
    every = {damage_kinds(clause, offset) for offset in range(len(clause) + 1)}
    every.add(damage_kinds(clause))
    if not names_damage(clause):
        assert every == {()}
    else:  # (a word of damage may stand without a match: "high" without "-rise")
        assert every != {()}


def test_names_damage_tells_the_clauses_apart() -> None:
    assert [names_damage(c) for c in _CLAUSES[:4]] == [False, True, True, False]


def test_clause_readings_agree_with_damage_and_attacker_per_mention() -> None:
    readings = resolve._ClauseReadings()
    for clause in _CLAUSES * 2:  # the second time from what was kept
        for offset in range(0, len(clause) + 1, 3):
            assert readings.damage_at(clause, offset) == damage_kinds(clause, offset)
        for country, admin1 in (("UA", "UA-63"), ("UA", "UA-43"), ("RU", "RU-KDA"), (None, None)):
            expected = attacker_of(clause, country, admin1)
            assert readings.attacker(clause, country, admin1) == expected
            assert (named_attacker(clause) or located_attacker(country, admin1)) == expected


def test_a_place_keeps_the_precision_and_damage_of_its_role_only(gaz: Gazetteer) -> None:
    text = (
        "Officials near Kupiansk said the night was quiet. "
        "A missile hit a school in Kupiansk. "
        "Cars burned in Kupiansk, officials said."
    )
    rows = [p for p in resolve.extract_report(Report("r", text), gaz).places]
    (kupiansk,) = [p for p in rows if p.place.name == "Kupiansk"]
    assert kupiansk.role == "impact"
    assert kupiansk.mention_roles[0] != "impact"  # the officials' seat, "near" it
    assert kupiansk.precision == 1  # from the impacts, not from the seat named near
    assert set(kupiansk.damage) == {"school", "vehicles"}  # from both impact clauses
    assert math.isfinite(kupiansk.confidence)
