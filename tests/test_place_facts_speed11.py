"""The shortcuts of reading casualty lists per place give what the full reading gives: the
elided items read only the groups whose kind is asked, and house numbers are looked for only
where one may stand. Every text here was written for these tests."""

from __future__ import annotations

import random

import pytest

from geo.understand import place_facts as pf
from geo.understand.facts import extract_facts

_UK = ("Полтаві", "Кременчуці", "Лубнах", "Миргороді", "Гадячі")
_RU = ("Курске", "Рыльске", "Льгове", "Судже", "Обояни")
_EN = ("Poltava", "Kremenchuk", "Lubny", "Myrhorod", "Hadiach")
_ITEMS = {
    "uk": (
        "у {p} поранено {n} людей",
        "у {p} – {n}",
        "у {p} ще {n}",
        "у {p} пошкоджено {n} будинки",
        "у {p} загинули {n} людини",
        "у {p} без постраждалих",
        "{n} загиблих у {p}",
        "ще {n} у {p}",
    ),
    "ru": (
        "в {p} ранены {n} человека",
        "в {p} – {n}",
        "в {p} еще {n}",
        "в {p} повреждены {n} дома",
        "в {p} погибли {n} человека",
        "в {p} обошлось без пострадавших",
        "{n} погибших в {p}",
        "и {n} в {p}",
    ),
    "en": (
        "{n} people were injured in {p}",
        "{n} in {p}",
        "another {n} in {p}",
        "{n} houses were damaged in {p}",
        "{n} were killed in {p}",
        "nobody was hurt in {p}",
        "shelling killed {n} in {p}",
        "and {n} in {p}",
    ),
}
_PLACES = {"uk": _UK, "ru": _RU, "en": _EN}


def _reference(shape: pf._List, lang: str) -> tuple[dict[int, dict[str, int]], dict[str, int]]:
    """:func:`place_facts._elided_items` reading every group of the list."""
    out: dict[int, dict[str, int]] = {}
    if len(shape.groups) < 2:
        return out, {}
    whole, bounds = shape.whole, shape.bounds
    if shape.number_first:
        found = pf._counts_before(shape, lang)
        counts = {k0: value for k0, k1, value, _at in found if k1 == k0}
    else:
        counts = {k0: pf._count_after(shape, k0, lang) for k0, k1 in shape.groups if k0 == k1}
    counts.pop(shape.groups[0][0], None)
    kind, last, sums, run = None, -1, {}, {}
    for g, (k0, k1) in enumerate(shape.groups):
        if shape.number_first:
            lo, hi = (bounds[k0 - 1][1] if k0 else 0), bounds[k1][1]
        else:
            lo = pf._with_preposition(whole, bounds[k0][0])
            hi = len(whole)
            if k1 + 1 < len(bounds):
                hi = pf._with_preposition(whole, bounds[k1 + 1][0])
        read = extract_facts(whole[lo:hi], lang)
        if g == 0 and lo and "killed" not in read and "wounded" not in read:
            read = extract_facts(whole[:hi], lang)  # the figure named before the first place
        kinds = [key for key in ("killed", "wounded") if key in read]
        value = counts.get(k0) if kind is not None and k0 == last + 1 else None
        if value is not None and not kinds:
            out[shape.marks[k0][2]] = {kind: value}
            run[kind] += value
            sums[kind] = max(sums.get(kind, 0), run[kind])
        else:
            kind = kinds[0] if len(kinds) == 1 else None
            run = {kind: read[kind]} if kind is not None else {}
        last = k1
    return out, sums


def _sentence(rng: random.Random, lang: str) -> tuple[str, list[tuple[int, int, int]]]:
    places = rng.sample(_PLACES[lang], rng.randint(2, 4))
    items = [rng.choice(_ITEMS[lang]).format(p=p, n=rng.randint(1, 9)) for p in places]
    text = ", ".join(items)
    text = text[0].upper() + text[1:] + "."
    marks, at = [], 0
    for idx, place in enumerate(places):
        start = text.index(place, at)
        marks.append((start, start + len(place), idx))
        at = start + len(place)
    return text, marks


@pytest.mark.parametrize("lang", ["uk", "ru", "en"])
def test_elided_items_read_only_what_is_asked_and_give_what_reading_all_gives(lang: str) -> None:
    rng = random.Random(11)
    found = 0
    for _ in range(150):
        text, marks = _sentence(rng, lang)
        shape = pf._list_of(text, 0, marks, lang)
        got = pf._elided_items(shape, lang, {})
        assert got == _reference(shape, lang), text
        found += bool(got[0])
    assert found  # some lists do leave their figures out
