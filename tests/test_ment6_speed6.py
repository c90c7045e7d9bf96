"""The sixth speed pass's shortcuts in finding mentions and choosing candidates read exactly
what the full readings they replace read.

Each test holds a shortcut against the step-by-step reading it stands for, written out here,
over texts and places written for the purpose.
"""

from __future__ import annotations

import re
import sys

import pytest

import geo.places.resolve as resolve
from geo.language.document import read_document
from geo.places.gazetteer import Gazetteer
from geo.records import Place, PlaceMention, Span
from geo.understand import mentions
from geo.understand.mentions import _NOT_PLACE_AFTER, _QUALIFIERS, _Finder, _word_key

from .mentions_reference import FullListFinder

_EN_TEXTS = (
    "Explosions hit Kharkiv region overnight; the Kharkiv\nregion governor said Sumy Oblast "
    "and Kharkiv's region were shelled. Moscow time, Minsk Protocol, Istanbul "
    "Declaration and Normandy format talks; Moscow Time's rival, Minsk PROTOCOL, Kyiv "
    "city and Odesa district, Dnipro raion, Lviv-region, Poltava  region, Kherson "
    "Oblasts, the Zaporizhzhia and Donetsk regions, Kryvyi Rih District. Officials in "
    "Odesa's community, Uman's city council and Lviv's municipality said.",
    "Drones struck Rostov-on-Don and Belgorod. Minsk agreements; Paris Accords; Geneva "
    "Convention; Kyiv Patriarchate; Vienna's declaration; Kyiv time; Odesa's port.",
)
_UK_TEXT = "Уночі дрони атакували Харків і Суми, у Харківській області пошкоджено будинки."


def _finder(gaz: Gazetteer, text: str, lang: str = "en") -> _Finder:
    return _Finder(read_document(text, lang), gaz)


def test_every_not_place_word_is_its_own_key_in_any_case() -> None:
    for word in _NOT_PLACE_AFTER:
        for form in (word, word.title(), word.upper(), word[0] + word[1:].upper()):
            assert _word_key(form) in _NOT_PLACE_AFTER, form


@pytest.mark.parametrize("text", [*_EN_TEXTS, _UK_TEXT])
def test_followed_by_not_place_as_the_next_word_read_in_full(gaz: Gazetteer, text: str) -> None:
    finder = _finder(gaz, text, "uk" if text is _UK_TEXT else "en")
    hits = 0
    for i in range(len(finder.word)):
        for n in (1, 2):
            full = i + n <= len(finder.word) and finder.next_word(i, n) in _NOT_PLACE_AFTER
            assert finder.followed_by_not_place(i, n) == full, (finder.word[i], n)
            hits += full
    assert hits >= (0 if text is _UK_TEXT else 4)


class _FullFinder(_Finder):
    """The finder with :meth:`accept` as first written: the gap read before the qualifier."""

    def accept(self, i: int, n: int, candidates: tuple[Place, ...]) -> int:
        last = i + n - 1
        end_word = last
        qualifier = None
        consumed = n
        j = i + n
        if j < len(self.word) and self.space_between(last, j) and not self.possessive[last]:
            q = _QUALIFIERS.get(self.bare[j].lower())
            if q is not None:
                qualifier = q
                end_word = j
                consumed += 1
        start = self.start[i]
        end = self.end[end_word] if qualifier else self.start[last] + len(self.bare[last])
        span = Span(self.text[start:end], start, end)
        self.mentions.append(PlaceMention(span, candidates, qualifier))
        return i + consumed


@pytest.mark.parametrize("text", _EN_TEXTS)
def test_accept_reads_the_qualifier_as_in_full(gaz: Gazetteer, text: str) -> None:
    got = _finder(gaz, text).run()
    full = _FullFinder(read_document(text, "en"), gaz).run()
    assert got == full
    if text is _EN_TEXTS[0]:  # the cases the order of the tests matters for are in it
        qualifiers = [m.qualifier for m in got]
        assert "region" in qualifiers and "raion" in qualifiers
        assert any(m.span.text == "Kharkiv" for m in got)  # "Kharkiv\nregion"
        assert any(m.span.text == "Odesa" for m in got)  # "Odesa's community"


_UNKNOWN_TEXTS = (
    "Shelling in Bilozerka and near Tokarivka; Ukraine's forces outside Zmiivka, from "
    "Velykyi Burluk, at Kupiansk. The village of Hrakove, the outskirts of Vovchansk, "
    "district of Chuhuiv, the Pokrovsk direction, areas of Siversk, vicinity of Toretsk.",
    "x_in Foo, 2in Bar, éin Baz, Київin Qux, in_Zed, main Road, Berlin Wall, margin Note, "
    "(in Stepove) [near Orikhiv] in\tHuliaipole, nearby Tavriisk, tin Mine, at\nKherson.",
    "in Kyiv",
    "",
)


