"""Kinds of report mended in the thirtieth pass: Ukrainian raions spelt by the Russian letters
("Tulchinsky district"), the people rescued alive and handed to medics, help one more person
needed, Ukrainian datives of people the dictionary lacks. Every text here was written for
these tests."""

from __future__ import annotations

import pytest

from geo.places.gazetteer import Gazetteer
from tests.conftest import read_report as read

# --- Ukrainian raions as Russian agencies spell them -----------------------------------------


@pytest.mark.parametrize(
    ("text", "raion"),
    [
        ("Drones struck the Tulchinsky district overnight, hitting a substation.", "Tulchyn Raion"),
        ("Shelling hit villages in the Kupyansky district, officials said.", "Kupiansk Raion"),
        ("The Izyumsky district was shelled, Russian-installed officials said.", "Izyum Raion"),
        (  # from the raion's Russian name in the registry
            "Ukraine struck the Krasnogvardeysky district of Crimea with missiles.",
            "Kurman Raion",
        ),
    ],
)
def test_a_raion_spelt_by_the_russian_letters(gaz: Gazetteer, text: str, raion: str) -> None:
    _, places = read(text, gaz)
    assert places[raion][0] == "impact"


def test_a_russian_district_of_the_same_spelling_stays_russian(gaz: Gazetteer) -> None:
    # guard: the region told picks Voronezh's Kamensky district, not a Ukrainian raion
    _, places = read(
        "Drones were downed over the Kamensky district of the Voronezh region, the governor said.",
        gaz,
    )
    assert [p for p in places if "district" in p.lower()] == ["Kamenka district"]


# --- figures: the rescued handed to medics, help needed --------------------------------------


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "Вночі дрон влучив у будинок у Ніжині. З-під завалів дістали двох чоловіків: "
            "одного живим передали медикам, другий загинув.",
            {"killed": 1, "wounded": 1},
        ),
        ("Уранці ворог атакував Шостку. Жінку живою передали медикам.", {"wounded": 1}),
        (
            "Ночью беспилотник попал в дом в Рыльске. Из-под завалов извлекли двоих, одного "
            "живым передали врачам.",
            {"wounded": 1},
        ),
        (
            "Уранці ворог обстріляв Марганець, поранено двох людей. Згодом медична допомога "
            "знадобилася ще одній людині.",
            {"wounded": 3},
        ),
        (
            "Днём ВСУ обстреляли Грайворон, ранены двое. Позже медицинская помощь понадобилась "
            "ещё одному мужчине.",
            {"wounded": 3},
        ),
        (  # guard: help not needed
            "В Валуйках осколками ранен мужчина, госпитализация ему не понадобилась.",
            {"wounded": 1},
        ),
    ],
)
def test_the_rescued_handed_to_medics_and_help_needed(
    gaz: Gazetteer, text: str, facts: dict[str, int]
) -> None:
    got, _ = read(text, gaz)
    assert {k: got[k] for k in ("killed", "wounded") if k in got} == facts


@pytest.mark.parametrize("person", ["людині", "мешканцю", "хлопчикові", "дідусеві"])
def test_a_ukrainian_dative_of_a_person(gaz: Gazetteer, person: str) -> None:
    got, _ = read(
        f"Уранці ворог обстріляв Нікополь. Медична допомога знадобилася одному {person}."
        if person != "людині"
        else "Уранці ворог обстріляв Нікополь. Медична допомога знадобилася одній людині.",
        gaz,
    )
    assert got.get("wounded") == 1


# --- Ukrainian and Russian roles -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "role"),
    [
        (  # a list's later names after a dash
            "Влучання 14 дронів зафіксовано на 6 локаціях — на Сумщині, Полтавщині та Черкащині.",
            "Poltava Oblast",
            "impact",
        ),
        (  # guard: an alert
            "Тривога — на Сумщині, Полтавщині та Черкащині.",
            "Poltava Oblast",
            "mention",
        ),
        (  # a heading whose strike word comes after its first clause
            "Сумщина: балістика по Білопіллю — пошкоджено школу.",
            "Sumy Oblast",
            "impact",
        ),
        (  # the region in brackets after a place before a dash
            "▪️ Дубно (Ровенская обл.) — прилеты по нефтебазе.",
            "Rivne Oblast",
            "impact",
        ),
        (  # an airfield's town before a dash, after the town it lies near
            "▪️ аэродром Староконстантинов под Хмельницким — поражены склады.",
            "Starokostiantyniv",
            "impact",
        ),
        ("Ночью «Герани» отработали по Кременчугу.", "Kremenchuk", "impact"),
        ("▪️ Кременчуг — снова работа «Гераней» по НПЗ.", "Kremenchuk", "impact"),
        (  # guard: the air defence's work
            "Ночью ПВО отработала по целям над Брянском.",
            "Bryansk",
            "mention",
        ),
        (  # a city's district named in the instrumental
            "Дніпро. Над Самарським районом збито два дрони.",
            "Samarskyi district",
            "impact",
        ),
    ],
)
def test_ukrainian_and_russian_roles(gaz: Gazetteer, text: str, place: str, role: str) -> None:
    _, places = read(text, gaz)
    assert places[place][0] == role


@pytest.mark.parametrize(
    "text",
    [
        "Пошкоджено склад, двоє поранених, повідомив Володимир Когут.",
        "Про удари по енергетиці говорив Володимир Зеленський.",
    ],
)
def test_a_given_name_before_a_surname_is_no_town(gaz: Gazetteer, text: str) -> None:
    _, places = read(text, gaz)
    assert "Vladimir" not in places
    assert "Volodymyr-Volynskyi" not in places


def test_the_town_of_a_given_name_with_its_region(gaz: Gazetteer) -> None:
    # guard: the region's adjective after the town's name
    _, places = read("Дрони атакували Володимир Волинської області.", gaz)
    assert places["Volodymyr-Volynskyi"][0] == "impact"


# --- Ukrainian and Russian figures -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Обстріл Бериславу: тракторист отримав контузію.", {"wounded": 1}),
        ("Обстрел Шебекино: двое мужчин контужены.", {"wounded": 2}),
        (
            "Вночі на Полтавщині поранено двох людей, на Харківщині ще чотирьох.\n\n"
            "Разом за ніч: 6 поранених, загиблих немає.",
            {"killed": 0, "wounded": 6},
        ),
        (
            "Враг заявил, что из 48 «Шахедов» сбито 40, из 4 ракет — 3.",
            {"drones": 48, "missiles": 4, "intercepted": 43},
        ),
        (
            "Один беспилотник сбит над Валуйками. Минобороны сообщило о 17 сбитых за ночь "
            "беспилотниках над регионом.",
            {"intercepted": 17},
        ),
    ],
)
def test_ukrainian_and_russian_figures(gaz: Gazetteer, text: str, facts: dict[str, int]) -> None:
    got, _ = read(text, gaz)
    assert {k: got[k] for k in facts if k in got} == facts


def test_a_city_districts_figures_in_the_instrumental(gaz: Gazetteer) -> None:
    _, places = read("Обстріл Херсона: двоє людей контужені.", gaz)
    assert places["Kherson"] == ("impact", {"wounded": 2})
