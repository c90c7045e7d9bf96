"""Reading reports: formats, encodings, columns, streaming, bad input and --skip-bad."""

from __future__ import annotations

import json
from itertools import islice
from pathlib import Path

import pytest

from geo.errors import InputError
from geo.read.reports import Columns, Row, iter_inputs, iter_reports, parse_date, read_reports
from geo.records import Report

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
    with pytest.raises(InputError, match=r"(?i)r\.txt:1: cannot decode as utf-8.*encoding="):
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
            r"notext\.csv:1: the CSV has no 'text' column.*text_col=",
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


def test_bad_date_is_named_and_the_report_kept(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text('{"text": "Drones hit Sumy.", "date": "soon"}\n', encoding="utf-8")
    warned: list[tuple[str, str]] = []
    (report,) = iter_inputs([str(path)], on_warn=lambda w, m: warned.append((w, m)))
    assert report.text == "Drones hit Sumy." and report.date is None
    assert warned == [
        (
            f"{path}:1",
            "date 'soon' cannot be read as a day; the report is kept without a date "
            "(write it as YYYY-MM-DD)",
        )
    ]


# --- per record, never per run (issue 17) ---------------------------------------------------


def _skips() -> tuple[list[tuple[str, str]], object]:
    skipped: list[tuple[str, str]] = []
    return skipped, lambda where, reason: skipped.append((where, reason))


def test_lone_surrogate_and_huge_number_are_read(tmp_path: Path) -> None:
    path = tmp_path / "odd.jsonl"
    path.write_text(
        '{"text": "Drones hit Kharkiv \\ud800 overnight."}\n'
        '{"text": "Missiles hit Lviv.", "id": ' + "1" * 5000 + "}\n",
        encoding="utf-8",
    )
    reports = list(iter_inputs([str(path)]))
    assert [r.text for r in reports] == [
        "Drones hit Kharkiv \ufffd overnight.",
        "Missiles hit Lviv.",
    ]
    assert reports[1].id == "1" * 5000


def test_one_undecodable_line_costs_one_line(tmp_path: Path) -> None:
    """A line in another encoding, in the middle of a long UTF-8 file: that line only."""
    path = tmp_path / "mid.jsonl"
    lines = [
        json.dumps({"text": f"Дрони атакували Харків, звіт {i}."}).encode() for i in range(3000)
    ]
    lines[1500] = json.dumps({"text": "Дрони атакували Суми."}, ensure_ascii=False).encode("cp1251")
    path.write_bytes(b"\n".join(lines) + b"\n")
    skipped, on_skip = _skips()
    got = list(iter_inputs([str(path)], on_skip=on_skip))
    assert len(got) == 2999
    assert [w for w, _ in skipped] == [f"{path}:1501"]
    assert "cannot decode as UTF-8" in skipped[0][1] and "encoding=" in skipped[0][1]
    with pytest.raises(InputError, match=r"mid\.jsonl:1501: cannot decode"):
        list(iter_inputs([str(path)]))


def test_a_few_bad_bytes_are_replaced_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    good = json.dumps({"text": "Дрони атакували Харків."}, ensure_ascii=False).encode()
    stray = json.dumps({"text": "Дрони атакували Суми X."}, ensure_ascii=False).encode()
    path.write_bytes(good + b"\n" + stray.replace(b"X", b"\xff") + b"\n")
    warned: list[tuple[str, str]] = []
    got = list(iter_inputs([str(path)], on_warn=lambda w, m: warned.append((w, m))))
    assert [r.text for r in got] == ["Дрони атакували Харків.", "Дрони атакували Суми \ufffd."]
    assert warned == [(f"{path}:2", "1 byte not valid UTF-8 replaced with U+FFFD")]
    text_file = tmp_path / "r.txt"
    text_file.write_bytes("Дрони атакували Харків. ".encode() * 50 + b"\xfe end")
    with pytest.warns(UserWarning, match=r"r\.txt:1: 1 byte not valid UTF-8"):
        (report,) = read_reports([str(text_file)])
    assert report.text.endswith("\ufffd end")


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r", "koi8-u"])
def test_all_capitals_cyrillic_is_read_in_its_code_page(tmp_path: Path, encoding: str) -> None:
    text = "ДРОНИ АТАКУВАЛИ ХАРКІВ ВНОЧІ, ЗАГИНУЛИ ДВОЄ ЛЮДЕЙ."
    if encoding == "koi8-r":
        text = "ДРОНЫ АТАКОВАЛИ ХАРЬКОВ НОЧЬЮ, ПОГИБЛИ ДВА ЧЕЛОВЕКА."
    path = tmp_path / "r.txt"
    path.write_bytes(text.encode(encoding))
    assert read_reports([str(path)])[0].text == text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_text(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes(TEXT.encode(encoding))
    assert read_reports([str(path)])[0].text == TEXT
    cyrillic = tmp_path / "c.txt"
    cyrillic.write_bytes("Харків".encode(encoding))
    assert read_reports([str(cyrillic)])[0].text == "Харків"


def test_detection_reports_its_confidence() -> None:
    from geo.read.decoding import detect_encoding

    sentence = TEXT + " Уламки пошкодили дах школи, пожежу загасили до ранку."
    assert detect_encoding(sentence.encode("cp1251"), "x").confidence == 1.0
    short = detect_encoding("Да".encode("koi8-r"), "x")
    assert short.encoding == "koi8_r" and short.confidence < 0.9
    assert "encoding=" in (short.note() or "")


def test_unterminated_quote_swallows_nothing(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text(
        'id,text\n1,"Drones hit Sumy.\n2,"Missiles hit Lviv."\n3,Drones hit Odesa.\n'
        '4,"Drones hit Kherson.\n5,Drones hit Izium.\n',
        encoding="utf-8",
    )
    skipped, on_skip = _skips()
    got = list(iter_reports([str(path)], on_skip=on_skip))
    assert [r.id for r in got] == ["2", "3", "5"]
    assert [w for w, _ in skipped] == [f"{path}:2", f"{path}:5"]
    assert all("malformed CSV" in reason for _, reason in skipped)


def test_csv_decoding_is_per_record(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    rows = [f'{i},"Дрони атакували Харків, звіт {i}."'.encode() for i in range(200)]
    rows[100] = '100,"Дрони атакували Суми."'.encode("cp1251")
    multi = '200,"Перший рядок\nдругий рядок про Одесу."'.encode()
    path.write_bytes(b"id,text\n" + b"\n".join([*rows, multi]) + b"\n")
    skipped, on_skip = _skips()
    got = list(iter_reports([str(path)], on_skip=on_skip))
    assert len(got) == 200 and got[-1].text == "Перший рядок\nдругий рядок про Одесу."
    assert [w for w, _ in skipped] == [f"{path}:102"]


def test_quoted_text_longer_than_csvs_default_field_limit(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    body = "Drones hit Sumy. " * 20_000  # 340 KB, over csv's default 128 KB field limit
    path.write_text(f'id,text\n1,"{body}"\n', encoding="utf-8")
    assert len(read_reports([str(path)])[0].text) == len(body)


def test_oversized_records_are_refused_not_read(tmp_path: Path) -> None:
    jl = tmp_path / "big.jsonl"
    small = json.dumps({"text": "Drones hit Sumy."})
    huge = json.dumps({"text": "Kharkiv " * 200_000})
    jl.write_text(f"{small}\n{huge}\n{small.replace('Sumy', 'Lviv')}\n", encoding="utf-8")
    skipped, on_skip = _skips()
    got = list(iter_inputs([str(jl)], on_skip=on_skip, max_bytes=100_000))
    assert [r.text for r in got] == ["Drones hit Sumy.", "Drones hit Lviv."]
    assert skipped[0][0] == f"{jl}:2"
    assert "the line is 1.5 MB, over the 98 KB limit" in skipped[0][1]
    assert "max_report_size=" in skipped[0][1]
    txt = tmp_path / "big.txt"
    txt.write_text("Kharkiv " * 200_000, encoding="utf-8")
    with pytest.raises(InputError, match=r"big\.txt: the file is 1\.5 MB, over the 98 KB limit"):
        list(iter_inputs([str(txt)], max_bytes=100_000))
    assert len(list(iter_inputs([str(txt)], max_bytes=0))) == 1  # 0: no limit


def test_infinite_and_binary_inputs_end_with_one_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    with pytest.raises(InputError, match=r"/dev/zero: looks like a binary file"):
        list(iter_inputs(["/dev/zero"]))
    stdin = io.TextIOWrapper(open("/dev/zero", "rb"))  # noqa: SIM115
    monkeypatch.setattr(sys, "stdin", stdin)
    with pytest.raises(InputError, match=r"<stdin>: looks like a binary file"):
        list(iter_inputs(["-"]))
    stdin.close()


def test_real_dates_only(tmp_path: Path) -> None:
    assert parse_date("2025-02-30") is None and parse_date("2025-13-01") is None
    assert parse_date("31/04/2024") is None and parse_date("29 February 2024") == "2024-02-29"
    path = tmp_path / "r.jsonl"
    path.write_text('{"text": "Drones hit Sumy.", "date": "2025-02-30"}\n', encoding="utf-8")
    with pytest.warns(UserWarning, match=r"r\.jsonl:1: date '2025-02-30' cannot be read"):
        (report,) = read_reports([str(path)])
    assert report.date is None


def test_unreadable_file_is_one_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "r.txt"
    path.write_text("Drones hit Sumy.", encoding="utf-8")
    real_open = Path.open

    def denied(self: Path, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", denied)
    with pytest.raises(InputError, match=r"r\.txt: cannot read the file \(Permission denied\)"):
        list(iter_inputs([str(path)]))
    skipped, on_skip = _skips()
    assert list(iter_inputs([str(path)], on_skip=on_skip)) == []
    assert skipped == [(str(path), "cannot read the file (Permission denied); check it")]


def test_deduplication_holds_beyond_its_in_memory_batch() -> None:
    from geo.read.reports import SeenDigests

    seen = SeenDigests(batch=100)
    assert all(seen.add(f"report {i}") for i in range(1000))
    assert not any(seen.add(f"report {i}") for i in range(1000))
    assert seen.high is not None and len(seen.high) == 1000 and len(seen.recent) == 0


def test_rows_are_remembered_only_when_they_can_repeat(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import geo.read.reports

    header = "event_date,location,latitude,longitude\n"
    row = "2024-05-02,Kharkiv,49.99,36.23\n"
    table = header + row
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for folder in ("a", "b"):
        (tmp_path / folder / "events.csv").write_text(table, encoding="utf-8")
    unique = tmp_path / "a" / "other.csv"
    unique.write_text(header + row * 3, encoding="utf-8")  # the same cells on three rows
    calls: list[str] = []
    real = geo.read.reports.SeenDigests.add
    monkeypatch.setattr(
        geo.read.reports.SeenDigests, "add", lambda self, key: calls.append(key) or real(self, key)
    )
    rows = list(iter_inputs([str(unique)]))
    assert [r.id for r in rows] == ["other.csv:2", "other.csv:3", "other.csv:4"] and calls == []
    twice = list(iter_inputs([str(unique), str(unique)]))
    assert len(twice) == 3  # the same file given twice is read once
    same_name = list(iter_inputs([str(tmp_path / "a"), str(tmp_path / "b" / "events.csv")]))
    assert [r.id for r in same_name] == [
        "events.csv:2",
        "other.csv:2",
        "other.csv:3",
        "other.csv:4",
    ]