def test_unknown_matches_after_every_character() -> None:
    """A cue after each character of the Basic Multilingual Plane (and a sample of the
    rest) is found as by ``finditer``."""
    codes = [*range(0xD800), *range(0xE000, 0x10000), *range(0x10000, sys.maxunicode + 1, 97)]
    for code in codes:
        text = chr(code) + "in Kyiv"
        got = [m.span() for m in mentions._unknown_matches(text)]
        assert got == [m.span() for m in mentions._UNKNOWN_RE.finditer(text)], hex(code)


@pytest.mark.parametrize("text", _UNKNOWN_TEXTS)
def test_unknown_matches_as_finditer(text: str) -> None:
    got = [(m.span(), m.group()) for m in mentions._unknown_matches(text)]
    full = [(m.span(), m.group()) for m in mentions._UNKNOWN_RE.finditer(text)]
    assert got == full


def test_word_boundary_test_agrees_with_the_regex_for_every_character() -> None:
    """The cue is kept when the character before it is no word character: as ``\\b``."""
    boundary = re.compile(r"\bin")
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue
        word_char = ch.isalnum() or ch == "_"
        assert (boundary.match(ch + "in", 1) is None) == word_char, hex(code)


def _place(pid: str, lat: float | None, lon: float | None) -> Place:
    return Place(pid, pid, "settlement", "UA", "UA-63", lat, lon, 1000, None)


def _near_by_brute_force(anchors: list[tuple[str, Place]], place: Place, key: str) -> bool:
    if place.lat is None or place.lon is None:
        return False
    return any(k != key and resolve._km(a, place) < 60.0 for k, a in anchors)


@pytest.mark.parametrize("count", [0, 1, 3, resolve._FLAT_ANCHORS + 8])
def test_near_with_bounds_answers_as_every_anchor_compared(count: int) -> None:
    anchors = [
        (f"a{k % 3}", _place(f"gn:{k}", 47.0 + 0.37 * k, 30.0 + 0.61 * k)) for k in range(count)
    ]
    anchors.append(("nowhere", _place("gn:none", None, None)))
    places = [
        _place(f"p{a}:{b}", 44.0 + 0.25 * a, 25.0 + 0.25 * b)
        for a in range(0, 80)
        for b in range(0, 120, 3)
    ]
    places += [_place("far", -33.9, 151.2), _place("west", 38.9, -77.0), _place("x", None, 30)]
    index = resolve._Anchors(anchors)
    near = 0
    for place in places:
        for key in ("a0", "a1", "other"):
            full = _near_by_brute_force(anchors, place, key)
            assert index.near(place, key) == full, (place, key)
            near += full
    assert near >= (10 if count else 0)
    if count:  # one cell of latitude and three of longitude around the first anchor's
        assert index.bounds[0::2] == (47 - 1, 30 - 3)


_LIST_TEXTS = (
    "Russia attacked 10 oblasts: Kharkiv, Sumy and Poltava. The regions of Odesa and "
    "Mykolaiv, the districts of Nikopol and Marhanets, REGIONS OF Kherson; raions: Izium.",
    "Strikes hit several regions overnight, a long way from here, and then Kharkiv. "
    "Districts\nof Sumy, provinces of the Kursk, OBLASTS: Bryansk and Belgorod.",
    "The \u212aelvin oblasts: Kharkiv, Sumy; regions of Odesa and Mykolaiv.",  # no lower case
    "Drones hit Kharkiv and Sumy.",
    # a head word that starts exactly 40 characters before the name; heads close together
    "Strikes on regions:" + " " * 32 + "Kharkiv, regions of Lviv, regions of Rivne.",
    "Strikes on regions of Sumy" + "; and the attack went on, and " + "regions of Rivne.",
)


@pytest.mark.parametrize("text", _LIST_TEXTS)
def test_announced_lists_as_every_head_searched(gaz: Gazetteer, text: str) -> None:
    got = _finder(gaz, text).run()
    full = FullListFinder(read_document(text, "en"), gaz).run()
    assert got == full
    if text is _LIST_TEXTS[0]:
        assert sum(m.qualifier in ("region", "raion") for m in got) >= 6
    if text is _LIST_TEXTS[-1]:
        assert [m.qualifier for m in got] == ["region", "region"]
