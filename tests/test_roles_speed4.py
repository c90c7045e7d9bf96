"""The role rules' shortcuts give the answers of the full readings they replace.

Each test holds a shortcut against the reading it spares, written out here, on texts made for
the purpose, so that a shortcut that changed an answer fails.
"""

from __future__ import annotations

import pytest

from geo.language import morphology
from geo.understand import roles_uk_ru
from geo.understand.roles_uk_ru import (
    _ALERT_LEMMAS,
    _ALERT_STEMS,
    _lemma_set,
    _may_hold_alert,
    _may_name_hospital,
)


@pytest.mark.parametrize(("lemma", "lang"), [("тривога", "uk"), ("тревога", "ru")])
def test_every_form_of_an_alert_lemma_holds_a_stem(lemma: str, lang: str) -> None:
    """Every form the dictionary knows of the alert lemmas holds one of the stems."""
    forms = {f.word for p in morphology._analyser(lang).parse(lemma) for f in p.lexeme}
    assert len(forms) > 5
    for form in forms:
        assert _may_hold_alert(form), form
    assert all(stem not in "повітряна атака" for stem in _ALERT_STEMS)


@pytest.mark.parametrize(
    ("lemma", "lang"),
    [
        ("лікарня", "uk"),
        ("госпіталь", "uk"),
        ("медзаклад", "uk"),
        ("больница", "ru"),
        ("госпиталь", "ru"),
        ("медучреждение", "ru"),
    ],
)
def test_every_form_of_a_hospital_lemma_holds_a_stem(lemma: str, lang: str) -> None:
    forms = {f.word for p in morphology._analyser(lang).parse(lemma) for f in p.lexeme}
    assert len(forms) > 5
    for form in forms:
        assert _may_name_hospital([form]), form
    assert not _may_name_hospital(["лікувати", "госпо", "больно"])


_CLAUSES = [
    "У Києві оголошено повітряну тривогу, вибухів не було",
    "Повітряна тривога тривала три години в Сумах",
    "Під час тривоги дрони атакували Харків",
    "Лунає сирена, тривожно в Одесі",
    "після тривоги у Полтаві",
    "Воздушная тревога объявлена в Белгороде",
    "В Курске ТРЕВОГА, взрывов не слышно",
    "Отбой тревоги в Брянске",
    "Дрони атакували Полтаву вночі",
    "Беспилотники сбиты над Курской областью",
    "у селі Тривожне пошкоджено будинок",
    "Тревожный день в Ростове",
    "Трёвога в Липецке",
    "неперевірена тривогонька у Львові",
    "Поранених доставили до лікарні в Сумах",
]


@pytest.mark.parametrize("clause", _CLAUSES)
@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_a_clause_without_a_stem_has_no_alert_lemma(clause: str, lang: str) -> None:
    """Where the shortcut skips the clause's lemmas, they hold no alert lemma."""
    lemmas = _lemma_set(clause, lang)
    if lemmas & _ALERT_LEMMAS:
        assert _may_hold_alert(clause)
    if not _may_hold_alert(clause):
        assert not lemmas & _ALERT_LEMMAS


def _decide_in_full(sentence: str, offset: int, end: int, lang: str) -> tuple[str, str]:
    """decide_role_uk_ru with the shortcuts taken out (the clause's and the near words'
    lemmas always read)."""
    alert, hospital = roles_uk_ru._may_hold_alert, roles_uk_ru._may_name_hospital
    gates = roles_uk_ru._clause_gates
    roles_uk_ru._may_hold_alert = roles_uk_ru._may_name_hospital = lambda text: True
    roles_uk_ru._clause_gates = lambda clause: (True,) * 5
    try:
        return roles_uk_ru.decide_role_uk_ru(
            sentence, offset, end, kind="settlement", qualifier=None, lang=lang
        )
    finally:
        roles_uk_ru._may_hold_alert, roles_uk_ru._may_name_hospital = alert, hospital
        roles_uk_ru._clause_gates = gates


_SENTENCES = [
    ("У Сумах оголошено повітряну тривогу.", "Сумах", "uk"),
    ("Під час тривоги дрони атакували Харків.", "Харків", "uk"),
    ("Тривога у Львові, вибухів не було.", "Львові", "uk"),
    ("Дрони атакували Полтаву.", "Полтаву", "uk"),
    ("Вночі у Конотопі було тихо.", "Конотопі", "uk"),
    ("В Курске объявлена воздушная тревога.", "Курске", "ru"),
    ("Беспилотники сбиты над Белгородом во время тревоги.", "Белгородом", "ru"),
    ("В Брянске спокойно.", "Брянске", "ru"),
    ("Поранених доставили до лікарні Сум.", "Сум", "uk"),
    ("Постраждалого госпіталізували в лікарню у Конотопі.", "Конотопі", "uk"),
    ("Раненых доставили в больницу Белгорода.", "Белгорода", "ru"),
    ("Раненых доставили в госпиталь в Курске, там пожар.", "Курске", "ru"),
    ("Лікарі Харкова рятують поранених.", "Харкова", "uk"),
]


@pytest.mark.parametrize(("sentence", "name", "lang"), _SENTENCES)
def test_decision_as_with_every_clause_read(sentence: str, name: str, lang: str) -> None:
    at = sentence.index(name)
    full = _decide_in_full(sentence, at, at + len(name), lang)
    fast = roles_uk_ru.decide_role_uk_ru(
        sentence, at, at + len(name), kind="settlement", qualifier=None, lang=lang
    )
    assert fast == full
