"""Reading reports: formats, encodings, columns, streaming, bad input and --skip-bad."""

from __future__ import annotations

import json
from itertools import islice
from pathlib import Path

import pytest

from geo.errors import InputError
from geo.records import Report
from geo.reports import Columns, Row, iter_inputs, iter_reports, parse_date, read_reports

TEXT = "Russian drones hit Kharkiv overnight, the governor said. Два человека погибли."


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16", b""),
        ("cp1251", b""),
        ("koi8-r", b""),
    ],
)
def test_encodings_are_detected(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes(prefix + TEXT.encode(encoding))
    (report,) = read_reports([str(path)])
    assert report.text == TEXT


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r", "utf-16"])
def test_encodings_of_jsonl_and_csv_are_detected(tmp_path: Path, encoding: str) -> None:
    jl = tmp_path / "r.jsonl"
    jl.write_bytes((json.dumps({"text": TEXT}, ensure_ascii=False) + "\n").encode(encoding))
    cs = tmp_path / "r.csv"
    cs.write_bytes(f'id,text\na1,"{TEXT}"\n'.encode(encoding))
    assert [r.text for r in read_reports([str(jl)])] == [TEXT]
    assert [r.text for r in iter_reports([str(cs)])] == [TEXT]


def test_encoding_option_overrides_detection(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes(TEXT.encode("cp1251"))
    assert read_reports([str(path)], encoding="cp1251")[0].text == TEXT
    with pytest.raises(InputError, match=r"(?i)r\.txt:1: cannot decode as utf-8.*--encoding"):
        read_reports([str(path)], encoding="utf-8")
    with pytest.raises(InputError, match=r"unknown encoding 'bogus'"):
        read_reports([str(path)], encoding="bogus")


def test_undecodable_jsonl_line_is_named(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    good = json.dumps({"text": "Drones hit Odesa."}).encode() + b"\n"
    path.write_bytes(good * 3 + b'{"text": "bad \xff\xfe\xfa"}\n')
    with pytest.raises(InputError, match=r"(?i)r\.jsonl:4: cannot decode as utf-8"):
        list(iter_inputs([str(path)], encoding="utf-8-sig"))


def test_configurable_columns(tmp_path: Path) -> None:
    path = tmp_path / "feed.csv"
    path.write_text(
        "Body,Headline,Published,Key\n"
        '"Drones hit Sumy.",Sumy attack,2024-05-02,k1\n'
        '"Missiles hit Lviv.",Lviv attack,2024-05-03,k2\n',
        encoding="utf-8",
    )
    cols = Columns(text="Body", title="Headline", date="Published", id="Key")
    reports = list(iter_reports([str(path)], columns=cols))
    assert [(r.id, r.title, r.date) for r in reports] == [
        ("k1", "Sumy attack", "2024-05-02"),
        ("k2", "Lviv attack", "2024-05-03"),
    ]
    jl = tmp_path / "feed.jsonl"
    jl.write_text(json.dumps({"body": "Drones hit Sumy.", "key": "x"}) + "\n", encoding="utf-8")
    assert [r.id for r in iter_reports([str(jl)], columns=cols)] == ["x"]


def test_iter_inputs_streams(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(1000):
            fh.write(json.dumps({"id": f"r{i}", "text": f"Report {i} on Kharkiv."}) + "\n")
        fh.write("not json\n")
    # The bad last line is not reached when only the first reports are taken.
    first = list(islice(iter_inputs([str(path)]), 3))
    assert [r.id for r in first] == ["r0", "r1", "r2"]


def test_same_report_twice_counts_once(tmp_path: Path) -> None:
    a = tmp_path / "a.jsonl"
    b = tmp_path / "b.csv"
    a.write_text(json.dumps({"id": "x", "text": "Drones hit Sumy."}) + "\n", encoding="utf-8")
    b.write_text('id,text\nx,"Drones hit Sumy."\ny,"Drones hit Sumy."\n', encoding="utf-8")
    reports = read_reports([str(a), str(b), str(a)])
    assert [r.id for r in reports] == ["x"]


@pytest.mark.parametrize(
    ("name", "content", "pattern"),
    [
        ("empty.txt", b"", r"empty\.txt: the file is empty"),
        ("empty.csv", b"  \n", r"empty\.csv: the file is empty"),
        ("bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", r"bin\.txt: looks like a binary"),
        (
            "notext.csv",
            b"id,body\n1,hi\n",
            r"notext\.csv:1: the CSV has no 'text' column.*--text-c",
        ),
        ("bad.jsonl", b'{"text": "ok"}\n{oops\n', r"bad\.jsonl:2: not valid JSON"),
        ("notext.jsonl", b'{"body": "ok"}\n', r'notext\.jsonl:1: the object has no "text" string'),
        ("array.jsonl", b"[1, 2]\n", r"array\.jsonl:1: the line is not a JSON object"),
    ],
)
def test_bad_input_is_one_clear_error(
    tmp_path: Path, name: str, content: bytes, pattern: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=pattern):
        list(iter_inputs([str(path)]))


def test_skip_bad_goes_on_and_lists(tmp_path: Path) -> None:
    jl = tmp_path / "feed.jsonl"
    jl.write_text(
        '{"text": "Drones hit Sumy."}\n{oops\n{"title": "no text"}\n'
        '{"text": "Missiles hit Lviv."}\n',
        encoding="utf-8",
    )
    binary = tmp_path / "img.txt"
    binary.write_bytes(b"\x00\x01\x02")
    skipped: list[tuple[str, str]] = []
    got = list(iter_inputs([str(jl), str(binary)], on_skip=lambda w, r: skipped.append((w, r))))
    assert [r.text for r in got] == ["Drones hit Sumy.", "Missiles hit Lviv."]
    assert [w for w, _ in skipped] == [f"{jl}:2", f"{jl}:3", str(binary)]
    assert skipped[0][1].startswith("not valid JSON")


def test_event_table_rows(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    path.write_text(
        "event_date,admin1,location,latitude,longitude,fatalities\n"
        "2024-05-02,Kharkivska,Kharkiv,49.99,36.23,2\n",
        encoding="utf-8",
    )
    (row,) = list(iter_inputs([str(path)]))
    assert isinstance(row, Row)
    assert (row.id, row.date, row.fields["location"]) == ("events.csv:2", "2024-05-02", "Kharkiv")
    with pytest.raises(InputError, match=r"events\.csv:2: an event-table row has no report text"):
        list(iter_reports([str(path)]))


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    fake = io.TextIOWrapper(io.BytesIO("Title: T\n\nDrones hit Sumy.".encode("cp1251")))
    monkeypatch.setattr(sys, "stdin", fake)
    (report,) = read_reports(["-"])
    assert isinstance(report, Report) and report.title == "T" and report.text == "Drones hit Sumy."


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2024-05-02", "2024-05-02"),
        ("2026-04-04 18:00", "2026-04-04"),
        ("1/27/2014 12:00:00 AM", "2014-01-27"),
        ("27/01/2014", "2014-01-27"),
        ("02.03.2023", "2023-03-02"),
        ("15 March 2022", "2022-03-15"),
        ("yesterday", None),
    ],
)
def test_parse_date(value: str, iso: str | None) -> None:
    assert parse_date(value) == iso


def test_bad_date_is_named(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text('{"text": "Drones hit Sumy.", "date": "soon"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"r\.jsonl:1: date 'soon' is not an ISO date"):
        read_reports([str(path)])
