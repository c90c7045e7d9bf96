"""Damage kinds read with one pattern per kind give the answers of one pattern of all kinds.

:func:`geo.understand.damage.damage_kinds` once compiled a pattern for each set of kinds a
clause's words pointed to (compiling costs far more than reading a clause); it now reads each
kind's own pattern, compiled once, on the clause in lower case, and works out which kind the
pattern of all of them, ignoring case, would take at each place. The tests hold that against
the pattern of all kinds, written out here, on texts made to put the words of several kinds in
each other's way.
"""

from __future__ import annotations

import itertools
import random
import re

import pytest

from geo.understand import damage


def _all_kinds_pattern() -> re.Pattern[str]:
    """The pattern of every kind, a group named after each, as damage_kinds once read."""
    return re.compile(
        "|".join(
            rf"\b(?P<{k}>" + "|".join(damage._DAMAGE_WORDS[k]) + r")\b" for k in damage.DAMAGE_KINDS
        ),
        re.IGNORECASE,
    )


_ALL = _all_kinds_pattern()


def _full_reading(clause: str) -> tuple[str, ...]:
    """The kinds the pattern of all kinds finds in ``clause``, in kind order."""
    found = {m.lastgroup for m in _ALL.finditer(clause)}
    return tuple(k for k in damage.DAMAGE_KINDS if k in found)


# words of several kinds that overlap or touch: "power station" (energy, railway), "oil depot"
# (refinery, railway), "power plant" (energy, industrial), "military depot", "air base"
_PIECES = [
    "power station",
    "power plant",
    "oil depot",
    "fuel depot",
    "military depot",
    "depot",
    "station",
    "plant",
    "air base",
    "airfield",
    "bus station",
    "train station",
    "grain silo",
    "oil terminal",
    "terminal",
    "port",
    "ports",
    "nine-storey",
    "storey",
    "-storey",
    "multi storey",
    "high-rise",
    "private house",
    "house",
    "homes",
    "school",
    "schools",
    "kindergarten",
    "medical",
    "hospital",
    "embassy",
    "consulate",
    "cars",
    "minibus",
    "buses",
    "tram",
    "industrial",
    "warehouse",
    "substation",
    "boiler",
    "gas pipeline",
    "military base",
    "ammunition",
    "air-defence battery",
    "railway",
    "rail",
    "ſchool",
    "carport",
    "busy",
    "schoolyard",
    "power",
    "military",
    "oil",
    "grain",
]
_GLUE = [" ", " and ", ", ", "-", "_", " the ", "; ", " in Kyiv ", "/", " a "]


def _texts(count: int, seed: int) -> list[str]:
    """Clauses of a few pieces each, joined by words, marks, dashes and underscores."""
    rnd = random.Random(seed)
    out = []
    for _ in range(count):
        parts = [rnd.choice(_PIECES) for _ in range(rnd.randint(1, 6))]
        text = rnd.choice(["", "Drones hit ", "A ", "the "])
        for part in parts:
            case = rnd.choice([str.upper, str.title, str.lower, str.lower])
            text += case(part) + rnd.choice(_GLUE)
        out.append(text.strip())
    return out


_WRITTEN = [
    "A drone hit a power station and a train station in Kyiv",
    "Debris fell on an oil depot near the railway depot",
    "The power plant and the industrial plant were damaged",
    "Shelling hit a nine-storey building, cars and a bus station",
    "Fire at the military depot; the air base was struck",
    "a school-yard; car_park, (bus) station and 9-storey homes",
    "Sirens sounded for three hours",
    "Унаслідок атаки пошкоджено будинок і school",
    "fire at the ſchool and the ſtation",
    "FIRE AT THE SCHOOL, THE DEPOT AND THE POWER STATION in Dnipro",
    "the Dotless ı school, a KELVIN \u212aindergarten, an \u0130ndustrial plant",
    "École et Hôpital: the Hospital, the Ünıversity, the cars",
    "grain silos at the port terminal burned",
    "a multi-storey car park",
]


@pytest.mark.parametrize("clause", _WRITTEN + _texts(3000, 7))
def test_kinds_as_the_pattern_of_all_kinds_finds_them(clause: str) -> None:
    assert damage.damage_kinds(clause) == _full_reading(clause)


def test_every_pair_of_pieces_in_both_orders() -> None:
    for a, b in itertools.permutations(_PIECES, 2):
        for glue in (" ", "-", " and "):
            clause = f"{a}{glue}{b}"
            assert damage.damage_kinds(clause) == _full_reading(clause), clause


def test_the_part_of_a_place_is_read_the_same_way() -> None:
    for clause in _texts(300, 11):
        clause = f"{clause}, and cars burned in Podil"
        offset = clause.index("Podil")
        part = clause[clause.rindex(", and ") + len(", and ") :]
        assert damage.damage_kinds(clause, offset) == _full_reading(part)


def test_a_clause_that_names_no_damage_has_no_kinds() -> None:
    for clause in _WRITTEN + _texts(500, 3):
        assert damage.names_damage(clause) or _full_reading(clause) == ()


def test_a_kind_overtaken_by_an_earlier_one_is_not_found() -> None:
    """ "power station": energy takes the words, railway's "station" inside is not found."""
    assert damage.damage_kinds("the power station") == ("energy",)
    assert damage.damage_kinds("the station power") == ("railway",)
