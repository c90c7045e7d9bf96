"""Kinds of report found failing in the twentieth pass: the Air Force's long list of the
places drones came from, with abbreviations and the occupied Crimea after a dash; names of a
feminine noun of the soft stem in a case the dictionary does not know ("з району Навлі"); a
drone or its debris that fell on a place; "н.п." before a settlement's name; a count shot down
"of them". Every text here was written for these tests."""

from __future__ import annotations

import pytest

from geo.language.text import sentence_spans
from geo.places.gazetteer import Gazetteer
from geo.places.resolve import extract_report
from geo.records import Report
from geo.understand.facts import extract_facts


def roles(text: str, gaz: Gazetteer) -> dict[str, str]:
    """name -> role of every place of ``text``."""
    return {p.place.name: p.role for p in extract_report(Report("t", text), gaz).places}


def test_a_long_list_of_directions_with_abbreviations_is_all_launch_areas(
    gaz: Gazetteer,
) -> None:
    text = (
        "У ніч на 4 квітня ворог атакував 70 ударними БпЛА з напрямків: Брянськ, Курськ, Орел, "
        "Льгов, Міллерово, Суджа, Навля, Приморсько-Ахтарськ, Єйськ, м. Джанкой – ТОТ АР Крим, "
        "Гвардійське, м. Чауда – ТОТ АР Крим. Зафіксовано влучання у Полтаві."
    )
    got = roles(text, gaz)
    assert got["Hvardiyske"] == "launch"
    assert got["Crimea"] == "launch"
    assert got["Dzhankoy"] == "launch"
    assert got["Cape Chauda"] == "launch"  # a cape the gazetteer has from curated.py
    assert got["Poltava"] == "impact"
    assert [name for name, role in got.items() if role == "impact"] == ["Poltava"]


def test_a_launch_area_after_z_rayonu_is_taken_however_far(gaz: Gazetteer) -> None:
    text = "Вночі росіяни запустили 12 дронів з району Шаталово. Уражено склад у Сумах."
    assert roles(text, gaz) == {"Shatalovo": "launch", "Sumy": "impact"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Ракети було випущено з району Навлі Брянської області.", "Navlya", "launch"),
        ("Ночью беспилотник атаковал Навлю, повреждена котельная.", "Navlya", "impact"),
        ("Взрыв прогремел в Навле, выбиты окна в двух домах.", "Navlya", "impact"),
        ("Дрони запущено з Обояні.", "Oboyan’", "launch"),
    ],
)
def test_a_soft_feminine_name_in_a_case_the_dictionary_lacks(
    text: str, name: str, role: str, gaz: Gazetteer
) -> None:
    assert roles(text, gaz).get(name) == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Беспилотник упал во дворе частного дома в Клинцах, пострадавших нет.", "Klintsy"),
        ("Уночі дрон упав на дах гаража в Ромнах.", "Romny"),
        ("Беспилотник рухнул на крышу склада в Новозыбкове.", "Novozybkov"),
    ],
)
def test_a_weapon_that_fell_on_a_place_is_a_strike_there(
    text: str, name: str, gaz: Gazetteer
) -> None:
    assert roles(text, gaz)[name] == "impact"


def test_falling_without_a_weapon_is_no_strike(gaz: Gazetteer) -> None:
    assert roles("Курс рубля упал после совещания в Москве.", gaz)["Moscow"] == "mention"


@pytest.mark.parametrize(
    ("text", "launch", "target", "role"),
    [
        ("Ворожі дрони летіли з боку Бєлгорода на Харківщину.", "Belgorod", "Kharkiv Oblast",
         "mention"),
        ("Со стороны Курской области в направлении Сумщины летели дроны.", "Kursk Oblast",
         "Sumy Oblast", "impact"),
    ],
)  # fmt: skip
def test_a_course_ends_the_list_of_where_drones_came_from(
    text: str, launch: str, target: str, role: str, gaz: Gazetteer
) -> None:
    got = roles(text, gaz)
    assert got[launch] == "launch"
    assert got[target] == role


def test_n_p_before_a_settlement_ends_no_sentence(gaz: Gazetteer) -> None:
    # "н.п." (a settlement): the General Staff's abbreviation before a place's name
    text = "Підтверджено ураження складу пального в районі н.п. Приморсько-Ахтарськ."
    assert roles(text, gaz)["Primorsko-Akhtarsk"] == "impact"
    assert sentence_spans("Бої тривали біля н.п. Кринки. Ворог відступив.") == [(0, 29), (30, 46)]


@pytest.mark.parametrize(
    ("text", "intercepted"),
    [
        ("Окупанти випустили по Херсонщині 17 дронів, сили ППО знищили 12 з них.", 12),
        ("Противник выпустил 30 беспилотников, ПВО сбила 25 из них.", 25),
        ("Ворог запустив 9 ракет, з них 7 збито над Київщиною.", 7),
        ("Всего враг выпустил 14 дронов, из них 11 уничтожены.", 11),
    ],
)
def test_a_count_shot_down_of_them(text: str, intercepted: int) -> None:
    assert extract_facts(text).get("intercepted") == intercepted
