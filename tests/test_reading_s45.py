"""Kinds of report mended in the thirty-second pass. Every text here was written for these
tests."""

from __future__ import annotations

import pytest

from geo.places.gazetteer import Gazetteer
from geo.understand import facts
from tests.conftest import read_report as read

# --- a person and their kin: "A woman and her son", "жінка та її син" -----------------------


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        ("A woman and her son were killed when a drone hit their flat.", "en", {"killed": 2}),
        ("A pensioner and his wife were injured by the shelling overnight.", "en", {"wounded": 2}),
        (
            "A mother and her three children were hurt when the glass blew in.",
            "en",
            {"wounded": 4},
        ),
        ("The glide bomb killed a farmer and his daughter in the field.", "en", {"killed": 2}),
        (
            "Shelling wounded a nurse and her two sons on their way to the clinic.",
            "en",
            {"wounded": 3},
        ),
        # the first one the object of a verb of its own: only the kin after "and"
        (
            "The drone killed a man and his wife was hurt by glass.",
            "en",
            {"killed": 1, "wounded": 1},
        ),
        ("Пенсіонерка та її чоловік дістали поранення під час обстрілу.", "uk", {"wounded": 2}),
        ("Загинули чоловік і його син, які їхали на велосипедах.", "uk", {"killed": 2}),
        ("Жінка та її двоє дітей зазнали поранень від уламків.", "uk", {"wounded": 3}),
        ("Трое детей и их отец получили ранения при атаке беспилотника.", "ru", {"wounded": 4}),
        ("Пожилой мужчина и его супруга погибли на месте.", "ru", {"killed": 2}),
    ],
)
def test_a_person_and_their_kin_are_counted_together(
    text: str, lang: str, figures: dict[str, int]
) -> None:
    assert facts.extract_facts(text, lang) == figures


def test_kin_counted_at_their_place(gaz: Gazetteer) -> None:
    text = "У Прилуках під час атаки загинули жінка та її онук. У Ніжині поранено водія вантажівки."
    _, places = read(text, gaz)
    assert places["Pryluky"] == ("impact", {"killed": 2})
    assert places["Nizhyn"] == ("impact", {"wounded": 1})


# --- a town the Ukrainian dictionary lists as a noun in -івка, opening its sentence ----------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Дружківка вночі зазнала удару керованими авіабомбами.", "Druzhkivka"),
        ("Костянтинівка знову під обстрілом, пошкоджено лікарню.", "Kostiantynivka"),
        ("Снігурівка опинилася під вогнем артилерії зранку.", "Snihurivka"),
    ],
)
def test_a_town_in_ivka_opening_a_sentence_is_read(gaz: Gazetteer, text: str, place: str) -> None:
    _, places = read(text, gaz)
    assert places[place][0] == "impact"


@pytest.mark.parametrize(
    "text",
    [
        "Домівка родини в Ізюмі згоріла після влучання дрона.",
        "Верхівка тополі впала на дах після вибуху в Ізюмі.",
    ],
)
def test_a_common_noun_in_ivka_is_no_town(gaz: Gazetteer, text: str) -> None:
    _, places = read(text, gaz)
    assert set(places) == {"Izium"}


# --- counts without a verb: a tally's heading, a downing counted apart -----------------------


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        (
            "Підсумки доби: 96 ударних БпЛА та 3 крилаті ракети, збито 81.",
            "uk",
            {"drones": 96, "missiles": 3, "intercepted": 81},
        ),
        (
            "Итоги ночи: 57 беспилотников, 49 уничтожены средствами ПВО.",
            "ru",
            {"drones": 57, "intercepted": 49},
        ),
        (
            "Загалом за тиждень: понад 1100 дронів і 40 ракет різних типів.",
            "uk",
            {"drones": 1100, "missiles": 40},
        ),
        (
            "Итоги недели: 412 беспилотников и 16 ракет.",
            "ru",
            {"drones": 412, "missiles": 16},
        ),
        # no count of its own by the verb of downing: the counts are the downed ones
        ("Над Полтавщиною 6 дронів, над Черкащиною 4 — усі знищено.", "uk", {"intercepted": 10}),
        # no heading of a tally before the colon: no role for the count
        ("Наші новини: 12 дронів у небі над морем.", "uk", {}),
        # the verb of downing before the list: every count of it downed
        (
            "Над Курской областью сбиты 9 беспилотников, 2 авиабомбы и 5 снарядов РСЗО.",
            "ru",
            {"intercepted": 16},
        ),
        # a count with a verb of its own after the downed ones: not launched
        ("Над Черкасами збили 7 дронів, ще три дрони впали в полі.", "uk", {"intercepted": 7}),
    ],
)
def test_counts_of_a_tally_without_a_verb(text: str, lang: str, figures: dict[str, int]) -> None:
    assert facts.extract_facts(text, lang) == figures
