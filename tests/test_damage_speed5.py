"""The damage readings' shortcuts give the answers of the full readings they replace: the
ASCII letters of a text told without the regex engine, and a text without them read no
further. Texts made for the purpose (English, Ukrainian, Russian, mixed)."""

from __future__ import annotations

import re

import pytest

from geo.understand import damage

_ASCII_LETTER = re.compile("[A-Za-z]")


def _names_damage_in_full(clause: str) -> bool:
    """:func:`damage.names_damage` as it was: every clause lowered and read."""
    if not damage._lower_agrees(clause):
        return True
    low = clause.lower()
    if not low.isascii() and not _ASCII_LETTER.search(low):
        return False
    words = (
        low.translate(damage._ASCII_BREAKS).split() if low.isascii() else damage._WORD.findall(low)
    )
    return bool(damage._ALL_KEYWORDS.intersection(words))


def _named_attacker_in_full(text: str) -> str | None:
    """:func:`damage.named_attacker` with both patterns searched whatever the text holds."""
    ua, ru = damage._UA_ATTACK.search(text), damage._RU_ATTACK.search(text)
    if ua and not ru:
        return "UA"
    if ru and not ua:
        return "RU"
    return None


_TEXTS = [
    "Уночі дрони атакували Харків, пошкоджено будинки та автомобілі",
    "Беспилотники атаковали Белгород, повреждены жилые дома",
    "Дрони атакували Одесу — пошкоджено school № 5",
    "Обстріл Херсона: пошкоджено ТЕЦ, 2 поранені",
    "a drone hit a school and set parked cars on fire",
    "Russian drones struck Kharkiv’s power plant — two killed",
    "Ukrainian drones hit an oil depot in Bryansk region",
    "Російські дрони, Ukrainian forces — а також Russia’s missiles",
    "УКРАЇНСЬКІ дрони атакували НПЗ у Туапсе",
    "Kharkiv",
    "Харків",
    "",
    "Дрони атакували Київ, пошкоджено İnstitute",  # dotted capital I: the full reading
    "Удар по Сумах: K-9 поранені",  # Kelvin sign
    "Удар по Сумах: ſchool",  # long s
    "Дрони " * 300 + "пошкодили HOUSE",
    "123 — 456 «№» … ₴",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_ascii_letters_told_as_by_the_pattern(text: str) -> None:
    assert damage._holds_ascii_letter(text) == bool(_ASCII_LETTER.search(text))
    assert damage._holds_ascii_letter(text.lower()) == bool(_ASCII_LETTER.search(text.lower()))


def test_ascii_letters_of_every_character() -> None:
    for code in range(0x3000):
        char = chr(code)
        assert damage._holds_ascii_letter(char) == bool(_ASCII_LETTER.search(char)), code


def test_lower_case_makes_ascii_letters_only_of_the_folds_lower_agrees_looks_for() -> None:
    """The shortcut reads a text's ASCII letters before lowering it, when it agrees."""
    for code in range(0x30000):
        char = chr(code)
        if damage._lower_agrees(char):
            low = char.lower()
            assert damage._holds_ascii_letter(low) == damage._holds_ascii_letter(char), code


@pytest.mark.parametrize("text", _TEXTS)
def test_names_damage_as_with_every_clause_lowered(text: str) -> None:
    assert damage.names_damage(text) == _names_damage_in_full(text)


@pytest.mark.parametrize("text", _TEXTS)
def test_named_attacker_as_with_both_patterns_searched(text: str) -> None:
    assert damage.named_attacker(text) == _named_attacker_in_full(text)


def test_the_texts_name_damage_and_attackers() -> None:
    assert sum(map(_names_damage_in_full, _TEXTS)) >= 6
    assert {_named_attacker_in_full(t) for t in _TEXTS} >= {"UA", "RU", None}
