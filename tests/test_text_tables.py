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


def _facts(ex: object) -> dict[str, dict[str, int]]:
    return {p.place.name: p.facts for p in ex.places if p.role == "impact"}  # type: ignore[attr-defined]


def test_a_row_s_figures_are_its_struck_place_s(gaz: Gazetteer) -> None:
    text = (
        "Night of 9 June | summary\n\n"
        "| Region | Target | Drones | Killed | Wounded |\n|---|---|---|---|---|\n"
        "| Poltava Oblast | Kremenchuk | 14 | 1 | 4 |\n"
        "| Mykolaiv Oblast | Ochakiv | 6 | 0 | 2 |\n"
        "| Total | | 20 | 1 | 6 |\n"
    )
    ex = extract_report(Report("t", text), gaz)
    facts = _facts(ex)
    assert facts["Kremenchuk"] == {"killed": 1, "wounded": 4, "drones": 14}
    assert facts["Ochakiv"] == {"killed": 0, "wounded": 2, "drones": 6}
    assert facts["Poltava Oblast"] == {} and facts["Mykolaiv Oblast"] == {}
    assert ex.facts == {"killed": 1, "wounded": 6, "drones": 20}


def test_a_row_of_several_towns_gives_its_figures_to_its_region(gaz: Gazetteer) -> None:
    facts = _facts(extract_report(Report("t", _DIGEST), gaz))
    assert facts["Zaporizhzhia Oblast"] == {"killed": 2, "wounded": 6}
    assert facts["Vilnyansk"] == {} and facts["Orikhiv"] == {}
    assert facts["Novhorod-Siverskyi"] == {"killed": 0, "wounded": 1}
    assert facts["Chernihiv Oblast"] == {}


def test_a_row_with_only_its_region_gives_the_region_its_figures(gaz: Gazetteer) -> None:
    text = (
        "Область | Загинули | Поранені\n"
        "Херсонська область | 2 | 5\n"
        "Дніпропетровська область | 0 | 3\n"
    )
    facts = _facts(extract_report(Report("t", text), gaz))
    assert facts == {
        "Kherson Oblast": {"killed": 2, "wounded": 5},
        "Dnipropetrovsk Oblast": {"killed": 0, "wounded": 3},
    }
