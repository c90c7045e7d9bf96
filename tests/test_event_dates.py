"""Event dates: the day a strike happened, read from the text relative to the report's date.
Every text here was written for these tests."""

from __future__ import annotations

import pytest

from geo.events.dates import EventDate, date_cues, impact_dates
from geo.places.gazetteer import Gazetteer
from geo.places.resolve import extract_report
from geo.records import Report

# 2025-07-04 is a Friday.
PUBLISHED = "2025-07-04"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the night just ended, today: the publication date
        ("Drones struck the city overnight.", "2025-07-04"),
        ("A missile hit a depot last night.", "2025-07-04"),
        ("Вночі ворог атакував місто.", "2025-07-04"),
        ("Этой ночью беспилотники атаковали город.", "2025-07-04"),
        ("Сьогодні вранці пролунали вибухи.", "2025-07-04"),
        # the day before
        ("A drone hit a school yesterday.", "2025-07-03"),
        ("Учора ввечері дрон влучив у склад.", "2025-07-03"),
        ("Накануне беспилотник упал на дом.", "2025-07-03"),
        ("Напередодні обстріляли околиці.", "2025-07-03"),
        ("The day before yesterday a bomb fell near the market.", "2025-07-02"),
        ("Позавчера был обстрел.", "2025-07-02"),
        ("Three days ago a drone hit a farm.", "2025-07-01"),
        ("Два дні тому дрон влучив у ферму.", "2025-07-02"),
        # weekdays: the latest such day up to publication
        ("A missile struck the port on Tuesday.", "2025-07-01"),
        ("У вівторок ракета влучила в порт.", "2025-07-01"),
        ("Во вторник ракета попала в порт.", "2025-07-01"),
        ("Shelling killed a man on Friday morning.", "2025-07-04"),
        # nights are dated by the morning that ends them
        ("Drones attacked the city on Wednesday night.", "2025-07-03"),
        ("У ніч проти середи дрони атакували місто.", "2025-07-02"),
        ("В ночь на среду беспилотники атаковали город.", "2025-07-02"),
        ("В ночь со вторника на среду был налет.", "2025-07-02"),
        ("The attack on the night of 2 to 3 July hit homes.", "2025-07-03"),
        ("In the night of July 1-2 drones hit a depot.", "2025-07-02"),
        # explicit dates, the year found from the publication date when missing
        ("A missile hit the port on 2 July.", "2025-07-02"),
        ("On July 2, a missile hit the port.", "2025-07-02"),
        ("2 липня ракета влучила в порт.", "2025-07-02"),
        ("2 июля 2025 года ракета попала в порт.", "2025-07-02"),
        ("Обстріл 02.07.2025 пошкодив будинки.", "2025-07-02"),
        ("The strike of 2024-12-30 damaged a plant.", "2024-12-30"),
        ("A drone hit the plant on 30 December.", "2024-12-30"),
    ],
)
def test_a_cue_dates_the_strike(text: str, expected: str) -> None:
    cues = date_cues(text, PUBLISHED)
    assert cues, text
    assert cues[0].date.isoformat() == expected


@pytest.mark.parametrize(
    "text",
    [
        "Last week a missile hit the port.",
        "Минулого тижня ракета влучила в порт.",
        "На прошлой неделе ракета попала в порт.",
        "In 2023, a missile hit the port.",
    ],
)
def test_a_coarse_recall_names_no_day(text: str) -> None:
    (cue,) = date_cues(text, PUBLISHED)
    assert cue.date is None


@pytest.mark.parametrize(
    "text",
    [
        "The governor said on Tuesday that repairs would take a week.",  # a statement's day
        "Air raid alerts have sounded since 24 February.",  # a period
        "Роботи триватимуть до 5 липня.",
        "Це середа, сприятлива для розвитку.",  # a weekday word that is no day here
        "The ceasefire talks are set for 10 July.",  # after publication: a plan
    ],
)
def test_not_a_strike_date(text: str) -> None:
    assert [c.text for c in date_cues(text, PUBLISHED) if c.date is not None] == []


def _dates(text: str, gaz: Gazetteer, published: str | None = PUBLISHED) -> dict[str, str | None]:
    ex = extract_report(Report("t", text, date=published), gaz)
    dates = impact_dates(ex.report, ex.places)
    return {p.place.name: d.date for p, d in zip(ex.places, dates, strict=True) if d is not None}


def test_each_place_gets_the_date_its_sentence_tells(gaz: Gazetteer) -> None:
    text = (
        "Russian drones struck Kharkiv overnight, wounding four people.\n\n"
        "On Tuesday, a missile strike on Dnipro killed two people, officials said at the time."
    )
    dates = _dates(text, gaz)
    assert dates["Kharkiv"] == "2025-07-04"
    assert dates["Dnipro"] == "2025-07-01"


def test_a_cue_carries_over_its_paragraph(gaz: Gazetteer) -> None:
    text = "On Tuesday, drones attacked Sumy. Debris also fell on houses in Konotop."
    assert _dates(text, gaz) == {"Sumy": "2025-07-01", "Konotop": "2025-07-01"}


def test_a_day_after_recalls_the_day_before(gaz: Gazetteer) -> None:
    text = "Guided bombs hit Bilopillia on Thursday, a day after a missile struck Sumy."
    dates = _dates(text, gaz)
    assert dates["Bilopillia"] == "2025-07-03"
    assert dates["Sumy"] == "2025-07-02"


def test_the_lead_date_holds_in_later_paragraphs(gaz: Gazetteer) -> None:
    text = (
        "Russia attacked Ukraine with drones on Wednesday night, the air force said.\n\n"
        "In Poltava, a drone hit a substation."
    )
    assert _dates(text, gaz)["Poltava"] == "2025-07-03"


def test_a_recalled_attack_of_last_week_is_undated(gaz: Gazetteer) -> None:
    text = "Drones hit Odesa overnight.\n\nLast week, a missile struck Izmail."
    dates = _dates(text, gaz)
    assert dates["Odesa"] == "2025-07-04"
    assert dates["Izmayil"] is None


def test_without_a_cue_the_publication_date(gaz: Gazetteer) -> None:
    assert _dates("A drone hit a warehouse in Lutsk.", gaz) == {"Lutsk": "2025-07-04"}


def test_without_a_publication_date_only_full_dates_count(gaz: Gazetteer) -> None:
    assert _dates("A drone hit Lutsk overnight.", gaz, None) == {"Lutsk": None}
    assert _dates("On 2 July 2025, a drone hit Lutsk.", gaz, None) == {"Lutsk": "2025-07-02"}


def test_a_table_row_is_dated_by_its_date_column(gaz: Gazetteer) -> None:
    from geo.read.reports import Row
    from geo.read.tables import row_extraction

    row = Row("t.csv:2", "t.csv:2", {"target": "Odesa oblast"}, date="2025-07-01")
    ex = row_extraction(row, gaz)
    assert impact_dates(ex.report, ex.places) == [EventDate("2025-07-01", "", "table")]


def test_the_cue_before_the_place_wins_over_a_later_one(gaz: Gazetteer) -> None:
    text = "Two days ago, a drone attack on Kherson killed two; mourning was held on Thursday."
    assert _dates(text, gaz) == {"Kherson": "2025-07-02"}
