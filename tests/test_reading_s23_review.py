"""Readings the twentieth pass's first rules broke on sentences of other shapes, found by a
review that ran both trees on sentences of its own; each is guarded here. Every text here was
written for these tests."""

from __future__ import annotations

import pytest

from geo.places.gazetteer import Gazetteer
from geo.places.resolve import extract_report
from geo.records import Report
from geo.understand.facts import extract_facts


def _read(text: str, gaz: Gazetteer) -> dict[str, tuple[str, dict[str, int]]]:
    ex = extract_report(Report("t", text), gaz)
    return {p.place.name: (p.role, p.facts) for p in ex.places}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # items of a list that each tell their own place are not one sentence
        (
            "Підсумки ночі:\n— Полтава: загинули 2 людини\n— Кременчук: поранено 4 особи",
            {"Poltava": ("impact", {"killed": 2}), "Kremenchuk": ("impact", {"wounded": 4})},
        ),
        (
            "Overnight:\n- Kherson: a drone hit a bus, killing 3\n- Mykolaiv: air raid alert only",
            {"Kherson": ("impact", {"killed": 3}), "Mykolaiv": ("mention", {})},
        ),
        # "н.п." after a count ends its sentence
        (
            "Ворог обстріляв 7 н.п. У Львові оголошено тривогу, вибухів не було.",
            {"Lviv": ("mention", {})},
        ),
        # a city's governor speaking of "the city" keeps the city
        (
            "Odesa Governor Oleh Kiper said two people were injured in the city.",
            {"Odesa": ("impact", {"wounded": 2})},
        ),
        # a hospital struck is a place struck
        (
            "A Russian drone struck a hospital in Sumy, wounding 6 people.",
            {"Sumy": ("impact", {"wounded": 6})},
        ),
        # explosions heard with harm told in the same sentence
        (
            "Explosions were heard in Poltava, where a drone slammed into a warehouse.",
            {"Poltava": ("impact", {})},
        ),
        # an official of the place naming the attack on it
        (
            "В Запорожье мэр Иван Федоров назвал эту атаку самой жестокой за месяц.",
            {"Zaporizhzhia": ("impact", {})},
        ),
        # a region's rescuers at work in a city, not a seat
        (
            "Рятувальники ДСНС у Полтаві гасять пожежу після нічного удару.",
            {"Poltava": ("impact", {})},
        ),
        # a city without power after a strike told after its name
        (
            "У Полтаві немає світла після ракетного удару по енергетичній інфраструктурі.",
            {"Poltava": ("impact", {})},
        ),
        # the object of "strike on" does not act
        (
            "A missile strike on Kharkiv hit energy infrastructure, cutting power to thousands.",
            {"Kharkiv": ("impact", {})},
        ),
    ],
)
def test_review_guards(
    text: str, expected: dict[str, tuple[str, dict[str, int]]], gaz: Gazetteer
) -> None:
    got = _read(text, gaz)
    assert {name: got.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Медведев пригрозил запустить ракеты по Одессе.", "Odesa", "mention"),
        ("Росія може випустити ракети по Житомиру, попереджає розвідка.", "Zhytomyr", "mention"),
        ("Ранее ВСУ никогда не запускали дроны по Туле.", "Tula", "mention"),
        # "на" + a place where the launch sites are, not a course
        ("Дрони були запущені з аеродромів на території Криму.", "Crimea", "launch"),
        ("Дроны были запущены с аэродрома на Кубани.", "Krasnodar Krai", "launch"),
        # a denial followed by the sentence's own account of the harm
        (
            "Kyiv dismissed Russian claims that it had fired at civilians, saying Russian "
            "missiles killed three people in Kharkiv.",
            "Kharkiv",
            "impact",
        ),
        # a rumour of casualties called fake, not the strike
        ("Взрывы в Белгороде: слухи о погибших — фейк, заявил губернатор.", "Belgorod", "impact"),
        # a plane intercepted over a sea is no strike
        (
            "Polish jets intercepted a Russian spy plane over the Baltic Sea.",
            "Baltic Sea",
            "mention",
        ),
        # a region named for its governor after a launch place
        (
            "Drones were launched from the direction of Bryansk, Bryansk region governor "
            "Alexander Bogomaz said.",
            "Bryansk Oblast",
            "mention",
        ),
    ],
)
def test_review_guards_roles(text: str, name: str, role: str, gaz: Gazetteer) -> None:
    got = _read(text, gaz)
    assert got.get(name, ("absent", {}))[0] == role


def test_twenty_of_the_drones_jammed_is_not_the_total() -> None:
    text = "Of the 90 drones launched, 60 were shot down and 20 of the drones were jammed."
    assert extract_facts(text)["intercepted"] == 60


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a column of houses destroyed is no count of drones shot down
        (
            "| Region | Houses destroyed | Killed |\n|---|---|---|\n| Sumy Oblast | 9 | 1 |\n",
            {"Sumy Oblast": ("impact", {"killed": 1})},
        ),
        # a cell of what happened that tells only an alert tells no hit
        (
            "| Область | Наслідки | Поранені |\n|---|---|---|\n| Волинська | тривога | 0 |\n"
            "| Одеська | пошкоджено порт | 2 |\n",
            {"Volyn Oblast": ("mention", {}), "Odesa Oblast": ("impact", {"wounded": 2})},
        ),
        # Kyiv in a column of regions is the city, not Kyiv Oblast
        (
            "| Region | Drones shot down |\n|---|---|\n| Kyiv | 14 |\n| Kyiv Oblast | 6 |\n",
            {
                "Kyiv": ("impact", {"intercepted": 14}),
                "Kyiv Oblast": ("impact", {"intercepted": 6}),
            },
        ),
        # a date in a figure's cell is no figure
        (
            "| Регион | Пострадавшие |\n|---|---|\n| Курская | 12 июня |\n"
            "| Белгородская | 2 ранены |\n",
            {"Belgorod Oblast": ("impact", {"wounded": 2})},
        ),
    ],
)
def test_review_guards_tables(
    text: str, expected: dict[str, tuple[str, dict[str, int]]], gaz: Gazetteer
) -> None:
    got = _read(text, gaz)
    assert {name: got.get(name) for name in expected} == expected
