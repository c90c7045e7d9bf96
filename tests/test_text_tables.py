"""Tables inside a report's text ("REGION | HIT | KILLED" rows of a digest) are read by their
header. Every text here was written for these tests."""

from __future__ import annotations

from geo.places.gazetteer import Gazetteer
from geo.places.resolve import extract_report
from geo.records import Report
from geo.understand.text_tables import table_facts, text_tables

_DIGEST = (
    "MORNING DIGEST, 3 March\n"
    "Oblast | Struck | Killed | Injured\n"
    "---|---|---|---\n"
    "Zaporizhzhia Oblast | Vilniansk, Orikhiv | 2 | 6\n"
    "Chernihiv Oblast | Novhorod-Siverskyi | 0 | 1\n"
    "Rivne Oblast | | 0 | 0\n"
    "Total | | 2 | 7\n"
    "Power: outages in Kyiv Oblast.\n"
)


def test_a_digest_table_is_read_by_its_header(gaz: Gazetteer) -> None:
    ex = extract_report(Report("t", _DIGEST), gaz)
    roles = {p.place.name: (p.role, p.place.kind) for p in ex.places}
    for name in ("Vilnyansk", "Orikhiv", "Novhorod-Siverskyi"):
        assert roles[name] == ("impact", "settlement"), roles
    assert roles["Zaporizhzhia Oblast"] == ("impact", "admin1")
    assert roles["Chernihiv Oblast"] == ("impact", "admin1")  # one injured: a hit
    assert roles["Rivne Oblast"][0] == "mention"  # a row that tells of no hit
    assert ex.facts == {"killed": 2, "wounded": 7}


def test_the_table_figures_fill_in_what_the_prose_does_not_tell(gaz: Gazetteer) -> None:
    text = "Russian strikes killed five people overnight.\n\n" + _DIGEST
    assert extract_report(Report("t", text), gaz).facts == {"killed": 5, "wounded": 7}


def test_rows_without_a_total_are_added_up() -> None:
    text = (
        "| Регіон | Уражено | Поранені |\n|---|---|---|\n"
        "| Сумщина | Шостка | 3 |\n| Харківщина | Лозова | 2 |"
    )
    tables = text_tables(text)
    assert [t.kinds for t in tables] == [("region", "hit", "wounded")]
    assert table_facts(tables, text) == {"wounded": 5}


def test_a_column_of_where_attacks_came_from_is_of_launch_areas(gaz: Gazetteer) -> None:
    text = "Launched from | Drones\nKursk Oblast | 40\nBryansk Oblast | 25\n"
    ex = extract_report(Report("t", text), gaz)
    assert {p.place.name: p.role for p in ex.places} == {
        "Kursk Oblast": "launch",
        "Bryansk Oblast": "launch",
    }
    assert ex.facts == {"drones": 65}


def test_a_line_with_a_bar_is_no_table() -> None:
    assert text_tables("Максим Козицький | Львівська ОВА\n\nУночі ворог атакував область.") == []
    assert text_tables("Name | Outlet\nIvan | Radio") == []  # no column of a known kind
